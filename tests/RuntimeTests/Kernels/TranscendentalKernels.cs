using System;
using System.Runtime.Intrinsics;
using FusedKernels;

namespace FusedKernels.RuntimeTests.Kernels
{
    /// <summary>The transcendental catalogue entries in every shape, float, double and Half.</summary>
    public static partial class TranscendentalKernels
    {
        [Activation("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("logistic")] public static partial void Sigmoid(ReadOnlySpan<double> x, Span<double> y);
        [Activation("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("tanh")] public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("tanh")] public static partial void Tanh(Span<double> x);
        [Activation("elu")] public static partial void Elu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu", Alpha = 0.5)] public static partial void Elu(ReadOnlySpan<double> x, Span<double> y);
        [Activation("selu")] public static partial void Selu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("selu")] public static partial void Selu(ReadOnlySpan<double> x, Span<double> y);
        [Activation("celu", Alpha = 2.5)] public static partial void Celu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("celu")] public static partial void Celu(ReadOnlySpan<double> x, Span<double> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<double> x, Span<double> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("gelu_tanh")] public static partial void GeluTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu_tanh")] public static partial void GeluTanh(ReadOnlySpan<double> x, Span<double> y);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("swish", Beta = 1.702)] public static partial void Swish(ReadOnlySpan<double> x, Span<double> y);
        [Activation("mish")] public static partial void Mish(Span<float> x);
        [Activation("mish")] public static partial void Mish(ReadOnlySpan<double> x, Span<double> y);
        [Activation("softplus")] public static partial void Softplus(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softplus", Beta = 2)] public static partial void Softplus(ReadOnlySpan<double> x, Span<double> y);

        // α at run time instead of from the attribute (composed from VectorMath.ExpM1).
        [Activation("elu")] public static partial void EluRuntimeAlpha(ReadOnlySpan<float> x, float alpha, Span<float> y);
        [Activation("selu")] public static partial void SeluRuntimeAlpha(ReadOnlySpan<double> x, double alpha, Span<double> y);
        [Activation("celu")] public static partial void CeluRuntimeAlpha(ReadOnlySpan<float> x, float alpha, Span<float> y);

        [Activation("gelu")] public static partial float Gelu(float x);
        [Activation("tanh")] public static partial double Tanh(double x);
        [Activation("sigmoid")] public static partial Vector256<float> Sigmoid(Vector256<float> x);
        [Activation("silu")] public static partial Vector512<double> Silu(Vector512<double> x);
    }
}

using System;
using System.Runtime.Intrinsics;
using FusedKernels;

namespace FusedKernels.RuntimeTests.Kernels
{
    /// <summary>Kernels of the foundation catalogue (identity, relu, leaky_relu) in every shape.</summary>
    public static partial class ForwardKernels
    {
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu")] public static partial void ReluInPlace(Span<float> x);
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<double> x, Span<double> y);
        [Activation("relu")] public static partial float Relu(float x);
        [Activation("relu")] public static partial Vector128<float> Relu(Vector128<float> x);
        [Activation("relu")] public static partial Vector256<float> Relu(Vector256<float> x);
        [Activation("relu")] public static partial Vector512<double> Relu(Vector512<double> x);

        [Activation("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("LRELU", Alpha = 0.2)] public static partial void LeakyReluInPlace(Span<float> x);
        [Activation("Leaky_Relu")] public static partial void LeakyReluDefault(ReadOnlySpan<double> x, Span<double> y);
        [Activation("leaky_relu", Alpha = 1.5)] public static partial void LeakyReluSteep(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu", Alpha = -0.5)] public static partial void LeakyReluNegative(ReadOnlySpan<double> x, Span<double> y);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial double LeakyRelu(double x);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial Vector256<double> LeakyRelu(Vector256<double> x);

        [Activation("identity")] public static partial void Identity(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<int> x, Span<int> y);

        [Activation("leaky_relu")] public static partial void BiasLeaky(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, float scale, Span<float> y);
        [Activation("prelu")] public static partial void PRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);
    }
}

using System;
using System.Runtime.Intrinsics;
using FusedKernels;

namespace FusedKernels.RuntimeTests.Kernels
{
    /// <summary>Fused kernels: every role alone and in combination.</summary>
    public static partial class FusionKernels
    {
        [Activation("relu")] public static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("relu")] public static partial void BiasReluInPlace(Span<float> x, ReadOnlySpan<float> bias);
        [Activation("relu")] public static partial void ScalarBiasRelu(ReadOnlySpan<double> x, double bias, Span<double> y);
        [Activation("leaky_relu", Alpha = 0.1)] public static partial void ScaleBiasLeaky(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("relu")] public static partial void ScaleBiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("relu")] public static partial void ScaleRelu(ReadOnlySpan<double> x, ReadOnlySpan<double> scale, Span<double> y);
        [Activation("relu")] public static partial void ResidualRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> residual, Span<float> y);
        [Activation("prelu")] public static partial void PRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);
        [Activation("prelu")] public static partial void PReluScalarAlpha(ReadOnlySpan<double> x, double alpha, Span<double> y);
        [Activation("leaky_relu")] public static partial void LeakyRuntimeAlpha(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);
        [Activation("relu")] public static partial void ReGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("leaky_relu")] public static partial void Everything(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, ReadOnlySpan<float> residual, ReadOnlySpan<float> alpha, ReadOnlySpan<float> multiplier, Span<float> preactivation, Span<float> y);
        [Activation("relu")] public static partial void BiasReluHalf(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y);

        [Activation("leaky_relu")] public static partial float ScalarFused(float x, float scale, float bias, float alpha);
        [Activation("relu")] public static partial Vector256<float> VectorFused(Vector256<float> x, Vector256<float> scale, Vector256<float> bias, Vector256<float> multiplier);
    }
}

using System;
using FusedKernels;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// The kernels of <see cref="ParallelBenchmarks"/>, each declared twice: split across cores (<c>Parallel = true</c>)
    /// and on the calling thread only. The declarations are otherwise the same, so the generated loops are too.
    /// </summary>
    public static partial class PK
    {
        [Activation("gelu", Parallel = true)] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void GeluOne(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu", Parallel = true)] public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu")] public static partial void SiluOne(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu", Parallel = true)] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu")] public static partial void ReluOne(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.01, Parallel = true)] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.01)] public static partial void LeakyReluOne(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu", Parallel = true)] public static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("relu")] public static partial void BiasReluOne(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [ActivationGradient("gelu", Parallel = true)] public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);
        [ActivationGradient("gelu")] public static partial void BiasGeluBackwardOne(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);
    }
}

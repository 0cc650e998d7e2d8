using System;
using FusedKernels;

// Compiled twice with ../FusedKernels.Benchmarks/Kernels.cs and GradientKernels.cs: by the baseline generator into
// Compare.Baseline and by this checkout's into Compare.Current. Here: two cheap gradient kernels and a few Half kernels.
namespace FusedKernels.Benchmarks
{
    public static partial class K
    {
        /// <summary>A cheap gradient with a reduction: dx = dy·relu′(x), dbias per channel.</summary>
        [ActivationGradient("relu")]
        public static partial void BiasReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);

        /// <summary>A cheap gradient without one.</summary>
        [ActivationGradient("leaky_relu", Alpha = 0.2)]
        public static partial void LeakyReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
    }

    /// <summary>Half kernels (computed in float, rounded once).</summary>
    public static partial class H
    {
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("relu")] public static partial void BiasRelu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> multiplier, Span<Half> y);
    }
}

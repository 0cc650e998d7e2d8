using System;
using FusedKernels;

// Compiled twice with ../FusedKernels.Benchmarks/Kernels.cs: by the baseline generator into Compare.Baseline and by this
// checkout's into Compare.Current. Here: the gradient kernels of Gradients.cs (that file also holds its benchmarks) and
// a few Half kernels.
namespace FusedKernels.Benchmarks
{
    public static partial class K
    {
        /// <summary>Bias+gelu backward: dx = dy·gelu′(x), dbias (per channel, L = 1024) = Σ over rows of dx.</summary>
        [ActivationGradient("gelu")]
        public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);

        /// <summary>SwiGLU backward (y = silu(x)·m): dx = dy·m·silu′(x), dmultiplier = dy·silu(x).</summary>
        [ActivationGradient("silu")]
        public static partial void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);

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

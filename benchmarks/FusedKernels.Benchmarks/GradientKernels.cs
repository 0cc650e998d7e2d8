using System;
using FusedKernels;

namespace FusedKernels.Benchmarks
{
    /// <summary>The gradient kernels under test (generated from these declarations).</summary>
    public static partial class K
    {
        /// <summary>Bias+gelu backward: dx = dy·gelu′(x), dbias (per channel, L = 1024) = Σ over rows of dx.</summary>
        [ActivationGradient("gelu")]
        public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);

        /// <summary>SwiGLU backward (y = silu(x)·m): dx = dy·m·silu′(x), dmultiplier = dy·silu(x).</summary>
        [ActivationGradient("silu")]
        public static partial void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);
    }
}

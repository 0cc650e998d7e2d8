using System;
using FusedKernels;

namespace FusedKernels.Compare
{
    /// <summary>
    /// The kernels of benchmarks/FusedKernels.Benchmarks (Kernels.cs, Gradients.cs) and a few Half ones. This file is
    /// compiled twice: by the baseline generator into Compare.Baseline and by this checkout's into Compare.Current.
    /// </summary>
    public static partial class K
    {
        [Activation("identity")]
        public static partial void Identity(ReadOnlySpan<float> x, Span<float> y);

        [Activation("relu")]
        public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);

        [Activation("relu")]
        public static partial void Relu(ReadOnlySpan<double> x, Span<double> y);

        [Activation("leaky_relu", Alpha = 0.2)]
        public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);

        [Activation("leaky_relu", Alpha = 0.2)]
        public static partial void LeakyRelu(ReadOnlySpan<double> x, Span<double> y);

        /// <summary>GEMM/conv epilogue: relu(x + bias), bias per channel (L divides x.Length) or element-wise.</summary>
        [Activation("relu")]
        public static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);

        /// <summary>Folded batch-norm + activation: relu(x·scale + bias).</summary>
        [Activation("relu")]
        public static partial void ScaleBiasRelu(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y);

        /// <summary>leaky_relu(x·scale + bias), α = 0.2.</summary>
        [Activation("leaky_relu", Alpha = 0.2)]
        public static partial void ScaleBiasLeakyRelu(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y);

        /// <summary>prelu with a learned α per channel.</summary>
        [Activation("prelu")]
        public static partial void PRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);

        // ---- Transcendental activations: one declaration here and one line in Cases.cs each (gelu, silu, elu ... alike).
        [Activation("sigmoid")]
        public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);

        [Activation("tanh")]
        public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);

        [Activation("gelu")]
        public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>gelu(x + bias), bias per channel (a GEMM epilogue).</summary>
        [Activation("gelu")]
        public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("silu")]
        public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);

        [Activation("swish", Beta = 1.702)]
        public static partial void Swish(ReadOnlySpan<float> x, Span<float> y);

        [Activation("softplus")]
        public static partial void Softplus(ReadOnlySpan<float> x, Span<float> y);

        [Activation("elu")]
        public static partial void Elu(ReadOnlySpan<float> x, Span<float> y);

        [Activation("selu")]
        public static partial void Selu(ReadOnlySpan<float> x, Span<float> y);

        [Activation("celu", Alpha = 2.5)]
        public static partial void Celu(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>Bias+gelu backward: dx = dy·gelu′(x), dbias (per channel, L = 1024) = Σ over rows of dx.</summary>
        [ActivationGradient("gelu")]
        public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);

        /// <summary>SwiGLU backward (y = silu(x)·m): dx = dy·m·silu′(x), dmultiplier = dy·silu(x).</summary>
        [ActivationGradient("silu")]
        public static partial void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);
    }
}

namespace FusedKernels.Compare
{
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

using System;
using FusedKernels;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// The kernels under test, written by the FusedKernels generator from these declarations (nothing here is
    /// hand-written; the hand-written experiments are in <c>NonTemporal.cs</c>).
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
    }
}

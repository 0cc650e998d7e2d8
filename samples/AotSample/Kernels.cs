using System;
using System.Runtime.Intrinsics;
using FusedKernels;

namespace AotSample
{
    /// <summary>Kernels written by the generator from the package's analyzers/ folder.</summary>
    public static partial class Kernels
    {
        [Activation("relu")]
        public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);

        [Activation("relu")]
        public static partial void ReluInPlace(Span<double> x);

        [Activation("leaky_relu", Alpha = 0.2)]
        public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);

        [Activation("sigmoid")]
        public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>GEMM epilogue: relu(x + bias), bias per channel.</summary>
        [Activation("relu")]
        public static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);

        /// <summary>Folded batch norm: leaky_relu(x·scale + bias), one fused multiply-add.</summary>
        [Activation("leaky_relu", Alpha = 0.1)]
        public static partial void ScaleBiasLeakyRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> y);

        [Activation("tanh")]
        public static partial float Tanh(float x);

        [Activation("sigmoid")]
        public static partial Vector128<float> Sigmoid(Vector128<float> x);
    }
}

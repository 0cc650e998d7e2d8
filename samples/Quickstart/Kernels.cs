using System;
using FusedKernels;

namespace Quickstart
{
    /// <summary>One attribute per kernel: FusedKernels writes the bodies at compile time.</summary>
    public static partial class Kernels
    {
        /// <summary>leaky_relu with PyTorch's/ONNX's default slope α = 0.01.</summary>
        [Activation("leaky_relu", Alpha = 0.01)]
        public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
    }
}

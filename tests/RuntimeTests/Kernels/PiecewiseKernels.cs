using System;
using System.Runtime.Intrinsics;
using FusedKernels;

namespace FusedKernels.RuntimeTests.Kernels
{
    /// <summary>The piecewise (bit-exact) catalogue entries beyond the foundation, in float, double, Half and integer types.</summary>
    public static partial class PiecewiseKernels
    {
        [Activation("relu6")] public static partial void Relu6(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu6")] public static partial void Relu6(ReadOnlySpan<double> x, Span<double> y);
        [Activation("relu6")] public static partial void Relu6(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("thresholded_relu", Alpha = 0.5)] public static partial void ThresholdedRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("thresholded_relu")] public static partial void ThresholdedRelu(Span<double> x);
        [Activation("hard_sigmoid")] public static partial void HardSigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_sigmoid", Alpha = 0.2, Beta = 0.5)] public static partial void HardSigmoidOnnx(ReadOnlySpan<double> x, Span<double> y);
        [Activation("hard_tanh")] public static partial void HardTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_tanh", Min = -2.5, Max = 0.75)] public static partial void HardTanhCustom(ReadOnlySpan<double> x, Span<double> y);
        [Activation("clip", Min = 0)] public static partial void ClipLow(ReadOnlySpan<float> x, Span<float> y);
        [Activation("clamp", Max = 1)] public static partial void ClampHigh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("clip")] public static partial void ClipNone(ReadOnlySpan<double> x, Span<double> y);
        [Activation("hard_swish")] public static partial void HardSwish(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_swish")] public static partial void HardSwish(ReadOnlySpan<double> x, Span<double> y);
        [Activation("softsign")] public static partial void Softsign(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softsign")] public static partial void Softsign(ReadOnlySpan<double> x, Span<double> y);
        [Activation("softsign")] public static partial void Softsign(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<Half> x, Span<Half> y);

        [Activation("softsign")] public static partial float Softsign(float x);
        [Activation("hard_swish")] public static partial Vector512<float> HardSwish(Vector512<float> x);
        [Activation("hard_sigmoid")] public static partial Vector128<double> HardSigmoid(Vector128<double> x);

        // Integer types (tf.nn.relu's dtype list) for identity, relu, relu6, hard_tanh, clip, thresholded_relu.
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<sbyte> x, Span<sbyte> y);
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<byte> x, Span<byte> y);
        [Activation("relu6")] public static partial void Relu6(ReadOnlySpan<short> x, Span<short> y);
        [Activation("relu6")] public static partial void Relu6(ReadOnlySpan<ushort> x, Span<ushort> y);
        [Activation("hard_tanh")] public static partial void HardTanh(ReadOnlySpan<int> x, Span<int> y);
        [Activation("hard_tanh", Min = 3, Max = 100)] public static partial void HardTanh(ReadOnlySpan<uint> x, Span<uint> y);
        [Activation("clip", Min = -1000)] public static partial void Clip(ReadOnlySpan<long> x, Span<long> y);
        [Activation("clip", Max = 1UL << 40)] public static partial void Clip(ReadOnlySpan<ulong> x, Span<ulong> y);
        [Activation("thresholded_relu", Alpha = 5)] public static partial void ThresholdedRelu(ReadOnlySpan<short> x, Span<short> y);
        [Activation("identity")] public static partial void Identity(ReadOnlySpan<byte> x, Span<byte> y);
        [Activation("relu6")] public static partial sbyte Relu6(sbyte x);
        [Activation("relu")] public static partial Vector256<long> Relu(Vector256<long> x);
    }
}

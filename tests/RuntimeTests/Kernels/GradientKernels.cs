using System;
using System.Runtime.Intrinsics;
using FusedKernels;

namespace FusedKernels.RuntimeTests.Kernels
{
    /// <summary>Gradient kernels ([ActivationGradient]) for every catalogue entry, from x and from y, with the fused outputs.</summary>
    public static partial class GradientKernels
    {
        [ActivationGradient("identity")] public static partial void Identity(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("relu")] public static partial void Relu(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("relu")] public static partial void ReluFromY(ReadOnlySpan<double> y, Span<double> dy);
        [ActivationGradient("relu6")] public static partial void Relu6(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("leaky_relu", Alpha = 0.2)] public static partial void LeakyReluFromY(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("thresholded_relu")] public static partial void ThresholdedRelu(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx);
        [ActivationGradient("hard_sigmoid")] public static partial void HardSigmoid(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("hard_tanh")] public static partial void HardTanh(ReadOnlySpan<float> x, Span<float> dy);
        [ActivationGradient("clip", Min = -2, Max = 3)] public static partial void Clip(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx);
        [ActivationGradient("hard_swish")] public static partial void HardSwish(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("softsign")] public static partial void Softsign(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

        [ActivationGradient("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("sigmoid")] public static partial void SigmoidFromY(ReadOnlySpan<float> y, Span<float> dy);
        [ActivationGradient("tanh")] public static partial void Tanh(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx);
        [ActivationGradient("tanh")] public static partial void TanhFromY(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("elu")] public static partial void Elu(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("elu", Alpha = 0.5)] public static partial void EluFromY(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx);
        [ActivationGradient("selu")] public static partial void Selu(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("celu", Alpha = 2)] public static partial void Celu(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx);
        [ActivationGradient("gelu")] public static partial void Gelu(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("gelu_tanh")] public static partial void GeluTanh(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("silu")] public static partial void Silu(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx);
        [ActivationGradient("mish")] public static partial void Mish(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("softplus", Beta = 2)] public static partial void Softplus(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("gelu")] public static partial void GeluHalf(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> dx);

        // Fused outputs.
        [ActivationGradient("gelu")] public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);
        [ActivationGradient("relu")] public static partial void BiasReluBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx, Span<double> dbias);
        [ActivationGradient("prelu")] public static partial void PReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dalpha);
        [ActivationGradient("silu")] public static partial void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);
        [ActivationGradient("silu", Beta = 1.702)] public static partial void SwiGluBackwardBeta(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> dy, Span<float> dmultiplier);
        [ActivationGradient("gelu")] public static partial void GeGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);
        [ActivationGradient("gelu")] public static partial void GeGluBackwardDouble(ReadOnlySpan<double> x, ReadOnlySpan<double> multiplier, ReadOnlySpan<double> dy, Span<double> dx, Span<double> dmultiplier);
        [ActivationGradient("silu")] public static partial void SwiGluBackwardDouble(ReadOnlySpan<double> x, ReadOnlySpan<double> multiplier, ReadOnlySpan<double> dy, Span<double> dx, Span<double> dmultiplier);

        // One value / one vector.
        [ActivationGradient("leaky_relu", Alpha = 0.2)] public static partial float LeakyRelu(float x, float dy);
        [ActivationGradient("sigmoid")] public static partial Vector256<float> SigmoidFromY(Vector256<float> y, Vector256<float> dy);
    }
}

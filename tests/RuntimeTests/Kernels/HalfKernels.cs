using System;
using System.Collections.Generic;
using FusedKernels.RuntimeTests.Infrastructure;

namespace FusedKernels.RuntimeTests.Kernels
{
    /// <summary>Every catalogue activation as a Half kernel and the same kernel in float: a Half kernel must give (Half)float-kernel((float)x).</summary>
    public static partial class HalfKernels
    {
        [Activation("identity")] public static partial void Identity(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("identity")] public static partial void Identity(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu6")] public static partial void Relu6(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("relu6")] public static partial void Relu6(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("thresholded_relu")] public static partial void ThresholdedRelu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("thresholded_relu")] public static partial void ThresholdedRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu")] public static partial void Elu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("elu")] public static partial void Elu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("selu")] public static partial void Selu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("selu")] public static partial void Selu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("celu", Alpha = 0.5)] public static partial void Celu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("celu", Alpha = 0.5)] public static partial void Celu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu_tanh")] public static partial void GeluTanh(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("gelu_tanh")] public static partial void GeluTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu", Beta = 1.702)] public static partial void SiluBeta(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("silu", Beta = 1.702)] public static partial void SiluBeta(ReadOnlySpan<float> x, Span<float> y);
        [Activation("mish")] public static partial void Mish(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("mish")] public static partial void Mish(ReadOnlySpan<float> x, Span<float> y);
        [Activation("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_sigmoid")] public static partial void HardSigmoid(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("hard_sigmoid")] public static partial void HardSigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("tanh")] public static partial void Tanh(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("tanh")] public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_tanh")] public static partial void HardTanh(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("hard_tanh")] public static partial void HardTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("clip", Min = -2, Max = 3)] public static partial void Clip(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("clip", Min = -2, Max = 3)] public static partial void Clip(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_swish")] public static partial void HardSwish(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("hard_swish")] public static partial void HardSwish(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softplus")] public static partial void Softplus(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("softplus")] public static partial void Softplus(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softsign")] public static partial void Softsign(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("softsign")] public static partial void Softsign(ReadOnlySpan<float> x, Span<float> y);
        // Select-only bodies whose constants Half cannot represent: the bit-pattern path must still give the float kernel's bits.
        [Activation("clip", Min = -2.3, Max = 0.1)] public static partial void ClipInexact(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("clip", Min = -2.3, Max = 0.1)] public static partial void ClipInexact(ReadOnlySpan<float> x, Span<float> y);
        [Activation("thresholded_relu", Alpha = 0.1)] public static partial void ThresholdedReluInexact(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("thresholded_relu", Alpha = 0.1)] public static partial void ThresholdedReluInexact(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_tanh", Min = -1e-6, Max = 70000)] public static partial void HardTanhBeyondHalf(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("hard_tanh", Min = -1e-6, Max = 70000)] public static partial void HardTanhBeyondHalf(ReadOnlySpan<float> x, Span<float> y);
        [Activation("clip", Max = -0.0)] public static partial void ClipNegativeZero(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("clip", Max = -0.0)] public static partial void ClipNegativeZero(ReadOnlySpan<float> x, Span<float> y);
        [Activation("prelu")] public static partial void Prelu(ReadOnlySpan<Half> x, Half alpha, Span<Half> y);
        [Activation("prelu")] public static partial void Prelu(ReadOnlySpan<float> x, float alpha, Span<float> y);
        [Activation("prelu")] public static partial void PreluSpan(ReadOnlySpan<Half> x, ReadOnlySpan<Half> alpha, Span<Half> y);
        [Activation("prelu")] public static partial void PreluSpan(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);

        // Every fusion role at once (span roles element-wise or per-channel), and the value-role forms.
        [Activation("leaky_relu")] public static partial void Everything(ReadOnlySpan<Half> x, ReadOnlySpan<Half> scale, ReadOnlySpan<Half> bias, ReadOnlySpan<Half> residual, ReadOnlySpan<Half> alpha, ReadOnlySpan<Half> multiplier, Span<Half> preactivation, Span<Half> y);
        [Activation("leaky_relu")] public static partial void Everything(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, ReadOnlySpan<float> residual, ReadOnlySpan<float> alpha, ReadOnlySpan<float> multiplier, Span<float> preactivation, Span<float> y);
        [Activation("gelu")] public static partial void ScaleBiasGelu(ReadOnlySpan<Half> x, Half scale, Half bias, Span<Half> y);
        [Activation("gelu")] public static partial void ScaleBiasGelu(ReadOnlySpan<float> x, float scale, float bias, Span<float> y);
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y);
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        // A function the driver runs in stages for Half too, with a preactivation, which keeps Half's own loop.
        [Activation("silu")] public static partial void ScaleBiasSiluPre(ReadOnlySpan<Half> x, ReadOnlySpan<Half> scale, ReadOnlySpan<Half> bias, Span<Half> y, Span<Half> preactivation);
        [Activation("silu")] public static partial void ScaleBiasSiluPre(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> y, Span<float> preactivation);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> multiplier, Span<Half> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("relu")] public static partial void BiasRelu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y);
        [Activation("relu")] public static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);

        // In place.
        [Activation("gelu")] public static partial void GeluInPlace(Span<Half> x);
        [Activation("gelu")] public static partial void GeluInPlace(Span<float> x);
        [Activation("relu")] public static partial void BiasReluInPlace(Span<Half> x, ReadOnlySpan<Half> bias);
        [Activation("relu")] public static partial void BiasReluInPlace(Span<float> x, ReadOnlySpan<float> bias);

        // Gradients, with the reductions (accumulated in double).
        [ActivationGradient("gelu")] public static partial void BiasGeluBackward(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> dx, Span<Half> dbias);
        [ActivationGradient("gelu")] public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);
        [ActivationGradient("relu")] public static partial void BiasReluBackward(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> dx, Span<Half> dbias);
        [ActivationGradient("relu")] public static partial void BiasReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);
        [ActivationGradient("prelu")] public static partial void PReluBackward(ReadOnlySpan<Half> x, ReadOnlySpan<Half> alpha, ReadOnlySpan<Half> dy, Span<Half> dx, Span<Half> dalpha);
        [ActivationGradient("prelu")] public static partial void PReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dalpha);
        [ActivationGradient("silu")] public static partial void SwiGluBackward(ReadOnlySpan<Half> x, ReadOnlySpan<Half> multiplier, ReadOnlySpan<Half> dy, Span<Half> dx, Span<Half> dmultiplier);
        [ActivationGradient("silu")] public static partial void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);
        [ActivationGradient("tanh")] public static partial void TanhBackwardInPlace(ReadOnlySpan<Half> x, Span<Half> dy);
        [ActivationGradient("tanh")] public static partial void TanhBackwardInPlace(ReadOnlySpan<float> x, Span<float> dy);
        [ActivationGradient("hard_swish")] public static partial void HardSwishBackward(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> dx);
        [ActivationGradient("hard_swish")] public static partial void HardSwishBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

        /// <summary>
        /// The entries of <see cref="All"/> whose body only selects between x and constants, which run on the Half bit
        /// patterns (docs/design.md, "Generated code"): their results must match the float route's bits exactly, NaN
        /// payloads included.
        /// </summary>
        public static readonly IReadOnlyList<string> SelectOnly = new[]
        {
            "identity", "relu", "relu6", "thresholded_relu", "hard_tanh", "clip Min=-2 Max=3", "clip Min=-2.3 Max=0.1",
            "thresholded_relu Alpha=0.1", "hard_tanh Min=-1e-6 Max=70000", "clip Max=-0",
        };

        /// <summary>Each one-input activation by name: the Half kernel and the float kernel.</summary>
        public static readonly IReadOnlyDictionary<string, (SpanKernel<Half> Half, SpanKernel<float> Single)> All = new Dictionary<string, (SpanKernel<Half>, SpanKernel<float>)>
        {
            ["identity"] = (Identity, Identity),
            ["relu"] = (Relu, Relu),
            ["relu6"] = (Relu6, Relu6),
            ["leaky_relu Alpha=0.2"] = (LeakyRelu, LeakyRelu),
            ["thresholded_relu"] = (ThresholdedRelu, ThresholdedRelu),
            ["elu"] = (Elu, Elu),
            ["selu"] = (Selu, Selu),
            ["celu Alpha=0.5"] = (Celu, Celu),
            ["gelu"] = (Gelu, Gelu),
            ["gelu_tanh"] = (GeluTanh, GeluTanh),
            ["silu"] = (Silu, Silu),
            ["silu Beta=1.702"] = (SiluBeta, SiluBeta),
            ["mish"] = (Mish, Mish),
            ["sigmoid"] = (Sigmoid, Sigmoid),
            ["hard_sigmoid"] = (HardSigmoid, HardSigmoid),
            ["tanh"] = (Tanh, Tanh),
            ["hard_tanh"] = (HardTanh, HardTanh),
            ["clip Min=-2 Max=3"] = (Clip, Clip),
            ["hard_swish"] = (HardSwish, HardSwish),
            ["softplus"] = (Softplus, Softplus),
            ["softsign"] = (Softsign, Softsign),
            ["clip Min=-2.3 Max=0.1"] = (ClipInexact, ClipInexact),
            ["thresholded_relu Alpha=0.1"] = (ThresholdedReluInexact, ThresholdedReluInexact),
            ["hard_tanh Min=-1e-6 Max=70000"] = (HardTanhBeyondHalf, HardTanhBeyondHalf),
            ["clip Max=-0"] = (ClipNegativeZero, ClipNegativeZero),
            ["prelu alpha=0.25"] = ((x, y) => Prelu(x, (Half)0.25f, y), (x, y) => Prelu(x, 0.25f, y)),
        };
    }
}

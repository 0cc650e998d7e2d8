using System;
using FusedKernels;

namespace FusedKernels.Peers
{
    /// <summary>
    /// The FusedKernels side of the comparison: written by the generator from these declarations (default
    /// attribute values, which are PyTorch's and, where ONNX differs, set on the ONNX node to match).
    /// </summary>
    public static partial class K
    {
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu")] public static partial void Relu(Span<float> x);
        [Activation("leaky_relu")] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu")] public static partial void LeakyRelu(Span<float> x);
        [Activation("elu")] public static partial void Elu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu")] public static partial void Elu(Span<float> x);
        [Activation("selu")] public static partial void Selu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("selu")] public static partial void Selu(Span<float> x);
        [Activation("celu")] public static partial void Celu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("celu")] public static partial void Celu(Span<float> x);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void Gelu(Span<float> x);
        [Activation("gelu_tanh")] public static partial void GeluTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu_tanh")] public static partial void GeluTanh(Span<float> x);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu")] public static partial void Silu(Span<float> x);
        [Activation("mish")] public static partial void Mish(ReadOnlySpan<float> x, Span<float> y);
        [Activation("mish")] public static partial void Mish(Span<float> x);
        [Activation("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("sigmoid")] public static partial void Sigmoid(Span<float> x);
        [Activation("tanh")] public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("tanh")] public static partial void Tanh(Span<float> x);
        [Activation("softplus")] public static partial void Softplus(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softplus")] public static partial void Softplus(Span<float> x);
        [Activation("hard_sigmoid")] public static partial void HardSigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_sigmoid")] public static partial void HardSigmoid(Span<float> x);
        [Activation("hard_swish")] public static partial void HardSwish(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_swish")] public static partial void HardSwish(Span<float> x);
        [Activation("softsign")] public static partial void Softsign(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softsign")] public static partial void Softsign(Span<float> x);
        [Activation("hard_tanh")] public static partial void HardTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_tanh")] public static partial void HardTanh(Span<float> x);

        /// <summary>GEMM epilogue: gelu(x + bias), bias per channel (L = 1024).</summary>
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);

        /// <summary>SwiGLU: silu(x)·multiplier.</summary>
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);

        /// <summary>GeGLU: gelu(x)·multiplier.</summary>
        [Activation("gelu")] public static partial void GeGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
    }

    /// <summary>
    /// The same kernels declared with <c>Parallel = true</c> (--all-threads): a large call is split across every core
    /// (docs/usage.md, "Many cores"), against ONNX Runtime and LibTorch on every core.
    /// </summary>
    public static partial class KP
    {
        [Activation("relu", Parallel = true)] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu", Parallel = true)] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu", Parallel = true)] public static partial void Elu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("selu", Parallel = true)] public static partial void Selu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("celu", Parallel = true)] public static partial void Celu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu", Parallel = true)] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu_tanh", Parallel = true)] public static partial void GeluTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu", Parallel = true)] public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("mish", Parallel = true)] public static partial void Mish(ReadOnlySpan<float> x, Span<float> y);
        [Activation("sigmoid", Parallel = true)] public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("tanh", Parallel = true)] public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softplus", Parallel = true)] public static partial void Softplus(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_sigmoid", Parallel = true)] public static partial void HardSigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_swish", Parallel = true)] public static partial void HardSwish(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softsign", Parallel = true)] public static partial void Softsign(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_tanh", Parallel = true)] public static partial void HardTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu", Parallel = true)] public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("silu", Parallel = true)] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("gelu", Parallel = true)] public static partial void GeGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);

        /// <summary>Activation name → the all-cores kernel.</summary>
        public static readonly System.Collections.Generic.Dictionary<string, Action<PeerBuffers>> AllCores = new()
        {
            ["relu"] = b => Relu(b.X, b.Y),
            ["leaky_relu"] = b => LeakyRelu(b.X, b.Y),
            ["elu"] = b => Elu(b.X, b.Y),
            ["selu"] = b => Selu(b.X, b.Y),
            ["celu"] = b => Celu(b.X, b.Y),
            ["gelu"] = b => Gelu(b.X, b.Y),
            ["gelu_tanh"] = b => GeluTanh(b.X, b.Y),
            ["silu"] = b => Silu(b.X, b.Y),
            ["mish"] = b => Mish(b.X, b.Y),
            ["sigmoid"] = b => Sigmoid(b.X, b.Y),
            ["tanh"] = b => Tanh(b.X, b.Y),
            ["softplus"] = b => Softplus(b.X, b.Y),
            ["hard_sigmoid"] = b => HardSigmoid(b.X, b.Y),
            ["hard_swish"] = b => HardSwish(b.X, b.Y),
            ["softsign"] = b => Softsign(b.X, b.Y),
            ["hard_tanh"] = b => HardTanh(b.X, b.Y),
            ["bias_gelu"] = b => BiasGelu(b.X, b.Bias, b.Y),
            ["swiglu"] = b => SwiGlu(b.X, b.M, b.Y),
            ["geglu"] = b => GeGlu(b.X, b.M, b.Y),
        };
    }
}

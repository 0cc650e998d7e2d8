using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Testing;
using TorchSharp;
using static TorchSharp.torch;
using Tp = System.Numerics.Tensors.TensorPrimitives;

namespace FusedKernels.Peers
{
    /// <summary>What a case reads besides x: nothing, a per-channel bias (L = 1024), or a full-length multiplier.</summary>
    public enum Shape
    {
        Unary,
        ChannelBias,
        Gated,
    }

    /// <summary>
    /// One activation (or fused form) as each peer computes it. Out of place, every peer reads x and writes y
    /// (LibTorch's out-of-place activations return a new tensor: that allocation is what its user pays); in place,
    /// FusedKernels and LibTorch both overwrite y after putting x back into it (<see cref="PeerBuffers.Restore"/>).
    /// </summary>
    public sealed class Act
    {
        public required string Name { get; init; }

        public Shape Shape { get; init; }

        public required Action<PeerBuffers> Fused { get; init; }

        /// <summary>The in-place kernel, applied to y.</summary>
        public Action<PeerBuffers>? FusedInPlace { get; init; }

        public required string TpDescription { get; init; }

        public required Action<PeerBuffers> Tp { get; init; }

        public required OnnxGraph Onnx { get; init; }

        public required string TorchDescription { get; init; }

        /// <summary>Out of place: returns the new tensor (the caller disposes it).</summary>
        public required Func<TorchTensors, Tensor> TorchOut { get; init; }

        /// <summary>In place on y, where LibTorch has the in-place op.</summary>
        public Action<TorchTensors>? TorchInPlace { get; init; }

        /// <summary>The correctly rounded result for the accuracy table (unary activations only).</summary>
        public Func<float, float>? Reference { get; init; }

        public override string ToString() => Name;
    }

    /// <summary>The catalogue entries a peer has, and the fused forms. Add one by adding an entry here and its declaration in Kernels.cs.</summary>
    public static class Acts
    {
        private const float SqrtTwoOverPi = 0.7978845608f;

        /// <summary>The key operations of the default run.</summary>
        public static readonly string[] Key = ["relu", "gelu", "bias_gelu", "silu", "swiglu", "softplus", "gelu_tanh", "elu", "tanh", "sigmoid"];

        public static readonly Act[] All =
        [
            new()
            {
                Name = "relu", Fused = b => K.Relu(b.X, b.Y), FusedInPlace = b => K.Relu(b.Y),
                TpDescription = "Max(x, 0)", Tp = b => Tp.Max(b.X, 0f, b.Y),
                Onnx = Unary("Relu", "Relu"),
                TorchDescription = "relu / relu_", TorchOut = t => t.X.relu(), TorchInPlace = t => t.Y.relu_(),
                Reference = x => Reference.Relu(x),
            },
            new()
            {
                Name = "leaky_relu", Fused = b => K.LeakyRelu(b.X, b.Y), FusedInPlace = b => K.LeakyRelu(b.Y),
                TpDescription = "Multiply(x, 0.01) + Max(x, t)", Tp = b => { Tp.Multiply(b.X, 0.01f, b.Y); Tp.Max(b.X, b.Y, b.Y); },
                Onnx = Unary("LeakyRelu(α=0.01)", "LeakyRelu", ("alpha", 0.01f)),
                TorchDescription = "leaky_relu(0.01) / leaky_relu_", TorchOut = t => t.X.leaky_relu(TorchScalars.LeakySlope), TorchInPlace = t => t.Y.leaky_relu_(TorchScalars.LeakySlope),
                Reference = x => (float)Reference.LeakyRelu((double)x, 0.01),
            },
            new()
            {
                Name = "elu", Fused = b => K.Elu(b.X, b.Y), FusedInPlace = b => K.Elu(b.Y),
                TpDescription = "Max(x, ExpM1(Min(x, 0)))", Tp = b => { Tp.Min(b.X, 0f, b.Y); Tp.ExpM1(b.Y, b.Y); Tp.Max(b.X, b.Y, b.Y); },
                Onnx = Unary("Elu(α=1)", "Elu", ("alpha", 1f)),
                TorchDescription = "elu / elu_", TorchOut = t => t.X.elu(TorchScalars.One, TorchScalars.One, TorchScalars.One), TorchInPlace = t => t.Y.elu_(TorchScalars.One, TorchScalars.One, TorchScalars.One),
                Reference = x => Reference.Elu(x, 1f),
            },
            new()
            {
                Name = "selu", Fused = b => K.Selu(b.X, b.Y), FusedInPlace = b => K.Selu(b.Y),
                TpDescription = "Min, ExpM1, Multiply(α), Max(x, 0) into a scratch array, Add, Multiply(γ)", Tp = b => TpChains.Selu(b.X, b.Y),
                Onnx = Unary("Selu", "Selu"),
                TorchDescription = "selu / selu_", TorchOut = t => t.X.selu(), TorchInPlace = t => t.Y.selu_(),
                Reference = x => Reference.Selu(x, 1.6732632423543772f, 1.0507009873554805f),
            },
            new()
            {
                Name = "celu", Fused = b => K.Celu(b.X, b.Y), FusedInPlace = b => K.Celu(b.Y),
                TpDescription = "Max(x, ExpM1(Min(x, 0))) (α = 1)", Tp = b => { Tp.Min(b.X, 0f, b.Y); Tp.ExpM1(b.Y, b.Y); Tp.Max(b.X, b.Y, b.Y); },
                Onnx = Unary("Celu(α=1)", "Celu", ("alpha", 1f)),
                TorchDescription = "celu / celu_", TorchOut = t => t.X.celu(TorchScalars.One), TorchInPlace = t => t.Y.celu_(TorchScalars.One),
                Reference = x => Reference.Celu(x, 1f),
            },
            new()
            {
                Name = "gelu", Fused = b => K.Gelu(b.X, b.Y), FusedInPlace = b => K.Gelu(b.Y),
                TpDescription = "no erf in TP: the tanh form, 6 calls (gelu_tanh's chain)", Tp = b => TpChains.GeluTanh(b.X, b.Y),
                Onnx = Unary("Gelu (opset 20)", "Gelu"),
                TorchDescription = "gelu / gelu_", TorchOut = t => t.X.gelu(), TorchInPlace = t => t.Y.gelu_(),
                Reference = Reference.Gelu,
            },
            new()
            {
                Name = "gelu_tanh", Fused = b => K.GeluTanh(b.X, b.Y), FusedInPlace = b => K.GeluTanh(b.Y),
                TpDescription = "Multiply(x,x), Multiply(c·0.044715), Add(c), Multiply(x), Sigmoid, Multiply(x) (x·σ(2u))", Tp = b => TpChains.GeluTanh(b.X, b.Y),
                Onnx = Unary("Gelu(approximate=tanh) (opset 20)", "Gelu", ("approximate", "tanh")),
                TorchDescription = "gelu(tanh) / gelu_(tanh)", TorchOut = t => t.X.gelu(TorchSharp.Modules.GELU.Approximate.tanh), TorchInPlace = t => t.Y.gelu_(TorchSharp.Modules.GELU.Approximate.tanh),
                Reference = Reference.GeluTanh,
            },
            new()
            {
                Name = "silu", Fused = b => K.Silu(b.X, b.Y), FusedInPlace = b => K.Silu(b.Y),
                TpDescription = "Sigmoid + Multiply(x)", Tp = b => { Tp.Sigmoid(b.X, b.Y); Tp.Multiply(b.Y, b.X, b.Y); },
                Onnx = new OnnxGraph("Sigmoid + Mul", Shape.Unary, new OnnxNode("Sigmoid", ["x"], ["s"]), new OnnxNode("Mul", ["x", "s"], ["y"])),
                TorchDescription = "silu / silu_", TorchOut = t => t.X.silu(), TorchInPlace = t => t.Y.silu_(),
                Reference = x => Reference.Silu(x, 1f),
            },
            new()
            {
                Name = "mish", Fused = b => K.Mish(b.X, b.Y), FusedInPlace = b => K.Mish(b.Y),
                TpDescription = "Exp, LogP1, Tanh, Multiply(x)", Tp = b => { Tp.Exp(b.X, b.Y); Tp.LogP1(b.Y, b.Y); Tp.Tanh(b.Y, b.Y); Tp.Multiply(b.Y, b.X, b.Y); },
                Onnx = Unary("Mish (opset 18)", "Mish"),
                TorchDescription = "mish / mish(inplace)", TorchOut = t => nn.functional.mish(t.X), TorchInPlace = t => nn.functional.mish(t.Y, inplace: true),
                Reference = Reference.Mish,
            },
            new()
            {
                Name = "sigmoid", Fused = b => K.Sigmoid(b.X, b.Y), FusedInPlace = b => K.Sigmoid(b.Y),
                TpDescription = "Sigmoid", Tp = b => Tp.Sigmoid(b.X, b.Y),
                Onnx = Unary("Sigmoid", "Sigmoid"),
                TorchDescription = "sigmoid / sigmoid_", TorchOut = t => t.X.sigmoid(), TorchInPlace = t => t.Y.sigmoid_(),
                Reference = Reference.Sigmoid,
            },
            new()
            {
                Name = "tanh", Fused = b => K.Tanh(b.X, b.Y), FusedInPlace = b => K.Tanh(b.Y),
                TpDescription = "Tanh", Tp = b => Tp.Tanh(b.X, b.Y),
                Onnx = Unary("Tanh", "Tanh"),
                TorchDescription = "tanh / tanh_", TorchOut = t => t.X.tanh(), TorchInPlace = t => t.Y.tanh_(),
                Reference = Reference.Tanh,
            },
            new()
            {
                Name = "softplus", Fused = b => K.Softplus(b.X, b.Y), FusedInPlace = b => K.Softplus(b.Y),
                TpDescription = "Exp + LogP1 (overflows to ∞ past x ≈ 88.7)", Tp = b => { Tp.Exp(b.X, b.Y); Tp.LogP1(b.Y, b.Y); },
                Onnx = Unary("Softplus", "Softplus"),
                TorchDescription = "softplus(β=1, threshold=20) (no in-place op)", TorchOut = t => t.X.softplus(1.0, 20.0),
                Reference = x => Reference.Softplus(x, 1f),
            },
            new()
            {
                Name = "hard_sigmoid", Fused = b => K.HardSigmoid(b.X, b.Y), FusedInPlace = b => K.HardSigmoid(b.Y),
                TpDescription = "Multiply(1/6), Add(0.5), Clamp(0, 1)", Tp = b => { Tp.Multiply(b.X, 1f / 6, b.Y); Tp.Add(b.Y, 0.5f, b.Y); Tp.Clamp(b.Y, 0f, 1f, b.Y); },
                Onnx = Unary("HardSigmoid(α=1/6, β=0.5)", "HardSigmoid", ("alpha", 1f / 6), ("beta", 0.5f)),
                TorchDescription = "hardsigmoid / hardsigmoid_", TorchOut = t => t.X.hardsigmoid(), TorchInPlace = t => t.Y.hardsigmoid_(),
                Reference = x => (float)Reference.HardSigmoid((double)x, 1.0 / 6, 0.5),
            },
            new()
            {
                Name = "hard_swish", Fused = b => K.HardSwish(b.X, b.Y), FusedInPlace = b => K.HardSwish(b.Y),
                TpDescription = "Add(3), Clamp(0, 6), Multiply(x), Divide(6)", Tp = b => { Tp.Add(b.X, 3f, b.Y); Tp.Clamp(b.Y, 0f, 6f, b.Y); Tp.Multiply(b.Y, b.X, b.Y); Tp.Divide(b.Y, 6f, b.Y); },
                Onnx = Unary("HardSwish", "HardSwish"),
                TorchDescription = "hardswish / hardswish_", TorchOut = t => t.X.hardswish(), TorchInPlace = t => t.Y.hardswish_(),
                Reference = x => (float)Reference.HardSwish((double)x),
            },
            new()
            {
                Name = "softsign", Fused = b => K.Softsign(b.X, b.Y), FusedInPlace = b => K.Softsign(b.Y),
                TpDescription = "Abs, Add(1), Divide(x, ·)", Tp = b => { Tp.Abs(b.X, b.Y); Tp.Add(b.Y, 1f, b.Y); Tp.Divide(b.X, b.Y, b.Y); },
                Onnx = Unary("Softsign", "Softsign"),
                TorchDescription = "softsign (TorchSharp composes it: abs, add, div)", TorchOut = t => nn.functional.softsign(t.X),
                Reference = x => (float)Reference.Softsign((double)x),
            },
            new()
            {
                Name = "hard_tanh", Fused = b => K.HardTanh(b.X, b.Y), FusedInPlace = b => K.HardTanh(b.Y),
                TpDescription = "Clamp(x, −1, 1)", Tp = b => Tp.Clamp(b.X, -1f, 1f, b.Y),
                Onnx = new OnnxGraph("Clip(−1, 1)", Shape.Unary, new OnnxNode("Clip", ["x", "lo", "hi"], ["y"])).WithConstant("lo", -1f).WithConstant("hi", 1f),
                TorchDescription = "clamp(−1, 1) / hardtanh_ (after disposing the result of TorchSharp 0.107's out-of-place hardtanh, the input tensor's handle was gone)", TorchOut = t => t.X.clamp(TorchScalars.MinusOne, TorchScalars.One), TorchInPlace = t => t.Y.hardtanh_(TorchScalars.MinusOne, TorchScalars.One),
                Reference = x => Reference.Clip(x, -1f, 1f),
            },

            // ---- Fused forms
            new()
            {
                Name = "bias_gelu", Shape = Shape.ChannelBias, Fused = b => K.BiasGelu(b.X, b.Bias, b.Y),
                TpDescription = "Add(row, bias) per row + gelu_tanh's chain (no erf in TP)", Tp = b => { TpChains.AddRows(b.X, b.Bias, b.Y); TpChains.GeluTanh(b.Y, b.Y); },
                Onnx = new OnnxGraph("Add + Gelu (ORT may fuse to BiasGelu)", Shape.ChannelBias, new OnnxNode("Add", ["x", "bias"], ["z"]), new OnnxNode("Gelu", ["z"], ["y"])),
                TorchDescription = "(x + bias).gelu_() (one allocation)", TorchOut = t => t.X2.add(t.Bias).gelu_(),
            },
            new()
            {
                Name = "swiglu", Shape = Shape.Gated, Fused = b => K.SwiGlu(b.X, b.M, b.Y),
                TpDescription = "Sigmoid, Multiply(x), Multiply(m)", Tp = b => { Tp.Sigmoid(b.X, b.Y); Tp.Multiply(b.Y, b.X, b.Y); Tp.Multiply(b.Y, b.M, b.Y); },
                Onnx = new OnnxGraph("Sigmoid + Mul + Mul", Shape.Gated, new OnnxNode("Sigmoid", ["x"], ["s"]), new OnnxNode("Mul", ["x", "s"], ["a"]), new OnnxNode("Mul", ["a", "m"], ["y"])),
                TorchDescription = "x.silu().mul_(m) (one allocation)", TorchOut = t => t.X.silu().mul_(t.M),
            },
            new()
            {
                Name = "geglu", Shape = Shape.Gated, Fused = b => K.GeGlu(b.X, b.M, b.Y),
                TpDescription = "gelu_tanh's chain + Multiply(m)", Tp = b => { TpChains.GeluTanh(b.X, b.Y); Tp.Multiply(b.Y, b.M, b.Y); },
                Onnx = new OnnxGraph("Gelu + Mul", Shape.Gated, new OnnxNode("Gelu", ["x"], ["g"]), new OnnxNode("Mul", ["g", "m"], ["y"])),
                TorchDescription = "x.gelu().mul_(m) (one allocation)", TorchOut = t => t.X.gelu().mul_(t.M),
            },
        ];

        public static Act Get(string name) => All.FirstOrDefault(a => a.Name == name)
            ?? throw new ArgumentException($"unknown activation '{name}'; known: {string.Join(", ", All.Select(a => a.Name))}");

        private static OnnxGraph Unary(string description, string op, params (string, object)[] attributes) =>
            new(description, Shape.Unary, new OnnxNode(op, ["x"], ["y"], "", attributes));
    }

    /// <summary>TensorPrimitives chains a user writes where TP has no single call (one pass over memory per call).</summary>
    public static class TpChains
    {
        private const float C = 2 * 0.7978845608028654f; // 2·√(2/π): gelu_tanh(x) = x·σ(C·(x + 0.044715·x³))

        public static void GeluTanh(ReadOnlySpan<float> x, Span<float> y)
        {
            // In place (the bias+gelu chain) x is needed after u overwrote it: then u goes to a scratch array.
            float[]? rented = x.Overlaps(y) ? ArrayPool<float>.Shared.Rent(x.Length) : null;
            Span<float> u = rented is null ? y : rented.AsSpan(0, x.Length);
            Tp.Multiply(x, x, u);
            Tp.Multiply(u, C * 0.044715f, u);
            Tp.Add(u, C, u);
            Tp.Multiply(u, x, u);
            Tp.Sigmoid(u, u);
            Tp.Multiply(u, x, y);
            if (rented is not null) ArrayPool<float>.Shared.Return(rented);
        }

        public static void Selu(ReadOnlySpan<float> x, Span<float> y)
        {
            const float Alpha = 1.6732632423543772f, Gamma = 1.0507009873554805f;
            float[] rented = ArrayPool<float>.Shared.Rent(x.Length);
            Span<float> t = rented.AsSpan(0, x.Length);
            Tp.Min(x, 0f, y);
            Tp.ExpM1(y, y);
            Tp.Multiply(y, Alpha, y);
            Tp.Max(x, 0f, t);
            Tp.Add(y, t, y);
            Tp.Multiply(y, Gamma, y);
            ArrayPool<float>.Shared.Return(rented);
        }

        public static void AddRows(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y)
        {
            int l = bias.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                Tp.Add(x.Slice(r, l), bias, y.Slice(r, l));
            }
        }
    }
}

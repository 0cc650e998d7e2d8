using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;

namespace FusedKernels.Benchmarks
{
    /// <summary>One operation of a case, on that case's buffers.</summary>
    public delegate void Op(Buffers b);

    /// <summary>
    /// One kernel under test: the generated kernel, the naive loop and what a TensorPrimitives user writes.
    /// <paramref name="Streams"/> is how many full-length arrays one pass reads or writes (x and y: 2; an
    /// element-wise bias adds one); throughput is Streams · N · sizeof(T) / time.
    /// </summary>
    public sealed record Case(string Name, Needs Needs, int Streams, string TpDescription, Op Naive, Op TensorPrimitives, Op Fused)
    {
        public int ElementSize => (Needs & Needs.Double) != 0 ? sizeof(double) : sizeof(float);

        public override string ToString() => Name;
    }

    /// <summary>
    /// The registry of cases: adding a kernel is one line here (plus its declaration in Kernels.cs). Both
    /// benchmark classes, the vector-path runs and the --verify-ratios harness read this table.
    /// </summary>
    public static class Cases
    {
        public static readonly Case[] All =
        [
            F("identity", "CopyTo (TP has no identity)", b => Naive.Identity(b.X, b.Y), b => b.X.CopyTo(b.Y), b => K.Identity(b.X, b.Y)),
            F("relu", "Max(x, 0)", b => Naive.Relu(b.X, b.Y), b => TensorPrimitives.Max(b.X, 0f, b.Y), b => K.Relu(b.X, b.Y)),
            F("leaky_relu", "Multiply(x, 0.2) + Max(x, t)", b => Naive.LeakyRelu(b.X, b.Y), b => Tp.LeakyRelu(b.X, b.Y), b => K.LeakyRelu(b.X, b.Y)),
            F("bias_relu_channel", "Add(row, bias) per row + Max(y, 0)", b => Naive.BiasRelu(b.X, b.Bias, b.Y), b => Tp.BiasRelu(b.X, b.Bias, b.Y), b => K.BiasRelu(b.X, b.Bias, b.Y), Needs.ChannelBias),
            F("bias_relu_elementwise", "Add(x, bias) + Max(y, 0)", b => Naive.BiasRelu(b.X, b.Bias, b.Y), b => Tp.BiasRelu(b.X, b.Bias, b.Y), b => K.BiasRelu(b.X, b.Bias, b.Y), Needs.ElementBias, streams: 3),
            F("scale_bias_relu", "Multiply(x, s) + Add(row, bias) per row + Max(y, 0)", b => Naive.ScaleBiasRelu(b.X, Buffers.Scale, b.Bias, b.Y), b => Tp.ScaleBiasRelu(b.X, Buffers.Scale, b.Bias, b.Y), b => K.ScaleBiasRelu(b.X, Buffers.Scale, b.Bias, b.Y), Needs.ChannelBias),
            F("scale_bias_leaky_relu", "Multiply(x, s) + Add(row, bias) per row + Multiply(y, 0.2) + Max", b => Naive.ScaleBiasLeakyRelu(b.X, Buffers.Scale, b.Bias, b.Y), b => Tp.ScaleBiasLeakyRelu(b.X, Buffers.Scale, b.Bias, b.Y), b => K.ScaleBiasLeakyRelu(b.X, Buffers.Scale, b.Bias, b.Y), Needs.ChannelBias),
            F("prelu_channel", "Multiply(row, α) per row + Max(x, t)", b => Naive.PRelu(b.X, b.Alpha, b.Y), b => Tp.PRelu(b.X, b.Alpha, b.Y), b => K.PRelu(b.X, b.Alpha, b.Y), Needs.ChannelAlpha),
            F("relu_double", "Max(x, 0)", b => Naive.Relu(b.XD, b.YD), b => TensorPrimitives.Max(b.XD, 0d, b.YD), b => K.Relu(b.XD, b.YD), Needs.Double),
            F("leaky_relu_double", "Multiply(x, 0.2) + Max(x, t)", b => Naive.LeakyRelu(b.XD, b.YD), b => Tp.LeakyRelu(b.XD, b.YD), b => K.LeakyRelu(b.XD, b.YD), Needs.Double),

            // ---- Transcendental activations (naive = MathF): one line each, with the declaration in Kernels.cs.
            F("sigmoid", "Sigmoid(x)", b => Naive.Sigmoid(b.X, b.Y), b => TensorPrimitives.Sigmoid(b.X, b.Y), b => K.Sigmoid(b.X, b.Y)),
            F("tanh", "Tanh(x)", b => Naive.Tanh(b.X, b.Y), b => TensorPrimitives.Tanh(b.X, b.Y), b => K.Tanh(b.X, b.Y)),
            // gelu: TP has no erf, so the chain is the tanh approximation (a different, less accurate function; Tp.GeluTanh).
            F("gelu", GeluTp, b => Naive.Gelu(b.X, b.Y), b => Tp.GeluTanh(b.X, b.Y), b => K.Gelu(b.X, b.Y)),
            F("gelu_normal", GeluTp + ", x ~ N(0, 1)", b => Naive.Gelu(b.X, b.Y), b => Tp.GeluTanh(b.X, b.Y), b => K.Gelu(b.X, b.Y), Needs.NormalX),
            F("gelu_wide", GeluTp + ", x in [−10, 10]", b => Naive.Gelu(b.X, b.Y), b => Tp.GeluTanh(b.X, b.Y), b => K.Gelu(b.X, b.Y), Needs.WideX),
            F("bias_gelu_channel", "Add(row, bias) per row + " + GeluTp, b => Naive.BiasGelu(b.X, b.Bias, b.Y), b => Tp.BiasGeluTanh(b.X, b.Bias, b.Y), b => K.BiasGelu(b.X, b.Bias, b.Y), Needs.ChannelBias),
            F("bias_gelu_normal", "Add(row, bias) per row + " + GeluTp + ", x ~ N(0, 1)", b => Naive.BiasGelu(b.X, b.Bias, b.Y), b => Tp.BiasGeluTanh(b.X, b.Bias, b.Y), b => K.BiasGelu(b.X, b.Bias, b.Y), Needs.ChannelBias | Needs.NormalX),
        ];

        private const string GeluTp = "tanh-form chain: Multiply, Multiply, Add, Multiply, Tanh, Multiply, Add, Multiply";

        /// <summary>The representative subset run once per vector path.</summary>
        public static readonly string[] PathSubset = ["leaky_relu", "scale_bias_leaky_relu"];

        /// <summary>Kernel names selected with --kernels (all when empty).</summary>
        public static string[] Selected { get; set; } = [];

        /// <summary>Sizes selected with --sizes: a cache-resident 4K and a DRAM-sized 16M floats by default.</summary>
        public static int[] Sizes { get; set; } = [4096, 16 * 1024 * 1024];

        public static Case Get(string name) => All.First(c => c.Name == name);

        public static IEnumerable<string> Names(IEnumerable<string> from) =>
            from.Where(n => Selected.Length == 0 || Selected.Contains(n));

        private static Case F(string name, string tp, Op naive, Op tensorPrimitives, Op fused, Needs needs = Needs.None, int streams = 2) =>
            new(name, needs, streams, tp, naive, tensorPrimitives, fused);
    }

    /// <summary>
    /// The TensorPrimitives chains a user writes where TP has no single call: one pass over memory per call.
    /// TP cannot broadcast a per-channel span, so the per-channel step is a loop over rows of L = 1024 (each
    /// row a full TP call). <c>Max</c> is what a user reaches for (IEEE: NaN- and ±0-aware, the slower form).
    /// </summary>
    public static class Tp
    {
        public static void LeakyRelu(ReadOnlySpan<float> x, Span<float> y)
        {
            TensorPrimitives.Multiply(x, 0.2f, y);
            TensorPrimitives.Max(x, y, y);
        }

        public static void LeakyRelu(ReadOnlySpan<double> x, Span<double> y)
        {
            TensorPrimitives.Multiply(x, 0.2d, y);
            TensorPrimitives.Max(x, y, y);
        }

        public static void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y)
        {
            AddRows(x, bias, y);
            TensorPrimitives.Max(y, 0f, y);
        }

        public static void ScaleBiasRelu(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y)
        {
            TensorPrimitives.Multiply(x, scale, y);
            AddRows(y, bias, y);
            TensorPrimitives.Max(y, 0f, y);
        }

        public static void ScaleBiasLeakyRelu(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y)
        {
            TensorPrimitives.Multiply(x, scale, y);
            AddRows(y, bias, y);
            // leaky(z) = max(z, 0.2·z) needs z and 0.2·z at once: rather than a full-length temporary (one more
            // array and pass), the user computes 0.2·z per row into a rented scratch row and takes the max.
            int l = bias.Length;
            float[] scratch = System.Buffers.ArrayPool<float>.Shared.Rent(l);
            Span<float> s = scratch.AsSpan(0, l);
            for (int r = 0; r < y.Length; r += l)
            {
                Span<float> row = y.Slice(r, l);
                TensorPrimitives.Multiply(row, 0.2f, s);
                TensorPrimitives.Max(row, s, row);
            }

            System.Buffers.ArrayPool<float>.Shared.Return(scratch);
        }

        public static void PRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y)
        {
            int l = alpha.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                TensorPrimitives.Multiply(x.Slice(r, l), alpha, y.Slice(r, l));
            }

            TensorPrimitives.Max(x, y, y); // α ≤ 1 here, so max(x, α·x) is prelu
        }

        /// <summary>½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))) in eight passes (TP has no erf, so no exact gelu).</summary>
        public static void GeluTanh(ReadOnlySpan<float> x, Span<float> y)
        {
            const float C = 0.7978845608f; // √(2/π)
            TensorPrimitives.Multiply(x, x, y);
            TensorPrimitives.Multiply(y, C * 0.044715f, y);
            TensorPrimitives.Add(y, C, y);
            TensorPrimitives.Multiply(y, x, y);
            TensorPrimitives.Tanh(y, y);
            TensorPrimitives.Multiply(y, 0.5f, y);
            TensorPrimitives.Add(y, 0.5f, y);
            TensorPrimitives.Multiply(y, x, y);
        }

        /// <summary>Per row of L: x + bias into a rented scratch row, then the chain from it (the chain reads x twice).</summary>
        public static void BiasGeluTanh(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y)
        {
            int l = bias.Length;
            float[] scratch = System.Buffers.ArrayPool<float>.Shared.Rent(l);
            Span<float> s = scratch.AsSpan(0, l);
            for (int r = 0; r < x.Length; r += l)
            {
                TensorPrimitives.Add(x.Slice(r, l), bias, s);
                GeluTanh(s, y.Slice(r, l));
            }

            System.Buffers.ArrayPool<float>.Shared.Return(scratch);
        }

        private static void AddRows(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y)
        {
            if (bias.Length == x.Length)
            {
                TensorPrimitives.Add(x, bias, y);
                return;
            }

            int l = bias.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                TensorPrimitives.Add(x.Slice(r, l), bias, y.Slice(r, l));
            }
        }
    }
}

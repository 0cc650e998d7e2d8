using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FusedKernels.Peers
{
    /// <summary>The input distributions: what pre-activations look like, and wider ranges for the transcendental ones.</summary>
    public static class Distributions
    {
        /// <summary>N(0, 1): the pre-activations a normalized network feeds its activations (the default).</summary>
        public const string Normal = "normal";

        /// <summary>Uniform in [−1, 1] (the other suites' data).</summary>
        public const string Uniform1 = "uniform1";

        /// <summary>Uniform in [−10, 10]: the tails of the transcendental activations.</summary>
        public const string Uniform10 = "uniform10";

        public static readonly string[] All = [Normal, Uniform1, Uniform10];

        public static float Next(string distribution, Random rng) => distribution switch
        {
            Normal => (float)(Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble())),
            Uniform1 => (float)(rng.NextDouble() * 2 - 1),
            Uniform10 => (float)(rng.NextDouble() * 20 - 10),
            _ => throw Unknown(distribution),
        };

        /// <summary>Throws, listing the known names, unless <paramref name="distribution"/> is one of <see cref="All"/>.</summary>
        public static void Check(string distribution)
        {
            if (Array.IndexOf(All, distribution) < 0)
            {
                throw Unknown(distribution);
            }
        }

        private static ArgumentException Unknown(string distribution) =>
            new($"unknown distribution '{distribution}'; known: {string.Join(", ", All)}");
    }

    /// <summary>
    /// One float buffer that every peer reads or writes in place: a pinned managed array (TorchSharp's
    /// <c>torch.from_array</c> shares a managed array's memory; ONNX Runtime binds the same address), with
    /// the span starting at a 64-byte boundary inside it, as the other suites' native buffers do.
    /// </summary>
    public sealed unsafe class Pinned
    {
        public Pinned(int length)
        {
            Array = GC.AllocateUninitializedArray<float>(length + 16, pinned: true);
            nuint address = (nuint)Unsafe.AsPointer(ref Array[0]);
            Offset = (int)((64 - (address & 63)) & 63) / sizeof(float);
            Length = length;
            Array.AsSpan().Clear();
        }

        /// <summary>The whole pinned array (TorchSharp tensors are made from it, then narrowed to the span).</summary>
        public float[] Array { get; }

        /// <summary>Where the span starts in <see cref="Array"/>.</summary>
        public int Offset { get; }

        public int Length { get; }

        public Span<float> Span => Array.AsSpan(Offset, Length);

        public IntPtr Pointer => (IntPtr)Unsafe.AsPointer(ref Array[Offset]);
    }

    /// <summary>
    /// The operands of one case: x (input), y (output, or the in-place work buffer), a per-channel bias of
    /// <see cref="Channels"/> and a full-length multiplier for the gated units, seeded.
    /// </summary>
    public sealed class PeerBuffers
    {
        /// <summary>Channels (L) of the per-channel bias: a GEMM epilogue over [rows, 1024].</summary>
        public const int Channels = 1024;

        public PeerBuffers(int n, string distribution, bool gated)
        {
            N = n;
            Distribution = distribution;
            var rng = new Random(20261203);
            XBuf = new Pinned(n);
            YBuf = new Pinned(n);
            BiasBuf = new Pinned(Channels);
            MBuf = new Pinned(gated ? n : 0);
            Fill(XBuf.Span, i => Distributions.Next(distribution, rng));
            Fill(BiasBuf.Span, i => (float)(rng.NextDouble() - 0.5));
            Fill(MBuf.Span, i => (float)(rng.NextDouble() * 2 - 1));
        }

        public int N { get; }

        public string Distribution { get; }

        public Pinned XBuf { get; }

        public Pinned YBuf { get; }

        public Pinned BiasBuf { get; }

        public Pinned MBuf { get; }

        public Span<float> X => XBuf.Span;

        public Span<float> Y => YBuf.Span;

        public Span<float> Bias => BiasBuf.Span;

        public Span<float> M => MBuf.Span;

        /// <summary>The in-place cases first put x back into y (both sides pay the same copy).</summary>
        public void Restore() => X.CopyTo(Y);

        private static void Fill(Span<float> s, Func<int, float> f)
        {
            for (int i = 0; i < s.Length; i++)
            {
                s[i] = f(i);
            }
        }
    }
}

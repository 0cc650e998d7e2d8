using System;
using System.Runtime.InteropServices;

namespace FusedKernels.Benchmarks
{
    /// <summary>What a case needs besides x and y.</summary>
    [Flags]
    public enum Needs
    {
        None = 0,
        /// <summary>A per-channel bias of <see cref="Buffers.Channels"/> elements.</summary>
        ChannelBias = 1,
        /// <summary>A full-length (element-wise) bias.</summary>
        ElementBias = 2,
        /// <summary>A per-channel α of <see cref="Buffers.Channels"/> elements (prelu).</summary>
        ChannelAlpha = 4,
        /// <summary>double x and y instead of float.</summary>
        Double = 8,
        /// <summary>x from the unit normal distribution (pre-activations) instead of uniform in [−1, 1].</summary>
        NormalX = 16,
        /// <summary>x uniform in [−10, 10] instead of [−1, 1] (both tails of gelu-like activations).</summary>
        WideX = 32,
    }

    /// <summary>
    /// The operands of one benchmark case: 64-byte aligned native memory (so every run sees the same alignment;
    /// a managed array's data start moves between runs, which would move the numbers), filled with seeded data
    /// half negative, half positive. <see cref="Offset"/> elements shift every span off that alignment.
    /// </summary>
    public sealed unsafe class Buffers : IDisposable
    {
        /// <summary>Channels (the innermost dimension, L) of the per-channel roles: a GEMM epilogue over [rows, 1024].</summary>
        public const int Channels = 1024;

        /// <summary>The scale of the scale+bias kernels (a folded batch-norm's γ/σ).</summary>
        public const float Scale = 1.25f;

        private readonly int _n;
        private readonly int _offset;
        private readonly void* _x, _y, _bias, _alpha;

        public Buffers(int n, Needs needs, int offset = 0)
        {
            _n = n;
            _offset = offset;
            int size = (needs & Needs.Double) != 0 ? sizeof(double) : sizeof(float);
            var rng = new Random(20261124);
            _x = Alloc(n + offset, size, rng, (needs & Needs.WideX) != 0 ? -10 : -1, (needs & Needs.WideX) != 0 ? 10 : 1);
            if ((needs & Needs.NormalX) != 0)
            {
                FillNormal((float*)_x, n + offset, rng);
            }
            _y = Alloc(n + offset, size, rng, -1, 1);
            if ((needs & Needs.ElementBias) != 0)
            {
                _bias = Alloc(n + offset, size, rng, -0.5, 0.5);
            }
            else if ((needs & Needs.ChannelBias) != 0)
            {
                _bias = Alloc(Channels + offset, size, rng, -0.5, 0.5);
            }

            if ((needs & Needs.ChannelAlpha) != 0)
            {
                _alpha = Alloc(Channels + offset, size, rng, 0.01, 0.3);
            }
        }

        public int Length => _n;

        public int Offset => _offset;

        public Span<float> X => new((float*)_x + _offset, _n);

        public Span<float> Y => new((float*)_y + _offset, _n);

        /// <summary>The bias: per-channel or full-length, as the case asked for.</summary>
        public Span<float> Bias => new((float*)_bias + _offset, _bias == null ? 0 : BiasLength);

        public Span<float> Alpha => new((float*)_alpha + _offset, _alpha == null ? 0 : Channels);

        public Span<double> XD => new((double*)_x + _offset, _n);

        public Span<double> YD => new((double*)_y + _offset, _n);

        private int BiasLength { get; set; } = Channels;

        public void Dispose()
        {
            NativeMemory.AlignedFree(_x);
            NativeMemory.AlignedFree(_y);
            NativeMemory.AlignedFree(_bias);
            NativeMemory.AlignedFree(_alpha);
        }

        /// <summary>Buffers for <paramref name="c"/>, with the bias length the case needs.</summary>
        public static Buffers For(Case c, int n, int offset = 0)
        {
            var b = new Buffers(n, c.Needs, offset);
            b.BiasLength = (c.Needs & Needs.ElementBias) != 0 ? n : Channels;
            return b;
        }

        /// <summary>Unit normal floats (Box–Muller), seeded.</summary>
        private static void FillNormal(float* p, int count, Random rng)
        {
            for (int i = 0; i < count; i++)
            {
                p[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()));
            }
        }

        private static void* Alloc(int count, int size, Random rng, double lo, double hi)
        {
            void* p = NativeMemory.AlignedAlloc((nuint)count * (nuint)size, 64);
            for (int i = 0; i < count; i++)
            {
                double v = lo + (hi - lo) * rng.NextDouble();
                if (size == sizeof(float))
                {
                    ((float*)p)[i] = (float)v;
                }
                else
                {
                    ((double*)p)[i] = v;
                }
            }

            return p;
        }
    }
}

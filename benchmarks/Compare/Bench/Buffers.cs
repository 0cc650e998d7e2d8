using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FusedKernels.Compare
{
    /// <summary>
    /// The operands of every case, seeded: x uniform in [−1, 1] or N(0, 1), per-channel roles of <see cref="Channels"/>
    /// elements. All are cut from one native block aligned to a page, each at its own distance from a 4 KiB boundary,
    /// so that every instance in every process has the same layout: with separate allocations, where y fell relative to
    /// x modulo 4 KiB changed from one instance to the next, and with it the time of a 4K call (relu 83 or 138 ns in one
    /// process; most likely 4K aliasing, x's loads taken for reads of y's pending stores). <c>COMPARE_Y_OFFSET</c>
    /// (elements) moves y off its place, to see whether a difference is a layout effect; with <c>COMPARE_X_OFFSET</c> as
    /// well, both start off a cache line, as a managed array's data usually does.
    /// </summary>
    public sealed unsafe class Buffers : IDisposable
    {
        public const int Channels = 1024;

        public readonly int N;
        private readonly float* _x, _y, _bias, _multiplier, _dy, _dx, _dmultiplier, _dbias;
        private readonly double* _xd, _yd;
        private readonly Half* _xh, _yh, _biash, _multiplierh;

        private const int Operands = 14;

        /// <summary>Bytes from one operand to the next: room for n doubles and an offset, to a whole page, plus 1,088 (17 lines).</summary>
        private readonly nuint _slot;
        private readonly byte* _block;
        private int _next;

        public Buffers(int n, bool normal)
        {
            N = n;
            _slot = ((nuint)(Math.Max(n, Channels) + 64) * sizeof(double) + 4095) / 4096 * 4096 + 1088;
            _block = (byte*)NativeMemory.AlignedAlloc(Operands * _slot, 4096);
            var rng = new Random(20261203);
            int offset = int.TryParse(Environment.GetEnvironmentVariable("COMPARE_Y_OFFSET"), out int o) ? o : 0;
            int xOffset = int.TryParse(Environment.GetEnvironmentVariable("COMPARE_X_OFFSET"), out int xo) ? xo : 0;
            _x = Next<float>() + xOffset; _y = Next<float>() + offset; _bias = Next<float>(); _multiplier = Next<float>();
            _dy = Next<float>(); _dx = Next<float>(); _dmultiplier = Next<float>(); _dbias = Next<float>();
            _xd = Next<double>(); _yd = Next<double>();
            _xh = Next<Half>(); _yh = Next<Half>(); _biash = Next<Half>(); _multiplierh = Next<Half>();
            for (int i = 0; i < n; i++)
            {
                double u = normal
                    ? Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble())
                    : rng.NextDouble() * 2 - 1;
                _x[i] = (float)u; _xd[i] = u; _xh[i] = (Half)u;
                _bias[i] = (float)(rng.NextDouble() - 0.5); _biash[i] = (Half)_bias[i];
                _multiplier[i] = (float)(rng.NextDouble() * 2 - 1); _multiplierh[i] = (Half)_multiplier[i];
                _dy[i] = (float)(rng.NextDouble() * 2 - 1);
            }
        }

        public ReadOnlySpan<float> X => new(_x, N);
        public Span<float> Y => new(_y, N);
        /// <summary>A bias (or prelu's α) per channel.</summary>
        public ReadOnlySpan<float> ChannelBias => new(_bias, Channels);
        public ReadOnlySpan<float> ElementBias => new(_bias, N);
        public ReadOnlySpan<float> Multiplier => new(_multiplier, N);
        public ReadOnlySpan<float> Dy => new(_dy, N);
        public Span<float> Dx => new(_dx, N);
        public Span<float> DMultiplier => new(_dmultiplier, N);
        public Span<float> DBias => new(_dbias, Channels);
        public ReadOnlySpan<double> XDouble => new(_xd, N);
        public Span<double> YDouble => new(_yd, N);
        public ReadOnlySpan<Half> XHalf => new(_xh, N);
        public Span<Half> YHalf => new(_yh, N);
        public ReadOnlySpan<Half> ChannelBiasHalf => new(_biash, Channels);
        public ReadOnlySpan<Half> MultiplierHalf => new(_multiplierh, N);

        public void Dispose() => NativeMemory.AlignedFree(_block);

        /// <summary>The next operand: the k-th starts k·1,088 bytes past a page boundary (mod 4 KiB), so no two are within 64 bytes of each other there.</summary>
        private T* Next<T>()
            where T : unmanaged
        {
            Debug.Assert(_next < Operands);
            return (T*)(_block + _slot * (nuint)_next++);
        }
    }
}

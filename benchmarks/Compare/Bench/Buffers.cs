using System;
using System.Runtime.InteropServices;

namespace FusedKernels.Compare
{
    /// <summary>
    /// The operands of every case, 64-byte aligned native memory (the same alignment in every run), seeded: x uniform in
    /// [−1, 1] or N(0, 1), per-channel roles of <see cref="Channels"/> elements. <c>COMPARE_Y_OFFSET</c> (elements) moves y
    /// off x's 4 KiB alignment, to see whether a difference is a layout effect; with <c>COMPARE_X_OFFSET</c> as well,
    /// both start off a cache line, as a managed array's data usually does.
    /// </summary>
    public sealed unsafe class Buffers
    {
        public const int Channels = 1024;

        public readonly int N;
        private readonly float* _x, _y, _bias, _multiplier, _dy, _dx, _dmultiplier, _dbias;
        private readonly double* _xd, _yd;
        private readonly Half* _xh, _yh, _biash, _multiplierh;

        public Buffers(int n, bool normal)
        {
            N = n;
            var rng = new Random(20261203);
            int offset = int.TryParse(Environment.GetEnvironmentVariable("COMPARE_Y_OFFSET"), out int o) ? o : 0;
            int xOffset = int.TryParse(Environment.GetEnvironmentVariable("COMPARE_X_OFFSET"), out int xo) ? xo : 0;
            _x = Alloc<float>(n + xOffset) + xOffset; _y = Alloc<float>(n + offset) + offset; _bias = Alloc<float>(n); _multiplier = Alloc<float>(n);
            _dy = Alloc<float>(n); _dx = Alloc<float>(n); _dmultiplier = Alloc<float>(n); _dbias = Alloc<float>(Channels);
            _xd = Alloc<double>(n); _yd = Alloc<double>(n);
            _xh = Alloc<Half>(n); _yh = Alloc<Half>(n); _biash = Alloc<Half>(n); _multiplierh = Alloc<Half>(n);
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

        private static T* Alloc<T>(int n)
            where T : unmanaged => (T*)NativeMemory.AlignedAlloc((nuint)(Math.Max(n, 1) * sizeof(T)), 64);
    }
}

using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// Float softmax (also Half, computed in float) in three sweeps per row: the max; e = e^(z − c)·2^64 stored (in y,
    /// or a float scratch row for Half) with its sum; y = e·(1/Σ). The shift c = K·ln 2, K = ⌊max·log2 e⌋, is taken
    /// out of the exponent as an integer: e^z = 2^n·e^r is reduced from z itself (n = round(z·log2 e), r = z − n·ln 2,
    /// Cody–Waite, the first part exact), and 2^(n − K + 64) is built from the integer n − K + 64, so z − max is never
    /// rounded and needs no float-float. The 2^64 keeps every stored e normal (z is clamped to max − 110 first:
    /// 2^(n − K + 64) ≥ 2^-96), so no e is rounded twice as a subnormal; the factor is folded into 1/Σ (y rounded once).
    /// Rows whose max is not finite or beyond ±2^15 (there n·ln 2 would not be exact) take the general loop
    /// (<see cref="SoftmaxRows"/>), which also handles NaN-only, fully masked and +∞ rows; a NaN in an ordinary row
    /// makes the sum NaN, and the row is then filled with NaN.
    /// </summary>
    internal static class SoftmaxSweeps
    {
        /// <summary>Beyond this |max| the reduction of z is not exact; such rows take the general loop.</summary>
        private const float MaxMagnitude = 32768f;

        public static void Run<TE, TV, TAcc, TM, TMem, TFloat, TOp>(ReadOnlySpan<TE> x, ReadOnlySpan<TE> bias, int rowLength, Span<TE> y, TOp op)
            where TAcc : struct
            where TM : struct, IRowMath<float, TV, TAcc>, IFloatSoftmaxRow<TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TFloat : struct, IRowMemory<float, TV>
            where TOp : struct, IRowOperation<float>
        {
            ref TE px = ref MemoryMarshal.GetReference(x);
            ref TE pb = ref MemoryMarshal.GetReference(bias);
            ref TE py = ref MemoryMarshal.GetReference(y);
            int period = TOp.HasBias ? bias.Length : 1;

            // Float keeps e in y itself; Half keeps it in a float row (y would round it to Half).
            float[]? scratch = typeof(TE) == typeof(float) ? null : ArrayPool<float>.Shared.Rent(rowLength);
            int b = 0; // the row's offset in the bias (which repeats every `period` elements)
            for (int start = 0; start < x.Length; start += rowLength)
            {
                ref TE rx = ref Unsafe.Add(ref px, start);
                ref TE rb = ref Unsafe.Add(ref pb, b);
                ref TE ry = ref Unsafe.Add(ref py, start);
                ref float e = ref scratch is null ? ref Unsafe.As<TE, float>(ref ry) : ref MemoryMarshal.GetArrayDataReference(scratch);
                if (!Row<TE, TV, TAcc, TM, TMem, TFloat, TOp>(ref rx, ref rb, ref ry, ref e, (nuint)rowLength, op))
                {
                    SoftmaxRows.Row<TE, float, TV, TAcc, TM, TMem, TOp>(ref rx, ref rb, ref ry, (nuint)rowLength, in op, log: false);
                }

                if (TOp.HasBias && (b += rowLength) == period)
                {
                    b = 0;
                }
            }

            if (scratch is not null)
            {
                ArrayPool<float>.Shared.Return(scratch);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TV Z<TE, TV, TAcc, TM, TMem, TOp>(ref TE x, ref TE bias, nuint i, in TOp op)
            where TAcc : struct
            where TM : struct, IRowMath<float, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TOp : struct, IRowOperation<float> =>
            TM.Pre(op, TMem.Load(ref x, i), TOp.HasBias ? TMem.Load(ref bias, i) : default!);

        /// <summary>One row (n ≥ the width); false, with nothing written, when its max is outside the range this handles.</summary>
        private static bool Row<TE, TV, TAcc, TM, TMem, TFloat, TOp>(ref TE x, ref TE bias, ref TE y, ref float e, nuint n, TOp op)
            where TAcc : struct
            where TM : struct, IRowMath<float, TV, TAcc>, IFloatSoftmaxRow<TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TFloat : struct, IRowMemory<float, TV>
            where TOp : struct, IRowOperation<float>
        {
            nuint w = (nuint)TM.Count;
            nuint full = n - n % w;

            // Sweep 1: the max (two chains; the last, overlapping vector may count lanes twice: max does not mind).
            TV m0 = TM.Splat(double.NegativeInfinity), m1 = m0;
            nuint i = 0;
            for (; i + 2 * w <= full; i += 2 * w)
            {
                m0 = TM.Max(m0, Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op));
                m1 = TM.Max(m1, Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i + w, op));
            }

            if (i < full)
            {
                m0 = TM.Max(m0, Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op));
            }

            if (full != n)
            {
                m1 = TM.Max(m1, Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, n - w, op));
            }

            float max = TM.MaxAcrossF(TM.Max(m0, m1));
            if (!(max >= -MaxMagnitude && max <= MaxMagnitude))
            {
                return false; // −∞ (fully masked or only NaN), +∞, or too large for the exact reduction
            }

            // Sweep 2: e = 2^(n − K + 64)·e^r, its sum in double. The last vector's z is read before anything is written (in place).
            int k = (int)Math.Floor(max * 1.4426950408889634);
            TV zMin = TM.Splat(max - 110f);
            TV bits = TM.ExponentBias(127 + 64 - k);
            TV zLast = full != n ? Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, n - w, op) : default!;
            TAcc s0 = default; // one accumulator: its adds are far off the exp's critical path
            for (i = 0; i + 2 * w <= full; i += 2 * w)
            {
                TV e0 = TM.ScaledExp(ref s0, Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op), zMin, bits);
                TV e1 = TM.ScaledExp(ref s0, Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i + w, op), zMin, bits);
                TFloat.Store(e0, ref e, i);
                TFloat.Store(e1, ref e, i + w);
            }

            if (i < full)
            {
                TV e0 = TM.ScaledExp(ref s0, Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op), zMin, bits);
                TFloat.Store(e0, ref e, i);
            }

            TV eLast = default!;
            if (full != n)
            {
                // Stored whole; summed with the lanes the loop already counted set to −∞ (clamped to zMin: each adds
                // about 2^-96 to a sum of at least 2^63, which the sum cannot see).
                TAcc unused = default;
                eLast = TM.ScaledExp(ref unused, zLast, zMin, bits);
                TM.ScaledExp(ref s0, TM.HeadTo(zLast, (int)(w - n % w), double.NegativeInfinity), zMin, bits);
            }

            double sum = TM.SumOf(s0);
            if (double.IsNaN(sum))
            {
                // A NaN in the row (only NaN can make the sum NaN: every other e is finite and at most 2^65).
                TV nan = TM.Splat(double.NaN);
                for (i = 0; i < full; i += w)
                {
                    TMem.Store(nan, ref y, i);
                }

                if (full != n)
                {
                    TMem.Store(nan, ref y, n - w);
                }

                return true;
            }

            // Sweep 3: y = e·(rh + rl), rh + rl = 1/Σ as a float pair (about 2^-64/Σ e^(z − c): normal), rounded once.
            double r = 1 / sum;
            float rh = (float)r;
            TV vh = TM.Splat(rh), vl = TM.Splat((float)(r - rh));
            for (i = 0; i + 2 * w <= full; i += 2 * w)
            {
                TV e0 = TFloat.Load(ref e, i);
                TV e1 = TFloat.Load(ref e, i + w);
                TMem.Store(TM.Times(e0, vh, vl), ref y, i);
                TMem.Store(TM.Times(e1, vh, vl), ref y, i + w);
            }

            if (i < full)
            {
                TMem.Store(TM.Times(TFloat.Load(ref e, i), vh, vl), ref y, i);
            }

            if (full != n)
            {
                TMem.Store(TM.Times(eLast, vh, vl), ref y, n - w); // from the register: y's covered lanes are already final
            }

            return true;
        }
    }
}

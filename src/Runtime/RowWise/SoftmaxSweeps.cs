using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace FusedKernels.CompilerServices
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
    /// Rows of at least <see cref="EstimateVectors"/> vectors whose e is not written over their x or bias take no max sweep:
    /// the max of their first two vectors stands in for it, and the exp sweep finds the row's max as it goes. Where that
    /// lies more than <see cref="MaxAboveEstimate"/> above the estimate, the exps are taken again with it. Within that
    /// distance every e is at most 2^89 and Σ below 2^120 (1/Σ normal), and an element that the lower clamp now leaves out
    /// (z below estimate − 110, so below max − 110) has a y that rounds to 0 either way.
    /// </summary>
    internal static class SoftmaxSweeps
    {
        /// <summary>Beyond this |max| the reduction of z is not exact; such rows take the general loop.</summary>
        private const float MaxMagnitude = 32768f;

        /// <summary>How far (in z) the row's max may lie above the estimate the exps were scaled by.</summary>
        private const float MaxAboveEstimate = 16f;

        /// <summary>Rows of at least this many vectors go without a max sweep (shorter ones gain nothing: measured at 64 elements).</summary>
        private const int EstimateVectors = 16;

        /// <summary>Rows of up to this many elements are taken in batches of about this many elements, sweep by sweep.</summary>
        private const int BatchElements = 1024;

        /// <summary>At most this many rows per batch.</summary>
        private const int MaxBatch = 16;

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
            nuint n = (nuint)rowLength;

            // Short rows go in batches, each sweep over every row of the batch before the next sweep: a row's sweeps wait
            // on each other (the max, then the sum and 1/Σ), and the rows of a batch fill those waits with independent work.
            int batch = Math.Clamp(BatchElements / rowLength, 1, MaxBatch);
            Span<float> maxes = stackalloc float[MaxBatch];
            Span<double> sums = stackalloc double[MaxBatch];

            // Float keeps e in y itself; Half keeps it in a float buffer (y would round it to Half).
            float[]? scratch = typeof(TE) == typeof(float) ? null : ArrayPool<float>.Shared.Rent(rowLength * batch);
            // Long rows start from an estimate of the max (see the summary), which needs x and bias intact after e is stored,
            // for a second exp sweep.
            bool estimate = n >= EstimateVectors * (nuint)TM.Count && (scratch is not null || !(x.Overlaps(y) || (TOp.HasBias && bias.Overlaps(y))));
            nuint firstSweep = estimate ? 2 * (nuint)TM.Count : n;
            // While a batch's exps run (compute-bound), its successor's x and y are prefetched (else the next batch's sweeps
            // wait on memory while the arithmetic units idle); where there is no successor the hints fall past the end
            // of the row data, which a prefetch never faults on.
            nuint ahead = (nuint)(rowLength * batch);
            int b = 0; // the first row's offset in the bias (which repeats every `period` elements)
            for (int start = 0; start < x.Length; start += rowLength * batch)
            {
                int rows = Math.Min(batch, (x.Length - start) / rowLength);
                int rb = b;
                for (int r = 0; r < rows; r++)
                {
                    maxes[r] = MaxOf<TE, TV, TAcc, TM, TMem, TOp>(ref Unsafe.Add(ref px, start + r * rowLength), ref Unsafe.Add(ref pb, rb), firstSweep, op);
                    rb = Next<TOp>(rb, rowLength, period);
                }

                rb = b;
                for (int r = 0; r < rows; r++)
                {
                    ref TE rx = ref Unsafe.Add(ref px, start + r * rowLength);
                    ref TE rbias = ref Unsafe.Add(ref pb, rb);
                    ref TE ry = ref Unsafe.Add(ref py, start + r * rowLength);
                    ref float e = ref scratch is null ? ref Unsafe.As<TE, float>(ref ry) : ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(scratch), r * rowLength);
                    float max = maxes[r];
                    bool pending = true; // the exps are still to be taken with `max`
                    if (estimate && InRange(max))
                    {
                        sums[r] = Exps<TE, TV, TAcc, TM, TMem, TFloat, TOp>(ref rx, ref rbias, ref e, n, op, max, ahead, out TV seen);
                        float rowMax = TM.MaxAcrossF(seen);
                        pending = !(rowMax - max <= MaxAboveEstimate); // +∞ too: the general loop below
                        max = rowMax;
                    }
                    else if (estimate)
                    {
                        max = MaxOf<TE, TV, TAcc, TM, TMem, TOp>(ref rx, ref rbias, n, op); // the first two vectors' is −∞ or too large
                    }

                    if (pending)
                    {
                        maxes[r] = max;
                        if (InRange(max))
                        {
                            sums[r] = Exps<TE, TV, TAcc, TM, TMem, TFloat, TOp>(ref rx, ref rbias, ref e, n, op, max, ahead, out _);
                        }
                        else
                        {
                            // −∞ (fully masked, or only NaN), +∞, or too large for the exact reduction: the general loop.
                            SoftmaxRows.Row<TE, float, TV, TAcc, TM, TMem, TOp>(ref rx, ref rbias, ref ry, n, in op, log: false);
                        }
                    }

                    rb = Next<TOp>(rb, rowLength, period);
                }

                for (int r = 0; r < rows; r++)
                {
                    if (InRange(maxes[r]))
                    {
                        ref TE ry = ref Unsafe.Add(ref py, start + r * rowLength);
                        ref float e = ref scratch is null ? ref Unsafe.As<TE, float>(ref ry) : ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(scratch), r * rowLength);
                        Write<TE, TV, TAcc, TM, TMem, TFloat>(ref e, ref ry, n, sums[r]);
                    }
                }

                b = rb;
            }

            if (scratch is not null)
            {
                ArrayPool<float>.Shared.Return(scratch);
            }
        }

        /// <summary>Whether a row of this max takes the sweeps (not the general loop): finite and within ±2^15.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool InRange(float max) => max >= -MaxMagnitude && max <= MaxMagnitude;

        /// <summary>The next row's offset in a bias that repeats every <paramref name="period"/> elements.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Next<TOp>(int offset, int rowLength, int period)
            where TOp : struct, IRowOperation<float>
        {
            if (!TOp.HasBias)
            {
                return 0;
            }

            offset += rowLength;
            return offset == period ? 0 : offset;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TV Z<TE, TV, TAcc, TM, TMem, TOp>(ref TE x, ref TE bias, nuint i, in TOp op)
            where TAcc : struct
            where TM : struct, IRowMath<float, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TOp : struct, IRowOperation<float> =>
            TM.Pre(op, TMem.Load(ref x, i), TOp.HasBias ? TMem.Load(ref bias, i) : default!);

        /// <summary>Sweep 1: the row's max (n ≥ the width; NaN ignored: two chains, the last, overlapping vector may count lanes twice).</summary>
        private static float MaxOf<TE, TV, TAcc, TM, TMem, TOp>(ref TE x, ref TE bias, nuint n, TOp op)
            where TAcc : struct
            where TM : struct, IRowMath<float, TV, TAcc>, IFloatSoftmaxRow<TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TOp : struct, IRowOperation<float>
        {
            nuint w = (nuint)TM.Count;
            nuint full = n - n % w;
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

            return TM.MaxAcrossF(TM.Max(m0, m1));
        }

        /// <summary>
        /// Sweep 2: e = 2^(n − K + 64)·e^r stored in <paramref name="e"/>, for |max| ≤ 2^15 and no z above max + 16; returns
        /// their sum (in double, each term unrounded: a float and its exact residual) and, per lane, the largest z it saw (NaN
        /// ignored). The last vector's z is read before anything is written (in place).
        /// </summary>
        private static double Exps<TE, TV, TAcc, TM, TMem, TFloat, TOp>(ref TE x, ref TE bias, ref float e, nuint n, TOp op, float max, nuint ahead, out TV seen)
            where TAcc : struct
            where TM : struct, IRowMath<float, TV, TAcc>, IFloatSoftmaxRow<TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TFloat : struct, IRowMemory<float, TV>
            where TOp : struct, IRowOperation<float>
        {
            nuint w = (nuint)TM.Count;
            nuint full = n - n % w;
            int k = (int)Math.Floor(max * 1.4426950408889634);
            TV zMin = TM.Splat(max - 110f);
            TV bits = TM.ExponentBias(k);
            TV zLast = full != n ? Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, n - w, op) : default!;
            TAcc acc = default; // one accumulator: its adds are far off the exp's critical path
            TV m0 = full != n ? zLast : TM.Splat(double.NegativeInfinity), m1 = m0;
            nuint i = 0;
            if (2 * w <= full)
            {
                // Software-pipelined: each step begins the next pair's exps and ends this pair's (docs/design.md, "Row-wise kernels").
                TV z0 = Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, 0, op), z1 = Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, w, op);
                m0 = TM.Max(m0, z0);
                m1 = TM.Max(m1, z1);
                TM.BeginExps(out ExpStage<TV> s, z0, z1, zMin, bits);
                for (; i + 4 * w <= full; i += 2 * w)
                {
                    z0 = Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i + 2 * w, op);
                    z1 = Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i + 3 * w, op);
                    m0 = TM.Max(m0, z0);
                    m1 = TM.Max(m1, z1);
                    TM.BeginExps(out ExpStage<TV> next, z0, z1, zMin, bits);
                    TM.EndExps(ref acc, s, zMin, bits, ref e, i);
                    s = next;
                    Prefetch(ref x, ref e, i + ahead, w);
                }

                TM.EndExps(ref acc, s, zMin, bits, ref e, i);
                Prefetch(ref x, ref e, i + ahead, w);
                i += 2 * w;
            }

            if (i < full)
            {
                TV z = Z<TE, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op);
                m0 = TM.Max(m0, z);
                TFloat.Store(TM.ScaledExp(ref acc, z, zMin, bits), ref e, i);
            }

            seen = TM.Max(m0, m1);

            if (full != n)
            {
                // Stored whole; summed with the lanes the loop already counted set to −∞ (clamped to zMin: each adds
                // about 2^-96 to a sum of at least 2^63, which the sum cannot see).
                TAcc unused = default;
                TFloat.Store(TM.ScaledExp(ref unused, zLast, zMin, bits), ref e, n - w);
                TM.ScaledExp(ref acc, TM.HeadTo(zLast, (int)(w - n % w), double.NegativeInfinity), zMin, bits);
            }

            return TM.SumOf(acc);
        }

        /// <summary>
        /// Asks for x's and e's two vectors at <paramref name="i"/>: where the next batch (or row) reads and writes what this
        /// step does. Hints for the first vector alone left every other line of a long row to the hardware, which cost 16M/32,768
        /// a quarter once no max sweep pulled the row in (the TensorPrimitives route ÷ FusedKernels 1.60–1.64×, 2.10–2.26× with both).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static unsafe void Prefetch<TE>(ref TE x, ref float e, nuint i, nuint w)
        {
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref x, i)));
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref e, i)));
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref x, i + w)));
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref e, i + w)));
            }
        }

        /// <summary>
        /// Sweep 3: y = e·(rh + rl), rh + rl = 1/Σ as a float pair (about 2^-64/Σ e^(z − c): normal), rounded once; a NaN
        /// sum (only a NaN in the row makes it NaN: every other e is finite and at most 2^89) fills the row with NaN.
        /// </summary>
        private static void Write<TE, TV, TAcc, TM, TMem, TFloat>(ref float e, ref TE y, nuint n, double sum)
            where TAcc : struct
            where TM : struct, IRowMath<float, TV, TAcc>, IFloatSoftmaxRow<TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TFloat : struct, IRowMemory<float, TV>
        {
            nuint w = (nuint)TM.Count;
            nuint full = n - n % w;
            nuint i = 0;
            if (double.IsNaN(sum))
            {
                TV nan = TM.Splat(double.NaN);
                for (; i < full; i += w)
                {
                    TMem.Store(nan, ref y, i);
                }

                if (full != n)
                {
                    TMem.Store(nan, ref y, n - w);
                }

                return;
            }

            double r = 1 / sum;
            float rh = (float)r;
            TV vh = TM.Splat(rh), vl = TM.Splat((float)(r - rh));
            TV eLast = full != n ? TFloat.Load(ref e, n - w) : default!; // before its covered lanes are scaled (e may be y)
            for (; i + 2 * w <= full; i += 2 * w)
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
                TMem.Store(TM.Times(eLast, vh, vl), ref y, n - w);
            }
        }
    }
}

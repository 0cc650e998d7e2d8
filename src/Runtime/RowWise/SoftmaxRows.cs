using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// The forward row loop of softmax and log_softmax, written once for every element type, width and kernel
    /// (docs/design.md, "Row-wise kernels"). Per row: one sweep that finds the max and the sum of e^(z − max) together,
    /// block by block (Milakov and Gimelshein's online normalizer, with the max taken per block of
    /// <see cref="Block"/> elements so that the exp runs once per element: the block is read again from L1, and the
    /// sums so far are rescaled by e^(old − new) when a block raises the max), then one sweep that writes y.
    /// </summary>
    internal static class SoftmaxRows
    {
        /// <summary>Elements per block: 8 KiB of float x and as much bias stay in a 32 KiB L1 between the max and the exp.</summary>
        private const int Block = 2048;

        public static void Run<TE, TS, TV, TAcc, TM, TMem, TOp>(ReadOnlySpan<TE> x, ReadOnlySpan<TE> bias, int rowLength, Span<TE> y, TOp op, bool log)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TOp : struct, IRowOperation<TS>
        {
            ref TE px = ref MemoryMarshal.GetReference(x);
            ref TE pb = ref MemoryMarshal.GetReference(bias);
            ref TE py = ref MemoryMarshal.GetReference(y);
            // A bias shorter than x holds whole rows (a mask shared by all rows, or repeated every few rows).
            int period = TOp.HasBias ? bias.Length : 1;
            for (int start = 0; start < x.Length; start += rowLength)
            {
                Row<TE, TS, TV, TAcc, TM, TMem, TOp>(
                    ref Unsafe.Add(ref px, start), ref Unsafe.Add(ref pb, TOp.HasBias ? start % period : 0), ref Unsafe.Add(ref py, start), (nuint)rowLength, in op, log);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TV Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref TE x, ref TE bias, nuint i, in TOp op)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TOp : struct, IRowOperation<TS> =>
            TM.Pre(op, TMem.Load(ref x, i), TOp.HasBias ? TMem.Load(ref bias, i) : default!);

        private static void Row<TE, TS, TV, TAcc, TM, TMem, TOp>(ref TE x, ref TE bias, ref TE y, nuint n, in TOp op, bool log)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TOp : struct, IRowOperation<TS>
        {
            nuint w = (nuint)TM.Count;
            nuint full = n - n % w;
            double max = double.NegativeInfinity;
            TAcc acc = default;
            TV ordered = TM.AllOrdered;
            for (nuint start = 0; start < full; start += Block)
            {
                nuint end = Math.Min(start + Block, full);
                TV m = TM.Splat(double.NegativeInfinity);
                for (nuint i = start; i < end; i += w)
                {
                    TV z = Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op);
                    m = TM.Max(m, z);
                    ordered = TM.Ordered(ordered, z);
                }

                if (!Raise<TS, TV, TAcc, TM>(ref acc, ref max, TM.MaxAcross(m)))
                {
                    continue; // nothing but −∞ (and NaN, which `ordered` remembers) so far
                }

                TV negM = TM.Splat(-max);
                for (nuint i = start; i < end; i += w)
                {
                    TM.AddExp(ref acc, Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op), negM);
                }
            }

            // The remainder: one vector ending at the row's end, its inputs read before anything is written (in place too);
            // its lanes that the loop above already covered count as −∞ here.
            TV zLast = default!;
            if (full != n)
            {
                zLast = Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, n - w, op);
                TV masked = TM.HeadTo(zLast, (int)(w - n % w), double.NegativeInfinity);
                ordered = TM.Ordered(ordered, masked);
                if (Raise<TS, TV, TAcc, TM>(ref acc, ref max, TM.MaxAcross(TM.Max(TM.Splat(double.NegativeInfinity), masked))))
                {
                    TM.AddExp(ref acc, masked, TM.Splat(-max));
                }
            }

            if (!TM.IsAllOrdered(ordered))
            {
                Fill<TE, TS, TV, TAcc, TM, TMem>(ref y, n, double.NaN); // NaN in a row makes the whole row NaN
                return;
            }

            if (double.IsNegativeInfinity(max))
            {
                // Fully masked (every z is −∞): softmax gives 0s, log_softmax −∞ (docs/activations.md, masking).
                Fill<TE, TS, TV, TAcc, TM, TMem>(ref y, n, log ? double.NegativeInfinity : 0);
                return;
            }

            (double sh, double sl) = TM.Total(acc);
            TV a, b;
            if (log)
            {
                // c = max + log S as a pair (ch, cl) of TS: y = (z − ch) − cl.
                double l = Math.Log(sh) + sl / sh;
                double s = max + l, bp = s - max, err = (max - (s - bp)) + (l - bp);
                double ch = TM.Round(s);
                a = TM.Splat(ch);
                b = TM.Splat(TM.Round((s - ch) + err));
            }
            else
            {
                // 1/S as a pair (rh, rl) of TS, the residual 1 − S·rh taken with one FMA.
                double rh = TM.Round(1 / sh);
                a = TM.Splat(rh);
                b = TM.Splat(TM.Round((Math.FusedMultiplyAdd(-sh, rh, 1) - sl * rh) / sh));
            }

            TV negMax = TM.Splat(-max);
            for (nuint i = 0; i < full; i += w)
            {
                TV z = Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op);
                TMem.Store(log ? TM.LogSoftmax(z, a, b) : TM.Softmax(z, negMax, a, b), ref y, i);
            }

            if (full != n)
            {
                TMem.Store(log ? TM.LogSoftmax(zLast, a, b) : TM.Softmax(zLast, negMax, a, b), ref y, n - w);
            }
        }

        /// <summary>Takes a block's max into the running one, rescaling the sums so far; false while the max is still −∞.</summary>
        private static bool Raise<TS, TV, TAcc, TM>(ref TAcc acc, ref double max, double blockMax)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
        {
            if (blockMax > max)
            {
                if (!double.IsNegativeInfinity(max))
                {
                    TM.Rescale(ref acc, Math.Exp(max - blockMax));
                }

                max = blockMax;
            }

            return !double.IsNegativeInfinity(max);
        }

        private static void Fill<TE, TS, TV, TAcc, TM, TMem>(ref TE y, nuint n, double value)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
        {
            nuint w = (nuint)TM.Count;
            TV v = TM.Splat(value);
            for (nuint i = 0; i + w <= n; i += w)
            {
                TMem.Store(v, ref y, i);
            }

            if (n % w != 0)
            {
                TMem.Store(v, ref y, n - w);
            }
        }
    }
}

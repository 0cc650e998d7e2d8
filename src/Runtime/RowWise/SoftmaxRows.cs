using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FusedKernels.CompilerServices
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

        /// <summary>One row (also <see cref="SoftmaxSweeps"/>' fallback for rows whose max it does not handle).</summary>
        internal static void Row<TE, TS, TV, TAcc, TM, TMem, TOp>(ref TE x, ref TE bias, ref TE y, nuint n, in TOp op, bool log)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TOp : struct, IRowOperation<TS>
        {
            nuint w = (nuint)TM.Count;
            nuint full = n - n % w;
            TOp local = op; // a copy the loops keep in registers (the scale), not re-read through the reference
            // Float softmax keeps e^(z − block max) in y between the sweeps (one exp per element, as TensorPrimitives does);
            // the write sweep multiplies by e^(block max − max)/Σ. Half cannot (y would round e to Half) and double keeps
            // its bound by computing e once more; both take the two-exp form.
            bool stash = !log && TMem.Exact && typeof(TS) == typeof(float);
            int blocks = (int)((full + Block - 1) / Block);
            double[]? rented = null;
            Span<double> blockMax = !stash ? default : blocks <= 64 ? stackalloc double[64] : (rented = ArrayPool<double>.Shared.Rent(blocks));

            // The last, overlapping vector's inputs, read before anything is written (in place too).
            TV zLast = full != n ? Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, n - w, op) : default!;
            double max = double.NegativeInfinity;
            TAcc acc = default;
            TV ordered = TM.AllOrdered;
            int b = 0;
            for (nuint start = 0; start < full; start += Block, b++)
            {
                nuint end = Math.Min(start + Block, full);
                TV m = TM.Splat(double.NegativeInfinity);
                for (nuint i = start; i < end; i += w)
                {
                    TV z = Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op);
                    m = TM.Max(m, z);
                    ordered = TM.Ordered(ordered, z);
                }

                bool any = Raise<TS, TV, TAcc, TM>(ref acc, ref max, TM.MaxAcross(m));
                if (stash)
                {
                    blockMax[b] = max;
                    TV negM = TM.Splat(any ? -max : 0);
                    TAcc sums = acc; // a local the loop keeps in registers (acc itself is passed to calls by reference)
                    if (any)
                    {
                        for (nuint i = start; i < end; i += w)
                        {
                            TV e = TM.ExpOf(Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, local), negM);
                            TM.AddSum(ref sums, e);
                            TMem.Store(e, ref y, i);
                        }
                    }
                    else
                    {
                        // While the max is −∞ every z so far is −∞ (or NaN, which `ordered` remembers): e = 0.
                        for (nuint i = start; i < end; i += w)
                        {
                            TMem.Store(TM.Splat(0), ref y, i);
                        }
                    }

                    acc = sums;
                }
                else if (any)
                {
                    TV negM = TM.Splat(-max);
                    TAcc sums = acc;
                    for (nuint i = start; i < end; i += w)
                    {
                        TM.AddExp(ref sums, Z<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, i, op), negM);
                    }

                    acc = sums;
                }
            }

            // The remainder: its lanes that the loop above already covered count as −∞ here.
            TV eLast = default!;
            double lastMax = max;
            if (full != n)
            {
                int covered = (int)(w - n % w);
                TV masked = TM.HeadTo(zLast, covered, double.NegativeInfinity);
                ordered = TM.Ordered(ordered, masked);
                if (Raise<TS, TV, TAcc, TM>(ref acc, ref max, TM.MaxAcross(TM.Max(TM.Splat(double.NegativeInfinity), masked))))
                {
                    lastMax = max;
                    if (stash)
                    {
                        eLast = TM.ExpOf(zLast, TM.Splat(-max));
                        TM.AddSum(ref acc, TM.HeadTo(eLast, covered, 0));
                    }
                    else
                    {
                        TM.AddExp(ref acc, masked, TM.Splat(-max));
                    }
                }
            }

            if (!TM.IsAllOrdered(ordered))
            {
                Fill<TE, TS, TV, TAcc, TM, TMem>(ref y, n, double.NaN); // NaN in a row makes the whole row NaN
            }
            else if (double.IsNegativeInfinity(max))
            {
                // Fully masked (every z is −∞): softmax gives 0s, log_softmax −∞ (docs/activations.md, masking).
                Fill<TE, TS, TV, TAcc, TM, TMem>(ref y, n, log ? double.NegativeInfinity : 0);
            }
            else if (stash)
            {
                (double sh, double sl) = TM.Total(acc);
                double sum = sh + sl;
                b = 0;
                for (nuint start = 0; start < full; start += Block, b++)
                {
                    nuint end = Math.Min(start + Block, full);
                    (TV fh, TV fl) = Factor<TS, TV, TAcc, TM>(blockMax[b], max, sum);
                    for (nuint i = start; i < end; i += w)
                    {
                        TMem.Store(TM.Times(TMem.Load(ref y, i), fh, fl), ref y, i);
                    }
                }

                if (full != n)
                {
                    (TV fh, TV fl) = Factor<TS, TV, TAcc, TM>(lastMax, max, sum);
                    TMem.Store(TM.Times(eLast, fh, fl), ref y, n - w);
                }
            }
            else
            {
                WriteFromX<TE, TS, TV, TAcc, TM, TMem, TOp>(ref x, ref bias, ref y, n, op, log, max, acc, zLast);
            }

            if (rented is not null)
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }

        /// <summary>e^(blockMax − max)/Σ as a pair of TS: what the e kept in y for one block is multiplied by.</summary>
        private static (TV High, TV Low) Factor<TS, TV, TAcc, TM>(double blockMax, double max, double sum)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
        {
            double f = double.IsNegativeInfinity(blockMax) ? 0 : Math.Exp(blockMax - max) / sum;
            double high = TM.Round(f);
            return (TM.Splat(high), TM.Splat(TM.Round(f - high)));
        }

        /// <summary>The write sweep that computes y from x again (log_softmax; softmax of Half and double).</summary>
        private static void WriteFromX<TE, TS, TV, TAcc, TM, TMem, TOp>(ref TE x, ref TE bias, ref TE y, nuint n, in TOp op, bool log, double max, in TAcc acc, TV zLast)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
            where TOp : struct, IRowOperation<TS>
        {
            nuint w = (nuint)TM.Count;
            nuint full = n - n % w;
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

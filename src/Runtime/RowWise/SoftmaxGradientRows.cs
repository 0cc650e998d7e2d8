using System;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The backward row loop of softmax and log_softmax from the saved output y, written once for every element type and
    /// width: per row one sweep for the sum (Σ dy·y for softmax, Σ dy for log_softmax; float and Half in double), one
    /// sweep writing dx = y·(dy − Σ dy·y) or dx = dy − e^y·Σ dy.
    /// </summary>
    internal static class SoftmaxGradientRows
    {
        public static void Run<TE, TS, TV, TAcc, TM, TMem>(ReadOnlySpan<TE> y, ReadOnlySpan<TE> dy, int rowLength, Span<TE> dx, bool log)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
        {
            ref TE py = ref MemoryMarshal.GetReference(y);
            ref TE pdy = ref MemoryMarshal.GetReference(dy);
            ref TE pdx = ref MemoryMarshal.GetReference(dx);
            for (int start = 0; start < y.Length; start += rowLength)
            {
                Row<TE, TS, TV, TAcc, TM, TMem>(ref Unsafe.Add(ref py, start), ref Unsafe.Add(ref pdy, start), ref Unsafe.Add(ref pdx, start), (nuint)rowLength, log);
            }
        }

        private static void Row<TE, TS, TV, TAcc, TM, TMem>(ref TE y, ref TE dy, ref TE dx, nuint n, bool log)
            where TS : unmanaged
            where TAcc : struct
            where TM : struct, IRowMath<TS, TV, TAcc>
            where TMem : struct, IRowMemory<TE, TV>
        {
            nuint w = (nuint)TM.Count;
            nuint full = n - n % w;
            TAcc acc = default;
            for (nuint i = 0; i < full; i += w)
            {
                if (log)
                {
                    TM.AddSum(ref acc, TMem.Load(ref dy, i));
                }
                else
                {
                    TM.AddProduct(ref acc, TMem.Load(ref y, i), TMem.Load(ref dy, i));
                }
            }

            // The last, overlapping vector: read before dx is written (dx may be dy), its already-counted lanes left out of the sum.
            TV yLast = default!, dyLast = default!;
            if (full != n)
            {
                yLast = TMem.Load(ref y, n - w);
                dyLast = TMem.Load(ref dy, n - w);
                int covered = (int)(w - n % w);
                TV dyMasked = TM.HeadTo(dyLast, covered, 0);
                if (log)
                {
                    TM.AddSum(ref acc, dyMasked);
                }
                else
                {
                    TM.AddProduct(ref acc, TM.HeadTo(yLast, covered, 0), dyMasked);
                }
            }

            (double hi, double lo) = TM.Total(acc);
            double s = hi + lo;
            for (nuint i = 0; i < full; i += w)
            {
                TV yv = TMem.Load(ref y, i), dyv = TMem.Load(ref dy, i);
                TMem.Store(log ? TM.LogSoftmaxGradient(yv, dyv, s) : TM.SoftmaxGradient(yv, dyv, s), ref dx, i);
            }

            if (full != n)
            {
                TMem.Store(log ? TM.LogSoftmaxGradient(yLast, dyLast, s) : TM.SoftmaxGradient(yLast, dyLast, s), ref dx, n - w);
            }
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    // The loops for one vector width. The three width files are one text with the width replaced
    // (DriverCopiesTests keeps them in step).
    public static partial class HalfClamp
    {
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void Run256<TRanges>(nuint n, ref short x, ref short y, in Plan p)
            where TRanges : struct
        {
            nuint w = (nuint)Vector256<short>.Count;
            // InRange's operands (HalfBits.InRange), made once: lo with its top bit flipped, and hi − lo likewise.
            Vector256<short> b1 = Lo256(p.B1Lo), b1s = Span256(p.B1Lo, p.B1Hi), b2 = Lo256(p.B2Lo), b2s = Span256(p.B2Lo, p.B2Hi);
            Vector256<short> a1 = Lo256(p.A1Lo), a1s = Span256(p.A1Lo, p.A1Hi), a2 = Lo256(p.A2Lo), a2s = Span256(p.A2Lo, p.A2Hi);
            Vector256<short> low = Vector256.Create(p.LowBits), high = Vector256.Create(p.HighBits);
            nuint last = n - w;
            Vector256<short> xLast = Vector256.LoadUnsafe(ref x, last); // read before the loops: y may be x
            nuint i = 0;
            for (; i + 2 * w <= n; i += 2 * w)
            {
                Clamp256<TRanges>(Vector256.LoadUnsafe(ref x, i), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i);
                Clamp256<TRanges>(Vector256.LoadUnsafe(ref x, i + w), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i + w);
            }

            for (; i + w <= n; i += w)
            {
                Clamp256<TRanges>(Vector256.LoadUnsafe(ref x, i), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i);
            }

            if (i != n)
            {
                Clamp256<TRanges>(xLast, b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, last);
            }
        }

        private static Vector256<short> Lo256(short lo) => Vector256.Create(unchecked((short)(lo ^ short.MinValue)));

        private static Vector256<short> Span256(short lo, short hi) => Vector256.Create(unchecked((short)((hi - lo) ^ short.MinValue)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<short> Clamp256<TRanges>(
            Vector256<short> x, Vector256<short> b1, Vector256<short> b1s, Vector256<short> b2, Vector256<short> b2s,
            Vector256<short> a1, Vector256<short> a1s, Vector256<short> a2, Vector256<short> a2s, Vector256<short> low, Vector256<short> high)
            where TRanges : struct
        {
            Vector256<short> q = HalfBits.Quiet(x);
            Vector256<short> below = Vector256.LessThanOrEqual(q - b1, b1s);
            Vector256<short> above = Vector256.LessThanOrEqual(q - a1, a1s);
            if (typeof(TRanges) == typeof(Two))
            {
                below |= Vector256.LessThanOrEqual(q - b2, b2s);
                above |= Vector256.LessThanOrEqual(q - a2, a2s);
            }

            return Vector256.ConditionalSelect(below, low, Vector256.ConditionalSelect(above, high, q));
        }
    }
}

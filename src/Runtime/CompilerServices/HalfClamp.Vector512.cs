using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    // The loops for one vector width. The three width files are one text with the width replaced
    // (DriverCopiesTests keeps them in step).
    public static partial class HalfClamp
    {
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void Run512<TRanges>(nuint n, ref short x, ref short y, in Plan p)
            where TRanges : struct
        {
            nuint w = (nuint)Vector512<short>.Count;
            // InRange's operands (HalfBits.InRange), made once: lo with its top bit flipped, and hi − lo likewise.
            Vector512<short> b1 = Lo512(p.B1Lo), b1s = Span512(p.B1Lo, p.B1Hi), b2 = Lo512(p.B2Lo), b2s = Span512(p.B2Lo, p.B2Hi);
            Vector512<short> a1 = Lo512(p.A1Lo), a1s = Span512(p.A1Lo, p.A1Hi), a2 = Lo512(p.A2Lo), a2s = Span512(p.A2Lo, p.A2Hi);
            Vector512<short> low = Vector512.Create(p.LowBits), high = Vector512.Create(p.HighBits);
            nuint last = n - w;
            Vector512<short> xLast = Vector512.LoadUnsafe(ref x, last); // read before the loops: y may be x
            nuint i = 0;
            for (; i + 2 * w <= n; i += 2 * w)
            {
                Clamp512<TRanges>(Vector512.LoadUnsafe(ref x, i), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i);
                Clamp512<TRanges>(Vector512.LoadUnsafe(ref x, i + w), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i + w);
            }

            for (; i + w <= n; i += w)
            {
                Clamp512<TRanges>(Vector512.LoadUnsafe(ref x, i), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i);
            }

            if (i != n)
            {
                Clamp512<TRanges>(xLast, b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, last);
            }
        }

        private static Vector512<short> Lo512(short lo) => Vector512.Create(unchecked((short)(lo ^ short.MinValue)));

        private static Vector512<short> Span512(short lo, short hi) => Vector512.Create(unchecked((short)((hi - lo) ^ short.MinValue)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<short> Clamp512<TRanges>(
            Vector512<short> x, Vector512<short> b1, Vector512<short> b1s, Vector512<short> b2, Vector512<short> b2s,
            Vector512<short> a1, Vector512<short> a1s, Vector512<short> a2, Vector512<short> a2s, Vector512<short> low, Vector512<short> high)
            where TRanges : struct
        {
            Vector512<short> q = HalfBits.Quiet(x);
            Vector512<short> below = Vector512.LessThanOrEqual(q - b1, b1s);
            Vector512<short> above = Vector512.LessThanOrEqual(q - a1, a1s);
            if (typeof(TRanges) == typeof(Two))
            {
                below |= Vector512.LessThanOrEqual(q - b2, b2s);
                above |= Vector512.LessThanOrEqual(q - a2, a2s);
            }

            return Vector512.ConditionalSelect(below, low, Vector512.ConditionalSelect(above, high, q));
        }
    }
}

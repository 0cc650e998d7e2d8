using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    // The loops for one vector width. The three width files are one text with the width replaced
    // (DriverCopiesTests keeps them in step).
    public static partial class HalfClamp
    {
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void Run128<TRanges>(nuint n, ref short x, ref short y, in Plan p)
            where TRanges : struct
        {
            nuint w = (nuint)Vector128<short>.Count;
            // InRange's operands (HalfBits.InRange), made once: lo with its top bit flipped, and hi − lo likewise.
            Vector128<short> b1 = Lo128(p.B1Lo), b1s = Span128(p.B1Lo, p.B1Hi), b2 = Lo128(p.B2Lo), b2s = Span128(p.B2Lo, p.B2Hi);
            Vector128<short> a1 = Lo128(p.A1Lo), a1s = Span128(p.A1Lo, p.A1Hi), a2 = Lo128(p.A2Lo), a2s = Span128(p.A2Lo, p.A2Hi);
            Vector128<short> low = Vector128.Create(p.LowBits), high = Vector128.Create(p.HighBits);
            nuint last = n - w;
            Vector128<short> xLast = Vector128.LoadUnsafe(ref x, last); // read before the loops: y may be x
            nuint i = 0;
            for (; i + 2 * w <= n; i += 2 * w)
            {
                Clamp128<TRanges>(Vector128.LoadUnsafe(ref x, i), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i);
                Clamp128<TRanges>(Vector128.LoadUnsafe(ref x, i + w), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i + w);
            }

            for (; i + w <= n; i += w)
            {
                Clamp128<TRanges>(Vector128.LoadUnsafe(ref x, i), b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, i);
            }

            if (i != n)
            {
                Clamp128<TRanges>(xLast, b1, b1s, b2, b2s, a1, a1s, a2, a2s, low, high).StoreUnsafe(ref y, last);
            }
        }

        private static Vector128<short> Lo128(short lo) => Vector128.Create(unchecked((short)(lo ^ short.MinValue)));

        private static Vector128<short> Span128(short lo, short hi) => Vector128.Create(unchecked((short)((hi - lo) ^ short.MinValue)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<short> Clamp128<TRanges>(
            Vector128<short> x, Vector128<short> b1, Vector128<short> b1s, Vector128<short> b2, Vector128<short> b2s,
            Vector128<short> a1, Vector128<short> a1s, Vector128<short> a2, Vector128<short> a2s, Vector128<short> low, Vector128<short> high)
            where TRanges : struct
        {
            Vector128<short> q = HalfBits.Quiet(x);
            Vector128<short> below = Vector128.LessThanOrEqual(q - b1, b1s);
            Vector128<short> above = Vector128.LessThanOrEqual(q - a1, a1s);
            if (typeof(TRanges) == typeof(Two))
            {
                below |= Vector128.LessThanOrEqual(q - b2, b2s);
                above |= Vector128.LessThanOrEqual(q - a2, a2s);
            }

            return Vector128.ConditionalSelect(below, low, Vector128.ConditionalSelect(above, high, q));
        }
    }
}

using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// A Half clip with its bounds at run time (by-name clip and hard_tanh), on the 16-bit patterns as a declared Half clip
    /// runs with its folded bounds (<see cref="HalfBits"/>), instead of widening to float and narrowing back, which costs
    /// about five times as much. The bits are those of the float route: y = x &lt; min ? (Half)min : x &gt; max ?
    /// (Half)max : x, NaN passed (made quiet).
    /// </summary>
    /// <remarks>
    /// A key orders the non-NaN Halfs by value with −0 and +0 equal (the float compares treat them so): the bits for
    /// +0 … +Inf, −(bits &amp; 0x7FFF) for −0 … −Inf. "x &lt; min" over the Halfs is "key &lt; the key of the smallest Half
    /// ≥ min", worked out once per call and turned into ranges of the bits (<see cref="HalfBits"/>' order): one range when
    /// the set does not take in zero (min ≤ 0; for the upper bound max ≥ 0), else two. A NaN bound is no bound.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class HalfClamp
    {
        private const short Infinity = 0x7C00;

        /// <summary>
        /// y = clip(x, min, max) for every element, as the float kernel computes it and rounds once. The caller has checked
        /// the arguments (lengths, overlap) and passes a non-empty input; <paramref name="destination"/> may be the input.
        /// </summary>
        public static void Run(ReadOnlySpan<Half> input, Span<Half> destination, float min, float max)
        {
            Span<short> r = stackalloc short[8]; // below: two ranges (lo, hi), above: two ranges
            BelowRanges(float.IsNaN(min) ? null : LowestKeyAtLeast(min), r);
            AboveRanges(float.IsNaN(max) ? null : HighestKeyAtMost(max), r.Slice(4));
            var p = new Plan(r, BitConverter.HalfToInt16Bits((Half)min), BitConverter.HalfToInt16Bits((Half)max));
            bool two = r[2] != EmptyBits || r[6] != EmptyBits;
            nuint n = (nuint)input.Length;
            ref short x = ref Unsafe.As<Half, short>(ref MemoryMarshal.GetReference(input));
            ref short y = ref Unsafe.As<Half, short>(ref MemoryMarshal.GetReference(destination));
            if (Vector512.IsHardwareAccelerated && n >= (nuint)Vector512<short>.Count)
            {
                if (two) Run512<Two>(n, ref x, ref y, p); else Run512<One>(n, ref x, ref y, p);
            }
            else if (Vector256.IsHardwareAccelerated && n >= (nuint)Vector256<short>.Count)
            {
                if (two) Run256<Two>(n, ref x, ref y, p); else Run256<One>(n, ref x, ref y, p);
            }
            else if (Vector128.IsHardwareAccelerated && n >= (nuint)Vector128<short>.Count)
            {
                if (two) Run128<Two>(n, ref x, ref y, p); else Run128<One>(n, ref x, ref y, p);
            }
            else
            {
                for (nuint i = 0; i < n; i++)
                {
                    short q = HalfBits.Quiet(Unsafe.Add(ref x, i));
                    bool below = HalfBits.InRange(q, p.B1Lo, p.B1Hi) || HalfBits.InRange(q, p.B2Lo, p.B2Hi);
                    bool above = HalfBits.InRange(q, p.A1Lo, p.A1Hi) || HalfBits.InRange(q, p.A2Lo, p.A2Hi);
                    Unsafe.Add(ref y, i) = below ? p.LowBits : above ? p.HighBits : q;
                }
            }
        }

        // A signalling NaN's bits, which no lane has after HalfBits.Quiet: [EmptyBits, EmptyBits] is a range that holds nothing.
        private const short EmptyBits = 0x7C01;
        private const short NegativeInfinity = unchecked((short)0xFC00);

        // The bits below min: keys [−Inf, lowKey − 1]. Negative keys k are the bits short.MinValue − k (descending).
        private static void BelowRanges(short? lowKey, Span<short> r)
        {
            r.Fill(EmptyBits);
            if (lowKey is not short low || low <= -Infinity)
            {
                return;
            }

            int last = low - 1;
            if (last < 0)
            {
                (r[0], r[1]) = ((short)(short.MinValue - last), NegativeInfinity);
            }
            else
            {
                (r[0], r[1], r[2], r[3]) = (short.MinValue, NegativeInfinity, 0, (short)last); // −0 … −Inf, +0 … last
            }
        }

        // The bits above max: keys [highKey + 1, +Inf].
        private static void AboveRanges(short? highKey, Span<short> r)
        {
            r.Fill(EmptyBits);
            if (highKey is not short high || high >= Infinity)
            {
                return;
            }

            int first = high + 1;
            if (first > 0)
            {
                (r[0], r[1]) = ((short)first, Infinity);
            }
            else
            {
                (r[0], r[1], r[2], r[3]) = (0, Infinity, short.MinValue, (short)(short.MinValue - first)); // +0 … +Inf, −0 … first
            }
        }

        // The key of a Half's bits: value order, −0 and +0 both 0.
        private static short Key(short bits) => bits < 0 ? unchecked((short)(short.MinValue - bits)) : bits;

        // The key of the smallest Half h with h ≥ bound: (Half)bound rounds to the nearest, so it is that Half or the one
        // above it (the key order has no gap: key + 1 is the next Half up, from −0/+0 too).
        private static short LowestKeyAtLeast(float bound)
        {
            Half h = (Half)bound;
            short key = Key(BitConverter.HalfToInt16Bits(h));
            return (float)h >= bound ? key : (short)(key + 1);
        }

        // The key of the largest Half h with h ≤ bound.
        private static short HighestKeyAtMost(float bound)
        {
            Half h = (Half)bound;
            short key = Key(BitConverter.HalfToInt16Bits(h));
            return (float)h <= bound ? key : (short)(key - 1);
        }

        /// <summary>The ranges (lo, hi) of the bits below min and above max, and the bits of (Half)min and (Half)max.</summary>
        private readonly struct Plan
        {
            public readonly short B1Lo, B1Hi, B2Lo, B2Hi, A1Lo, A1Hi, A2Lo, A2Hi, LowBits, HighBits;

            public Plan(ReadOnlySpan<short> r, short lowBits, short highBits)
            {
                (B1Lo, B1Hi, B2Lo, B2Hi, A1Lo, A1Hi, A2Lo, A2Hi) = (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
                (LowBits, HighBits) = (lowBits, highBits);
            }
        }

        // Whether the loops test the second range of each bound (min > 0 or max < 0): a JIT-time constant of each instance.
        private struct One { }

        private struct Two { }

        [MethodImpl(MethodImplOptions.NoInlining)]
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

        [MethodImpl(MethodImplOptions.NoInlining)]
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

        [MethodImpl(MethodImplOptions.NoInlining)]
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

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
    public static partial class HalfClamp
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
    }
}

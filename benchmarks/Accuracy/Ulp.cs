using System;
using System.Numerics;

namespace FusedKernels.Accuracy
{
    /// <summary>
    /// ULP distance as the distance between ordered integer images of the two values: adjacent floats are 1
    /// apart, ±0 coincide, and a result in the subnormal range counts in units of the smallest subnormal.
    /// Two NaNs are 0 apart; a NaN against a number is <see cref="long.MaxValue"/>.
    /// </summary>
    internal static class Ulp
    {
        /// <summary>For the generic measuring loop; the JIT keeps only the branch of T.</summary>
        public static long Distance<T>(T a, T b) where T : IBinaryFloatingPointIeee754<T> =>
            typeof(T) == typeof(float) ? Distance(float.CreateTruncating(a), float.CreateTruncating(b)) : Distance(double.CreateTruncating(a), double.CreateTruncating(b));

        public static long Distance(float a, float b)
        {
            if (float.IsNaN(a) || float.IsNaN(b)) return float.IsNaN(a) && float.IsNaN(b) ? 0 : long.MaxValue;
            long ia = Key(a), ib = Key(b);
            return Math.Abs(ia - ib);
        }

        public static long Distance(double a, double b)
        {
            if (double.IsNaN(a) || double.IsNaN(b)) return double.IsNaN(a) && double.IsNaN(b) ? 0 : long.MaxValue;
            Int128 d = (Int128)Key(a) - Key(b);
            if (d < 0) d = -d;
            return d > long.MaxValue ? long.MaxValue : (long)d;
        }

        private static long Key(float f)
        {
            int i = BitConverter.SingleToInt32Bits(f);
            return i < 0 ? (long)int.MinValue - i : i;
        }

        private static long Key(double f)
        {
            long i = BitConverter.DoubleToInt64Bits(f);
            return i < 0 ? long.MinValue - i : i;
        }
    }
}

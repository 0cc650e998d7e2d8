using System;

namespace FusedKernels.RuntimeTests.RowWise
{
    /// <summary>
    /// The double reference of the row-wise activations, written plainly: z as the kernel defines it (x·scale + bias in the
    /// element type, one fused multiply-add), then max, the sum of e^(z − max) in double (compensated) and the quotient or
    /// difference in double, where the float kernels are measured.
    /// </summary>
    internal static class RowWiseReference
    {
        public static double[] Softmax(ReadOnlySpan<double> z, bool log)
        {
            double max = double.NegativeInfinity;
            bool nan = false;
            foreach (double v in z)
            {
                nan |= double.IsNaN(v);
                max = Math.Max(max, v);
            }

            var y = new double[z.Length];
            if (nan || double.IsPositiveInfinity(max))
            {
                Array.Fill(y, double.NaN);
                return y;
            }

            if (double.IsNegativeInfinity(max))
            {
                Array.Fill(y, log ? double.NegativeInfinity : 0);
                return y;
            }

            double sum = 0, c = 0;
            foreach (double v in z)
            {
                double e = ExpOfDifference(v, max), t = sum + e;
                c += Math.Abs(sum) >= Math.Abs(e) ? (sum - t) + e : (e - t) + sum;
                sum = t;
            }

            sum += c;
            for (int i = 0; i < z.Length; i++)
            {
                y[i] = log ? (z[i] - max) - Math.Log(sum) : ExpOfDifference(z[i], max) / sum;
            }

            return y;
        }

        /// <summary>e^(v − max) with the rounding of v − max taken into account (in double it costs |v − max|·2^-53 otherwise).</summary>
        private static double ExpOfDifference(double v, double max)
        {
            double d = v - max, bp = d - v, error = (v - (d - bp)) + (-max - bp);
            double e = Math.Exp(d);
            return double.IsFinite(error) ? e + e * error : e;
        }

        /// <summary>|got − exact| in units of the float spacing at <paramref name="unitOf"/> (the smallest subnormal below the normal range).</summary>
        public static double FloatUlps(float got, double exact, double unitOf)
        {
            if (double.IsNaN(exact) || double.IsInfinity(exact))
            {
                return got.Equals((float)exact) ? 0 : double.PositiveInfinity;
            }

            float magnitude = Math.Abs((float)unitOf);
            double unit = float.IsFinite(magnitude) ? Math.Max(MathF.BitIncrement(magnitude) - magnitude, float.Epsilon) : float.MaxValue;
            return Math.Abs(got - exact) / unit;
        }

        /// <summary>|got − exact| in units of the double spacing at <paramref name="unitOf"/>.</summary>
        public static double DoubleUlps(double got, double exact, double unitOf)
        {
            if (double.IsNaN(exact) || double.IsInfinity(exact))
            {
                return got.Equals(exact) ? 0 : double.PositiveInfinity;
            }

            double magnitude = Math.Abs(unitOf);
            double unit = Math.Max(Math.BitIncrement(magnitude) - magnitude, double.Epsilon);
            return Math.Abs(got - exact) / unit;
        }
    }
}

// This file is produced by Templates/generate.py from Templates/VectorMath.Tanh.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // tanh(x) = sign(x)·m/(m + 2) with m = expm1(2|x|): relative accuracy everywhere (no 1 − 2/(e+1)
    // cancellation near 0), |x| clamped (float path: 10, double: 20) where tanh already rounds to 1, and the sign
    // put back with a bit-or, so tanh(−0) = −0. Float: in double with the degree-6 expm1, one rounding.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double TanhF(double x)
        {
            double a = Sc.MinC(Sc.Abs(x), 10.0);
            double m = ExpM1FCore(a + a);
            return Sc.OrBits(m * Sc.RecipF(m + Sc.C(2.0)), Sc.SignOf(x));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double TanhD(double x)
        {
            double a = Sc.MinC(Sc.Abs(x), 20.0);
            double m = ExpM1DCore(a + a);
            return Sc.OrBits(m / (m + Sc.C(2.0)), Sc.SignOf(x));
        }

        /// <summary>tanh(x), evaluated in double and rounded once (≤ 1 ULP); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Tanh(float x) => (float)TanhF(x);

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Tanh(double x) => TanhD(x);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> TanhF(Vector128<double> x)
        {
            Vector128<double> a = V128.MinC(V128.Abs(x), 10.0);
            Vector128<double> m = ExpM1FCore(a + a);
            return V128.OrBits(m * V128.RecipF(m + V128.C(2.0)), V128.SignOf(x));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> TanhD(Vector128<double> x)
        {
            Vector128<double> a = V128.MinC(V128.Abs(x), 20.0);
            Vector128<double> m = ExpM1DCore(a + a);
            return V128.OrBits(m / (m + V128.C(2.0)), V128.SignOf(x));
        }

        /// <summary>tanh(x), evaluated in double and rounded once (≤ 1 ULP); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Tanh(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(TanhF(lo), TanhF(hi));
        }

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Tanh(Vector128<double> x) => TanhD(x);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> TanhF(Vector256<double> x)
        {
            Vector256<double> a = V256.MinC(V256.Abs(x), 10.0);
            Vector256<double> m = ExpM1FCore(a + a);
            return V256.OrBits(m * V256.RecipF(m + V256.C(2.0)), V256.SignOf(x));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> TanhD(Vector256<double> x)
        {
            Vector256<double> a = V256.MinC(V256.Abs(x), 20.0);
            Vector256<double> m = ExpM1DCore(a + a);
            return V256.OrBits(m / (m + V256.C(2.0)), V256.SignOf(x));
        }

        /// <summary>tanh(x), evaluated in double and rounded once (≤ 1 ULP); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Tanh(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(TanhF(lo), TanhF(hi));
        }

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Tanh(Vector256<double> x) => TanhD(x);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> TanhF(Vector512<double> x)
        {
            Vector512<double> a = V512.MinC(V512.Abs(x), 10.0);
            Vector512<double> m = ExpM1FCore(a + a);
            return V512.OrBits(m * V512.RecipF(m + V512.C(2.0)), V512.SignOf(x));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> TanhD(Vector512<double> x)
        {
            Vector512<double> a = V512.MinC(V512.Abs(x), 20.0);
            Vector512<double> m = ExpM1DCore(a + a);
            return V512.OrBits(m / (m + V512.C(2.0)), V512.SignOf(x));
        }

        /// <summary>tanh(x), evaluated in double and rounded once (≤ 1 ULP); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Tanh(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(TanhF(lo), TanhF(hi));
        }

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Tanh(Vector512<double> x) => TanhD(x);
    }
}

// This file is produced by Templates/generate.py from Templates/VectorMath.Tanh.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // tanh(x) = sign(x)·m/(m + 2) with m = expm1(2|x|): relative accuracy everywhere (no 1 − 2/(e+1)
    // cancellation near 0), |x| clamped (float path: 10, double: 20) where tanh already rounds to 1, and the sign
    // put back with a bit-or, so tanh(−0) = −0.
    // Float: |x| and the clamp are taken in float before widening; m = 2^z − 1, z = 2|x|·log2 e, by Exp2M1FCore
    // (2^n·r·Q(r) + (2^n − 1), Q degree 6, relative 2^-31), 1/(m + 2) by vrcp14pd + one Newton step (2^-28) (or a
    // division without AVX-512), one rounding to float, then the float sign bit or-ed back: ≤ 1 ULP.
    // Double: expm1 of the double exp family (degree-10 q, Cody–Waite reduction) and a division.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>tanh(a) for a in [0, 10] or NaN, to 2^-30 relative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double TanhFCore(double a)
        {
            double m = Exp2M1FCore(a * Sc.C(2.0 * MathConst.Log2E));
            return m * Sc.RecipF(m + Sc.C(2.0));
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
        public static float Tanh(float x) => Sc.WithSignF((float)TanhFCore(Sc.ClampF(Sc.AbsF(x), 0f, 10f)), x);

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Tanh(double x) => TanhD(x);

        // ---------------- Vector128 ----------------
        /// <summary>tanh(a) for a in [0, 10] or NaN, to 2^-30 relative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> TanhFCore(Vector128<double> a)
        {
            Vector128<double> m = Exp2M1FCore(a * V128.C(2.0 * MathConst.Log2E));
            return m * V128.RecipF(m + V128.C(2.0));
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
            var (lo, hi) = V128.Widen(V128.ClampF(V128.AbsF(x), 0f, 10f));
            return V128.WithSignF(V128.Narrow(TanhFCore(lo), TanhFCore(hi)), x);
        }

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Tanh(Vector128<double> x) => TanhD(x);

        // ---------------- Vector256 ----------------
        /// <summary>tanh(a) for a in [0, 10] or NaN, to 2^-30 relative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> TanhFCore(Vector256<double> a)
        {
            Vector256<double> m = Exp2M1FCore(a * V256.C(2.0 * MathConst.Log2E));
            return m * V256.RecipF(m + V256.C(2.0));
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
            var (lo, hi) = V256.Widen(V256.ClampF(V256.AbsF(x), 0f, 10f));
            return V256.WithSignF(V256.Narrow(TanhFCore(lo), TanhFCore(hi)), x);
        }

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Tanh(Vector256<double> x) => TanhD(x);

        // ---------------- Vector512 ----------------
        /// <summary>tanh(a) for a in [0, 10] or NaN, to 2^-30 relative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> TanhFCore(Vector512<double> a)
        {
            Vector512<double> m = Exp2M1FCore(a * V512.C(2.0 * MathConst.Log2E));
            return m * V512.RecipF(m + V512.C(2.0));
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
            var (lo, hi) = V512.Widen(V512.ClampF(V512.AbsF(x), 0f, 10f));
            return V512.WithSignF(V512.Narrow(TanhFCore(lo), TanhFCore(hi)), x);
        }

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Tanh(Vector512<double> x) => TanhD(x);
    }
}

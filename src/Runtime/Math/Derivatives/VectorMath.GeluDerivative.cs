// This file is produced by Derivatives/Templates/generate.py from Derivatives/Templates/VectorMath.GeluDerivative.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    /// <summary>Constants of the gelu derivative.</summary>
    internal static class GeluDerivConst
    {
        // 1/√(2π) as a double-double (mpmath, 200 bits).
        internal const double InvSqrt2Pi = 0.3989422804014327, InvSqrt2PiLo = -2.49232720227773e-17;
    }

    // gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π). Φ by the erfc kernel (fdlibm's rational
    // approximations, ErfcCore; erfc, not 1 + erf, so the negative tail keeps its digits), φ by one more exp.
    // For x → −∞ the two terms approach each other only as Φ/(xφ) → −1/x² (no catastrophic cancellation);
    // the derivative has one zero, at x ≈ −0.7518, where the absolute error stays a few ULP of |x|φ(x).
    // Float: x clamped to ±20 (the float result is 0 or 1 beyond), z = −x/√2 and z² = x²/2 (exact for a float
    // x) without the low-part corrections (they are below 2^-45 relative), φ by the float-quality exp;
    // rounded once. Double: as gelu itself (−x/√2 as a double-double, x²/2 exact into the exps), x/√(2π) with
    // the rounding error of the product folded into the exponent, x clamped to ±39 (beyond, the result is 1 or
    // below the smallest subnormal).
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluDerivativeF(double x)
        {
            double xc = Sc.MinC(Sc.MaxC(x, -20.0), 20.0);
            double z2 = xc * xc * Sc.C(0.5);
            double cdf = ErfcCore(xc * Sc.C(-ErfConst.InvSqrt2Hi), z2, Sc.C(0.0), Sc.C(0.0), false, Sc.C(0.5));
            return Sc.Fma(xc * Sc.C(GeluDerivConst.InvSqrt2Pi), ExpFCore(-z2), cdf);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluDerivativeD(double x)
        {
            double xc = Sc.MinC(Sc.MaxC(x, -39.0), 39.0);
            double zh = xc * Sc.C(-ErfConst.InvSqrt2Hi);
            double zl = Sc.Fma(xc, Sc.C(-ErfConst.InvSqrt2Hi), -zh) + xc * Sc.C(-ErfConst.InvSqrt2Lo);
            double x2 = xc * xc;
            double z2h = x2 * Sc.C(0.5);
            double z2l = Sc.Fma(xc, xc, -x2) * Sc.C(0.5);
            double cdf = ErfcCore(zh, z2h, z2l, zl, true, Sc.C(0.5));
            // x/√(2π) = mh·(1 + ml/mh): the relative low part goes into the exponent.
            double mh = xc * Sc.C(GeluDerivConst.InvSqrt2Pi);
            double ml = Sc.Fma(xc, Sc.C(GeluDerivConst.InvSqrt2Pi), -mh) + xc * Sc.C(GeluDerivConst.InvSqrt2PiLo);
            double rel = Sc.Select(Sc.Eq(mh, Sc.C(0.0)), Sc.C(0.0), ml / mh);
            double pdf = ExpDCore(-z2h, rel - z2l, mh);
            return cdf + pdf;
        }

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float GeluDerivative(float x) => (float)GeluDerivativeF(x);

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double GeluDerivative(double x) => GeluDerivativeD(x);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluDerivativeF(Vector128<double> x)
        {
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -20.0), 20.0);
            Vector128<double> z2 = xc * xc * V128.C(0.5);
            Vector128<double> cdf = ErfcCore(xc * V128.C(-ErfConst.InvSqrt2Hi), z2, V128.C(0.0), V128.C(0.0), false, V128.C(0.5));
            return V128.Fma(xc * V128.C(GeluDerivConst.InvSqrt2Pi), ExpFCore(-z2), cdf);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluDerivativeD(Vector128<double> x)
        {
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -39.0), 39.0);
            Vector128<double> zh = xc * V128.C(-ErfConst.InvSqrt2Hi);
            Vector128<double> zl = V128.Fma(xc, V128.C(-ErfConst.InvSqrt2Hi), -zh) + xc * V128.C(-ErfConst.InvSqrt2Lo);
            Vector128<double> x2 = xc * xc;
            Vector128<double> z2h = x2 * V128.C(0.5);
            Vector128<double> z2l = V128.Fma(xc, xc, -x2) * V128.C(0.5);
            Vector128<double> cdf = ErfcCore(zh, z2h, z2l, zl, true, V128.C(0.5));
            // x/√(2π) = mh·(1 + ml/mh): the relative low part goes into the exponent.
            Vector128<double> mh = xc * V128.C(GeluDerivConst.InvSqrt2Pi);
            Vector128<double> ml = V128.Fma(xc, V128.C(GeluDerivConst.InvSqrt2Pi), -mh) + xc * V128.C(GeluDerivConst.InvSqrt2PiLo);
            Vector128<double> rel = V128.Select(V128.Eq(mh, V128.C(0.0)), V128.C(0.0), ml / mh);
            Vector128<double> pdf = ExpDCore(-z2h, rel - z2l, mh);
            return cdf + pdf;
        }

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> GeluDerivative(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(GeluDerivativeF(lo), GeluDerivativeF(hi));
        }

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> GeluDerivative(Vector128<double> x) => GeluDerivativeD(x);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluDerivativeF(Vector256<double> x)
        {
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -20.0), 20.0);
            Vector256<double> z2 = xc * xc * V256.C(0.5);
            Vector256<double> cdf = ErfcCore(xc * V256.C(-ErfConst.InvSqrt2Hi), z2, V256.C(0.0), V256.C(0.0), false, V256.C(0.5));
            return V256.Fma(xc * V256.C(GeluDerivConst.InvSqrt2Pi), ExpFCore(-z2), cdf);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluDerivativeD(Vector256<double> x)
        {
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -39.0), 39.0);
            Vector256<double> zh = xc * V256.C(-ErfConst.InvSqrt2Hi);
            Vector256<double> zl = V256.Fma(xc, V256.C(-ErfConst.InvSqrt2Hi), -zh) + xc * V256.C(-ErfConst.InvSqrt2Lo);
            Vector256<double> x2 = xc * xc;
            Vector256<double> z2h = x2 * V256.C(0.5);
            Vector256<double> z2l = V256.Fma(xc, xc, -x2) * V256.C(0.5);
            Vector256<double> cdf = ErfcCore(zh, z2h, z2l, zl, true, V256.C(0.5));
            // x/√(2π) = mh·(1 + ml/mh): the relative low part goes into the exponent.
            Vector256<double> mh = xc * V256.C(GeluDerivConst.InvSqrt2Pi);
            Vector256<double> ml = V256.Fma(xc, V256.C(GeluDerivConst.InvSqrt2Pi), -mh) + xc * V256.C(GeluDerivConst.InvSqrt2PiLo);
            Vector256<double> rel = V256.Select(V256.Eq(mh, V256.C(0.0)), V256.C(0.0), ml / mh);
            Vector256<double> pdf = ExpDCore(-z2h, rel - z2l, mh);
            return cdf + pdf;
        }

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> GeluDerivative(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(GeluDerivativeF(lo), GeluDerivativeF(hi));
        }

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> GeluDerivative(Vector256<double> x) => GeluDerivativeD(x);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluDerivativeF(Vector512<double> x)
        {
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -20.0), 20.0);
            Vector512<double> z2 = xc * xc * V512.C(0.5);
            Vector512<double> cdf = ErfcCore(xc * V512.C(-ErfConst.InvSqrt2Hi), z2, V512.C(0.0), V512.C(0.0), false, V512.C(0.5));
            return V512.Fma(xc * V512.C(GeluDerivConst.InvSqrt2Pi), ExpFCore(-z2), cdf);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluDerivativeD(Vector512<double> x)
        {
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -39.0), 39.0);
            Vector512<double> zh = xc * V512.C(-ErfConst.InvSqrt2Hi);
            Vector512<double> zl = V512.Fma(xc, V512.C(-ErfConst.InvSqrt2Hi), -zh) + xc * V512.C(-ErfConst.InvSqrt2Lo);
            Vector512<double> x2 = xc * xc;
            Vector512<double> z2h = x2 * V512.C(0.5);
            Vector512<double> z2l = V512.Fma(xc, xc, -x2) * V512.C(0.5);
            Vector512<double> cdf = ErfcCore(zh, z2h, z2l, zl, true, V512.C(0.5));
            // x/√(2π) = mh·(1 + ml/mh): the relative low part goes into the exponent.
            Vector512<double> mh = xc * V512.C(GeluDerivConst.InvSqrt2Pi);
            Vector512<double> ml = V512.Fma(xc, V512.C(GeluDerivConst.InvSqrt2Pi), -mh) + xc * V512.C(GeluDerivConst.InvSqrt2PiLo);
            Vector512<double> rel = V512.Select(V512.Eq(mh, V512.C(0.0)), V512.C(0.0), ml / mh);
            Vector512<double> pdf = ExpDCore(-z2h, rel - z2l, mh);
            return cdf + pdf;
        }

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> GeluDerivative(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(GeluDerivativeF(lo), GeluDerivativeF(hi));
        }

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> GeluDerivative(Vector512<double> x) => GeluDerivativeD(x);

    }
}

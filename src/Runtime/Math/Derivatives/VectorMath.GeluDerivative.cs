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

        // Float path: the Mills ratio m(a) = Φ(−a)/φ(a) on a = |x| in [0, 16] as t·P(2.5·t − 1.5), t = 1/(1 + a/4),
        // P of degree 14 (Chebyshev interpolant at 15 nodes in t on [0.2, 1], from Python's math.erfc; max relative
        // error of m 9.8e-13 = 2^-39.9 on a 4001-point grid).
        internal const double M0 = 0.5601944052334196, M1 = 0.3946033715219309, M2 = 0.20616707986138202, M3 = 0.07610868813260659, M4 = 0.016790998802265835, M5 = 0.00043118529202749534, M6 = -0.0008975721621238721, M7 = -0.00014512464153426663, M8 = 5.280238156496845e-05, M9 = 1.3230295410930163e-05, M10 = -4.396671510657294e-06, M11 = -9.990395615962673e-07, M12 = 4.5329803318357637e-07, M13 = 5.210937009299717e-08, M14 = -3.709794782480458e-08;
    }

    // gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π). Φ by the erfc kernel (fdlibm's rational
    // approximations, ErfcCore; erfc, not 1 + erf, so the negative tail keeps its digits), φ by one more exp.
    // For x → −∞ the two terms approach each other only as Φ/(xφ) → −1/x² (no catastrophic cancellation);
    // the derivative has one zero, at x ≈ −0.7518, where the absolute error stays a few ULP of |x|φ(x).
    // Float (evaluated in double, rounded once; ~2^-30 relative is all it needs): one exp and no erfc branches.
    // With a = |x|, φ = e^(−x²/2)/√(2π) and the Mills ratio m(a) = Φ(−a)/φ(a) (smooth, m(0) = √(π/2), m ~ 1/a):
    // gelu′ = φ·(x + m(a)) for x ≤ 0 and 1 + φ·(x − m(a)) for x > 0 (Φ(x) = 1 − φ·m). m by one polynomial in
    // t = 1/(1 + a/4) over the whole float range, x clamped to ±16 (the float result is 0 or 1 beyond); x²/2 is
    // exact for a float x, φ by the float-quality exp. The error of m (2^-39.9 relative) moves the result by at
    // most Φ(−a)·2^-39.9 absolute, far below half a float ULP of the largest term, the zero at −0.75 included.
    // Double: as gelu itself (−x/√2 as a double-double, x²/2 exact into the exps), x/√(2π) with
    // the rounding error of the product folded into the exponent, x clamped to ±39 (beyond, the result is 1 or
    // below the smallest subnormal).
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluDerivativeF(double x)
        {
            double xc = Sc.MinC(Sc.MaxC(x, -16.0), 16.0);
            double a = Sc.Abs(xc);
            double t = Sc.C(4.0) / (a + Sc.C(4.0));
            double u = Sc.Fma(t, Sc.C(2.5), Sc.C(-1.5));
            double p = Sc.C(GeluDerivConst.M14);
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M13));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M12));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M11));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M10));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M9));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M8));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M7));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M6));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M5));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M4));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M3));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M2));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M1));
            p = Sc.Fma(p, u, Sc.C(GeluDerivConst.M0));
            double m = p * t;
            double phi = ExpFCore(xc * xc * Sc.C(-0.5)) * Sc.C(GeluDerivConst.InvSqrt2Pi);
            bool pos = Sc.Gt(xc, Sc.C(0.0));
            return Sc.Fma(phi, xc + Sc.Select(pos, -m, m), Sc.Select(pos, Sc.C(1.0), Sc.C(0.0)));
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
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -16.0), 16.0);
            Vector128<double> a = V128.Abs(xc);
            Vector128<double> t = V128.C(4.0) / (a + V128.C(4.0));
            Vector128<double> u = V128.Fma(t, V128.C(2.5), V128.C(-1.5));
            Vector128<double> p = V128.C(GeluDerivConst.M14);
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M13));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M12));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M11));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M10));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M9));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M8));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M7));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M6));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M5));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M4));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M3));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M2));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M1));
            p = V128.Fma(p, u, V128.C(GeluDerivConst.M0));
            Vector128<double> m = p * t;
            Vector128<double> phi = ExpFCore(xc * xc * V128.C(-0.5)) * V128.C(GeluDerivConst.InvSqrt2Pi);
            Vector128<double> pos = V128.Gt(xc, V128.C(0.0));
            return V128.Fma(phi, xc + V128.Select(pos, -m, m), V128.Select(pos, V128.C(1.0), V128.C(0.0)));
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
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -16.0), 16.0);
            Vector256<double> a = V256.Abs(xc);
            Vector256<double> t = V256.C(4.0) / (a + V256.C(4.0));
            Vector256<double> u = V256.Fma(t, V256.C(2.5), V256.C(-1.5));
            Vector256<double> p = V256.C(GeluDerivConst.M14);
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M13));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M12));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M11));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M10));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M9));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M8));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M7));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M6));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M5));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M4));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M3));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M2));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M1));
            p = V256.Fma(p, u, V256.C(GeluDerivConst.M0));
            Vector256<double> m = p * t;
            Vector256<double> phi = ExpFCore(xc * xc * V256.C(-0.5)) * V256.C(GeluDerivConst.InvSqrt2Pi);
            Vector256<double> pos = V256.Gt(xc, V256.C(0.0));
            return V256.Fma(phi, xc + V256.Select(pos, -m, m), V256.Select(pos, V256.C(1.0), V256.C(0.0)));
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
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -16.0), 16.0);
            Vector512<double> a = V512.Abs(xc);
            Vector512<double> t = V512.C(4.0) / (a + V512.C(4.0));
            Vector512<double> u = V512.Fma(t, V512.C(2.5), V512.C(-1.5));
            Vector512<double> p = V512.C(GeluDerivConst.M14);
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M13));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M12));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M11));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M10));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M9));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M8));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M7));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M6));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M5));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M4));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M3));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M2));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M1));
            p = V512.Fma(p, u, V512.C(GeluDerivConst.M0));
            Vector512<double> m = p * t;
            Vector512<double> phi = ExpFCore(xc * xc * V512.C(-0.5)) * V512.C(GeluDerivConst.InvSqrt2Pi);
            Vector512<double> pos = V512.Gt(xc, V512.C(0.0));
            return V512.Fma(phi, xc + V512.Select(pos, -m, m), V512.Select(pos, V512.C(1.0), V512.C(0.0)));
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

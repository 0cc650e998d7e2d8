// This file is produced by Templates/generate.py from Templates/VectorMath.Log1P.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    /// <summary>Coefficients of log(1+f) = 2s + s·R(s²), s = f/(2+f) (fdlibm's e_log.c scheme).</summary>
    internal static class LogConst
    {
        // R(w) = w·(LG0 + w·LG1 + … + w^6·LG6) ≈ Σ 2w^k/(2k+1) on w ∈ [0, 0.0297] (|s| ≤ (√2−1)/(√2+1)):
        // near-minimax fit (mpmath Chebyshev, 200 bits), |error of R/w| ≤ 2^-51.4, i.e. ≤ 2^-61 in log.
        internal const double LG0 = 0.666666666666667;
        internal const double LG1 = 0.3999999999989322;
        internal const double LG2 = 0.28571428628810996;
        internal const double LG3 = 0.22222210674238516;
        internal const double LG4 = 0.18182922513515942;
        internal const double LG5 = 0.15330617306743305;
        internal const double LG6 = 0.1463003136412286;
    }

    // log1p(x): u = 1 + x rounded, c = (1 + x) − u exactly (TwoSum); u = 2^k·m with m ∈ [√2/2, √2) read from
    // the bits (k converted with the 0x1p52 trick, no int→double instruction), f = m − 1 exact, and
    // log1p(x) = k·ln2 + f − f²/2 + s·(f²/2 + R(s²)) + c/u, combined in fdlibm's order (k·Ln2Hi exact).
    // softplus(x, β) = (t > 0 ? x : 0) + log1p(e^(−|t|))/β with t = β·x carried as a double-double in the
    // double path (e^t is ill-conditioned for large |t|): no overflow, no cancellation, exact x for t ≫ 0.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double Log1PCore(double x)
        {
            double one = Sc.C(1.0);
            double u = one + x;
            double bb = u - one;
            double c = (one - (u - bb)) + (x - bb);
            ulong iu = Sc.AsU(u) + Sc.CU(0x3ff0000000000000UL - 0x3fe6a09e667f3bcdUL);
            double k = Sc.AsD((iu >> 52) | Sc.CU(0x4330000000000000UL)) - Sc.C(4503599627370496.0 + 1023.0);
            double f = Sc.AsD((iu & Sc.CU(0x000fffffffffffffUL)) + Sc.CU(0x3fe6a09e667f3bcdUL)) - one;
            double s = f / (Sc.C(2.0) + f);
            double w = s * s;
            double r = Sc.Fma(w, Sc.C(LogConst.LG6), Sc.C(LogConst.LG5));
            r = Sc.Fma(r, w, Sc.C(LogConst.LG4));
            r = Sc.Fma(r, w, Sc.C(LogConst.LG3));
            r = Sc.Fma(r, w, Sc.C(LogConst.LG2));
            r = Sc.Fma(r, w, Sc.C(LogConst.LG1));
            r = Sc.Fma(r, w, Sc.C(LogConst.LG0)) * w;
            double hfsq = Sc.C(0.5) * f * f;
            double lo = Sc.Fma(k, Sc.C(MathConst.Ln2Lo), c / u);
            return Sc.Fma(k, Sc.C(MathConst.Ln2Hi), -((hfsq - Sc.Fma(s, hfsq + r, lo)) - f));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double Log1PD(double x)
        {
            double res = Log1PCore(x);
            res = Sc.Select(Sc.Eq(x, Sc.C(double.PositiveInfinity)), x, res);
            res = Sc.Select(Sc.Eq(x, Sc.C(0.0)), x, res);
            res = Sc.Select(Sc.Eq(x, Sc.C(-1.0)), Sc.C(double.NegativeInfinity), res);
            return Sc.Select(Sc.Lt(x, Sc.C(-1.0)), Sc.C(double.NaN), res);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SoftplusF(double x, double beta)
        {
            double t = beta == 1.0 ? x : x * Sc.C(beta);
            double e = ExpFCore(Sc.MaxC(Sc.OrBits(t, Sc.C(-0.0)), -708.0));
            double l = Log1PCore(e);
            return Sc.Select(Sc.Gt(t, Sc.C(0.0)), x, Sc.C(0.0)) + (beta == 1.0 ? l : l / Sc.C(beta));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SoftplusD(double x, double beta)
        {
            double th = beta == 1.0 ? x : x * Sc.C(beta);
            double tl = beta == 1.0 ? Sc.C(0.0) : Sc.Select(Sc.Lt(Sc.Abs(th), Sc.C(1e300)), Sc.Fma(x, Sc.C(beta), -th), Sc.C(0.0));
            bool pos = Sc.Gt(th, Sc.C(0.0));
            double e = ExpDCore(Sc.OrBits(th, Sc.C(-0.0)), Sc.Select(pos, -tl, tl), Sc.C(1.0));
            double l = Log1PCore(e);
            return Sc.Select(pos, x, Sc.C(0.0)) + (beta == 1.0 ? l : l / Sc.C(beta));
        }

        /// <summary>log(1 + x), accurate near 0, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Log1P(float x) => (float)Log1PD(x);

        /// <summary>log(1 + x), accurate near 0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Log1P(double x) => Log1PD(x);
        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Softplus(float x, float beta) => (float)SoftplusF(x, beta);

        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Softplus(double x, double beta) => SoftplusD(x, beta);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> Log1PCore(Vector128<double> x)
        {
            Vector128<double> one = V128.C(1.0);
            Vector128<double> u = one + x;
            Vector128<double> bb = u - one;
            Vector128<double> c = (one - (u - bb)) + (x - bb);
            Vector128<ulong> iu = V128.AsU(u) + V128.CU(0x3ff0000000000000UL - 0x3fe6a09e667f3bcdUL);
            Vector128<double> k = V128.AsD((iu >> 52) | V128.CU(0x4330000000000000UL)) - V128.C(4503599627370496.0 + 1023.0);
            Vector128<double> f = V128.AsD((iu & V128.CU(0x000fffffffffffffUL)) + V128.CU(0x3fe6a09e667f3bcdUL)) - one;
            Vector128<double> s = f / (V128.C(2.0) + f);
            Vector128<double> w = s * s;
            Vector128<double> r = V128.Fma(w, V128.C(LogConst.LG6), V128.C(LogConst.LG5));
            r = V128.Fma(r, w, V128.C(LogConst.LG4));
            r = V128.Fma(r, w, V128.C(LogConst.LG3));
            r = V128.Fma(r, w, V128.C(LogConst.LG2));
            r = V128.Fma(r, w, V128.C(LogConst.LG1));
            r = V128.Fma(r, w, V128.C(LogConst.LG0)) * w;
            Vector128<double> hfsq = V128.C(0.5) * f * f;
            Vector128<double> lo = V128.Fma(k, V128.C(MathConst.Ln2Lo), c / u);
            return V128.Fma(k, V128.C(MathConst.Ln2Hi), -((hfsq - V128.Fma(s, hfsq + r, lo)) - f));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> Log1PD(Vector128<double> x)
        {
            Vector128<double> res = Log1PCore(x);
            res = V128.Select(V128.Eq(x, V128.C(double.PositiveInfinity)), x, res);
            res = V128.Select(V128.Eq(x, V128.C(0.0)), x, res);
            res = V128.Select(V128.Eq(x, V128.C(-1.0)), V128.C(double.NegativeInfinity), res);
            return V128.Select(V128.Lt(x, V128.C(-1.0)), V128.C(double.NaN), res);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SoftplusF(Vector128<double> x, double beta)
        {
            Vector128<double> t = beta == 1.0 ? x : x * V128.C(beta);
            Vector128<double> e = ExpFCore(V128.MaxC(V128.OrBits(t, V128.C(-0.0)), -708.0));
            Vector128<double> l = Log1PCore(e);
            return V128.Select(V128.Gt(t, V128.C(0.0)), x, V128.C(0.0)) + (beta == 1.0 ? l : l / V128.C(beta));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SoftplusD(Vector128<double> x, double beta)
        {
            Vector128<double> th = beta == 1.0 ? x : x * V128.C(beta);
            Vector128<double> tl = beta == 1.0 ? V128.C(0.0) : V128.Select(V128.Lt(V128.Abs(th), V128.C(1e300)), V128.Fma(x, V128.C(beta), -th), V128.C(0.0));
            Vector128<double> pos = V128.Gt(th, V128.C(0.0));
            Vector128<double> e = ExpDCore(V128.OrBits(th, V128.C(-0.0)), V128.Select(pos, -tl, tl), V128.C(1.0));
            Vector128<double> l = Log1PCore(e);
            return V128.Select(pos, x, V128.C(0.0)) + (beta == 1.0 ? l : l / V128.C(beta));
        }

        /// <summary>log(1 + x), accurate near 0, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Log1P(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(Log1PD(lo), Log1PD(hi));
        }

        /// <summary>log(1 + x), accurate near 0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Log1P(Vector128<double> x) => Log1PD(x);
        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Softplus(Vector128<float> x, float beta)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(SoftplusF(lo, beta), SoftplusF(hi, beta));
        }

        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Softplus(Vector128<double> x, double beta) => SoftplusD(x, beta);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> Log1PCore(Vector256<double> x)
        {
            Vector256<double> one = V256.C(1.0);
            Vector256<double> u = one + x;
            Vector256<double> bb = u - one;
            Vector256<double> c = (one - (u - bb)) + (x - bb);
            Vector256<ulong> iu = V256.AsU(u) + V256.CU(0x3ff0000000000000UL - 0x3fe6a09e667f3bcdUL);
            Vector256<double> k = V256.AsD((iu >> 52) | V256.CU(0x4330000000000000UL)) - V256.C(4503599627370496.0 + 1023.0);
            Vector256<double> f = V256.AsD((iu & V256.CU(0x000fffffffffffffUL)) + V256.CU(0x3fe6a09e667f3bcdUL)) - one;
            Vector256<double> s = f / (V256.C(2.0) + f);
            Vector256<double> w = s * s;
            Vector256<double> r = V256.Fma(w, V256.C(LogConst.LG6), V256.C(LogConst.LG5));
            r = V256.Fma(r, w, V256.C(LogConst.LG4));
            r = V256.Fma(r, w, V256.C(LogConst.LG3));
            r = V256.Fma(r, w, V256.C(LogConst.LG2));
            r = V256.Fma(r, w, V256.C(LogConst.LG1));
            r = V256.Fma(r, w, V256.C(LogConst.LG0)) * w;
            Vector256<double> hfsq = V256.C(0.5) * f * f;
            Vector256<double> lo = V256.Fma(k, V256.C(MathConst.Ln2Lo), c / u);
            return V256.Fma(k, V256.C(MathConst.Ln2Hi), -((hfsq - V256.Fma(s, hfsq + r, lo)) - f));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> Log1PD(Vector256<double> x)
        {
            Vector256<double> res = Log1PCore(x);
            res = V256.Select(V256.Eq(x, V256.C(double.PositiveInfinity)), x, res);
            res = V256.Select(V256.Eq(x, V256.C(0.0)), x, res);
            res = V256.Select(V256.Eq(x, V256.C(-1.0)), V256.C(double.NegativeInfinity), res);
            return V256.Select(V256.Lt(x, V256.C(-1.0)), V256.C(double.NaN), res);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SoftplusF(Vector256<double> x, double beta)
        {
            Vector256<double> t = beta == 1.0 ? x : x * V256.C(beta);
            Vector256<double> e = ExpFCore(V256.MaxC(V256.OrBits(t, V256.C(-0.0)), -708.0));
            Vector256<double> l = Log1PCore(e);
            return V256.Select(V256.Gt(t, V256.C(0.0)), x, V256.C(0.0)) + (beta == 1.0 ? l : l / V256.C(beta));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SoftplusD(Vector256<double> x, double beta)
        {
            Vector256<double> th = beta == 1.0 ? x : x * V256.C(beta);
            Vector256<double> tl = beta == 1.0 ? V256.C(0.0) : V256.Select(V256.Lt(V256.Abs(th), V256.C(1e300)), V256.Fma(x, V256.C(beta), -th), V256.C(0.0));
            Vector256<double> pos = V256.Gt(th, V256.C(0.0));
            Vector256<double> e = ExpDCore(V256.OrBits(th, V256.C(-0.0)), V256.Select(pos, -tl, tl), V256.C(1.0));
            Vector256<double> l = Log1PCore(e);
            return V256.Select(pos, x, V256.C(0.0)) + (beta == 1.0 ? l : l / V256.C(beta));
        }

        /// <summary>log(1 + x), accurate near 0, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Log1P(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(Log1PD(lo), Log1PD(hi));
        }

        /// <summary>log(1 + x), accurate near 0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Log1P(Vector256<double> x) => Log1PD(x);
        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Softplus(Vector256<float> x, float beta)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(SoftplusF(lo, beta), SoftplusF(hi, beta));
        }

        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Softplus(Vector256<double> x, double beta) => SoftplusD(x, beta);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> Log1PCore(Vector512<double> x)
        {
            Vector512<double> one = V512.C(1.0);
            Vector512<double> u = one + x;
            Vector512<double> bb = u - one;
            Vector512<double> c = (one - (u - bb)) + (x - bb);
            Vector512<ulong> iu = V512.AsU(u) + V512.CU(0x3ff0000000000000UL - 0x3fe6a09e667f3bcdUL);
            Vector512<double> k = V512.AsD((iu >> 52) | V512.CU(0x4330000000000000UL)) - V512.C(4503599627370496.0 + 1023.0);
            Vector512<double> f = V512.AsD((iu & V512.CU(0x000fffffffffffffUL)) + V512.CU(0x3fe6a09e667f3bcdUL)) - one;
            Vector512<double> s = f / (V512.C(2.0) + f);
            Vector512<double> w = s * s;
            Vector512<double> r = V512.Fma(w, V512.C(LogConst.LG6), V512.C(LogConst.LG5));
            r = V512.Fma(r, w, V512.C(LogConst.LG4));
            r = V512.Fma(r, w, V512.C(LogConst.LG3));
            r = V512.Fma(r, w, V512.C(LogConst.LG2));
            r = V512.Fma(r, w, V512.C(LogConst.LG1));
            r = V512.Fma(r, w, V512.C(LogConst.LG0)) * w;
            Vector512<double> hfsq = V512.C(0.5) * f * f;
            Vector512<double> lo = V512.Fma(k, V512.C(MathConst.Ln2Lo), c / u);
            return V512.Fma(k, V512.C(MathConst.Ln2Hi), -((hfsq - V512.Fma(s, hfsq + r, lo)) - f));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> Log1PD(Vector512<double> x)
        {
            Vector512<double> res = Log1PCore(x);
            res = V512.Select(V512.Eq(x, V512.C(double.PositiveInfinity)), x, res);
            res = V512.Select(V512.Eq(x, V512.C(0.0)), x, res);
            res = V512.Select(V512.Eq(x, V512.C(-1.0)), V512.C(double.NegativeInfinity), res);
            return V512.Select(V512.Lt(x, V512.C(-1.0)), V512.C(double.NaN), res);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SoftplusF(Vector512<double> x, double beta)
        {
            Vector512<double> t = beta == 1.0 ? x : x * V512.C(beta);
            Vector512<double> e = ExpFCore(V512.MaxC(V512.OrBits(t, V512.C(-0.0)), -708.0));
            Vector512<double> l = Log1PCore(e);
            return V512.Select(V512.Gt(t, V512.C(0.0)), x, V512.C(0.0)) + (beta == 1.0 ? l : l / V512.C(beta));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SoftplusD(Vector512<double> x, double beta)
        {
            Vector512<double> th = beta == 1.0 ? x : x * V512.C(beta);
            Vector512<double> tl = beta == 1.0 ? V512.C(0.0) : V512.Select(V512.Lt(V512.Abs(th), V512.C(1e300)), V512.Fma(x, V512.C(beta), -th), V512.C(0.0));
            Vector512<double> pos = V512.Gt(th, V512.C(0.0));
            Vector512<double> e = ExpDCore(V512.OrBits(th, V512.C(-0.0)), V512.Select(pos, -tl, tl), V512.C(1.0));
            Vector512<double> l = Log1PCore(e);
            return V512.Select(pos, x, V512.C(0.0)) + (beta == 1.0 ? l : l / V512.C(beta));
        }

        /// <summary>log(1 + x), accurate near 0, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Log1P(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(Log1PD(lo), Log1PD(hi));
        }

        /// <summary>log(1 + x), accurate near 0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Log1P(Vector512<double> x) => Log1PD(x);
        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Softplus(Vector512<float> x, float beta)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(SoftplusF(lo, beta), SoftplusF(hi, beta));
        }

        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Softplus(Vector512<double> x, double beta) => SoftplusD(x, beta);
    }
}

// This file is produced by tools/MathGen from Templates/VectorMath.Log1P.cs.in; edit the template, not this file.
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

    /// <summary>
    /// Coefficients of the float log1p kernel (FreeBSD msun e_logf.c, Bruce D. Evans' refit of fdlibm's Lg1..Lg4, also in musl):
    /// log(1 + f) = 2s + s·R(s²), s = f/(2 + f), R(z) = Lg1·z + Lg2·z² + Lg3·z³ + Lg4·z⁴, with
    /// |(log(1 + s) − log(1 − s))/s − 2 − R(s²)| &lt; 2^-34.24 for |s| ≤ 0.1716 (f in [√2/2 − 1, √2 − 1]).
    /// </summary>
    internal static class LogConstF
    {
        internal const float Lg1 = 0.666666627f;   // 0xaaaaaa.0p-24
        internal const float Lg2 = 0.400009722f;   // 0xccce13.0p-25
        internal const float Lg3 = 0.284987867f;   // 0x91e9ee.0p-25
        internal const float Lg4 = 0.242790788f;   // 0xf89e26.0p-26
        internal const float Sqrt2M1 = 0.414213568f; // RN(√2 − 1)
    }

    // log1p(x): u = 1 + x rounded, c = (1 + x) − u exactly (TwoSum); u = 2^k·m with m ∈ [√2/2, √2) read from
    // the bits (k converted with the 0x1p52 trick, no int→double instruction), f = m − 1 exact, and
    // log1p(x) = k·ln2 + f − f²/2 + s·(f²/2 + R(s²)) + c/u, combined in fdlibm's order (k·Ln2Hi exact).
    // softplus(x, β) = (t > 0 ? x : 0) + log1p(e^(−|t|))/β with t = β·x carried as a double-double in the
    // double path (e^t is ill-conditioned for large |t|): no overflow, no cancellation, exact x for t ≫ 0.
    //
    // Float softplus (every path, scalar included): float-only, no widening (SoftplusF32). softplus = (max(t, 0) + l)/β,
    // l = log1p(e^−|t|), t = β·x = th + tl exactly (tl = fma(x, β, −th); β = 1: tl = 0; (th + tl)/β = x exactly).
    // e = e^−|t| = 2^−m·(1 + sHi + sLo) by ExpNegCoreF/ExpNegCoreLoF (VectorMath.ExpF.cs.in, ≤ 2^-26.8 relative), made an
    // exact float-float eh + el (ScaledFF), |t| clamped at 87 so that e stays normal. log1p(e), e in (0, 1], without
    // forming 1 + e: f = e (e < √2 − 1), or f = (e − 1)/2 and k = 1 (e − 1 by a Fast2Sum, so f + fl is exact); f lies in
    // [√2/2 − 1, √2 − 1]. Then fdlibm's log1p(f) = f − f²/2 + s·(f²/2 + R(s²)), s = f/(2 + f) (one division: shorter
    // than an estimate and a Newton step on this latency-bound chain), R of degree 4 in s² with FreeBSD's float
    // coefficients (2^-34.24, LogConstF), f²/2 = hh + hl exactly by an FMA, the low part fl added as fl·(1 − 2s)
    // (= fl/(1 + f) to 2s²), k·ln 2 as Ln2Hi + Ln2Lo. l = lh + ll is kept as a float-float (two Fast2Sums), then
    // N = max(t, 0) + l (a max/min Fast2Sum) and N/β by an FMA-corrected product with RN(1/β): relative error before the
    // final rounding ≤ (0.15 + 0.15 + small)·2^-24, so every result is within 1 ULP of the correctly rounded one.
    // t > 18 gives x (l/β is below 2^-30·|x|). Lanes with t < −87 (l = e^t to 2^-126) take the rare branch
    // e^t/β = (1 + s)/fβ·2^(−m − eβ) (β = 2^eβ·fβ), scaled once; |t| clamped at 300 there (the result is 0 below).
    // NaN propagates, x = +∞ gives +∞ (β > 0), x = −∞ gives 0; β must be a normal float. Exhaustively ≤ 1 ULP on all
    // 2^32 inputs (β = 1 and 2), every path (benchmarks/Accuracy).
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

        /// <summary>softplus(x, β) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float SoftplusF32(float x, float beta) => beta == 1f ? SoftplusF32(x) : SoftplusBetaF32(x, beta);

        /// <summary>softplus(x, 1) in float only: SoftplusBetaF32 without β (a smaller body for the JIT's inliner).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float SoftplusF32(float x)
        {
            float ah = Sc.AbsF(x);
            var (k, sHi, sLo) = ExpNegCoreF(Sc.MinCF(ah, 87f));
            var (lh, ll) = Log1PExpF32(k, sHi, sLo);
            float tp = Sc.MaxCF(x, 0f);
            float nh = tp + lh;
            float y = nh + (((Sc.MaxF(tp, lh) - nh) + Sc.MinF(tp, lh)) + ll);
            y = Sc.SelectF(Sc.GtF(x, Sc.CF(18f)), x, y);
            if (Sc.AnyLtCF(x, -87f))
                y = Sc.SelectF(Sc.LtCF(x, -87f), SoftplusTailF32(x, Sc.CF(0f), 1f), y);
            return y;
        }

        /// <summary>
        /// log1p(e) = LH + LL (a float-float, relative error ≤ 0.3·2^-24) for e = 2^−m·(1 + sHi + sLo) in (2^-126, 1] given as
        /// the output of the exp reductions (K = m + 0x1.8p23), see the header.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (float LH, float LL) Log1PExpF32(float k, float sHi, float sLo)
        {
            var (eh, el) = ScaledFF(Sc.Pow2NegF(k), sHi, sLo); // e = eh + el
            // Reduction: f + fl = e (e < √2 − 1), or (e − 1)/2 with k = 1 (e − 1 = d + dErr by a Fast2Sum, |−1| ≥ e).
            bool big = Sc.GeCF(eh, LogConstF.Sqrt2M1);
            float d = eh - Sc.CF(1f);
            float dErr = eh - (d + Sc.CF(1f));
            float f = Sc.SelectF(big, d * Sc.CF(0.5f), eh);
            float fl = Sc.SelectF(big, (dErr + el) * Sc.CF(0.5f), el);
            // s = f/(2 + f), one division (shorter than an estimate and a Newton step on this latency-bound chain).
            float s = f / (f + Sc.CF(2f));
            float z = s * s;
            float w = z * z;
            float r = Sc.FmaF(z, Sc.FmaF(w, Sc.CF(LogConstF.Lg3), Sc.CF(LogConstF.Lg1)), w * Sc.FmaF(w, Sc.CF(LogConstF.Lg4), Sc.CF(LogConstF.Lg2)));
            float hf = f * Sc.CF(0.5f);
            float hh = hf * f;
            float hl = Sc.FmsF(hf, f, hh); // f²/2 = hh + hl exactly
            // log1p(f + fl) = k·ln2 + f − hh − hl + s·(hh + R) + fl·(1 − 2s)
            float lo = Sc.FmaF(s, hh + r, Sc.FmaF(s * Sc.CF(-2f), fl, fl) - hl) + Sc.SelectF(big, Sc.CF(MathConstF.Ln2Lo), Sc.CF(0f));
            float a1 = f - hh;
            float e1 = (f - a1) - hh;
            float kh = Sc.SelectF(big, Sc.CF(MathConstF.Ln2Hi), Sc.CF(0f));
            float lh = kh + a1;
            return (lh, ((kh - lh) + a1) + (e1 + lo));
        }

        /// <summary>softplus(x, β), β ≠ 1, in float only (see the header).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static float SoftplusBetaF32(float x, float beta)
        {
            float th = x * Sc.CF(beta);
            float tl = LowPartF(Sc.FmsF(x, Sc.CF(beta), th));
            var (k, sHi, sLo) = ExpNegCoreLoF(Sc.MinCF(Sc.AbsF(th), 87f), Sc.XorSignF(tl, th)); // e^−|t|, clamped: e normal
            var (lh, ll) = Log1PExpF32(k, sHi, sLo);
            // N = max(t, 0) + l: both non-negative, so a Fast2Sum of the larger and the smaller.
            float tp = Sc.MaxCF(th, 0f);
            float nh = tp + lh;
            float nl = ((Sc.MaxF(tp, lh) - nh) + Sc.MinF(tp, lh)) + (ll + Sc.SelectF(Sc.GtF(th, Sc.CF(0f)), tl, Sc.CF(0f)));
            // N/β: q0 = nh·RN(1/β), one residual step with the exact β.
            float ib = Sc.CF(1f / beta);
            float q0 = nh * ib;
            float y = Sc.FmaF(ib, Sc.FnmaF(q0, Sc.CF(beta), nh) + nl, q0);
            y = Sc.SelectF(Sc.GtF(th, Sc.CF(18f)), x, y);
            if (Sc.AnyLtCF(th, -87f))
                y = Sc.SelectF(Sc.LtCF(th, -87f), SoftplusTailF32(th, tl, beta), y);
            return y;
        }

        /// <summary>
        /// e^(th + tl)/β for the lanes with th &lt; −87 (there log1p(e^t) = e^t to 2^-126): β = 2^eβ·fβ (fβ in [1, 2), a
        /// normal β), (1 + s)/fβ by an FMA-corrected product with RN(1/fβ), scaled once by 2^(−m − eβ) (clamped at −200).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static float SoftplusTailF32(float th, float tl, float beta)
        {
            var (k, sHi, sLo) = ExpNegCoreLoF(Sc.MinCF(-th, 300f), -tl); // e^t = 2^−m·(1 + s), m in [125, 433]
            float fb = Sc.MantissaF(beta), ifb = 1f / fb;
            float w = Sc.CF(1f) + sHi;
            float wLo = ((Sc.CF(1f) - w) + sHi) + sLo;
            float q0 = w * Sc.CF(ifb);
            float q = Sc.FmaF(Sc.CF(ifb), Sc.FnmaF(q0, Sc.CF(fb), w) + wLo, q0);
            float n = Sc.MaxCF(Sc.CF(-Sc.ExponentF(beta) + MathConstF.Shift) - k, -200f);
            return Sc.ScaleF(q, n);
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
        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|, float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (a normal float).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Softplus(float x, float beta) => SoftplusF32(x, beta);

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

        /// <summary>softplus(x, β) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> SoftplusF32(Vector128<float> x, float beta) => beta == 1f ? SoftplusF32(x) : SoftplusBetaF32(x, beta);

        /// <summary>softplus(x, 1) in float only: SoftplusBetaF32 without β (a smaller body for the JIT's inliner).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> SoftplusF32(Vector128<float> x)
        {
            Vector128<float> ah = V128.AbsF(x);
            var (k, sHi, sLo) = ExpNegCoreF(V128.MinCF(ah, 87f));
            var (lh, ll) = Log1PExpF32(k, sHi, sLo);
            Vector128<float> tp = V128.MaxCF(x, 0f);
            Vector128<float> nh = tp + lh;
            Vector128<float> y = nh + (((V128.MaxF(tp, lh) - nh) + V128.MinF(tp, lh)) + ll);
            y = V128.SelectF(V128.GtF(x, V128.CF(18f)), x, y);
            if (V128.AnyLtCF(x, -87f))
                y = V128.SelectF(V128.LtCF(x, -87f), SoftplusTailF32(x, V128.CF(0f), 1f), y);
            return y;
        }

        /// <summary>
        /// log1p(e) = LH + LL (a float-float, relative error ≤ 0.3·2^-24) for e = 2^−m·(1 + sHi + sLo) in (2^-126, 1] given as
        /// the output of the exp reductions (K = m + 0x1.8p23), see the header.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (Vector128<float> LH, Vector128<float> LL) Log1PExpF32(Vector128<float> k, Vector128<float> sHi, Vector128<float> sLo)
        {
            var (eh, el) = ScaledFF(V128.Pow2NegF(k), sHi, sLo); // e = eh + el
            // Reduction: f + fl = e (e < √2 − 1), or (e − 1)/2 with k = 1 (e − 1 = d + dErr by a Fast2Sum, |−1| ≥ e).
            Vector128<float> big = V128.GeCF(eh, LogConstF.Sqrt2M1);
            Vector128<float> d = eh - V128.CF(1f);
            Vector128<float> dErr = eh - (d + V128.CF(1f));
            Vector128<float> f = V128.SelectF(big, d * V128.CF(0.5f), eh);
            Vector128<float> fl = V128.SelectF(big, (dErr + el) * V128.CF(0.5f), el);
            // s = f/(2 + f), one division (shorter than an estimate and a Newton step on this latency-bound chain).
            Vector128<float> s = f / (f + V128.CF(2f));
            Vector128<float> z = s * s;
            Vector128<float> w = z * z;
            Vector128<float> r = V128.FmaF(z, V128.FmaF(w, V128.CF(LogConstF.Lg3), V128.CF(LogConstF.Lg1)), w * V128.FmaF(w, V128.CF(LogConstF.Lg4), V128.CF(LogConstF.Lg2)));
            Vector128<float> hf = f * V128.CF(0.5f);
            Vector128<float> hh = hf * f;
            Vector128<float> hl = V128.FmsF(hf, f, hh); // f²/2 = hh + hl exactly
            // log1p(f + fl) = k·ln2 + f − hh − hl + s·(hh + R) + fl·(1 − 2s)
            Vector128<float> lo = V128.FmaF(s, hh + r, V128.FmaF(s * V128.CF(-2f), fl, fl) - hl) + V128.SelectF(big, V128.CF(MathConstF.Ln2Lo), V128.CF(0f));
            Vector128<float> a1 = f - hh;
            Vector128<float> e1 = (f - a1) - hh;
            Vector128<float> kh = V128.SelectF(big, V128.CF(MathConstF.Ln2Hi), V128.CF(0f));
            Vector128<float> lh = kh + a1;
            return (lh, ((kh - lh) + a1) + (e1 + lo));
        }

        /// <summary>softplus(x, β), β ≠ 1, in float only (see the header).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<float> SoftplusBetaF32(Vector128<float> x, float beta)
        {
            Vector128<float> th = x * V128.CF(beta);
            Vector128<float> tl = LowPartF(V128.FmsF(x, V128.CF(beta), th));
            var (k, sHi, sLo) = ExpNegCoreLoF(V128.MinCF(V128.AbsF(th), 87f), V128.XorSignF(tl, th)); // e^−|t|, clamped: e normal
            var (lh, ll) = Log1PExpF32(k, sHi, sLo);
            // N = max(t, 0) + l: both non-negative, so a Fast2Sum of the larger and the smaller.
            Vector128<float> tp = V128.MaxCF(th, 0f);
            Vector128<float> nh = tp + lh;
            Vector128<float> nl = ((V128.MaxF(tp, lh) - nh) + V128.MinF(tp, lh)) + (ll + V128.SelectF(V128.GtF(th, V128.CF(0f)), tl, V128.CF(0f)));
            // N/β: q0 = nh·RN(1/β), one residual step with the exact β.
            Vector128<float> ib = V128.CF(1f / beta);
            Vector128<float> q0 = nh * ib;
            Vector128<float> y = V128.FmaF(ib, V128.FnmaF(q0, V128.CF(beta), nh) + nl, q0);
            y = V128.SelectF(V128.GtF(th, V128.CF(18f)), x, y);
            if (V128.AnyLtCF(th, -87f))
                y = V128.SelectF(V128.LtCF(th, -87f), SoftplusTailF32(th, tl, beta), y);
            return y;
        }

        /// <summary>
        /// e^(th + tl)/β for the lanes with th &lt; −87 (there log1p(e^t) = e^t to 2^-126): β = 2^eβ·fβ (fβ in [1, 2), a
        /// normal β), (1 + s)/fβ by an FMA-corrected product with RN(1/fβ), scaled once by 2^(−m − eβ) (clamped at −200).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector128<float> SoftplusTailF32(Vector128<float> th, Vector128<float> tl, float beta)
        {
            var (k, sHi, sLo) = ExpNegCoreLoF(V128.MinCF(-th, 300f), -tl); // e^t = 2^−m·(1 + s), m in [125, 433]
            float fb = Sc.MantissaF(beta), ifb = 1f / fb;
            Vector128<float> w = V128.CF(1f) + sHi;
            Vector128<float> wLo = ((V128.CF(1f) - w) + sHi) + sLo;
            Vector128<float> q0 = w * V128.CF(ifb);
            Vector128<float> q = V128.FmaF(V128.CF(ifb), V128.FnmaF(q0, V128.CF(fb), w) + wLo, q0);
            Vector128<float> n = V128.MaxCF(V128.CF(-Sc.ExponentF(beta) + MathConstF.Shift) - k, -200f);
            return V128.ScaleF(q, n);
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
        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|, float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (a normal float).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Softplus(Vector128<float> x, float beta) => SoftplusF32(x, beta);

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

        /// <summary>softplus(x, β) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> SoftplusF32(Vector256<float> x, float beta) => beta == 1f ? SoftplusF32(x) : SoftplusBetaF32(x, beta);

        /// <summary>softplus(x, 1) in float only: SoftplusBetaF32 without β (a smaller body for the JIT's inliner).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> SoftplusF32(Vector256<float> x)
        {
            Vector256<float> ah = V256.AbsF(x);
            var (k, sHi, sLo) = ExpNegCoreF(V256.MinCF(ah, 87f));
            var (lh, ll) = Log1PExpF32(k, sHi, sLo);
            Vector256<float> tp = V256.MaxCF(x, 0f);
            Vector256<float> nh = tp + lh;
            Vector256<float> y = nh + (((V256.MaxF(tp, lh) - nh) + V256.MinF(tp, lh)) + ll);
            y = V256.SelectF(V256.GtF(x, V256.CF(18f)), x, y);
            if (V256.AnyLtCF(x, -87f))
                y = V256.SelectF(V256.LtCF(x, -87f), SoftplusTailF32(x, V256.CF(0f), 1f), y);
            return y;
        }

        /// <summary>
        /// log1p(e) = LH + LL (a float-float, relative error ≤ 0.3·2^-24) for e = 2^−m·(1 + sHi + sLo) in (2^-126, 1] given as
        /// the output of the exp reductions (K = m + 0x1.8p23), see the header.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (Vector256<float> LH, Vector256<float> LL) Log1PExpF32(Vector256<float> k, Vector256<float> sHi, Vector256<float> sLo)
        {
            var (eh, el) = ScaledFF(V256.Pow2NegF(k), sHi, sLo); // e = eh + el
            // Reduction: f + fl = e (e < √2 − 1), or (e − 1)/2 with k = 1 (e − 1 = d + dErr by a Fast2Sum, |−1| ≥ e).
            Vector256<float> big = V256.GeCF(eh, LogConstF.Sqrt2M1);
            Vector256<float> d = eh - V256.CF(1f);
            Vector256<float> dErr = eh - (d + V256.CF(1f));
            Vector256<float> f = V256.SelectF(big, d * V256.CF(0.5f), eh);
            Vector256<float> fl = V256.SelectF(big, (dErr + el) * V256.CF(0.5f), el);
            // s = f/(2 + f), one division (shorter than an estimate and a Newton step on this latency-bound chain).
            Vector256<float> s = f / (f + V256.CF(2f));
            Vector256<float> z = s * s;
            Vector256<float> w = z * z;
            Vector256<float> r = V256.FmaF(z, V256.FmaF(w, V256.CF(LogConstF.Lg3), V256.CF(LogConstF.Lg1)), w * V256.FmaF(w, V256.CF(LogConstF.Lg4), V256.CF(LogConstF.Lg2)));
            Vector256<float> hf = f * V256.CF(0.5f);
            Vector256<float> hh = hf * f;
            Vector256<float> hl = V256.FmsF(hf, f, hh); // f²/2 = hh + hl exactly
            // log1p(f + fl) = k·ln2 + f − hh − hl + s·(hh + R) + fl·(1 − 2s)
            Vector256<float> lo = V256.FmaF(s, hh + r, V256.FmaF(s * V256.CF(-2f), fl, fl) - hl) + V256.SelectF(big, V256.CF(MathConstF.Ln2Lo), V256.CF(0f));
            Vector256<float> a1 = f - hh;
            Vector256<float> e1 = (f - a1) - hh;
            Vector256<float> kh = V256.SelectF(big, V256.CF(MathConstF.Ln2Hi), V256.CF(0f));
            Vector256<float> lh = kh + a1;
            return (lh, ((kh - lh) + a1) + (e1 + lo));
        }

        /// <summary>softplus(x, β), β ≠ 1, in float only (see the header).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> SoftplusBetaF32(Vector256<float> x, float beta)
        {
            Vector256<float> th = x * V256.CF(beta);
            Vector256<float> tl = LowPartF(V256.FmsF(x, V256.CF(beta), th));
            var (k, sHi, sLo) = ExpNegCoreLoF(V256.MinCF(V256.AbsF(th), 87f), V256.XorSignF(tl, th)); // e^−|t|, clamped: e normal
            var (lh, ll) = Log1PExpF32(k, sHi, sLo);
            // N = max(t, 0) + l: both non-negative, so a Fast2Sum of the larger and the smaller.
            Vector256<float> tp = V256.MaxCF(th, 0f);
            Vector256<float> nh = tp + lh;
            Vector256<float> nl = ((V256.MaxF(tp, lh) - nh) + V256.MinF(tp, lh)) + (ll + V256.SelectF(V256.GtF(th, V256.CF(0f)), tl, V256.CF(0f)));
            // N/β: q0 = nh·RN(1/β), one residual step with the exact β.
            Vector256<float> ib = V256.CF(1f / beta);
            Vector256<float> q0 = nh * ib;
            Vector256<float> y = V256.FmaF(ib, V256.FnmaF(q0, V256.CF(beta), nh) + nl, q0);
            y = V256.SelectF(V256.GtF(th, V256.CF(18f)), x, y);
            if (V256.AnyLtCF(th, -87f))
                y = V256.SelectF(V256.LtCF(th, -87f), SoftplusTailF32(th, tl, beta), y);
            return y;
        }

        /// <summary>
        /// e^(th + tl)/β for the lanes with th &lt; −87 (there log1p(e^t) = e^t to 2^-126): β = 2^eβ·fβ (fβ in [1, 2), a
        /// normal β), (1 + s)/fβ by an FMA-corrected product with RN(1/fβ), scaled once by 2^(−m − eβ) (clamped at −200).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector256<float> SoftplusTailF32(Vector256<float> th, Vector256<float> tl, float beta)
        {
            var (k, sHi, sLo) = ExpNegCoreLoF(V256.MinCF(-th, 300f), -tl); // e^t = 2^−m·(1 + s), m in [125, 433]
            float fb = Sc.MantissaF(beta), ifb = 1f / fb;
            Vector256<float> w = V256.CF(1f) + sHi;
            Vector256<float> wLo = ((V256.CF(1f) - w) + sHi) + sLo;
            Vector256<float> q0 = w * V256.CF(ifb);
            Vector256<float> q = V256.FmaF(V256.CF(ifb), V256.FnmaF(q0, V256.CF(fb), w) + wLo, q0);
            Vector256<float> n = V256.MaxCF(V256.CF(-Sc.ExponentF(beta) + MathConstF.Shift) - k, -200f);
            return V256.ScaleF(q, n);
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
        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|, float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (a normal float).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Softplus(Vector256<float> x, float beta) => SoftplusF32(x, beta);

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

        /// <summary>softplus(x, β) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> SoftplusF32(Vector512<float> x, float beta) => beta == 1f ? SoftplusF32(x) : SoftplusBetaF32(x, beta);

        /// <summary>softplus(x, 1) in float only: SoftplusBetaF32 without β (a smaller body for the JIT's inliner).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> SoftplusF32(Vector512<float> x)
        {
            Vector512<float> ah = V512.AbsF(x);
            var (k, sHi, sLo) = ExpNegCoreF(V512.MinCF(ah, 87f));
            var (lh, ll) = Log1PExpF32(k, sHi, sLo);
            Vector512<float> tp = V512.MaxCF(x, 0f);
            Vector512<float> nh = tp + lh;
            Vector512<float> y = nh + (((V512.MaxF(tp, lh) - nh) + V512.MinF(tp, lh)) + ll);
            y = V512.SelectF(V512.GtF(x, V512.CF(18f)), x, y);
            if (V512.AnyLtCF(x, -87f))
                y = V512.SelectF(V512.LtCF(x, -87f), SoftplusTailF32(x, V512.CF(0f), 1f), y);
            return y;
        }

        /// <summary>
        /// log1p(e) = LH + LL (a float-float, relative error ≤ 0.3·2^-24) for e = 2^−m·(1 + sHi + sLo) in (2^-126, 1] given as
        /// the output of the exp reductions (K = m + 0x1.8p23), see the header.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (Vector512<float> LH, Vector512<float> LL) Log1PExpF32(Vector512<float> k, Vector512<float> sHi, Vector512<float> sLo)
        {
            var (eh, el) = ScaledFF(V512.Pow2NegF(k), sHi, sLo); // e = eh + el
            // Reduction: f + fl = e (e < √2 − 1), or (e − 1)/2 with k = 1 (e − 1 = d + dErr by a Fast2Sum, |−1| ≥ e).
            Vector512<float> big = V512.GeCF(eh, LogConstF.Sqrt2M1);
            Vector512<float> d = eh - V512.CF(1f);
            Vector512<float> dErr = eh - (d + V512.CF(1f));
            Vector512<float> f = V512.SelectF(big, d * V512.CF(0.5f), eh);
            Vector512<float> fl = V512.SelectF(big, (dErr + el) * V512.CF(0.5f), el);
            // s = f/(2 + f), one division (shorter than an estimate and a Newton step on this latency-bound chain).
            Vector512<float> s = f / (f + V512.CF(2f));
            Vector512<float> z = s * s;
            Vector512<float> w = z * z;
            Vector512<float> r = V512.FmaF(z, V512.FmaF(w, V512.CF(LogConstF.Lg3), V512.CF(LogConstF.Lg1)), w * V512.FmaF(w, V512.CF(LogConstF.Lg4), V512.CF(LogConstF.Lg2)));
            Vector512<float> hf = f * V512.CF(0.5f);
            Vector512<float> hh = hf * f;
            Vector512<float> hl = V512.FmsF(hf, f, hh); // f²/2 = hh + hl exactly
            // log1p(f + fl) = k·ln2 + f − hh − hl + s·(hh + R) + fl·(1 − 2s)
            Vector512<float> lo = V512.FmaF(s, hh + r, V512.FmaF(s * V512.CF(-2f), fl, fl) - hl) + V512.SelectF(big, V512.CF(MathConstF.Ln2Lo), V512.CF(0f));
            Vector512<float> a1 = f - hh;
            Vector512<float> e1 = (f - a1) - hh;
            Vector512<float> kh = V512.SelectF(big, V512.CF(MathConstF.Ln2Hi), V512.CF(0f));
            Vector512<float> lh = kh + a1;
            return (lh, ((kh - lh) + a1) + (e1 + lo));
        }

        /// <summary>softplus(x, β), β ≠ 1, in float only (see the header).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<float> SoftplusBetaF32(Vector512<float> x, float beta)
        {
            Vector512<float> th = x * V512.CF(beta);
            Vector512<float> tl = LowPartF(V512.FmsF(x, V512.CF(beta), th));
            var (k, sHi, sLo) = ExpNegCoreLoF(V512.MinCF(V512.AbsF(th), 87f), V512.XorSignF(tl, th)); // e^−|t|, clamped: e normal
            var (lh, ll) = Log1PExpF32(k, sHi, sLo);
            // N = max(t, 0) + l: both non-negative, so a Fast2Sum of the larger and the smaller.
            Vector512<float> tp = V512.MaxCF(th, 0f);
            Vector512<float> nh = tp + lh;
            Vector512<float> nl = ((V512.MaxF(tp, lh) - nh) + V512.MinF(tp, lh)) + (ll + V512.SelectF(V512.GtF(th, V512.CF(0f)), tl, V512.CF(0f)));
            // N/β: q0 = nh·RN(1/β), one residual step with the exact β.
            Vector512<float> ib = V512.CF(1f / beta);
            Vector512<float> q0 = nh * ib;
            Vector512<float> y = V512.FmaF(ib, V512.FnmaF(q0, V512.CF(beta), nh) + nl, q0);
            y = V512.SelectF(V512.GtF(th, V512.CF(18f)), x, y);
            if (V512.AnyLtCF(th, -87f))
                y = V512.SelectF(V512.LtCF(th, -87f), SoftplusTailF32(th, tl, beta), y);
            return y;
        }

        /// <summary>
        /// e^(th + tl)/β for the lanes with th &lt; −87 (there log1p(e^t) = e^t to 2^-126): β = 2^eβ·fβ (fβ in [1, 2), a
        /// normal β), (1 + s)/fβ by an FMA-corrected product with RN(1/fβ), scaled once by 2^(−m − eβ) (clamped at −200).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector512<float> SoftplusTailF32(Vector512<float> th, Vector512<float> tl, float beta)
        {
            var (k, sHi, sLo) = ExpNegCoreLoF(V512.MinCF(-th, 300f), -tl); // e^t = 2^−m·(1 + s), m in [125, 433]
            float fb = Sc.MantissaF(beta), ifb = 1f / fb;
            Vector512<float> w = V512.CF(1f) + sHi;
            Vector512<float> wLo = ((V512.CF(1f) - w) + sHi) + sLo;
            Vector512<float> q0 = w * V512.CF(ifb);
            Vector512<float> q = V512.FmaF(V512.CF(ifb), V512.FnmaF(q0, V512.CF(fb), w) + wLo, q0);
            Vector512<float> n = V512.MaxCF(V512.CF(-Sc.ExponentF(beta) + MathConstF.Shift) - k, -200f);
            return V512.ScaleF(q, n);
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
        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|, float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (a normal float).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Softplus(Vector512<float> x, float beta) => SoftplusF32(x, beta);

        /// <summary>softplus(x) = log(1 + e^(β·x))/β, stable for large |β·x|.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Softplus(Vector512<double> x, double beta) => SoftplusD(x, beta);
    }
}

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

        // Float path (see the comment below). a0 = 0.75179152469356445746 (mpmath findroot of m(a) = a), the zero of
        // gelu′(−a), as A0Hi + A0Lo with A0Hi = 3079/4096 (12 bits, so that A0Hi − a is exact for a in [0.5, 2^12]);
        // CHi = RN(1/√(2π)).
        internal const float A0Hi = 0.751708984375f, A0Lo = 8.25403185e-05f, CHi = 0.398942292f;
        // W(a) = V(a) − CHi = P(a)/Q(a), P of degree 3, Q of degree 4 (q0 = 1); the fit is described below.
        internal const float WP0 = 0.266135693f, WP1 = 0.205004737f, WP2 = 0.0669464543f, WP3 = 0.00897771958f;
        internal const float WQ1 = 1.43407071f, WQ2 = 0.836883962f, WQ3 = 0.240449786f, WQ4 = 0.0299355388f;
    }

    // gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π); gelu′(x) + gelu′(−x) = 1. It has one zero, at
    // x = −a0 ≈ −0.7518, where the absolute error stays a few ULP of the largest term (Φ or |x|φ, equal there).
    //
    // Float (float-only: 4/8/16 lanes per instruction, no widening). With a = min(|x|, 15) and the Mills ratio
    // m(a) = Φ(−a)/φ(a) (m(0) = √(π/2), m ~ 1/a, m(a0) = a0):
    //   G(a) := gelu′(−a) = φ(a)·(m(a) − a) = e^(−a²/2)·(a0 − a)·V(a),   V(a) = (m(a) − a)/((a0 − a)·√(2π)),
    //   gelu′(x) = G(|x|) for x ≤ 0 and 1 − G(x) for x > 0.
    // V is smooth and positive on [0, ∞) (V(0) = 0.665, V(a0) finite, V → 1/√(2π) as a → ∞): the zero is factored out
    // as a0 − a = uh + ul without rounding error (see the body), so the result keeps its relative accuracy on both sides
    // of the zero instead of cancelling m − a. V = CHi + W with W = P/Q (degrees 3/4, W ≤ 0.27 and → 0.3/a): the rounding
    // errors of the rational, which grow with a in Horner's scheme, are weighed by W/V ≤ 0.4. The fit: W = V − CHi
    // from mpmath (erfc at 50 digits) on 500 Chebyshev nodes of [0, 15], linearized rational minimax by Lawson-weighted
    // least squares, error measured relative to V; the coefficients rounded to float one at a time (P's constant first,
    // then the highest degrees) with the free ones refitted: |P/Q − W| ≤ 2^-25.3·V. W = P/Q by one division (correctly rounded;
    // on Zen 5 the divider runs beside the FMA pipes, and it is 3 FMA-pipe ops fewer than vrcp14ps + a residual step). X = (uh + ul)·(CHi + W) = c(m − a), rounded once.
    // e^(−a²/2): a² = h + l exactly (h = a·a, l = fma(a, a, −h)), e^(−h/2 − l/2) = 2^n·(1 + s) by ExpCoreF (Cody–Waite,
    // 2^-27; |l/2| ≤ 2^-18 exceeds its 2^-20 precondition only where |r| is tiny, where its Fast2Sum loses < 2^-40).
    // G = 2^n·fma(X, s, X) with one rounding; subnormal results rounded once by ScaleF (vscalefps with AVX-512, else
    // 2^n = 2^n1·2^(n−n1), n1 = max(n, −100), the first factor exact, the second a multiply that rounds once).
    // a is clamped to 15 (G(15) ≈ −2^-161 rounds to −0; +∞ gives 1, −∞ gives −0); NaN propagates through a.
    // Error, every 13th bit pattern of all 2^32 floats against Reference.GeluDerivative (the formula in double, rounded once),
    // every path, with and without AVX-512: max 2 ULP (0.03% of inputs at 2), and 1.0 ULP of the largest term where
    // |gelu′| < ½·max(Φ, |x|φ). Budget: W's fit and rounding ≤ 0.4 ULP (weighed by W/V), the exp 2^-27, the roundings of
    // m and of fma(m, s, m) 0.5 each. tests/RuntimeTests/Derivatives enforces 2 and 1.5 on a sampled set.
    // The scalar path runs the same float algorithm; every path gives the same bits (vscalefps and the two-multiply
    // ScaleF round a subnormal result alike).
    //
    // Double: as gelu itself (−x/√2 as a double-double, x²/2 exact into the exps), Φ by the erfc kernel (fdlibm's
    // rational approximations, ErfcCore; erfc, not 1 + erf), x/√(2π) with the rounding error of the product folded into
    // the exponent, x clamped to ±39 (beyond, the result is 1 or below the smallest subnormal).
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>gelu′(x) for float, float-only (see the comment at the top of the file).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float GeluDerivativeFF(float x)
        {
            float a = Sc.MinCF(Sc.AbsF(x), 15f);
            // −a²/2 = zh + zl exactly: zh = −½·RN(a²) (the halving is exact), its error by one FMA.
            float h = a * a;
            float zh = h * Sc.CF(-0.5f);
            var (k, sHi, _) = ExpCoreF(zh, Sc.FmaF(a, a * Sc.CF(-0.5f), -zh), h);
            // P = p0 + a·(p1 + p2·a + p3·a²), Q = 1 + a·((q1 + q2·a) + a²·(q3 + q4·a)), with a² = −2·zh (zh = −a²/2, the
            // coefficients scaled by −2 exactly): both three FMAs deep (Horner: three and four), so the division starts
            // sooner. Each still ends in an FMA onto its constant term, as Horner's does: splitting that off as a rounded
            // p0 + p1·a measured 3 ULP near x = 0 instead of 2.
            float p = Sc.FmaF(a, Sc.FmaF(zh, Sc.CF(-2f * GeluDerivConst.WP3), Sc.FmaF(a, Sc.CF(GeluDerivConst.WP2), Sc.CF(GeluDerivConst.WP1))), Sc.CF(GeluDerivConst.WP0));
            float q34 = Sc.FmaF(a, Sc.CF(-2f * GeluDerivConst.WQ4), Sc.CF(-2f * GeluDerivConst.WQ3));
            float q = Sc.FmaF(a, Sc.FmaF(zh, q34, Sc.FmaF(a, Sc.CF(GeluDerivConst.WQ2), Sc.CF(GeluDerivConst.WQ1))), Sc.CF(1f));
            float w = p / q;
            // a0 − a = uh + ul exactly (to 2^-36·a0): uh = A0Hi − a is exact for a ≥ 1/2 (12-bit A0Hi), where the Fast2Sum
            // error (A0Hi − uh) − a is 0, and below 1/2 that error is exact (A0Hi's exponent ≥ a's).
            float uh = Sc.CF(GeluDerivConst.A0Hi) - a;
            float ul = ((Sc.CF(GeluDerivConst.A0Hi) - uh) - a) + Sc.CF(GeluDerivConst.A0Lo);
            // m = (uh + ul)·(CHi + w) = c·(m(a) − a): one rounding of the leading uh·CHi.
            float m = Sc.FmaF(uh, Sc.CF(GeluDerivConst.CHi), Sc.FmaF(uh, w, ul * (Sc.CF(GeluDerivConst.CHi) + w)));
            float n = k - Sc.CF(MathConstF.Shift);
            // One rounding, also for a subnormal result (ScaleF: vscalefps, or two multiplies of which only the second
            // rounds). |m| < 2^-26 only next to a0, where n = 0.
            float g = Sc.ScaleF(Sc.FmaF(m, sHi, m), n);
            return Sc.SelectF(Sc.GtF(x, Sc.CF(0f)), Sc.CF(1f) - g, g);
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

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail; float-only (no widening to double).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float GeluDerivative(float x) => GeluDerivativeFF(x);

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double GeluDerivative(double x) => GeluDerivativeD(x);

        // ---------------- Vector128 ----------------
        /// <summary>gelu′(x) for float, float-only (see the comment at the top of the file).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> GeluDerivativeFF(Vector128<float> x)
        {
            Vector128<float> a = V128.MinCF(V128.AbsF(x), 15f);
            // −a²/2 = zh + zl exactly: zh = −½·RN(a²) (the halving is exact), its error by one FMA.
            Vector128<float> h = a * a;
            Vector128<float> zh = h * V128.CF(-0.5f);
            var (k, sHi, _) = ExpCoreF(zh, V128.FmaF(a, a * V128.CF(-0.5f), -zh), h);
            // P = p0 + a·(p1 + p2·a + p3·a²), Q = 1 + a·((q1 + q2·a) + a²·(q3 + q4·a)), with a² = −2·zh (zh = −a²/2, the
            // coefficients scaled by −2 exactly): both three FMAs deep (Horner: three and four), so the division starts
            // sooner. Each still ends in an FMA onto its constant term, as Horner's does: splitting that off as a rounded
            // p0 + p1·a measured 3 ULP near x = 0 instead of 2.
            Vector128<float> p = V128.FmaF(a, V128.FmaF(zh, V128.CF(-2f * GeluDerivConst.WP3), V128.FmaF(a, V128.CF(GeluDerivConst.WP2), V128.CF(GeluDerivConst.WP1))), V128.CF(GeluDerivConst.WP0));
            Vector128<float> q34 = V128.FmaF(a, V128.CF(-2f * GeluDerivConst.WQ4), V128.CF(-2f * GeluDerivConst.WQ3));
            Vector128<float> q = V128.FmaF(a, V128.FmaF(zh, q34, V128.FmaF(a, V128.CF(GeluDerivConst.WQ2), V128.CF(GeluDerivConst.WQ1))), V128.CF(1f));
            Vector128<float> w = p / q;
            // a0 − a = uh + ul exactly (to 2^-36·a0): uh = A0Hi − a is exact for a ≥ 1/2 (12-bit A0Hi), where the Fast2Sum
            // error (A0Hi − uh) − a is 0, and below 1/2 that error is exact (A0Hi's exponent ≥ a's).
            Vector128<float> uh = V128.CF(GeluDerivConst.A0Hi) - a;
            Vector128<float> ul = ((V128.CF(GeluDerivConst.A0Hi) - uh) - a) + V128.CF(GeluDerivConst.A0Lo);
            // m = (uh + ul)·(CHi + w) = c·(m(a) − a): one rounding of the leading uh·CHi.
            Vector128<float> m = V128.FmaF(uh, V128.CF(GeluDerivConst.CHi), V128.FmaF(uh, w, ul * (V128.CF(GeluDerivConst.CHi) + w)));
            Vector128<float> n = k - V128.CF(MathConstF.Shift);
            // One rounding, also for a subnormal result (ScaleF: vscalefps, or two multiplies of which only the second
            // rounds). |m| < 2^-26 only next to a0, where n = 0.
            Vector128<float> g = V128.ScaleF(V128.FmaF(m, sHi, m), n);
            return V128.SelectF(V128.GtF(x, V128.CF(0f)), V128.CF(1f) - g, g);
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

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail; float-only (no widening to double).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> GeluDerivative(Vector128<float> x) => GeluDerivativeFF(x);

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> GeluDerivative(Vector128<double> x) => GeluDerivativeD(x);

        // ---------------- Vector256 ----------------
        /// <summary>gelu′(x) for float, float-only (see the comment at the top of the file).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> GeluDerivativeFF(Vector256<float> x)
        {
            Vector256<float> a = V256.MinCF(V256.AbsF(x), 15f);
            // −a²/2 = zh + zl exactly: zh = −½·RN(a²) (the halving is exact), its error by one FMA.
            Vector256<float> h = a * a;
            Vector256<float> zh = h * V256.CF(-0.5f);
            var (k, sHi, _) = ExpCoreF(zh, V256.FmaF(a, a * V256.CF(-0.5f), -zh), h);
            // P = p0 + a·(p1 + p2·a + p3·a²), Q = 1 + a·((q1 + q2·a) + a²·(q3 + q4·a)), with a² = −2·zh (zh = −a²/2, the
            // coefficients scaled by −2 exactly): both three FMAs deep (Horner: three and four), so the division starts
            // sooner. Each still ends in an FMA onto its constant term, as Horner's does: splitting that off as a rounded
            // p0 + p1·a measured 3 ULP near x = 0 instead of 2.
            Vector256<float> p = V256.FmaF(a, V256.FmaF(zh, V256.CF(-2f * GeluDerivConst.WP3), V256.FmaF(a, V256.CF(GeluDerivConst.WP2), V256.CF(GeluDerivConst.WP1))), V256.CF(GeluDerivConst.WP0));
            Vector256<float> q34 = V256.FmaF(a, V256.CF(-2f * GeluDerivConst.WQ4), V256.CF(-2f * GeluDerivConst.WQ3));
            Vector256<float> q = V256.FmaF(a, V256.FmaF(zh, q34, V256.FmaF(a, V256.CF(GeluDerivConst.WQ2), V256.CF(GeluDerivConst.WQ1))), V256.CF(1f));
            Vector256<float> w = p / q;
            // a0 − a = uh + ul exactly (to 2^-36·a0): uh = A0Hi − a is exact for a ≥ 1/2 (12-bit A0Hi), where the Fast2Sum
            // error (A0Hi − uh) − a is 0, and below 1/2 that error is exact (A0Hi's exponent ≥ a's).
            Vector256<float> uh = V256.CF(GeluDerivConst.A0Hi) - a;
            Vector256<float> ul = ((V256.CF(GeluDerivConst.A0Hi) - uh) - a) + V256.CF(GeluDerivConst.A0Lo);
            // m = (uh + ul)·(CHi + w) = c·(m(a) − a): one rounding of the leading uh·CHi.
            Vector256<float> m = V256.FmaF(uh, V256.CF(GeluDerivConst.CHi), V256.FmaF(uh, w, ul * (V256.CF(GeluDerivConst.CHi) + w)));
            Vector256<float> n = k - V256.CF(MathConstF.Shift);
            // One rounding, also for a subnormal result (ScaleF: vscalefps, or two multiplies of which only the second
            // rounds). |m| < 2^-26 only next to a0, where n = 0.
            Vector256<float> g = V256.ScaleF(V256.FmaF(m, sHi, m), n);
            return V256.SelectF(V256.GtF(x, V256.CF(0f)), V256.CF(1f) - g, g);
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

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail; float-only (no widening to double).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> GeluDerivative(Vector256<float> x) => GeluDerivativeFF(x);

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> GeluDerivative(Vector256<double> x) => GeluDerivativeD(x);

        // ---------------- Vector512 ----------------
        /// <summary>gelu′(x) for float, float-only (see the comment at the top of the file).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> GeluDerivativeFF(Vector512<float> x)
        {
            Vector512<float> a = V512.MinCF(V512.AbsF(x), 15f);
            // −a²/2 = zh + zl exactly: zh = −½·RN(a²) (the halving is exact), its error by one FMA.
            Vector512<float> h = a * a;
            Vector512<float> zh = h * V512.CF(-0.5f);
            var (k, sHi, _) = ExpCoreF(zh, V512.FmaF(a, a * V512.CF(-0.5f), -zh), h);
            // P = p0 + a·(p1 + p2·a + p3·a²), Q = 1 + a·((q1 + q2·a) + a²·(q3 + q4·a)), with a² = −2·zh (zh = −a²/2, the
            // coefficients scaled by −2 exactly): both three FMAs deep (Horner: three and four), so the division starts
            // sooner. Each still ends in an FMA onto its constant term, as Horner's does: splitting that off as a rounded
            // p0 + p1·a measured 3 ULP near x = 0 instead of 2.
            Vector512<float> p = V512.FmaF(a, V512.FmaF(zh, V512.CF(-2f * GeluDerivConst.WP3), V512.FmaF(a, V512.CF(GeluDerivConst.WP2), V512.CF(GeluDerivConst.WP1))), V512.CF(GeluDerivConst.WP0));
            Vector512<float> q34 = V512.FmaF(a, V512.CF(-2f * GeluDerivConst.WQ4), V512.CF(-2f * GeluDerivConst.WQ3));
            Vector512<float> q = V512.FmaF(a, V512.FmaF(zh, q34, V512.FmaF(a, V512.CF(GeluDerivConst.WQ2), V512.CF(GeluDerivConst.WQ1))), V512.CF(1f));
            Vector512<float> w = p / q;
            // a0 − a = uh + ul exactly (to 2^-36·a0): uh = A0Hi − a is exact for a ≥ 1/2 (12-bit A0Hi), where the Fast2Sum
            // error (A0Hi − uh) − a is 0, and below 1/2 that error is exact (A0Hi's exponent ≥ a's).
            Vector512<float> uh = V512.CF(GeluDerivConst.A0Hi) - a;
            Vector512<float> ul = ((V512.CF(GeluDerivConst.A0Hi) - uh) - a) + V512.CF(GeluDerivConst.A0Lo);
            // m = (uh + ul)·(CHi + w) = c·(m(a) − a): one rounding of the leading uh·CHi.
            Vector512<float> m = V512.FmaF(uh, V512.CF(GeluDerivConst.CHi), V512.FmaF(uh, w, ul * (V512.CF(GeluDerivConst.CHi) + w)));
            Vector512<float> n = k - V512.CF(MathConstF.Shift);
            // One rounding, also for a subnormal result (ScaleF: vscalefps, or two multiplies of which only the second
            // rounds). |m| < 2^-26 only next to a0, where n = 0.
            Vector512<float> g = V512.ScaleF(V512.FmaF(m, sHi, m), n);
            return V512.SelectF(V512.GtF(x, V512.CF(0f)), V512.CF(1f) - g, g);
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

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail; float-only (no widening to double).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> GeluDerivative(Vector512<float> x) => GeluDerivativeFF(x);

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> GeluDerivative(Vector512<double> x) => GeluDerivativeD(x);

    }
}

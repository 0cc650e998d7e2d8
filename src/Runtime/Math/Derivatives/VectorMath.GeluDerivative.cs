// This file is produced by tools/MathGen from Derivatives/Templates/VectorMath.GeluDerivative.cs.in; edit the template, not this file.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

        // Float path with a table (see the comment below): G(a) = gelu′(−a) on a in [j/4, (j+1)/4), j = 0..15, is
        // c0[j] + s·(c1[j] + s·(… + s·c6[j])) with s = 4a − j − ½ in [−½, ½]. Coefficient k of interval j at 16k + j.
        // The fit (mpmath, erfc at 40 digits): per interval, minimax of the error relative to |G| (to ½·max(Φ, aφ) near
        // the zero a0) by Lawson-weighted least squares on 80 Chebyshev nodes, then the coefficients rounded to float one at
        // a time (c0 first, then the highest degrees) with the free ones refitted: at most 0.77 ULP of G before the
        // arithmetic's own roundings (interval 12; 0.06–0.62 in the others).
        internal static ReadOnlySpan<float> Table =>
        [
            // c0, intervals 0..15
            0.40078208f, 0.21438457f, 0.060884923f, -0.04726117f, -0.10806671f, -0.12857614f, -0.12104341f, -0.0985779f, -0.071863785f, -0.04768379f, -0.029068528f, -0.016374458f, -0.0085555315f, -0.0041571977f, -0.0018821172f, -0.00079504773f,
            // c1, intervals 0..15
            -0.19637261f, -0.17285451f, -0.13203351f, -0.083954476f, -0.038899228f, -0.0042386167f, 0.01706277f, 0.026063548f, 0.026238589f, 0.021636145f, 0.015557299f, 0.010022055f, 0.005867431f, 0.0031484861f, 0.0015570737f, 0.000712383f,
            // c2, intervals 0..15
            0.00615993f, 0.016818034f, 0.023133963f, 0.024060547f, 0.020367678f, 0.0140500115f, 0.0073544257f, 0.0019520194f, -0.0014286626f, -0.0028945326f, -0.0030172127f, -0.0024520557f, -0.0017016543f, -0.0010453799f, -0.0005788894f, -0.00029203892f,
            // c3, intervals 0..15
            0.004011052f, 0.0029393858f, 0.0012119904f, -0.0005477792f, -0.0017973805f, -0.0022847718f, -0.0020840077f, -0.0014777966f, -0.0007842889f, -0.00022705812f, 0.000107577034f, 0.0002409481f, 0.00024403974f, 0.00018863783f, 0.00012330248f, 7.090206e-05f,
            // c4, intervals 0..15
            -0.00013515721f, -0.00037512076f, -0.00046312137f, -0.00039399439f, -0.00021928853f, -2.838005e-05f, 0.000114710274f, 0.00017685849f, 0.0001638808f, 0.00011180444f, 5.642253e-05f, 1.4199543e-05f, -9.382192e-06f, -1.6491884e-05f, -1.5187891e-05f, -1.0802155e-05f,
            // c5, intervals 0..15
            -5.612281e-05f, -3.3657398e-05f, -1.2885621e-06f, 2.6696145e-05f, 3.9380415e-05f, 3.5210654e-05f, 2.0377e-05f, 4.0107275e-06f, -7.3270153e-06f, -1.1557253e-05f, -1.027818e-05f, -6.4847936e-06f, -2.7943438e-06f, -3.943911e-07f, 7.1361114e-07f, 9.336281e-07f,
            // c6, intervals 0..15
            -1.9294535e-05f, 8.220488e-06f, 6.9938883e-06f, 4.028906e-06f, -2.2118231e-06f, 1.8886271e-06f, -2.62295e-06f, -8.701678e-06f, -4.196133e-06f, 1.3827232e-06f, -3.4422968e-07f, -4.4548503e-07f, 1.1181418e-06f, 1.6347313e-07f, 2.2130985e-08f, -3.279739e-08f
        ];
    }

    // gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π); gelu′(x) + gelu′(−x) = 1. It has one zero, at
    // x = −a0 ≈ −0.7518, where the absolute error stays a few ULP of the largest term (Φ or |x|φ, equal there).
    //
    // Float (float-only: 4/8/16 lanes per instruction, no widening), through G(a) := gelu′(−a):
    //   gelu′(x) = G(|x|) for x ≤ 0 and 1 − G(x) for x > 0,
    // with G in one of two forms. Which one is a property of the machine (TableLookup.IsSupported, a JIT-time constant):
    // every path of one machine, the scalar path included, runs the same form and gives the same bits.
    //
    // Table form (AVX-512, where one permute picks a coefficient for 16 lanes): for a = |x| < 4, a polynomial of degree 6
    // on each interval [j/4, (j+1)/4) (GeluDerivConst.Table; the fit is described there) by Horner's scheme: 7 lookups
    // and 7 FMAs, where the rational form below takes about 45 instructions and a division — about half the time
    // (Zen 5, in cache: 0.16 against 0.31 ns per float). Lanes with |x| ≥ 4 (and NaN) take the rational form, which is
    // computed only for the vectors that hold such a lane (about 0.1% of the vectors of unit-normal data; a vector that
    // needs it costs both forms). Error: the fit ≤ 0.77 ULP, the roundings of Horner's scheme (weighed by |s·q/G| ≤ ½)
    // and of its last FMA, then of 1 − G for x > 0.
    //
    // Rational form (machines without AVX-512, and the lanes above). With a = min(|x|, 15) and the Mills ratio
    // m(a) = Φ(−a)/φ(a) (m(0) = √(π/2), m ~ 1/a, m(a0) = a0):
    //   G(a) = φ(a)·(m(a) − a) = e^(−a²/2)·(a0 − a)·V(a),   V(a) = (m(a) − a)/((a0 − a)·√(2π)).
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
    // Budget: W's fit and rounding ≤ 0.4 ULP (weighed by W/V), the exp 2^-27, the roundings of m and of fma(m, s, m)
    // 0.5 each. vscalefps and the two-multiply ScaleF round a subnormal result alike.
    //
    // Error of each form (docs/accuracy.md; against Reference.GeluDerivative, the formula in double rounded once, every
    // path): see the gradient table there. tests/RuntimeTests/Derivatives enforces 2 ULP, and 1.5 ULP of the largest term
    // where |gelu′| < ½·max(Φ, |x|φ), on a sampled set, for whichever form the machine runs (CI runs both).
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
            if (!TableLookup.IsSupported)
            {
                return GeluDerivativeRationalF(x);
            }

            float a = Sc.AbsF(x);
            // u = 4a − ½ (rounded only for a < 1/8, where |∂G/∂s| ≤ 0.2 makes that worth < 0.05 ULP), j = round(u) left in
            // the low bits of t by the 0x1.8p23 shift, s = u − j exactly.
            float u = Sc.FmaF(a, Sc.CF(4f), Sc.CF(-0.5f));
            float t = u + Sc.CF(MathConstF.Shift);
            float s = u - (t - Sc.CF(MathConstF.Shift));
            ref float c = ref MemoryMarshal.GetReference(GeluDerivConst.Table);
            float g = TableLookup.Lookup16(ref Unsafe.Add(ref c, 96), t);
            g = Sc.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 80), t));
            g = Sc.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 64), t));
            g = Sc.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 48), t));
            g = Sc.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 32), t));
            g = Sc.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), t));
            g = Sc.FmaF(g, s, TableLookup.Lookup16(ref c, t));
            float r = Sc.SelectF(Sc.GtF(x, Sc.CF(0f)), Sc.CF(1f) - g, g);
            // |x| ≥ 4, ±∞ and NaN lanes take the rational form; the branch keeps its cost off vectors that have none.
            // Inlined, not called: a call in a kernel's loop, even one never taken, makes the JIT keep the values that live
            // across it on the stack (25% slower in cache). Kernels of vector-math activations run one vector per iteration,
            // so the two copies of both forms a kernel holds stay within the JIT's inlining budget (a gated kernel, which
            // also needs gelu, calls GeluAndDerivative instead).
            if (!Sc.AllLtCF(a, 4f))
            {
                r = Sc.SelectF(Sc.GtF(Sc.CF(4f), a), r, GeluDerivativeRationalF(x));
            }

            return r;
        }

        /// <summary>gelu′(x) for float without a table: the Mills-ratio form (see the comment at the top of the file).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float GeluDerivativeRationalF(float x)
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
            if (!TableLookup.IsSupported)
            {
                return GeluDerivativeRationalF(x);
            }

            Vector128<float> a = V128.AbsF(x);
            // u = 4a − ½ (rounded only for a < 1/8, where |∂G/∂s| ≤ 0.2 makes that worth < 0.05 ULP), j = round(u) left in
            // the low bits of t by the 0x1.8p23 shift, s = u − j exactly.
            Vector128<float> u = V128.FmaF(a, V128.CF(4f), V128.CF(-0.5f));
            Vector128<float> t = u + V128.CF(MathConstF.Shift);
            Vector128<float> s = u - (t - V128.CF(MathConstF.Shift));
            ref float c = ref MemoryMarshal.GetReference(GeluDerivConst.Table);
            Vector128<float> g = TableLookup.Lookup16(ref Unsafe.Add(ref c, 96), t);
            g = V128.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 80), t));
            g = V128.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 64), t));
            g = V128.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 48), t));
            g = V128.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 32), t));
            g = V128.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), t));
            g = V128.FmaF(g, s, TableLookup.Lookup16(ref c, t));
            Vector128<float> r = V128.SelectF(V128.GtF(x, V128.CF(0f)), V128.CF(1f) - g, g);
            // |x| ≥ 4, ±∞ and NaN lanes take the rational form; the branch keeps its cost off vectors that have none.
            // Inlined, not called: a call in a kernel's loop, even one never taken, makes the JIT keep the values that live
            // across it on the stack (25% slower in cache). Kernels of vector-math activations run one vector per iteration,
            // so the two copies of both forms a kernel holds stay within the JIT's inlining budget (a gated kernel, which
            // also needs gelu, calls GeluAndDerivative instead).
            if (!V128.AllLtCF(a, 4f))
            {
                r = V128.SelectF(V128.GtF(V128.CF(4f), a), r, GeluDerivativeRationalF(x));
            }

            return r;
        }

        /// <summary>gelu′(x) for float without a table: the Mills-ratio form (see the comment at the top of the file).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> GeluDerivativeRationalF(Vector128<float> x)
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
            if (!TableLookup.IsSupported)
            {
                return GeluDerivativeRationalF(x);
            }

            Vector256<float> a = V256.AbsF(x);
            // u = 4a − ½ (rounded only for a < 1/8, where |∂G/∂s| ≤ 0.2 makes that worth < 0.05 ULP), j = round(u) left in
            // the low bits of t by the 0x1.8p23 shift, s = u − j exactly.
            Vector256<float> u = V256.FmaF(a, V256.CF(4f), V256.CF(-0.5f));
            Vector256<float> t = u + V256.CF(MathConstF.Shift);
            Vector256<float> s = u - (t - V256.CF(MathConstF.Shift));
            ref float c = ref MemoryMarshal.GetReference(GeluDerivConst.Table);
            Vector256<float> g = TableLookup.Lookup16(ref Unsafe.Add(ref c, 96), t);
            g = V256.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 80), t));
            g = V256.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 64), t));
            g = V256.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 48), t));
            g = V256.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 32), t));
            g = V256.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), t));
            g = V256.FmaF(g, s, TableLookup.Lookup16(ref c, t));
            Vector256<float> r = V256.SelectF(V256.GtF(x, V256.CF(0f)), V256.CF(1f) - g, g);
            // |x| ≥ 4, ±∞ and NaN lanes take the rational form; the branch keeps its cost off vectors that have none.
            // Inlined, not called: a call in a kernel's loop, even one never taken, makes the JIT keep the values that live
            // across it on the stack (25% slower in cache). Kernels of vector-math activations run one vector per iteration,
            // so the two copies of both forms a kernel holds stay within the JIT's inlining budget (a gated kernel, which
            // also needs gelu, calls GeluAndDerivative instead).
            if (!V256.AllLtCF(a, 4f))
            {
                r = V256.SelectF(V256.GtF(V256.CF(4f), a), r, GeluDerivativeRationalF(x));
            }

            return r;
        }

        /// <summary>gelu′(x) for float without a table: the Mills-ratio form (see the comment at the top of the file).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> GeluDerivativeRationalF(Vector256<float> x)
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
            if (!TableLookup.IsSupported)
            {
                return GeluDerivativeRationalF(x);
            }

            Vector512<float> a = V512.AbsF(x);
            // u = 4a − ½ (rounded only for a < 1/8, where |∂G/∂s| ≤ 0.2 makes that worth < 0.05 ULP), j = round(u) left in
            // the low bits of t by the 0x1.8p23 shift, s = u − j exactly.
            Vector512<float> u = V512.FmaF(a, V512.CF(4f), V512.CF(-0.5f));
            Vector512<float> t = u + V512.CF(MathConstF.Shift);
            Vector512<float> s = u - (t - V512.CF(MathConstF.Shift));
            ref float c = ref MemoryMarshal.GetReference(GeluDerivConst.Table);
            Vector512<float> g = TableLookup.Lookup16(ref Unsafe.Add(ref c, 96), t);
            g = V512.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 80), t));
            g = V512.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 64), t));
            g = V512.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 48), t));
            g = V512.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 32), t));
            g = V512.FmaF(g, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), t));
            g = V512.FmaF(g, s, TableLookup.Lookup16(ref c, t));
            Vector512<float> r = V512.SelectF(V512.GtF(x, V512.CF(0f)), V512.CF(1f) - g, g);
            // |x| ≥ 4, ±∞ and NaN lanes take the rational form; the branch keeps its cost off vectors that have none.
            // Inlined, not called: a call in a kernel's loop, even one never taken, makes the JIT keep the values that live
            // across it on the stack (25% slower in cache). Kernels of vector-math activations run one vector per iteration,
            // so the two copies of both forms a kernel holds stay within the JIT's inlining budget (a gated kernel, which
            // also needs gelu, calls GeluAndDerivative instead).
            if (!V512.AllLtCF(a, 4f))
            {
                r = V512.SelectF(V512.GtF(V512.CF(4f), a), r, GeluDerivativeRationalF(x));
            }

            return r;
        }

        /// <summary>gelu′(x) for float without a table: the Mills-ratio form (see the comment at the top of the file).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> GeluDerivativeRationalF(Vector512<float> x)
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

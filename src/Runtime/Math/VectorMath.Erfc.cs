// This file is produced by tools/MathGen from Templates/VectorMath.Erfc.cs.in; edit the template, not this file.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// Coefficients of fdlibm's s_erf.c (Sun Microsystems, 1993, freely distributable; as in FreeBSD msun and
    /// musl): rational approximations of erf on [0, 0.84375) (P/Q in x², error ≤ 2^-57.9), of erf(1+s) − erx
    /// on [0.84375, 1.25) (≤ 2^-59.06), and of log(x·erfc(x)) + x² + 0.5625 in 1/x² on [1.25, 1/0.35)
    /// (≤ 2^-62.57) and [1/0.35, 28) (≤ 2^-61.52). Shorter sets are padded with zeros so one select per
    /// coefficient picks the interval lane by lane.
    /// </summary>
    internal static class ErfConst
    {
        internal const double Erx = 8.45062911510467529297e-01;
        internal const double TwoOverSqrtPi = 1.1283791670955126;
        internal const double InvSqrt2Hi = 0.7071067811865476, InvSqrt2Lo = -4.833646656726457e-17;
        internal const double PP0 = 0.12837916709551256;
        internal const double PP1 = -0.3250421072470015;
        internal const double PP2 = -0.02848174957559851;
        internal const double PP3 = -0.005770270296489442;
        internal const double PP4 = -2.3763016656650163e-05;
        internal const double PP5 = 0.0;
        internal const double PP6 = 0.0;
        internal const double QQ0 = 0.39791722395915535;
        internal const double QQ1 = 0.0650222499887673;
        internal const double QQ2 = 0.005081306281875766;
        internal const double QQ3 = 0.00013249473800432164;
        internal const double QQ4 = -3.960228278775368e-06;
        internal const double QQ5 = 0.0;
        internal const double PA0 = -0.0023621185607526594;
        internal const double PA1 = 0.41485611868374833;
        internal const double PA2 = -0.3722078760357013;
        internal const double PA3 = 0.31834661990116175;
        internal const double PA4 = -0.11089469428239668;
        internal const double PA5 = 0.035478304325618236;
        internal const double PA6 = -0.002166375594868791;
        internal const double QA0 = 0.10642088040084423;
        internal const double QA1 = 0.540397917702171;
        internal const double QA2 = 0.07182865441419627;
        internal const double QA3 = 0.12617121980876164;
        internal const double QA4 = 0.01363708391202905;
        internal const double QA5 = 0.011984499846799107;
        internal const double RA0 = -0.009864944034847148;
        internal const double RA1 = -0.6938585727071818;
        internal const double RA2 = -10.558626225323291;
        internal const double RA3 = -62.375332450326006;
        internal const double RA4 = -162.39666946257347;
        internal const double RA5 = -184.60509290671104;
        internal const double RA6 = -81.2874355063066;
        internal const double RA7 = -9.814329344169145;
        internal const double SA0 = 19.651271667439257;
        internal const double SA1 = 137.65775414351904;
        internal const double SA2 = 434.56587747522923;
        internal const double SA3 = 645.3872717332679;
        internal const double SA4 = 429.00814002756783;
        internal const double SA5 = 108.63500554177944;
        internal const double SA6 = 6.570249770319282;
        internal const double SA7 = -0.0604244152148581;
        internal const double RB0 = -0.0098649429247001;
        internal const double RB1 = -0.799283237680523;
        internal const double RB2 = -17.757954917754752;
        internal const double RB3 = -160.63638485582192;
        internal const double RB4 = -637.5664433683896;
        internal const double RB5 = -1025.0951316110772;
        internal const double RB6 = -483.5191916086514;
        internal const double RB7 = 0.0;
        internal const double SB0 = 30.33806074348246;
        internal const double SB1 = 325.7925129965739;
        internal const double SB2 = 1536.729586084437;
        internal const double SB3 = 3199.8582195085955;
        internal const double SB4 = 2553.0504064331644;
        internal const double SB5 = 474.52854120695537;
        internal const double SB6 = -22.44095244658582;
        internal const double SB7 = 0.0;
    }

    /// <summary>
    /// Tables of float gelu's table form (<c>VectorMath.GeluFF</c>; fitted by tools/fit-gelu.py, erfc in Python's decimal at
    /// 120 digits). Main: P(a) = Φ(−a) ≈ c0 + c1·s + … + c6·s⁶ on a = |x| in [j/4, (j + 1)/4), j = 0..15,
    /// s = 4a − ½ − j in [−½, ½], entry j. Tail: M(a) = Φ(−a)·e^(a²/2) ≈ d0 + d1·s + … + d5·s⁵ on each eighth of the
    /// binades of [4, 16), a = 2^e·(1 + (i + ½ + s)/8), entry 8(e − 1) + i mod 16 (the low 4 bits of a's bits shifted right by 20). Each polynomial: relative minimax
    /// by Lawson-weighted least squares on 48 Chebyshev nodes, then the coefficients rounded to float one at a time from
    /// degree 2 up with the others refitted; c0, c1 and d0 are float pairs (hi, lo). Fit error with the float coefficients
    /// (401-point grid, exact arithmetic): main ≤ 2^-27.8 relative to P (2^-30 or less but on [3.5, 4)), tail ≤ 2^-30.0
    /// relative to M.
    /// </summary>
    internal static class GeluConstF
    {
        internal static ReadOnlySpan<float> Main =>
        [
            // c0 hi, entries 0..15
            0.450261772f, 0.353830248f, 0.265985519f, 0.190786958f, 0.130294517f, 0.0845657215f, 0.0520812795f, 0.0303963609f, 0.0167933069f, 0.00877447519f, 0.00433244836f, 0.00202013738f, 0.000889025279f, 0.000369078451f, 0.000144480728f, 5.33123493e-05f,
            // c0 lo, entries 0..15
            3.49050455e-09f, -1.47913219e-08f, 1.03521893e-08f, -4.88736474e-09f, 4.55157162e-10f, 9.01825725e-10f, -4.14214149e-11f, 8.58549565e-10f, -4.69505157e-10f, -9.89854726e-11f, 6.20993014e-12f, 1.04969811e-10f, 1.98413178e-11f, 3.6992835e-12f, -1.61034868e-12f, 5.25762864e-13f,
            // c1 hi, entries 0..15
            -0.0989594236f, -0.09296377f, -0.0820402429f, -0.06801375f, -0.0529691614f, -0.0387530662f, -0.0266345665f, -0.0171965696f, -0.0104302466f, -0.00594297517f, -0.00318104541f, -0.00159953011f, -0.000755564484f, -0.000335279707f, -0.000139765383f, -5.47329109e-05f,
            // c1 lo, entries 0..15
            1.98220351e-09f, -3.36610362e-09f, 7.03247294e-10f, 3.59927421e-10f, -1.11662589e-10f, -2.2807603e-10f, -5.86617255e-10f, 6.23384067e-10f, 2.98608749e-10f, -4.54355303e-12f, 3.30438385e-11f, 4.26479616e-11f, -1.93773227e-11f, -1.26414599e-11f, 2.86817611e-16f, -1.24180776e-12f,
            // c2, entries 0..15
            0.00154624099f, 0.00435767695f, 0.00640939409f, 0.00743900379f, 0.00744878827f, 0.00666068308f, 0.00541014643f, 0.00403044606f, 0.00277053425f, 0.00176432077f, 0.00104378059f, 0.000574831152f, 0.000295142381f, 0.000141446129f, 6.33311793e-05f, 2.65112449e-05f,
            // c3, entries 0..15
            0.00101471692f, 0.000832193065f, 0.000520763453f, 0.000166051177f, -0.000146559032f, -0.000359523227f, -0.000455179368f, -0.000450626016f, -0.000381967693f, -0.000287283416f, -0.000195191824f, -0.000121058605f, -6.89896769e-05f, -3.62892024e-05f, -1.76753183e-05f, -7.99069949e-06f,
            // c4, entries 0..15
            -2.40344962e-05f, -6.4897511e-05f, -8.71084485e-05f, -8.65695547e-05f, -6.72856695e-05f, -3.84835948e-05f, -1.01264668e-05f, 1.08216273e-05f, 2.18695077e-05f, 2.42650076e-05f, 2.1150172e-05f, 1.57645336e-05f, 1.04001565e-05f, 6.18139438e-06f, 3.34497895e-06f, 1.65919619e-06f,
            // c5, entries 0..15
            -9.33298725e-06f, -6.56752036e-06f, -2.161064e-06f, 2.21482037e-06f, 5.1366319e-06f, 5.99778559e-06f, 5.0802546e-06f, 3.20887102e-06f, 1.26270754e-06f, -1.8087934e-07f, -9.40200493e-07f, -1.12783471e-06f, -9.77076638e-07f, -7.03093178e-07f, -4.4128879e-07f, -2.4729303e-07f,
            // c6, entries 0..15
            2.49447567e-07f, 6.43348642e-07f, 7.84861584e-07f, 6.36750087e-07f, 3.16655502e-07f, -2.77199774e-08f, -2.59452378e-07f, -3.34050668e-07f, -2.91341337e-07f, -1.83001617e-07f, -7.13143748e-08f, 4.66017536e-09f, 4.05088123e-08f, 4.71599222e-08f, 3.84002519e-08f, 2.5763665e-08f,
        ];

        internal static ReadOnlySpan<float> Tail =>
        [
            // d0 hi, entries 0..15
            0.0463100448f, 0.04154329f, 0.037658859f, 0.0344340578f, 0.0317149274f, 0.0293917321f, 0.0273842253f, 0.0256323908f, 0.0893593207f, 0.0806754008f, 0.073488228f, 0.0674492344f, 0.0623084866f, 0.0578826331f, 0.0540343598f, 0.0506589822f,
            // d0 lo, entries 0..15
            -1.70122016e-09f, -1.49598822e-09f, -3.14837573e-10f, 8.24631308e-10f, -1.83182147e-09f, -4.35271014e-10f, -8.65466587e-11f, 6.18329943e-10f, -2.0403752e-09f, -1.60019431e-09f, 2.84206814e-09f, -3.06725734e-09f, 3.61210672e-10f, -1.33326483e-09f, -3.42343376e-10f, 8.91657997e-11f,
            // d1, entries 0..15
            -0.00530691445f, -0.00428103982f, -0.00352426386f, -0.00295060663f, -0.00250571081f, -0.00215390348f, -0.00187101518f, -0.00164021412f, -0.00958258845f, -0.00786706712f, -0.00656453427f, -0.00555460015f, -0.00475711841f, -0.00411725836f, -0.00359658734f, -0.00316758361f,
            // d2, entries 0..15
            0.000600633037f, 0.00043670446f, 0.000327043352f, 0.000251040852f, 0.000196770168f, 0.000157017697f, 0.000127252846f, 0.000104535829f, 0.000988412066f, 0.000742281089f, 0.000570076809f, 0.000446415797f, 0.000355562719f, 0.000287455652f, 0.000235480242f, 0.000195179382f,
            // d3, entries 0..15
            -6.7168723e-05f, -4.41107877e-05f, -3.01000837e-05f, -2.1210546e-05f, -1.53601668e-05f, -1.13874839e-05f, -8.61584977e-06f, -6.63596302e-06f, -9.84215585e-05f, -6.79484074e-05f, -4.82264695e-05f, -3.50676601e-05f, -2.60483739e-05f, -1.97169793e-05f, -1.51768263e-05f, -1.18584894e-05f,
            // d4, entries 0..15
            7.4578461e-06f, 4.4292351e-06f, 2.75652428e-06f, 1.78454184e-06f, 1.19467904e-06f, 8.2325289e-07f, 5.81726283e-07f, 4.2022549e-07f, 9.51983111e-06f, 6.06486219e-06f, 3.99072542e-06f, 2.70174905e-06f, 1.87579462e-06f, 1.33200217e-06f, 9.64899868e-07f, 7.11716837e-07f,
            // d5, entries 0..15
            -8.15023043e-07f, -4.38944312e-07f, -2.49679005e-07f, -1.48757323e-07f, -9.21762719e-08f, -5.91021525e-08f, -3.90386141e-08f, -2.64679976e-08f, -8.90662704e-07f, -5.25804296e-07f, -3.21899108e-07f, -2.03512542e-07f, -1.32404182e-07f, -8.83990765e-08f, -6.03735302e-08f, -4.21040092e-08f,
        ];
    }

    // Float gelu (GeluFF), float-only where TableLookup.IsSupported (AVX-512: vpermps picks a coefficient for 16 lanes), on every
    // path of such a machine, the scalar one included, so that all give the same bits; elsewhere GeluD in double, rounded once.
    // With a = |x| and P(a) = Φ(−a): gelu(x) = −a·P(a) for x < 0 and x·(1 − P(a)) for x > 0 — one 16-entry table serves both
    // signs (a 32-entry table on signed x, by vpermt2ps, measured 0.42 against 0.24 ns per element for the main form on Zen 5).
    //   |x| < 4: P from the main table (degree 6 per interval [j/4, (j + 1)/4)). c0 + c1h·s is formed exactly (v + ve), so only
    //     c1l·s + c0l and s²·q (below 0.13·P) are rounded; 1 − P = wh + wl exactly up to those; y = fma(x, hi, x·lo), one
    //     rounding of the leading product. Budget before that rounding: fit 2^-27.8, the small terms' roundings ≤ 0.4·2^-24,
    //     relative to P (for x > 0 to 1 − P, where they weigh less).
    //   |x| ≥ 4 (GeluTailF; computed only for vectors that hold such a lane, selected per lane): −a·e^(−a²/2)·M(a), M from the
    //     tail table (degree 5 per eighth binade of [4, 16), |s·q| ≤ 0.07·M), e^(−a²/2) = 2^n·(1 + sHi + sLo) by ExpCoreF from
    //     the exact split −a²/2 = zh + zl (2^-27), X = −a·M as xh + xl, X·(1 + s) by w + wl = 1 + sHi (Fast2Sum) inside one FMA,
    //     then 2^n by ScaleF (a subnormal result rounded once more). x > 0 adds x (the product is below 2^-15·x there).
    //     a is clamped to 15.5 (gelu(−15.5) rounds to −0; +∞ gives +∞, −∞ gives −0); NaN takes this form and propagates.
    // Exhaustively ≤ 1 ULP on all 2^32 inputs, every path (docs/accuracy.md). Where x/2 is a subnormal tie (|x| < 2^-125) the
    // x² term that breaks it is beyond float arithmetic: such a result can be 1 ULP (one smallest subnormal) from the
    // correctly rounded one, as the double reference's can (it rounds the exact x/2 to even).

    // erfc(z): fdlibm's method, vectorized. All lanes evaluate one rational function whose coefficients are
    // selected per lane (|z| < 0.84375 and [0.84375, 1.25) share one evaluation, [1.25, 2.857) and [2.857, 28)
    // another, each skipped when no lane needs it). For |z| >= 1.25, erfc = e^(-z² - 0.5625 + R/S)/|z| with
    // z² carried as a double-double (hi, lo) into the exp, so the large condition number of e^(-z²) costs
    // nothing (fdlibm gets the same effect by truncating z to 32 bits). Callers pass z² that way; gelu passes
    // x²/2 exactly and also the low part of -x/√2, corrected for by erfc'(z)·zl on |z| < 1.25.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>
        /// mult·erfc(z) for z in [-28, 28] or NaN, z² = z2h + z2l, and an optional low part zl of z. The factor is
        /// applied before the final scaling of the exp, so subnormal results are rounded once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double ErfcCore(double z, double z2h, double z2l, double zl, bool useLow, double mult)
        {
            double az = Sc.Abs(z);
            bool inA = Sc.Lt(az, Sc.C(1.25));
            double res = Sc.C(0.0);
            if (Sc.Any(inA))
            {
                bool small = Sc.Lt(az, Sc.C(0.84375));
                double t = Sc.Select(small, z2h, az - Sc.C(1.0));
                double p, q;
            p = Sc.Select(small, Sc.C(ErfConst.PP6), Sc.C(ErfConst.PA6));
            p = Sc.Fma(p, t, Sc.Select(small, Sc.C(ErfConst.PP5), Sc.C(ErfConst.PA5)));
            p = Sc.Fma(p, t, Sc.Select(small, Sc.C(ErfConst.PP4), Sc.C(ErfConst.PA4)));
            p = Sc.Fma(p, t, Sc.Select(small, Sc.C(ErfConst.PP3), Sc.C(ErfConst.PA3)));
            p = Sc.Fma(p, t, Sc.Select(small, Sc.C(ErfConst.PP2), Sc.C(ErfConst.PA2)));
            p = Sc.Fma(p, t, Sc.Select(small, Sc.C(ErfConst.PP1), Sc.C(ErfConst.PA1)));
            p = Sc.Fma(p, t, Sc.Select(small, Sc.C(ErfConst.PP0), Sc.C(ErfConst.PA0)));
            q = Sc.Select(small, Sc.C(ErfConst.QQ5), Sc.C(ErfConst.QA5));
            q = Sc.Fma(q, t, Sc.Select(small, Sc.C(ErfConst.QQ4), Sc.C(ErfConst.QA4)));
            q = Sc.Fma(q, t, Sc.Select(small, Sc.C(ErfConst.QQ3), Sc.C(ErfConst.QA3)));
            q = Sc.Fma(q, t, Sc.Select(small, Sc.C(ErfConst.QQ2), Sc.C(ErfConst.QA2)));
            q = Sc.Fma(q, t, Sc.Select(small, Sc.C(ErfConst.QQ1), Sc.C(ErfConst.QA1)));
            q = Sc.Fma(q, t, Sc.Select(small, Sc.C(ErfConst.QQ0), Sc.C(ErfConst.QA0)));
            q = Sc.Fma(q, t, Sc.C(1.0));
                double y = p / q;
                double smallRes = Sc.Select(Sc.Lt(z, Sc.C(0.25)), Sc.C(1.0) - Sc.Fma(z, y, z), Sc.C(0.5) - Sc.Fma(z, y, z - Sc.C(0.5)));
                double midRes = Sc.Select(Sc.Gt(z, Sc.C(0.0)), Sc.C(1.0 - ErfConst.Erx) - y, Sc.C(1.0) + (Sc.C(ErfConst.Erx) + y));
                res = Sc.Select(small, smallRes, midRes);
                if (useLow)
                    res = Sc.Fma(Sc.C(-ErfConst.TwoOverSqrtPi) * ExpFCore(-z2h), zl, res);
                res *= mult;
            }
            bool inB = Sc.Not(inA);
            if (Sc.Any(inB))
            {
                double s = Sc.C(1.0) / z2h;
                bool near = Sc.Lt(az, Sc.C(1.0 / 0.35));
                double r, q;
            r = Sc.Select(near, Sc.C(ErfConst.RA7), Sc.C(ErfConst.RB7));
            r = Sc.Fma(r, s, Sc.Select(near, Sc.C(ErfConst.RA6), Sc.C(ErfConst.RB6)));
            r = Sc.Fma(r, s, Sc.Select(near, Sc.C(ErfConst.RA5), Sc.C(ErfConst.RB5)));
            r = Sc.Fma(r, s, Sc.Select(near, Sc.C(ErfConst.RA4), Sc.C(ErfConst.RB4)));
            r = Sc.Fma(r, s, Sc.Select(near, Sc.C(ErfConst.RA3), Sc.C(ErfConst.RB3)));
            r = Sc.Fma(r, s, Sc.Select(near, Sc.C(ErfConst.RA2), Sc.C(ErfConst.RB2)));
            r = Sc.Fma(r, s, Sc.Select(near, Sc.C(ErfConst.RA1), Sc.C(ErfConst.RB1)));
            r = Sc.Fma(r, s, Sc.Select(near, Sc.C(ErfConst.RA0), Sc.C(ErfConst.RB0)));
            q = Sc.Select(near, Sc.C(ErfConst.SA7), Sc.C(ErfConst.SB7));
            q = Sc.Fma(q, s, Sc.Select(near, Sc.C(ErfConst.SA6), Sc.C(ErfConst.SB6)));
            q = Sc.Fma(q, s, Sc.Select(near, Sc.C(ErfConst.SA5), Sc.C(ErfConst.SB5)));
            q = Sc.Fma(q, s, Sc.Select(near, Sc.C(ErfConst.SA4), Sc.C(ErfConst.SB4)));
            q = Sc.Fma(q, s, Sc.Select(near, Sc.C(ErfConst.SA3), Sc.C(ErfConst.SB3)));
            q = Sc.Fma(q, s, Sc.Select(near, Sc.C(ErfConst.SA2), Sc.C(ErfConst.SB2)));
            q = Sc.Fma(q, s, Sc.Select(near, Sc.C(ErfConst.SA1), Sc.C(ErfConst.SB1)));
            q = Sc.Fma(q, s, Sc.Select(near, Sc.C(ErfConst.SA0), Sc.C(ErfConst.SB0)));
            q = Sc.Fma(q, s, Sc.C(1.0));
                double tail = ExpDCore(-z2h, (r / q - Sc.C(0.5625)) - z2l, mult / az);
                res = Sc.Select(inA, res, Sc.Select(Sc.Gt(z, Sc.C(0.0)), tail, Sc.Fma(mult, Sc.C(2.0), -tail)));
            }
            return res;
        }

        /// <summary>erfc for any double: clamps to [-28, 28] (erfc is 2 or 0 beyond), z² exact as a double-double.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double ErfcD(double x)
        {
            double z = Sc.MinC(Sc.MaxC(x, -28.0), 28.0);
            double z2h = z * z;
            return ErfcCore(z, z2h, Sc.Fma(z, z, -z2h), Sc.C(0.0), false, Sc.C(1.0));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2) with −x/√2 as a double-double and x²/2 exact.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluD(double x)
        {
            double xc = Sc.MaxC(x, -40.0);
            double xe = Sc.MinC(xc, 40.0);
            double zh = xe * Sc.C(-ErfConst.InvSqrt2Hi);
            double zl = Sc.Fma(xe, Sc.C(-ErfConst.InvSqrt2Hi), -zh) + xe * Sc.C(-ErfConst.InvSqrt2Lo);
            double x2 = xe * xe;
            double z2h = x2 * Sc.C(0.5);
            double z2l = Sc.Fma(xe, xe, -x2) * Sc.C(0.5);
            return Sc.Select(Sc.Gt(x, Sc.C(40.0)), x, ErfcCore(zh, z2h, z2l, zl, true, xe * Sc.C(0.5)));
        }

        /// <summary>
        /// gelu(x) for float, float-only, where <see cref="TableLookup.IsSupported"/> (see GeluConstF): x·Φ(x) with Φ(−|x|) from
        /// a per-interval polynomial for |x| &lt; 4 (Φ(x) = 1 − Φ(−x) for x &gt; 0), the exp form for the other lanes.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float GeluFF(float x)
        {
            // a = |x|, j = round(4a − ½) in the low bits of t (the table index), s = 4a − ½ − j exactly. 4a − ½ is rounded only
            // for a < 1/8, by at most 2^-26: 2^-28 in a, under 0.03 ULP of Φ(−a) ≈ ½.
            float a = Sc.AbsF(x);
            float sa = Sc.FmaF(a, Sc.CF(4f), Sc.CF(-0.5f));
            float t = sa + Sc.CF(MathConstF.Shift);
            float s = sa - (t - Sc.CF(MathConstF.Shift));
            ref float c = ref MemoryMarshal.GetReference(GeluConstF.Main);
            float q = TableLookup.Lookup16(ref Unsafe.Add(ref c, 8 * 16), t);
            q = Sc.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 7 * 16), t));
            q = Sc.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 6 * 16), t));
            q = Sc.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 5 * 16), t));
            q = Sc.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 4 * 16), t));
            // P = Φ(−a) = c0 + c1·s + s²·q with c0 and c1 float pairs: c0 + c1h·s = v + ve exactly (the product by an FMA, the
            // sum by Fast2Sum, |c1h·s| < c0), so only the small terms are rounded: P = v + r.
            float c0 = TableLookup.Lookup16(ref c, t);
            float c1 = TableLookup.Lookup16(ref Unsafe.Add(ref c, 2 * 16), t);
            float lh = c1 * s;
            float ll = Sc.FmsF(c1, s, lh);
            float v = c0 + lh;
            float ve = (c0 - v) + lh;
            float lo = (ve + ll) + Sc.FmaF(TableLookup.Lookup16(ref Unsafe.Add(ref c, 3 * 16), t), s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), t));
            float r = Sc.FmaF(s * s, q, lo);
            // x > 0: Φ(x) = 1 − P = wh + wl (wh = RN(1 − v), its error exact by Fast2Sum since v ≤ ½, then − r).
            float wh = Sc.CF(1f) - v;
            float wl = ((Sc.CF(1f) - wh) - v) - r;
            bool pos = Sc.GtF(x, Sc.CF(0f));
            // y = x·(hi + lo) with one rounding of x·hi (the FMA's); the sign of x kept for ±0.
            float y = Sc.WithSignF(Sc.FmaF(x, Sc.SelectF(pos, wh, v), x * Sc.SelectF(pos, wl, r)), x);
            // a ≥ 4 (and ±∞, NaN): the exp form.
            if (!Sc.AllLtCF(a, 4f))
            {
                y = Sc.SelectF(Sc.GtF(Sc.CF(4f), a), y, GeluTailF(x));
            }

            return y;
        }

        /// <summary>
        /// gelu(x) for float by the exp form: x·Φ(x) = −a·e^(−a²/2)·M(a) for x = −a &lt; 0, x − a·e^(−a²/2)·M(a) for x = a &gt; 0,
        /// M(a) = Φ(−a)·e^(a²/2) from a per-eighth-binade polynomial on a in [4, 16) (see GeluConstF). For |x| ≥ 4 (and ±∞, NaN).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float GeluTailF(float x)
        {
            float a = Sc.MinCF(Sc.AbsF(x), 15.5f);
            float na = -a;
            float i = TableLookup.OctaveIndex(a);
            float s = TableLookup.OctaveOffset(a);
            ref float c = ref MemoryMarshal.GetReference(GeluConstF.Tail);
            float q = TableLookup.Lookup16(ref Unsafe.Add(ref c, 6 * 16), i);
            q = Sc.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 5 * 16), i));
            q = Sc.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 4 * 16), i));
            q = Sc.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 3 * 16), i));
            q = Sc.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 2 * 16), i));
            // M = d0 + lo (d0 a float pair, |s·q| ≤ 0.07·M); X = −a·M = xh + xl, xh = RN(−a·d0) and its exact error.
            float d0 = TableLookup.Lookup16(ref c, i);
            float lo = Sc.FmaF(s, q, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), i));
            float xh = na * d0;
            float xl = Sc.FmaF(na, lo, Sc.FmsF(na, d0, xh));
            // e^(−a²/2) = 2^n·(1 + sHi + sLo) from −a²/2 = zh + zl exactly (zh = −RN(a²)/2, zl by one FMA): ExpCoreF's reduction
            // written out, the same operations (its tuple's constructor is a call the JIT leaves in a kernel's loop once the
            // inlining budget runs short: 2–3 ns per element instead of ~0.4 on x in [−10, 10]).
            float h = a * a;
            float zh = h * Sc.CF(-0.5f);
            float zl = Sc.FmaF(na * Sc.CF(0.5f), a, -zh);
            float k = Sc.FmaF(h, Sc.CF(-0.5f * MathConstF.Log2E), Sc.CF(MathConstF.Shift));
            float n = k - Sc.CF(MathConstF.Shift);
            float rHi = Sc.FnmaF(n, Sc.CF(MathConstF.Ln2Hi), zh); // exact
            float rLo = Sc.FnmaF(n, Sc.CF(MathConstF.Ln2Lo), zl);
            float r = rHi + rLo;
            float r2 = r * r;
            float p = Sc.FmaF(r2, ExpQF(r, r2), rLo);
            float sHi = rHi + p;
            float sLo = (rHi - sHi) + p;
            // X·(1 + sHi + sLo) with one rounding: w + wl = 1 + sHi exactly (Fast2Sum), xh·w exact inside the last FMA.
            float w = Sc.CF(1f) + sHi;
            float wl = (Sc.CF(1f) - w) + sHi;
            float m = Sc.FmaF(xh, w, Sc.FmaF(xl, w, xh * (wl + sLo)));
            // 2^n applied once (a subnormal result rounded once more, in units of the smallest subnormal).
            float g = Sc.ScaleF(m, n);
            return Sc.SelectF(Sc.GtF(Sc.CF(0f), x), g, x + g);
        }

        /// <summary>erfc(x) = 1 − erf(x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Erfc(float x) => (float)ErfcD(x);

        /// <summary>erfc(x) = 1 − erf(x), accurate in both tails.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Erfc(double x) => ErfcD(x);

        /// <summary>gelu(x) = ½·x·erfc(−x/√2) (≤ 1 ULP), accurate in the negative tail: float-only where AVX-512 permutes (the same bits as the vector paths), else evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Gelu(float x) => TableLookup.IsSupported ? GeluFF(x) : (float)GeluD(x);

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Gelu(double x) => GeluD(x);

        // ---------------- Vector128 ----------------
        /// <summary>
        /// mult·erfc(z) for z in [-28, 28] or NaN, z² = z2h + z2l, and an optional low part zl of z. The factor is
        /// applied before the final scaling of the exp, so subnormal results are rounded once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> ErfcCore(Vector128<double> z, Vector128<double> z2h, Vector128<double> z2l, Vector128<double> zl, bool useLow, Vector128<double> mult)
        {
            Vector128<double> az = V128.Abs(z);
            Vector128<double> inA = V128.Lt(az, V128.C(1.25));
            Vector128<double> res = V128.C(0.0);
            if (V128.Any(inA))
            {
                Vector128<double> small = V128.Lt(az, V128.C(0.84375));
                Vector128<double> t = V128.Select(small, z2h, az - V128.C(1.0));
                Vector128<double> p, q;
            p = V128.Select(small, V128.C(ErfConst.PP6), V128.C(ErfConst.PA6));
            p = V128.Fma(p, t, V128.Select(small, V128.C(ErfConst.PP5), V128.C(ErfConst.PA5)));
            p = V128.Fma(p, t, V128.Select(small, V128.C(ErfConst.PP4), V128.C(ErfConst.PA4)));
            p = V128.Fma(p, t, V128.Select(small, V128.C(ErfConst.PP3), V128.C(ErfConst.PA3)));
            p = V128.Fma(p, t, V128.Select(small, V128.C(ErfConst.PP2), V128.C(ErfConst.PA2)));
            p = V128.Fma(p, t, V128.Select(small, V128.C(ErfConst.PP1), V128.C(ErfConst.PA1)));
            p = V128.Fma(p, t, V128.Select(small, V128.C(ErfConst.PP0), V128.C(ErfConst.PA0)));
            q = V128.Select(small, V128.C(ErfConst.QQ5), V128.C(ErfConst.QA5));
            q = V128.Fma(q, t, V128.Select(small, V128.C(ErfConst.QQ4), V128.C(ErfConst.QA4)));
            q = V128.Fma(q, t, V128.Select(small, V128.C(ErfConst.QQ3), V128.C(ErfConst.QA3)));
            q = V128.Fma(q, t, V128.Select(small, V128.C(ErfConst.QQ2), V128.C(ErfConst.QA2)));
            q = V128.Fma(q, t, V128.Select(small, V128.C(ErfConst.QQ1), V128.C(ErfConst.QA1)));
            q = V128.Fma(q, t, V128.Select(small, V128.C(ErfConst.QQ0), V128.C(ErfConst.QA0)));
            q = V128.Fma(q, t, V128.C(1.0));
                Vector128<double> y = p / q;
                Vector128<double> smallRes = V128.Select(V128.Lt(z, V128.C(0.25)), V128.C(1.0) - V128.Fma(z, y, z), V128.C(0.5) - V128.Fma(z, y, z - V128.C(0.5)));
                Vector128<double> midRes = V128.Select(V128.Gt(z, V128.C(0.0)), V128.C(1.0 - ErfConst.Erx) - y, V128.C(1.0) + (V128.C(ErfConst.Erx) + y));
                res = V128.Select(small, smallRes, midRes);
                if (useLow)
                    res = V128.Fma(V128.C(-ErfConst.TwoOverSqrtPi) * ExpFCore(-z2h), zl, res);
                res *= mult;
            }
            Vector128<double> inB = V128.Not(inA);
            if (V128.Any(inB))
            {
                Vector128<double> s = V128.C(1.0) / z2h;
                Vector128<double> near = V128.Lt(az, V128.C(1.0 / 0.35));
                Vector128<double> r, q;
            r = V128.Select(near, V128.C(ErfConst.RA7), V128.C(ErfConst.RB7));
            r = V128.Fma(r, s, V128.Select(near, V128.C(ErfConst.RA6), V128.C(ErfConst.RB6)));
            r = V128.Fma(r, s, V128.Select(near, V128.C(ErfConst.RA5), V128.C(ErfConst.RB5)));
            r = V128.Fma(r, s, V128.Select(near, V128.C(ErfConst.RA4), V128.C(ErfConst.RB4)));
            r = V128.Fma(r, s, V128.Select(near, V128.C(ErfConst.RA3), V128.C(ErfConst.RB3)));
            r = V128.Fma(r, s, V128.Select(near, V128.C(ErfConst.RA2), V128.C(ErfConst.RB2)));
            r = V128.Fma(r, s, V128.Select(near, V128.C(ErfConst.RA1), V128.C(ErfConst.RB1)));
            r = V128.Fma(r, s, V128.Select(near, V128.C(ErfConst.RA0), V128.C(ErfConst.RB0)));
            q = V128.Select(near, V128.C(ErfConst.SA7), V128.C(ErfConst.SB7));
            q = V128.Fma(q, s, V128.Select(near, V128.C(ErfConst.SA6), V128.C(ErfConst.SB6)));
            q = V128.Fma(q, s, V128.Select(near, V128.C(ErfConst.SA5), V128.C(ErfConst.SB5)));
            q = V128.Fma(q, s, V128.Select(near, V128.C(ErfConst.SA4), V128.C(ErfConst.SB4)));
            q = V128.Fma(q, s, V128.Select(near, V128.C(ErfConst.SA3), V128.C(ErfConst.SB3)));
            q = V128.Fma(q, s, V128.Select(near, V128.C(ErfConst.SA2), V128.C(ErfConst.SB2)));
            q = V128.Fma(q, s, V128.Select(near, V128.C(ErfConst.SA1), V128.C(ErfConst.SB1)));
            q = V128.Fma(q, s, V128.Select(near, V128.C(ErfConst.SA0), V128.C(ErfConst.SB0)));
            q = V128.Fma(q, s, V128.C(1.0));
                Vector128<double> tail = ExpDCore(-z2h, (r / q - V128.C(0.5625)) - z2l, mult / az);
                res = V128.Select(inA, res, V128.Select(V128.Gt(z, V128.C(0.0)), tail, V128.Fma(mult, V128.C(2.0), -tail)));
            }
            return res;
        }

        /// <summary>erfc for any double: clamps to [-28, 28] (erfc is 2 or 0 beyond), z² exact as a double-double.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> ErfcD(Vector128<double> x)
        {
            Vector128<double> z = V128.MinC(V128.MaxC(x, -28.0), 28.0);
            Vector128<double> z2h = z * z;
            return ErfcCore(z, z2h, V128.Fma(z, z, -z2h), V128.C(0.0), false, V128.C(1.0));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2) with −x/√2 as a double-double and x²/2 exact.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluD(Vector128<double> x)
        {
            Vector128<double> xc = V128.MaxC(x, -40.0);
            Vector128<double> xe = V128.MinC(xc, 40.0);
            Vector128<double> zh = xe * V128.C(-ErfConst.InvSqrt2Hi);
            Vector128<double> zl = V128.Fma(xe, V128.C(-ErfConst.InvSqrt2Hi), -zh) + xe * V128.C(-ErfConst.InvSqrt2Lo);
            Vector128<double> x2 = xe * xe;
            Vector128<double> z2h = x2 * V128.C(0.5);
            Vector128<double> z2l = V128.Fma(xe, xe, -x2) * V128.C(0.5);
            return V128.Select(V128.Gt(x, V128.C(40.0)), x, ErfcCore(zh, z2h, z2l, zl, true, xe * V128.C(0.5)));
        }

        /// <summary>
        /// gelu(x) for float, float-only, where <see cref="TableLookup.IsSupported"/> (see GeluConstF): x·Φ(x) with Φ(−|x|) from
        /// a per-interval polynomial for |x| &lt; 4 (Φ(x) = 1 − Φ(−x) for x &gt; 0), the exp form for the other lanes.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> GeluFF(Vector128<float> x)
        {
            // a = |x|, j = round(4a − ½) in the low bits of t (the table index), s = 4a − ½ − j exactly. 4a − ½ is rounded only
            // for a < 1/8, by at most 2^-26: 2^-28 in a, under 0.03 ULP of Φ(−a) ≈ ½.
            Vector128<float> a = V128.AbsF(x);
            Vector128<float> sa = V128.FmaF(a, V128.CF(4f), V128.CF(-0.5f));
            Vector128<float> t = sa + V128.CF(MathConstF.Shift);
            Vector128<float> s = sa - (t - V128.CF(MathConstF.Shift));
            ref float c = ref MemoryMarshal.GetReference(GeluConstF.Main);
            Vector128<float> q = TableLookup.Lookup16(ref Unsafe.Add(ref c, 8 * 16), t);
            q = V128.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 7 * 16), t));
            q = V128.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 6 * 16), t));
            q = V128.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 5 * 16), t));
            q = V128.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 4 * 16), t));
            // P = Φ(−a) = c0 + c1·s + s²·q with c0 and c1 float pairs: c0 + c1h·s = v + ve exactly (the product by an FMA, the
            // sum by Fast2Sum, |c1h·s| < c0), so only the small terms are rounded: P = v + r.
            Vector128<float> c0 = TableLookup.Lookup16(ref c, t);
            Vector128<float> c1 = TableLookup.Lookup16(ref Unsafe.Add(ref c, 2 * 16), t);
            Vector128<float> lh = c1 * s;
            Vector128<float> ll = V128.FmsF(c1, s, lh);
            Vector128<float> v = c0 + lh;
            Vector128<float> ve = (c0 - v) + lh;
            Vector128<float> lo = (ve + ll) + V128.FmaF(TableLookup.Lookup16(ref Unsafe.Add(ref c, 3 * 16), t), s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), t));
            Vector128<float> r = V128.FmaF(s * s, q, lo);
            // x > 0: Φ(x) = 1 − P = wh + wl (wh = RN(1 − v), its error exact by Fast2Sum since v ≤ ½, then − r).
            Vector128<float> wh = V128.CF(1f) - v;
            Vector128<float> wl = ((V128.CF(1f) - wh) - v) - r;
            Vector128<float> pos = V128.GtF(x, V128.CF(0f));
            // y = x·(hi + lo) with one rounding of x·hi (the FMA's); the sign of x kept for ±0.
            Vector128<float> y = V128.WithSignF(V128.FmaF(x, V128.SelectF(pos, wh, v), x * V128.SelectF(pos, wl, r)), x);
            // a ≥ 4 (and ±∞, NaN): the exp form.
            if (!V128.AllLtCF(a, 4f))
            {
                y = V128.SelectF(V128.GtF(V128.CF(4f), a), y, GeluTailF(x));
            }

            return y;
        }

        /// <summary>
        /// gelu(x) for float by the exp form: x·Φ(x) = −a·e^(−a²/2)·M(a) for x = −a &lt; 0, x − a·e^(−a²/2)·M(a) for x = a &gt; 0,
        /// M(a) = Φ(−a)·e^(a²/2) from a per-eighth-binade polynomial on a in [4, 16) (see GeluConstF). For |x| ≥ 4 (and ±∞, NaN).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> GeluTailF(Vector128<float> x)
        {
            Vector128<float> a = V128.MinCF(V128.AbsF(x), 15.5f);
            Vector128<float> na = -a;
            Vector128<float> i = TableLookup.OctaveIndex(a);
            Vector128<float> s = TableLookup.OctaveOffset(a);
            ref float c = ref MemoryMarshal.GetReference(GeluConstF.Tail);
            Vector128<float> q = TableLookup.Lookup16(ref Unsafe.Add(ref c, 6 * 16), i);
            q = V128.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 5 * 16), i));
            q = V128.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 4 * 16), i));
            q = V128.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 3 * 16), i));
            q = V128.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 2 * 16), i));
            // M = d0 + lo (d0 a float pair, |s·q| ≤ 0.07·M); X = −a·M = xh + xl, xh = RN(−a·d0) and its exact error.
            Vector128<float> d0 = TableLookup.Lookup16(ref c, i);
            Vector128<float> lo = V128.FmaF(s, q, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), i));
            Vector128<float> xh = na * d0;
            Vector128<float> xl = V128.FmaF(na, lo, V128.FmsF(na, d0, xh));
            // e^(−a²/2) = 2^n·(1 + sHi + sLo) from −a²/2 = zh + zl exactly (zh = −RN(a²)/2, zl by one FMA): ExpCoreF's reduction
            // written out, the same operations (its tuple's constructor is a call the JIT leaves in a kernel's loop once the
            // inlining budget runs short: 2–3 ns per element instead of ~0.4 on x in [−10, 10]).
            Vector128<float> h = a * a;
            Vector128<float> zh = h * V128.CF(-0.5f);
            Vector128<float> zl = V128.FmaF(na * V128.CF(0.5f), a, -zh);
            Vector128<float> k = V128.FmaF(h, V128.CF(-0.5f * MathConstF.Log2E), V128.CF(MathConstF.Shift));
            Vector128<float> n = k - V128.CF(MathConstF.Shift);
            Vector128<float> rHi = V128.FnmaF(n, V128.CF(MathConstF.Ln2Hi), zh); // exact
            Vector128<float> rLo = V128.FnmaF(n, V128.CF(MathConstF.Ln2Lo), zl);
            Vector128<float> r = rHi + rLo;
            Vector128<float> r2 = r * r;
            Vector128<float> p = V128.FmaF(r2, ExpQF(r, r2), rLo);
            Vector128<float> sHi = rHi + p;
            Vector128<float> sLo = (rHi - sHi) + p;
            // X·(1 + sHi + sLo) with one rounding: w + wl = 1 + sHi exactly (Fast2Sum), xh·w exact inside the last FMA.
            Vector128<float> w = V128.CF(1f) + sHi;
            Vector128<float> wl = (V128.CF(1f) - w) + sHi;
            Vector128<float> m = V128.FmaF(xh, w, V128.FmaF(xl, w, xh * (wl + sLo)));
            // 2^n applied once (a subnormal result rounded once more, in units of the smallest subnormal).
            Vector128<float> g = V128.ScaleF(m, n);
            return V128.SelectF(V128.GtF(V128.CF(0f), x), g, x + g);
        }

        /// <summary>erfc(x) = 1 − erf(x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Erfc(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(ErfcD(lo), ErfcD(hi));
        }

        /// <summary>erfc(x) = 1 − erf(x), accurate in both tails.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Erfc(Vector128<double> x) => ErfcD(x);

        /// <summary>gelu(x) = ½·x·erfc(−x/√2) (≤ 1 ULP), accurate in the negative tail: float-only where AVX-512 permutes, else evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Gelu(Vector128<float> x)
        {
            if (TableLookup.IsSupported)
            {
                return GeluFF(x);
            }

            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(GeluD(lo), GeluD(hi));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Gelu(Vector128<double> x) => GeluD(x);

        // ---------------- Vector256 ----------------
        /// <summary>
        /// mult·erfc(z) for z in [-28, 28] or NaN, z² = z2h + z2l, and an optional low part zl of z. The factor is
        /// applied before the final scaling of the exp, so subnormal results are rounded once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ErfcCore(Vector256<double> z, Vector256<double> z2h, Vector256<double> z2l, Vector256<double> zl, bool useLow, Vector256<double> mult)
        {
            Vector256<double> az = V256.Abs(z);
            Vector256<double> inA = V256.Lt(az, V256.C(1.25));
            Vector256<double> res = V256.C(0.0);
            if (V256.Any(inA))
            {
                Vector256<double> small = V256.Lt(az, V256.C(0.84375));
                Vector256<double> t = V256.Select(small, z2h, az - V256.C(1.0));
                Vector256<double> p, q;
            p = V256.Select(small, V256.C(ErfConst.PP6), V256.C(ErfConst.PA6));
            p = V256.Fma(p, t, V256.Select(small, V256.C(ErfConst.PP5), V256.C(ErfConst.PA5)));
            p = V256.Fma(p, t, V256.Select(small, V256.C(ErfConst.PP4), V256.C(ErfConst.PA4)));
            p = V256.Fma(p, t, V256.Select(small, V256.C(ErfConst.PP3), V256.C(ErfConst.PA3)));
            p = V256.Fma(p, t, V256.Select(small, V256.C(ErfConst.PP2), V256.C(ErfConst.PA2)));
            p = V256.Fma(p, t, V256.Select(small, V256.C(ErfConst.PP1), V256.C(ErfConst.PA1)));
            p = V256.Fma(p, t, V256.Select(small, V256.C(ErfConst.PP0), V256.C(ErfConst.PA0)));
            q = V256.Select(small, V256.C(ErfConst.QQ5), V256.C(ErfConst.QA5));
            q = V256.Fma(q, t, V256.Select(small, V256.C(ErfConst.QQ4), V256.C(ErfConst.QA4)));
            q = V256.Fma(q, t, V256.Select(small, V256.C(ErfConst.QQ3), V256.C(ErfConst.QA3)));
            q = V256.Fma(q, t, V256.Select(small, V256.C(ErfConst.QQ2), V256.C(ErfConst.QA2)));
            q = V256.Fma(q, t, V256.Select(small, V256.C(ErfConst.QQ1), V256.C(ErfConst.QA1)));
            q = V256.Fma(q, t, V256.Select(small, V256.C(ErfConst.QQ0), V256.C(ErfConst.QA0)));
            q = V256.Fma(q, t, V256.C(1.0));
                Vector256<double> y = p / q;
                Vector256<double> smallRes = V256.Select(V256.Lt(z, V256.C(0.25)), V256.C(1.0) - V256.Fma(z, y, z), V256.C(0.5) - V256.Fma(z, y, z - V256.C(0.5)));
                Vector256<double> midRes = V256.Select(V256.Gt(z, V256.C(0.0)), V256.C(1.0 - ErfConst.Erx) - y, V256.C(1.0) + (V256.C(ErfConst.Erx) + y));
                res = V256.Select(small, smallRes, midRes);
                if (useLow)
                    res = V256.Fma(V256.C(-ErfConst.TwoOverSqrtPi) * ExpFCore(-z2h), zl, res);
                res *= mult;
            }
            Vector256<double> inB = V256.Not(inA);
            if (V256.Any(inB))
            {
                Vector256<double> s = V256.C(1.0) / z2h;
                Vector256<double> near = V256.Lt(az, V256.C(1.0 / 0.35));
                Vector256<double> r, q;
            r = V256.Select(near, V256.C(ErfConst.RA7), V256.C(ErfConst.RB7));
            r = V256.Fma(r, s, V256.Select(near, V256.C(ErfConst.RA6), V256.C(ErfConst.RB6)));
            r = V256.Fma(r, s, V256.Select(near, V256.C(ErfConst.RA5), V256.C(ErfConst.RB5)));
            r = V256.Fma(r, s, V256.Select(near, V256.C(ErfConst.RA4), V256.C(ErfConst.RB4)));
            r = V256.Fma(r, s, V256.Select(near, V256.C(ErfConst.RA3), V256.C(ErfConst.RB3)));
            r = V256.Fma(r, s, V256.Select(near, V256.C(ErfConst.RA2), V256.C(ErfConst.RB2)));
            r = V256.Fma(r, s, V256.Select(near, V256.C(ErfConst.RA1), V256.C(ErfConst.RB1)));
            r = V256.Fma(r, s, V256.Select(near, V256.C(ErfConst.RA0), V256.C(ErfConst.RB0)));
            q = V256.Select(near, V256.C(ErfConst.SA7), V256.C(ErfConst.SB7));
            q = V256.Fma(q, s, V256.Select(near, V256.C(ErfConst.SA6), V256.C(ErfConst.SB6)));
            q = V256.Fma(q, s, V256.Select(near, V256.C(ErfConst.SA5), V256.C(ErfConst.SB5)));
            q = V256.Fma(q, s, V256.Select(near, V256.C(ErfConst.SA4), V256.C(ErfConst.SB4)));
            q = V256.Fma(q, s, V256.Select(near, V256.C(ErfConst.SA3), V256.C(ErfConst.SB3)));
            q = V256.Fma(q, s, V256.Select(near, V256.C(ErfConst.SA2), V256.C(ErfConst.SB2)));
            q = V256.Fma(q, s, V256.Select(near, V256.C(ErfConst.SA1), V256.C(ErfConst.SB1)));
            q = V256.Fma(q, s, V256.Select(near, V256.C(ErfConst.SA0), V256.C(ErfConst.SB0)));
            q = V256.Fma(q, s, V256.C(1.0));
                Vector256<double> tail = ExpDCore(-z2h, (r / q - V256.C(0.5625)) - z2l, mult / az);
                res = V256.Select(inA, res, V256.Select(V256.Gt(z, V256.C(0.0)), tail, V256.Fma(mult, V256.C(2.0), -tail)));
            }
            return res;
        }

        /// <summary>erfc for any double: clamps to [-28, 28] (erfc is 2 or 0 beyond), z² exact as a double-double.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ErfcD(Vector256<double> x)
        {
            Vector256<double> z = V256.MinC(V256.MaxC(x, -28.0), 28.0);
            Vector256<double> z2h = z * z;
            return ErfcCore(z, z2h, V256.Fma(z, z, -z2h), V256.C(0.0), false, V256.C(1.0));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2) with −x/√2 as a double-double and x²/2 exact.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluD(Vector256<double> x)
        {
            Vector256<double> xc = V256.MaxC(x, -40.0);
            Vector256<double> xe = V256.MinC(xc, 40.0);
            Vector256<double> zh = xe * V256.C(-ErfConst.InvSqrt2Hi);
            Vector256<double> zl = V256.Fma(xe, V256.C(-ErfConst.InvSqrt2Hi), -zh) + xe * V256.C(-ErfConst.InvSqrt2Lo);
            Vector256<double> x2 = xe * xe;
            Vector256<double> z2h = x2 * V256.C(0.5);
            Vector256<double> z2l = V256.Fma(xe, xe, -x2) * V256.C(0.5);
            return V256.Select(V256.Gt(x, V256.C(40.0)), x, ErfcCore(zh, z2h, z2l, zl, true, xe * V256.C(0.5)));
        }

        /// <summary>
        /// gelu(x) for float, float-only, where <see cref="TableLookup.IsSupported"/> (see GeluConstF): x·Φ(x) with Φ(−|x|) from
        /// a per-interval polynomial for |x| &lt; 4 (Φ(x) = 1 − Φ(−x) for x &gt; 0), the exp form for the other lanes.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> GeluFF(Vector256<float> x)
        {
            // a = |x|, j = round(4a − ½) in the low bits of t (the table index), s = 4a − ½ − j exactly. 4a − ½ is rounded only
            // for a < 1/8, by at most 2^-26: 2^-28 in a, under 0.03 ULP of Φ(−a) ≈ ½.
            Vector256<float> a = V256.AbsF(x);
            Vector256<float> sa = V256.FmaF(a, V256.CF(4f), V256.CF(-0.5f));
            Vector256<float> t = sa + V256.CF(MathConstF.Shift);
            Vector256<float> s = sa - (t - V256.CF(MathConstF.Shift));
            ref float c = ref MemoryMarshal.GetReference(GeluConstF.Main);
            Vector256<float> q = TableLookup.Lookup16(ref Unsafe.Add(ref c, 8 * 16), t);
            q = V256.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 7 * 16), t));
            q = V256.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 6 * 16), t));
            q = V256.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 5 * 16), t));
            q = V256.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 4 * 16), t));
            // P = Φ(−a) = c0 + c1·s + s²·q with c0 and c1 float pairs: c0 + c1h·s = v + ve exactly (the product by an FMA, the
            // sum by Fast2Sum, |c1h·s| < c0), so only the small terms are rounded: P = v + r.
            Vector256<float> c0 = TableLookup.Lookup16(ref c, t);
            Vector256<float> c1 = TableLookup.Lookup16(ref Unsafe.Add(ref c, 2 * 16), t);
            Vector256<float> lh = c1 * s;
            Vector256<float> ll = V256.FmsF(c1, s, lh);
            Vector256<float> v = c0 + lh;
            Vector256<float> ve = (c0 - v) + lh;
            Vector256<float> lo = (ve + ll) + V256.FmaF(TableLookup.Lookup16(ref Unsafe.Add(ref c, 3 * 16), t), s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), t));
            Vector256<float> r = V256.FmaF(s * s, q, lo);
            // x > 0: Φ(x) = 1 − P = wh + wl (wh = RN(1 − v), its error exact by Fast2Sum since v ≤ ½, then − r).
            Vector256<float> wh = V256.CF(1f) - v;
            Vector256<float> wl = ((V256.CF(1f) - wh) - v) - r;
            Vector256<float> pos = V256.GtF(x, V256.CF(0f));
            // y = x·(hi + lo) with one rounding of x·hi (the FMA's); the sign of x kept for ±0.
            Vector256<float> y = V256.WithSignF(V256.FmaF(x, V256.SelectF(pos, wh, v), x * V256.SelectF(pos, wl, r)), x);
            // a ≥ 4 (and ±∞, NaN): the exp form.
            if (!V256.AllLtCF(a, 4f))
            {
                y = V256.SelectF(V256.GtF(V256.CF(4f), a), y, GeluTailF(x));
            }

            return y;
        }

        /// <summary>
        /// gelu(x) for float by the exp form: x·Φ(x) = −a·e^(−a²/2)·M(a) for x = −a &lt; 0, x − a·e^(−a²/2)·M(a) for x = a &gt; 0,
        /// M(a) = Φ(−a)·e^(a²/2) from a per-eighth-binade polynomial on a in [4, 16) (see GeluConstF). For |x| ≥ 4 (and ±∞, NaN).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> GeluTailF(Vector256<float> x)
        {
            Vector256<float> a = V256.MinCF(V256.AbsF(x), 15.5f);
            Vector256<float> na = -a;
            Vector256<float> i = TableLookup.OctaveIndex(a);
            Vector256<float> s = TableLookup.OctaveOffset(a);
            ref float c = ref MemoryMarshal.GetReference(GeluConstF.Tail);
            Vector256<float> q = TableLookup.Lookup16(ref Unsafe.Add(ref c, 6 * 16), i);
            q = V256.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 5 * 16), i));
            q = V256.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 4 * 16), i));
            q = V256.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 3 * 16), i));
            q = V256.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 2 * 16), i));
            // M = d0 + lo (d0 a float pair, |s·q| ≤ 0.07·M); X = −a·M = xh + xl, xh = RN(−a·d0) and its exact error.
            Vector256<float> d0 = TableLookup.Lookup16(ref c, i);
            Vector256<float> lo = V256.FmaF(s, q, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), i));
            Vector256<float> xh = na * d0;
            Vector256<float> xl = V256.FmaF(na, lo, V256.FmsF(na, d0, xh));
            // e^(−a²/2) = 2^n·(1 + sHi + sLo) from −a²/2 = zh + zl exactly (zh = −RN(a²)/2, zl by one FMA): ExpCoreF's reduction
            // written out, the same operations (its tuple's constructor is a call the JIT leaves in a kernel's loop once the
            // inlining budget runs short: 2–3 ns per element instead of ~0.4 on x in [−10, 10]).
            Vector256<float> h = a * a;
            Vector256<float> zh = h * V256.CF(-0.5f);
            Vector256<float> zl = V256.FmaF(na * V256.CF(0.5f), a, -zh);
            Vector256<float> k = V256.FmaF(h, V256.CF(-0.5f * MathConstF.Log2E), V256.CF(MathConstF.Shift));
            Vector256<float> n = k - V256.CF(MathConstF.Shift);
            Vector256<float> rHi = V256.FnmaF(n, V256.CF(MathConstF.Ln2Hi), zh); // exact
            Vector256<float> rLo = V256.FnmaF(n, V256.CF(MathConstF.Ln2Lo), zl);
            Vector256<float> r = rHi + rLo;
            Vector256<float> r2 = r * r;
            Vector256<float> p = V256.FmaF(r2, ExpQF(r, r2), rLo);
            Vector256<float> sHi = rHi + p;
            Vector256<float> sLo = (rHi - sHi) + p;
            // X·(1 + sHi + sLo) with one rounding: w + wl = 1 + sHi exactly (Fast2Sum), xh·w exact inside the last FMA.
            Vector256<float> w = V256.CF(1f) + sHi;
            Vector256<float> wl = (V256.CF(1f) - w) + sHi;
            Vector256<float> m = V256.FmaF(xh, w, V256.FmaF(xl, w, xh * (wl + sLo)));
            // 2^n applied once (a subnormal result rounded once more, in units of the smallest subnormal).
            Vector256<float> g = V256.ScaleF(m, n);
            return V256.SelectF(V256.GtF(V256.CF(0f), x), g, x + g);
        }

        /// <summary>erfc(x) = 1 − erf(x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Erfc(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(ErfcD(lo), ErfcD(hi));
        }

        /// <summary>erfc(x) = 1 − erf(x), accurate in both tails.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Erfc(Vector256<double> x) => ErfcD(x);

        /// <summary>gelu(x) = ½·x·erfc(−x/√2) (≤ 1 ULP), accurate in the negative tail: float-only where AVX-512 permutes, else evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Gelu(Vector256<float> x)
        {
            if (TableLookup.IsSupported)
            {
                return GeluFF(x);
            }

            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(GeluD(lo), GeluD(hi));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Gelu(Vector256<double> x) => GeluD(x);

        // ---------------- Vector512 ----------------
        /// <summary>
        /// mult·erfc(z) for z in [-28, 28] or NaN, z² = z2h + z2l, and an optional low part zl of z. The factor is
        /// applied before the final scaling of the exp, so subnormal results are rounded once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> ErfcCore(Vector512<double> z, Vector512<double> z2h, Vector512<double> z2l, Vector512<double> zl, bool useLow, Vector512<double> mult)
        {
            Vector512<double> az = V512.Abs(z);
            Vector512<double> inA = V512.Lt(az, V512.C(1.25));
            Vector512<double> res = V512.C(0.0);
            if (V512.Any(inA))
            {
                Vector512<double> small = V512.Lt(az, V512.C(0.84375));
                Vector512<double> t = V512.Select(small, z2h, az - V512.C(1.0));
                Vector512<double> p, q;
            p = V512.Select(small, V512.C(ErfConst.PP6), V512.C(ErfConst.PA6));
            p = V512.Fma(p, t, V512.Select(small, V512.C(ErfConst.PP5), V512.C(ErfConst.PA5)));
            p = V512.Fma(p, t, V512.Select(small, V512.C(ErfConst.PP4), V512.C(ErfConst.PA4)));
            p = V512.Fma(p, t, V512.Select(small, V512.C(ErfConst.PP3), V512.C(ErfConst.PA3)));
            p = V512.Fma(p, t, V512.Select(small, V512.C(ErfConst.PP2), V512.C(ErfConst.PA2)));
            p = V512.Fma(p, t, V512.Select(small, V512.C(ErfConst.PP1), V512.C(ErfConst.PA1)));
            p = V512.Fma(p, t, V512.Select(small, V512.C(ErfConst.PP0), V512.C(ErfConst.PA0)));
            q = V512.Select(small, V512.C(ErfConst.QQ5), V512.C(ErfConst.QA5));
            q = V512.Fma(q, t, V512.Select(small, V512.C(ErfConst.QQ4), V512.C(ErfConst.QA4)));
            q = V512.Fma(q, t, V512.Select(small, V512.C(ErfConst.QQ3), V512.C(ErfConst.QA3)));
            q = V512.Fma(q, t, V512.Select(small, V512.C(ErfConst.QQ2), V512.C(ErfConst.QA2)));
            q = V512.Fma(q, t, V512.Select(small, V512.C(ErfConst.QQ1), V512.C(ErfConst.QA1)));
            q = V512.Fma(q, t, V512.Select(small, V512.C(ErfConst.QQ0), V512.C(ErfConst.QA0)));
            q = V512.Fma(q, t, V512.C(1.0));
                Vector512<double> y = p / q;
                Vector512<double> smallRes = V512.Select(V512.Lt(z, V512.C(0.25)), V512.C(1.0) - V512.Fma(z, y, z), V512.C(0.5) - V512.Fma(z, y, z - V512.C(0.5)));
                Vector512<double> midRes = V512.Select(V512.Gt(z, V512.C(0.0)), V512.C(1.0 - ErfConst.Erx) - y, V512.C(1.0) + (V512.C(ErfConst.Erx) + y));
                res = V512.Select(small, smallRes, midRes);
                if (useLow)
                    res = V512.Fma(V512.C(-ErfConst.TwoOverSqrtPi) * ExpFCore(-z2h), zl, res);
                res *= mult;
            }
            Vector512<double> inB = V512.Not(inA);
            if (V512.Any(inB))
            {
                Vector512<double> s = V512.C(1.0) / z2h;
                Vector512<double> near = V512.Lt(az, V512.C(1.0 / 0.35));
                Vector512<double> r, q;
            r = V512.Select(near, V512.C(ErfConst.RA7), V512.C(ErfConst.RB7));
            r = V512.Fma(r, s, V512.Select(near, V512.C(ErfConst.RA6), V512.C(ErfConst.RB6)));
            r = V512.Fma(r, s, V512.Select(near, V512.C(ErfConst.RA5), V512.C(ErfConst.RB5)));
            r = V512.Fma(r, s, V512.Select(near, V512.C(ErfConst.RA4), V512.C(ErfConst.RB4)));
            r = V512.Fma(r, s, V512.Select(near, V512.C(ErfConst.RA3), V512.C(ErfConst.RB3)));
            r = V512.Fma(r, s, V512.Select(near, V512.C(ErfConst.RA2), V512.C(ErfConst.RB2)));
            r = V512.Fma(r, s, V512.Select(near, V512.C(ErfConst.RA1), V512.C(ErfConst.RB1)));
            r = V512.Fma(r, s, V512.Select(near, V512.C(ErfConst.RA0), V512.C(ErfConst.RB0)));
            q = V512.Select(near, V512.C(ErfConst.SA7), V512.C(ErfConst.SB7));
            q = V512.Fma(q, s, V512.Select(near, V512.C(ErfConst.SA6), V512.C(ErfConst.SB6)));
            q = V512.Fma(q, s, V512.Select(near, V512.C(ErfConst.SA5), V512.C(ErfConst.SB5)));
            q = V512.Fma(q, s, V512.Select(near, V512.C(ErfConst.SA4), V512.C(ErfConst.SB4)));
            q = V512.Fma(q, s, V512.Select(near, V512.C(ErfConst.SA3), V512.C(ErfConst.SB3)));
            q = V512.Fma(q, s, V512.Select(near, V512.C(ErfConst.SA2), V512.C(ErfConst.SB2)));
            q = V512.Fma(q, s, V512.Select(near, V512.C(ErfConst.SA1), V512.C(ErfConst.SB1)));
            q = V512.Fma(q, s, V512.Select(near, V512.C(ErfConst.SA0), V512.C(ErfConst.SB0)));
            q = V512.Fma(q, s, V512.C(1.0));
                Vector512<double> tail = ExpDCore(-z2h, (r / q - V512.C(0.5625)) - z2l, mult / az);
                res = V512.Select(inA, res, V512.Select(V512.Gt(z, V512.C(0.0)), tail, V512.Fma(mult, V512.C(2.0), -tail)));
            }
            return res;
        }

        /// <summary>erfc for any double: clamps to [-28, 28] (erfc is 2 or 0 beyond), z² exact as a double-double.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> ErfcD(Vector512<double> x)
        {
            Vector512<double> z = V512.MinC(V512.MaxC(x, -28.0), 28.0);
            Vector512<double> z2h = z * z;
            return ErfcCore(z, z2h, V512.Fma(z, z, -z2h), V512.C(0.0), false, V512.C(1.0));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2) with −x/√2 as a double-double and x²/2 exact.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluD(Vector512<double> x)
        {
            Vector512<double> xc = V512.MaxC(x, -40.0);
            Vector512<double> xe = V512.MinC(xc, 40.0);
            Vector512<double> zh = xe * V512.C(-ErfConst.InvSqrt2Hi);
            Vector512<double> zl = V512.Fma(xe, V512.C(-ErfConst.InvSqrt2Hi), -zh) + xe * V512.C(-ErfConst.InvSqrt2Lo);
            Vector512<double> x2 = xe * xe;
            Vector512<double> z2h = x2 * V512.C(0.5);
            Vector512<double> z2l = V512.Fma(xe, xe, -x2) * V512.C(0.5);
            return V512.Select(V512.Gt(x, V512.C(40.0)), x, ErfcCore(zh, z2h, z2l, zl, true, xe * V512.C(0.5)));
        }

        /// <summary>
        /// gelu(x) for float, float-only, where <see cref="TableLookup.IsSupported"/> (see GeluConstF): x·Φ(x) with Φ(−|x|) from
        /// a per-interval polynomial for |x| &lt; 4 (Φ(x) = 1 − Φ(−x) for x &gt; 0), the exp form for the other lanes.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> GeluFF(Vector512<float> x)
        {
            // a = |x|, j = round(4a − ½) in the low bits of t (the table index), s = 4a − ½ − j exactly. 4a − ½ is rounded only
            // for a < 1/8, by at most 2^-26: 2^-28 in a, under 0.03 ULP of Φ(−a) ≈ ½.
            Vector512<float> a = V512.AbsF(x);
            Vector512<float> sa = V512.FmaF(a, V512.CF(4f), V512.CF(-0.5f));
            Vector512<float> t = sa + V512.CF(MathConstF.Shift);
            Vector512<float> s = sa - (t - V512.CF(MathConstF.Shift));
            ref float c = ref MemoryMarshal.GetReference(GeluConstF.Main);
            Vector512<float> q = TableLookup.Lookup16(ref Unsafe.Add(ref c, 8 * 16), t);
            q = V512.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 7 * 16), t));
            q = V512.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 6 * 16), t));
            q = V512.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 5 * 16), t));
            q = V512.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 4 * 16), t));
            // P = Φ(−a) = c0 + c1·s + s²·q with c0 and c1 float pairs: c0 + c1h·s = v + ve exactly (the product by an FMA, the
            // sum by Fast2Sum, |c1h·s| < c0), so only the small terms are rounded: P = v + r.
            Vector512<float> c0 = TableLookup.Lookup16(ref c, t);
            Vector512<float> c1 = TableLookup.Lookup16(ref Unsafe.Add(ref c, 2 * 16), t);
            Vector512<float> lh = c1 * s;
            Vector512<float> ll = V512.FmsF(c1, s, lh);
            Vector512<float> v = c0 + lh;
            Vector512<float> ve = (c0 - v) + lh;
            Vector512<float> lo = (ve + ll) + V512.FmaF(TableLookup.Lookup16(ref Unsafe.Add(ref c, 3 * 16), t), s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), t));
            Vector512<float> r = V512.FmaF(s * s, q, lo);
            // x > 0: Φ(x) = 1 − P = wh + wl (wh = RN(1 − v), its error exact by Fast2Sum since v ≤ ½, then − r).
            Vector512<float> wh = V512.CF(1f) - v;
            Vector512<float> wl = ((V512.CF(1f) - wh) - v) - r;
            Vector512<float> pos = V512.GtF(x, V512.CF(0f));
            // y = x·(hi + lo) with one rounding of x·hi (the FMA's); the sign of x kept for ±0.
            Vector512<float> y = V512.WithSignF(V512.FmaF(x, V512.SelectF(pos, wh, v), x * V512.SelectF(pos, wl, r)), x);
            // a ≥ 4 (and ±∞, NaN): the exp form.
            if (!V512.AllLtCF(a, 4f))
            {
                y = V512.SelectF(V512.GtF(V512.CF(4f), a), y, GeluTailF(x));
            }

            return y;
        }

        /// <summary>
        /// gelu(x) for float by the exp form: x·Φ(x) = −a·e^(−a²/2)·M(a) for x = −a &lt; 0, x − a·e^(−a²/2)·M(a) for x = a &gt; 0,
        /// M(a) = Φ(−a)·e^(a²/2) from a per-eighth-binade polynomial on a in [4, 16) (see GeluConstF). For |x| ≥ 4 (and ±∞, NaN).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> GeluTailF(Vector512<float> x)
        {
            Vector512<float> a = V512.MinCF(V512.AbsF(x), 15.5f);
            Vector512<float> na = -a;
            Vector512<float> i = TableLookup.OctaveIndex(a);
            Vector512<float> s = TableLookup.OctaveOffset(a);
            ref float c = ref MemoryMarshal.GetReference(GeluConstF.Tail);
            Vector512<float> q = TableLookup.Lookup16(ref Unsafe.Add(ref c, 6 * 16), i);
            q = V512.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 5 * 16), i));
            q = V512.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 4 * 16), i));
            q = V512.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 3 * 16), i));
            q = V512.FmaF(q, s, TableLookup.Lookup16(ref Unsafe.Add(ref c, 2 * 16), i));
            // M = d0 + lo (d0 a float pair, |s·q| ≤ 0.07·M); X = −a·M = xh + xl, xh = RN(−a·d0) and its exact error.
            Vector512<float> d0 = TableLookup.Lookup16(ref c, i);
            Vector512<float> lo = V512.FmaF(s, q, TableLookup.Lookup16(ref Unsafe.Add(ref c, 16), i));
            Vector512<float> xh = na * d0;
            Vector512<float> xl = V512.FmaF(na, lo, V512.FmsF(na, d0, xh));
            // e^(−a²/2) = 2^n·(1 + sHi + sLo) from −a²/2 = zh + zl exactly (zh = −RN(a²)/2, zl by one FMA): ExpCoreF's reduction
            // written out, the same operations (its tuple's constructor is a call the JIT leaves in a kernel's loop once the
            // inlining budget runs short: 2–3 ns per element instead of ~0.4 on x in [−10, 10]).
            Vector512<float> h = a * a;
            Vector512<float> zh = h * V512.CF(-0.5f);
            Vector512<float> zl = V512.FmaF(na * V512.CF(0.5f), a, -zh);
            Vector512<float> k = V512.FmaF(h, V512.CF(-0.5f * MathConstF.Log2E), V512.CF(MathConstF.Shift));
            Vector512<float> n = k - V512.CF(MathConstF.Shift);
            Vector512<float> rHi = V512.FnmaF(n, V512.CF(MathConstF.Ln2Hi), zh); // exact
            Vector512<float> rLo = V512.FnmaF(n, V512.CF(MathConstF.Ln2Lo), zl);
            Vector512<float> r = rHi + rLo;
            Vector512<float> r2 = r * r;
            Vector512<float> p = V512.FmaF(r2, ExpQF(r, r2), rLo);
            Vector512<float> sHi = rHi + p;
            Vector512<float> sLo = (rHi - sHi) + p;
            // X·(1 + sHi + sLo) with one rounding: w + wl = 1 + sHi exactly (Fast2Sum), xh·w exact inside the last FMA.
            Vector512<float> w = V512.CF(1f) + sHi;
            Vector512<float> wl = (V512.CF(1f) - w) + sHi;
            Vector512<float> m = V512.FmaF(xh, w, V512.FmaF(xl, w, xh * (wl + sLo)));
            // 2^n applied once (a subnormal result rounded once more, in units of the smallest subnormal).
            Vector512<float> g = V512.ScaleF(m, n);
            return V512.SelectF(V512.GtF(V512.CF(0f), x), g, x + g);
        }

        /// <summary>erfc(x) = 1 − erf(x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Erfc(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(ErfcD(lo), ErfcD(hi));
        }

        /// <summary>erfc(x) = 1 − erf(x), accurate in both tails.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Erfc(Vector512<double> x) => ErfcD(x);

        /// <summary>gelu(x) = ½·x·erfc(−x/√2) (≤ 1 ULP), accurate in the negative tail: float-only where AVX-512 permutes, else evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Gelu(Vector512<float> x)
        {
            if (TableLookup.IsSupported)
            {
                return GeluFF(x);
            }

            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(GeluD(lo), GeluD(hi));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Gelu(Vector512<double> x) => GeluD(x);
    }
}

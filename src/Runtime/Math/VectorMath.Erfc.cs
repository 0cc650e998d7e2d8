// This file is produced by Templates/generate.py from Templates/VectorMath.Erfc.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
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

        /// <summary>erfc(x) = 1 − erf(x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Erfc(float x) => (float)ErfcD(x);

        /// <summary>erfc(x) = 1 − erf(x), accurate in both tails.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Erfc(double x) => ErfcD(x);

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), evaluated in double and rounded once (≤ 1 ULP), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Gelu(float x) => (float)GeluD(x);

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

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), evaluated in double and rounded once (≤ 1 ULP), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Gelu(Vector128<float> x)
        {
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

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), evaluated in double and rounded once (≤ 1 ULP), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Gelu(Vector256<float> x)
        {
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

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), evaluated in double and rounded once (≤ 1 ULP), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Gelu(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(GeluD(lo), GeluD(hi));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), accurate in the negative tail.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Gelu(Vector512<double> x) => GeluD(x);
    }
}

// This file is produced by tools/MathGen from Templates/VectorMath.Exp.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    /// <summary>Constants shared by the vector math kernels.</summary>
    internal static class MathConst
    {
        // Round-to-integer shifter: adding 0x1.8p52 leaves round(x) in the low mantissa bits (|x| < 2^51).
        internal const double Shift = 6755399441055744.0; // 0x1.8p52
        internal const double Log2E = 1.4426950408889634; // 0x1.71547652b82fep+0
        internal const double Ln2 = 0.6931471805599453;   // 0x1.62e42fefa39efp-1
        // Cody-Waite split of ln 2 (fdlibm e_exp.c): Ln2Hi has 32 significant bits, so n*Ln2Hi is exact for |n| < 2^21.
        internal const double Ln2Hi = 0.6931471803691238;    // 0x1.62e42fee00000p-1
        internal const double Ln2Lo = 1.9082149292705877e-10; // 0x1.a39ef35793c76p-33
        // gelu_tanh: 2u = x·(GeluC1 + GeluC3·x²), constants as double-doubles (0.044715 taken as the exact decimal).
        internal const double GeluC1 = 1.5957691216057308, GeluC1Lo = -9.96930880911092e-17;    // 2·√(2/π)
        internal const double GeluC3 = 0.07135481627260025, GeluC3Lo = -6.175149918155315e-19;   // 2·√(2/π)·0.044715

        // q(r) = (e^r - 1 - r) / r^2 on |r| <= ln2/2 + 0.001, near-minimax (Chebyshev fit, mpmath, 200-bit arithmetic).
        // Degree 10: |error| <= 2^-59.3, so e^r - 1 = r + r^2 q(r) is good to ~2^-62 relative (double paths).
        internal const double QD0 = 0.5;                      // 0x1.0000000000000p-1
        internal const double QD1 = 0.1666666666666667;       // 0x1.5555555555557p-3
        internal const double QD2 = 0.04166666666666667;      // 0x1.5555555555556p-5
        internal const double QD3 = 0.008333333333325973;     // 0x1.111111111007ep-7
        internal const double QD4 = 0.0013888888888883633;    // 0x1.6c16c16c1629fp-10
        internal const double QD5 = 0.0001984126987538548;    // 0x1.a01a01ac1adebp-13
        internal const double QD6 = 2.480158732595111e-05;    // 0x1.a01a01a6f59a9p-16
        internal const double QD7 = 2.7557254685728803e-06;   // 0x1.71de0190b33a1p-19
        internal const double QD8 = 2.755727313289604e-07;    // 0x1.27e4db08819d2p-22
        internal const double QD9 = 2.5105513541847086e-08;   // 0x1.af4f375ba602bp-26
        internal const double QD10 = 2.0914898727175524e-09;  // 0x1.1f73c205d8d57p-29
        // 2^r on |r| <= 1/2 + 0.001, degree 6 near-minimax (mpmath Chebyshev fit): relative error <= 2^-28.4.
        // Used by the float sigmoid/silu/gelu_tanh (one rounding to float afterwards: 2^-28 << 2^-24).
        internal const double P2_0 = 1.0, P2_1 = 0.6931472070184292, P2_2 = 0.24022650925021063, P2_3 = 0.05550326554626684,
            P2_4 = 0.009618056096717177, P2_5 = 0.001340069648597045, P2_6 = 0.00015461676975973325;
        // (2^r - 1)/r on |r| <= 1/2 + 0.001, degree 6 (relative error <= 2^-31.4), for the float tanh.
        internal const double Q2_0 = 0.6931471805599453, Q2_1 = 0.24022650925021063, Q2_2 = 0.055504108841199315, Q2_3 = 0.009618056096717177,
            Q2_4 = 0.0013333501938341237, Q2_5 = 0.00015461676975973325, Q2_6 = 1.5297502543635438e-05;
        // Degree 6: |error| <= 2^-35.1, e^r - 1 good to 2^-36.6 relative: ample for float results computed in double.
        internal const double QF0 = 0.5;                      // 0x1.0000000000000p-1
        internal const double QF1 = 0.16666666719910625;      // 0x1.55555567a0b8bp-3
        internal const double QF2 = 0.04166666671989357;      // 0x1.5555555ca616bp-5
        internal const double QF3 = 0.008333298079430647;     // 0x1.1110c55c07591p-7
        internal const double QF4 = 0.001388885364547036;     // 0x1.6c1684dfde978p-10
        internal const double QF5 = 0.00019899609630907557;   // 0x1.a1533738c378ep-13
        internal const double QF6 = 2.4859913741804633e-05;   // 0x1.a114843980dd4p-16
    }

    /// <summary>
    /// Vectorized transcendental activations and their building blocks, for <see cref="float"/> and
    /// <see cref="double"/>, scalar and Vector128/256/512. Float functions are evaluated in double and rounded
    /// once (measured ≤ 1 ULP over all 2^32 inputs, see docs/accuracy.md); double functions are written for
    /// ≤ 4 ULP (measured against a double-double reference).
    /// </summary>
    /// <remarks>
    /// <para><b>exp.</b> x = n·ln2 + r with n = round(x·log2 e) (computed with the 0x1.8p52 shifter, so the
    /// integer n also lands in the low bits of a double, from which 2^n is built by an integer add and shift),
    /// |r| ≤ ln2/2, r = x − n·Ln2Hi − n·Ln2Lo (Cody–Waite, fdlibm's split). e^r − 1 = r + r²·q(r), q a
    /// near-minimax polynomial fitted here (see <c>MathConst</c>): degree 10 for double results (≤ 2^-59),
    /// degree 6 for float results evaluated in double (≤ 2^-36, then one rounding to float). The table-free
    /// reduction is the one of dotnet/runtime's VectorMath.ExpDouble (from AMD AOCL's vrd2_exp) and of ARM
    /// optimized-routines; the polynomials are our own fits. The double path scales by 2^n in two steps
    /// (2^⌊n/2⌉·2^(n−⌊n/2⌉)) so subnormal results are rounded once.</para>
    /// <para><b>expm1.</b> Same reduction; e^x − 1 = 2·(2^(n−1)·(e^r − 1) + (2^(n−1) − ½)) with one fused
    /// multiply-add: exact scaling, no cancellation (the n = 0 case is r + r²·q(r) itself).</para>
    /// </remarks>
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>q(r) = (e^r − 1 − r)/r², double-precision fit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double QD(double r)
        {
            double q = Sc.Fma(r, Sc.C(MathConst.QD10), Sc.C(MathConst.QD9));
            q = Sc.Fma(q, r, Sc.C(MathConst.QD8));
            q = Sc.Fma(q, r, Sc.C(MathConst.QD7));
            q = Sc.Fma(q, r, Sc.C(MathConst.QD6));
            q = Sc.Fma(q, r, Sc.C(MathConst.QD5));
            q = Sc.Fma(q, r, Sc.C(MathConst.QD4));
            q = Sc.Fma(q, r, Sc.C(MathConst.QD3));
            q = Sc.Fma(q, r, Sc.C(MathConst.QD2));
            q = Sc.Fma(q, r, Sc.C(MathConst.QD1));
            return Sc.Fma(q, r, Sc.C(MathConst.QD0));
        }

        /// <summary>q(r) = (e^r − 1 − r)/r², fit good to 2^-35 (for float results computed in double).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double QF(double r)
        {
            double q = Sc.Fma(r, Sc.C(MathConst.QF6), Sc.C(MathConst.QF5));
            q = Sc.Fma(q, r, Sc.C(MathConst.QF4));
            q = Sc.Fma(q, r, Sc.C(MathConst.QF3));
            q = Sc.Fma(q, r, Sc.C(MathConst.QF2));
            q = Sc.Fma(q, r, Sc.C(MathConst.QF1));
            return Sc.Fma(q, r, Sc.C(MathConst.QF0));
        }

        /// <summary>e^x for float-quality results, x in [−708, 708] or NaN (caller clamps); relative error &lt; 2^-36.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double ExpFCore(double x)
        {
            double k = Sc.Fma(x, Sc.C(MathConst.Log2E), Sc.C(MathConst.Shift));
            double n = k - Sc.C(MathConst.Shift);
            double r = Sc.Fnma(n, Sc.C(MathConst.Ln2), x);
            double em = Sc.Fma(r * r, QF(r), r);
            double s = Sc.Pow2((k, 1023));
            return Sc.Fma(em, s, s);
        }

        /// <summary>
        /// 2^z for float-quality results, z in [−1000, 1000] or NaN (caller clamps): z = n + r, |r| ≤ ½ (r exact),
        /// 2^r by the degree-6 fit (2^-28.4), 2^n added into the exponent bits. One multiply and six FMAs: the
        /// float sigmoid's hot path.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double Exp2FCore(double z)
        {
            double k = z + Sc.C(MathConst.Shift);
            double r = z - (k - Sc.C(MathConst.Shift));
            double p = Sc.Fma(r, Sc.C(MathConst.P2_6), Sc.C(MathConst.P2_5));
            p = Sc.Fma(p, r, Sc.C(MathConst.P2_4));
            p = Sc.Fma(p, r, Sc.C(MathConst.P2_3));
            p = Sc.Fma(p, r, Sc.C(MathConst.P2_2));
            p = Sc.Fma(p, r, Sc.C(MathConst.P2_1));
            p = Sc.Fma(p, r, Sc.C(MathConst.P2_0));
            return Sc.ScaleByK(p, k);
        }

        /// <summary>2^z − 1 for float-quality results, z in [0, 40] or NaN: r·Q(r) (relative, 2^-31) scaled as 2^n·(2^r − 1) + (2^n − 1).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double Exp2M1FCore(double z)
        {
            double k = z + Sc.C(MathConst.Shift);
            double r = z - (k - Sc.C(MathConst.Shift));
            double q = Sc.Fma(r, Sc.C(MathConst.Q2_6), Sc.C(MathConst.Q2_5));
            q = Sc.Fma(q, r, Sc.C(MathConst.Q2_4));
            q = Sc.Fma(q, r, Sc.C(MathConst.Q2_3));
            q = Sc.Fma(q, r, Sc.C(MathConst.Q2_2));
            q = Sc.Fma(q, r, Sc.C(MathConst.Q2_1));
            q = Sc.Fma(q, r, Sc.C(MathConst.Q2_0));
            double s = Sc.ScaleByK(Sc.C(1.0), k);
            return Sc.Fma(s, r * q, s - Sc.C(1.0));
        }

        /// <summary>e^x − 1 for float-quality results, x in [−40, 708] or NaN (caller clamps); relative error &lt; 2^-35. Sign of −0 not kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double ExpM1FCore(double x)
        {
            double k = Sc.Fma(x, Sc.C(MathConst.Log2E), Sc.C(MathConst.Shift));
            double n = k - Sc.C(MathConst.Shift);
            double r = Sc.Fnma(n, Sc.C(MathConst.Ln2), x);
            double em = Sc.Fma(r * r, QF(r), r);
            double s = Sc.Pow2((k, 1023));
            return Sc.Fma(s, em, s - Sc.C(1.0));
        }

        /// <summary>m·e^(a+b) with double accuracy over the whole range (subnormal results rounded once, |m| ≤ e^14); |b| small relative to a.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double ExpDCore(double a, double b, double m)
        {
            double x = a + b;
            // Down to -760 (not -745) so that a factor |m| up to e^14 can still lift m·e^x into the subnormal range.
            double xc = Sc.MinC(Sc.MaxC(x, -760.0), 710.0);
            double k = Sc.Fma(xc, Sc.C(MathConst.Log2E), Sc.C(MathConst.Shift));
            double n = k - Sc.C(MathConst.Shift);
            double hi = Sc.Fnma(n, Sc.C(MathConst.Ln2Hi), a);
            double r = hi + Sc.Fnma(n, Sc.C(MathConst.Ln2Lo), b);
            double p = Sc.C(1.0) + Sc.Fma(r * r, QD(r), r);
            double k1 = Sc.Fma(n, Sc.C(0.5), Sc.C(MathConst.Shift));
            double k2 = (n - (k1 - Sc.C(MathConst.Shift))) + Sc.C(MathConst.Shift);
            double res = p * m * Sc.Pow2((k1, 1023)) * Sc.Pow2((k2, 1023));
            res = Sc.Select(Sc.Gt(x, Sc.C(709.79)), m * Sc.C(double.PositiveInfinity), res);
            return Sc.Select(Sc.Lt(x, Sc.C(-760.0)), m * Sc.C(0.0), res);
        }

        /// <summary>e^x − 1 with double accuracy; any x (NaN and ±Inf included), sign of −0 kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double ExpM1DCore(double x)
        {
            double xc = Sc.MinC(Sc.MaxC(x, -40.0), 710.0);
            double k = Sc.Fma(xc, Sc.C(MathConst.Log2E), Sc.C(MathConst.Shift));
            double n = k - Sc.C(MathConst.Shift);
            double r = Sc.Fnma(n, Sc.C(MathConst.Ln2Hi), xc);
            r = Sc.Fnma(n, Sc.C(MathConst.Ln2Lo), r);
            double em = Sc.Fma(r * r, QD(r), r);
            double s2 = Sc.Pow2((k, 1022)); // 2^(n-1), normal for n in [-58, 1024]
            double res = Sc.Fma(s2, em, s2 - Sc.C(0.5));
            // |x| < 2^-60: expm1(x) rounds to x (and halving a subnormal em above would lose its last bit).
            return Sc.Select(Sc.Lt(Sc.Abs(x), Sc.C(8.673617379884035e-19)), x, Sc.OrBits(res + res, Sc.SignOf(x)));
        }

        /// <summary>e^x − 1 for float-quality results, any x; sign of −0 kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double ExpM1F(double x) =>
            Sc.OrBits(ExpM1FCore(Sc.MinC(Sc.MaxC(x, -40.0), 708.0)), Sc.SignOf(x));

        /// <summary>e^x, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The exponent.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Exp(float x) => (float)ExpFCore(Sc.MinC(Sc.MaxC(x, -708.0), 708.0));

        /// <summary>e^x (≤ 2 ULP; subnormal results rounded once).</summary>
        /// <param name="x">The exponent.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Exp(double x) => ExpDCore(x, 0.0, 1.0);

        /// <summary>e^x − 1, accurate near 0, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The exponent.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float ExpM1(float x) => (float)ExpM1F(x);

        /// <summary>e^x − 1, accurate near 0 (≤ 2 ULP).</summary>
        /// <param name="x">The exponent.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double ExpM1(double x) => ExpM1DCore(x);

        // ---------------- Vector128 ----------------
        /// <summary>q(r) = (e^r − 1 − r)/r², double-precision fit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> QD(Vector128<double> r)
        {
            Vector128<double> q = V128.Fma(r, V128.C(MathConst.QD10), V128.C(MathConst.QD9));
            q = V128.Fma(q, r, V128.C(MathConst.QD8));
            q = V128.Fma(q, r, V128.C(MathConst.QD7));
            q = V128.Fma(q, r, V128.C(MathConst.QD6));
            q = V128.Fma(q, r, V128.C(MathConst.QD5));
            q = V128.Fma(q, r, V128.C(MathConst.QD4));
            q = V128.Fma(q, r, V128.C(MathConst.QD3));
            q = V128.Fma(q, r, V128.C(MathConst.QD2));
            q = V128.Fma(q, r, V128.C(MathConst.QD1));
            return V128.Fma(q, r, V128.C(MathConst.QD0));
        }

        /// <summary>q(r) = (e^r − 1 − r)/r², fit good to 2^-35 (for float results computed in double).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> QF(Vector128<double> r)
        {
            Vector128<double> q = V128.Fma(r, V128.C(MathConst.QF6), V128.C(MathConst.QF5));
            q = V128.Fma(q, r, V128.C(MathConst.QF4));
            q = V128.Fma(q, r, V128.C(MathConst.QF3));
            q = V128.Fma(q, r, V128.C(MathConst.QF2));
            q = V128.Fma(q, r, V128.C(MathConst.QF1));
            return V128.Fma(q, r, V128.C(MathConst.QF0));
        }

        /// <summary>e^x for float-quality results, x in [−708, 708] or NaN (caller clamps); relative error &lt; 2^-36.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> ExpFCore(Vector128<double> x)
        {
            Vector128<double> k = V128.Fma(x, V128.C(MathConst.Log2E), V128.C(MathConst.Shift));
            Vector128<double> n = k - V128.C(MathConst.Shift);
            Vector128<double> r = V128.Fnma(n, V128.C(MathConst.Ln2), x);
            Vector128<double> em = V128.Fma(r * r, QF(r), r);
            Vector128<double> s = V128.Pow2((k, 1023));
            return V128.Fma(em, s, s);
        }

        /// <summary>
        /// 2^z for float-quality results, z in [−1000, 1000] or NaN (caller clamps): z = n + r, |r| ≤ ½ (r exact),
        /// 2^r by the degree-6 fit (2^-28.4), 2^n added into the exponent bits. One multiply and six FMAs: the
        /// float sigmoid's hot path.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> Exp2FCore(Vector128<double> z)
        {
            Vector128<double> k = z + V128.C(MathConst.Shift);
            Vector128<double> r = z - (k - V128.C(MathConst.Shift));
            Vector128<double> p = V128.Fma(r, V128.C(MathConst.P2_6), V128.C(MathConst.P2_5));
            p = V128.Fma(p, r, V128.C(MathConst.P2_4));
            p = V128.Fma(p, r, V128.C(MathConst.P2_3));
            p = V128.Fma(p, r, V128.C(MathConst.P2_2));
            p = V128.Fma(p, r, V128.C(MathConst.P2_1));
            p = V128.Fma(p, r, V128.C(MathConst.P2_0));
            return V128.ScaleByK(p, k);
        }

        /// <summary>2^z − 1 for float-quality results, z in [0, 40] or NaN: r·Q(r) (relative, 2^-31) scaled as 2^n·(2^r − 1) + (2^n − 1).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> Exp2M1FCore(Vector128<double> z)
        {
            Vector128<double> k = z + V128.C(MathConst.Shift);
            Vector128<double> r = z - (k - V128.C(MathConst.Shift));
            Vector128<double> q = V128.Fma(r, V128.C(MathConst.Q2_6), V128.C(MathConst.Q2_5));
            q = V128.Fma(q, r, V128.C(MathConst.Q2_4));
            q = V128.Fma(q, r, V128.C(MathConst.Q2_3));
            q = V128.Fma(q, r, V128.C(MathConst.Q2_2));
            q = V128.Fma(q, r, V128.C(MathConst.Q2_1));
            q = V128.Fma(q, r, V128.C(MathConst.Q2_0));
            Vector128<double> s = V128.ScaleByK(V128.C(1.0), k);
            return V128.Fma(s, r * q, s - V128.C(1.0));
        }

        /// <summary>e^x − 1 for float-quality results, x in [−40, 708] or NaN (caller clamps); relative error &lt; 2^-35. Sign of −0 not kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> ExpM1FCore(Vector128<double> x)
        {
            Vector128<double> k = V128.Fma(x, V128.C(MathConst.Log2E), V128.C(MathConst.Shift));
            Vector128<double> n = k - V128.C(MathConst.Shift);
            Vector128<double> r = V128.Fnma(n, V128.C(MathConst.Ln2), x);
            Vector128<double> em = V128.Fma(r * r, QF(r), r);
            Vector128<double> s = V128.Pow2((k, 1023));
            return V128.Fma(s, em, s - V128.C(1.0));
        }

        /// <summary>m·e^(a+b) with double accuracy over the whole range (subnormal results rounded once, |m| ≤ e^14); |b| small relative to a.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> ExpDCore(Vector128<double> a, Vector128<double> b, Vector128<double> m)
        {
            Vector128<double> x = a + b;
            // Down to -760 (not -745) so that a factor |m| up to e^14 can still lift m·e^x into the subnormal range.
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -760.0), 710.0);
            Vector128<double> k = V128.Fma(xc, V128.C(MathConst.Log2E), V128.C(MathConst.Shift));
            Vector128<double> n = k - V128.C(MathConst.Shift);
            Vector128<double> hi = V128.Fnma(n, V128.C(MathConst.Ln2Hi), a);
            Vector128<double> r = hi + V128.Fnma(n, V128.C(MathConst.Ln2Lo), b);
            Vector128<double> p = V128.C(1.0) + V128.Fma(r * r, QD(r), r);
            Vector128<double> k1 = V128.Fma(n, V128.C(0.5), V128.C(MathConst.Shift));
            Vector128<double> k2 = (n - (k1 - V128.C(MathConst.Shift))) + V128.C(MathConst.Shift);
            Vector128<double> res = p * m * V128.Pow2((k1, 1023)) * V128.Pow2((k2, 1023));
            res = V128.Select(V128.Gt(x, V128.C(709.79)), m * V128.C(double.PositiveInfinity), res);
            return V128.Select(V128.Lt(x, V128.C(-760.0)), m * V128.C(0.0), res);
        }

        /// <summary>e^x − 1 with double accuracy; any x (NaN and ±Inf included), sign of −0 kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> ExpM1DCore(Vector128<double> x)
        {
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -40.0), 710.0);
            Vector128<double> k = V128.Fma(xc, V128.C(MathConst.Log2E), V128.C(MathConst.Shift));
            Vector128<double> n = k - V128.C(MathConst.Shift);
            Vector128<double> r = V128.Fnma(n, V128.C(MathConst.Ln2Hi), xc);
            r = V128.Fnma(n, V128.C(MathConst.Ln2Lo), r);
            Vector128<double> em = V128.Fma(r * r, QD(r), r);
            Vector128<double> s2 = V128.Pow2((k, 1022)); // 2^(n-1), normal for n in [-58, 1024]
            Vector128<double> res = V128.Fma(s2, em, s2 - V128.C(0.5));
            // |x| < 2^-60: expm1(x) rounds to x (and halving a subnormal em above would lose its last bit).
            return V128.Select(V128.Lt(V128.Abs(x), V128.C(8.673617379884035e-19)), x, V128.OrBits(res + res, V128.SignOf(x)));
        }

        /// <summary>e^x − 1 for float-quality results, any x; sign of −0 kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> ExpM1F(Vector128<double> x) =>
            V128.OrBits(ExpM1FCore(V128.MinC(V128.MaxC(x, -40.0), 708.0)), V128.SignOf(x));

        /// <summary>e^x, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Exp(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(ExpFCore(V128.MinC(V128.MaxC(lo, -708.0), 708.0)), ExpFCore(V128.MinC(V128.MaxC(hi, -708.0), 708.0)));
        }

        /// <summary>e^x (≤ 2 ULP; subnormal results rounded once).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Exp(Vector128<double> x) => ExpDCore(x, V128.C(0.0), V128.C(1.0));

        /// <summary>e^x − 1, accurate near 0, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> ExpM1(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(ExpM1F(lo), ExpM1F(hi));
        }

        /// <summary>e^x − 1, accurate near 0 (≤ 2 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> ExpM1(Vector128<double> x) => ExpM1DCore(x);

        // ---------------- Vector256 ----------------
        /// <summary>q(r) = (e^r − 1 − r)/r², double-precision fit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> QD(Vector256<double> r)
        {
            Vector256<double> q = V256.Fma(r, V256.C(MathConst.QD10), V256.C(MathConst.QD9));
            q = V256.Fma(q, r, V256.C(MathConst.QD8));
            q = V256.Fma(q, r, V256.C(MathConst.QD7));
            q = V256.Fma(q, r, V256.C(MathConst.QD6));
            q = V256.Fma(q, r, V256.C(MathConst.QD5));
            q = V256.Fma(q, r, V256.C(MathConst.QD4));
            q = V256.Fma(q, r, V256.C(MathConst.QD3));
            q = V256.Fma(q, r, V256.C(MathConst.QD2));
            q = V256.Fma(q, r, V256.C(MathConst.QD1));
            return V256.Fma(q, r, V256.C(MathConst.QD0));
        }

        /// <summary>q(r) = (e^r − 1 − r)/r², fit good to 2^-35 (for float results computed in double).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> QF(Vector256<double> r)
        {
            Vector256<double> q = V256.Fma(r, V256.C(MathConst.QF6), V256.C(MathConst.QF5));
            q = V256.Fma(q, r, V256.C(MathConst.QF4));
            q = V256.Fma(q, r, V256.C(MathConst.QF3));
            q = V256.Fma(q, r, V256.C(MathConst.QF2));
            q = V256.Fma(q, r, V256.C(MathConst.QF1));
            return V256.Fma(q, r, V256.C(MathConst.QF0));
        }

        /// <summary>e^x for float-quality results, x in [−708, 708] or NaN (caller clamps); relative error &lt; 2^-36.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ExpFCore(Vector256<double> x)
        {
            Vector256<double> k = V256.Fma(x, V256.C(MathConst.Log2E), V256.C(MathConst.Shift));
            Vector256<double> n = k - V256.C(MathConst.Shift);
            Vector256<double> r = V256.Fnma(n, V256.C(MathConst.Ln2), x);
            Vector256<double> em = V256.Fma(r * r, QF(r), r);
            Vector256<double> s = V256.Pow2((k, 1023));
            return V256.Fma(em, s, s);
        }

        /// <summary>
        /// 2^z for float-quality results, z in [−1000, 1000] or NaN (caller clamps): z = n + r, |r| ≤ ½ (r exact),
        /// 2^r by the degree-6 fit (2^-28.4), 2^n added into the exponent bits. One multiply and six FMAs: the
        /// float sigmoid's hot path.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> Exp2FCore(Vector256<double> z)
        {
            Vector256<double> k = z + V256.C(MathConst.Shift);
            Vector256<double> r = z - (k - V256.C(MathConst.Shift));
            Vector256<double> p = V256.Fma(r, V256.C(MathConst.P2_6), V256.C(MathConst.P2_5));
            p = V256.Fma(p, r, V256.C(MathConst.P2_4));
            p = V256.Fma(p, r, V256.C(MathConst.P2_3));
            p = V256.Fma(p, r, V256.C(MathConst.P2_2));
            p = V256.Fma(p, r, V256.C(MathConst.P2_1));
            p = V256.Fma(p, r, V256.C(MathConst.P2_0));
            return V256.ScaleByK(p, k);
        }

        /// <summary>2^z − 1 for float-quality results, z in [0, 40] or NaN: r·Q(r) (relative, 2^-31) scaled as 2^n·(2^r − 1) + (2^n − 1).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> Exp2M1FCore(Vector256<double> z)
        {
            Vector256<double> k = z + V256.C(MathConst.Shift);
            Vector256<double> r = z - (k - V256.C(MathConst.Shift));
            Vector256<double> q = V256.Fma(r, V256.C(MathConst.Q2_6), V256.C(MathConst.Q2_5));
            q = V256.Fma(q, r, V256.C(MathConst.Q2_4));
            q = V256.Fma(q, r, V256.C(MathConst.Q2_3));
            q = V256.Fma(q, r, V256.C(MathConst.Q2_2));
            q = V256.Fma(q, r, V256.C(MathConst.Q2_1));
            q = V256.Fma(q, r, V256.C(MathConst.Q2_0));
            Vector256<double> s = V256.ScaleByK(V256.C(1.0), k);
            return V256.Fma(s, r * q, s - V256.C(1.0));
        }

        /// <summary>e^x − 1 for float-quality results, x in [−40, 708] or NaN (caller clamps); relative error &lt; 2^-35. Sign of −0 not kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ExpM1FCore(Vector256<double> x)
        {
            Vector256<double> k = V256.Fma(x, V256.C(MathConst.Log2E), V256.C(MathConst.Shift));
            Vector256<double> n = k - V256.C(MathConst.Shift);
            Vector256<double> r = V256.Fnma(n, V256.C(MathConst.Ln2), x);
            Vector256<double> em = V256.Fma(r * r, QF(r), r);
            Vector256<double> s = V256.Pow2((k, 1023));
            return V256.Fma(s, em, s - V256.C(1.0));
        }

        /// <summary>m·e^(a+b) with double accuracy over the whole range (subnormal results rounded once, |m| ≤ e^14); |b| small relative to a.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ExpDCore(Vector256<double> a, Vector256<double> b, Vector256<double> m)
        {
            Vector256<double> x = a + b;
            // Down to -760 (not -745) so that a factor |m| up to e^14 can still lift m·e^x into the subnormal range.
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -760.0), 710.0);
            Vector256<double> k = V256.Fma(xc, V256.C(MathConst.Log2E), V256.C(MathConst.Shift));
            Vector256<double> n = k - V256.C(MathConst.Shift);
            Vector256<double> hi = V256.Fnma(n, V256.C(MathConst.Ln2Hi), a);
            Vector256<double> r = hi + V256.Fnma(n, V256.C(MathConst.Ln2Lo), b);
            Vector256<double> p = V256.C(1.0) + V256.Fma(r * r, QD(r), r);
            Vector256<double> k1 = V256.Fma(n, V256.C(0.5), V256.C(MathConst.Shift));
            Vector256<double> k2 = (n - (k1 - V256.C(MathConst.Shift))) + V256.C(MathConst.Shift);
            Vector256<double> res = p * m * V256.Pow2((k1, 1023)) * V256.Pow2((k2, 1023));
            res = V256.Select(V256.Gt(x, V256.C(709.79)), m * V256.C(double.PositiveInfinity), res);
            return V256.Select(V256.Lt(x, V256.C(-760.0)), m * V256.C(0.0), res);
        }

        /// <summary>e^x − 1 with double accuracy; any x (NaN and ±Inf included), sign of −0 kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ExpM1DCore(Vector256<double> x)
        {
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -40.0), 710.0);
            Vector256<double> k = V256.Fma(xc, V256.C(MathConst.Log2E), V256.C(MathConst.Shift));
            Vector256<double> n = k - V256.C(MathConst.Shift);
            Vector256<double> r = V256.Fnma(n, V256.C(MathConst.Ln2Hi), xc);
            r = V256.Fnma(n, V256.C(MathConst.Ln2Lo), r);
            Vector256<double> em = V256.Fma(r * r, QD(r), r);
            Vector256<double> s2 = V256.Pow2((k, 1022)); // 2^(n-1), normal for n in [-58, 1024]
            Vector256<double> res = V256.Fma(s2, em, s2 - V256.C(0.5));
            // |x| < 2^-60: expm1(x) rounds to x (and halving a subnormal em above would lose its last bit).
            return V256.Select(V256.Lt(V256.Abs(x), V256.C(8.673617379884035e-19)), x, V256.OrBits(res + res, V256.SignOf(x)));
        }

        /// <summary>e^x − 1 for float-quality results, any x; sign of −0 kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ExpM1F(Vector256<double> x) =>
            V256.OrBits(ExpM1FCore(V256.MinC(V256.MaxC(x, -40.0), 708.0)), V256.SignOf(x));

        /// <summary>e^x, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Exp(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(ExpFCore(V256.MinC(V256.MaxC(lo, -708.0), 708.0)), ExpFCore(V256.MinC(V256.MaxC(hi, -708.0), 708.0)));
        }

        /// <summary>e^x (≤ 2 ULP; subnormal results rounded once).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Exp(Vector256<double> x) => ExpDCore(x, V256.C(0.0), V256.C(1.0));

        /// <summary>e^x − 1, accurate near 0, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> ExpM1(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(ExpM1F(lo), ExpM1F(hi));
        }

        /// <summary>e^x − 1, accurate near 0 (≤ 2 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> ExpM1(Vector256<double> x) => ExpM1DCore(x);

        // ---------------- Vector512 ----------------
        /// <summary>q(r) = (e^r − 1 − r)/r², double-precision fit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> QD(Vector512<double> r)
        {
            Vector512<double> q = V512.Fma(r, V512.C(MathConst.QD10), V512.C(MathConst.QD9));
            q = V512.Fma(q, r, V512.C(MathConst.QD8));
            q = V512.Fma(q, r, V512.C(MathConst.QD7));
            q = V512.Fma(q, r, V512.C(MathConst.QD6));
            q = V512.Fma(q, r, V512.C(MathConst.QD5));
            q = V512.Fma(q, r, V512.C(MathConst.QD4));
            q = V512.Fma(q, r, V512.C(MathConst.QD3));
            q = V512.Fma(q, r, V512.C(MathConst.QD2));
            q = V512.Fma(q, r, V512.C(MathConst.QD1));
            return V512.Fma(q, r, V512.C(MathConst.QD0));
        }

        /// <summary>q(r) = (e^r − 1 − r)/r², fit good to 2^-35 (for float results computed in double).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> QF(Vector512<double> r)
        {
            Vector512<double> q = V512.Fma(r, V512.C(MathConst.QF6), V512.C(MathConst.QF5));
            q = V512.Fma(q, r, V512.C(MathConst.QF4));
            q = V512.Fma(q, r, V512.C(MathConst.QF3));
            q = V512.Fma(q, r, V512.C(MathConst.QF2));
            q = V512.Fma(q, r, V512.C(MathConst.QF1));
            return V512.Fma(q, r, V512.C(MathConst.QF0));
        }

        /// <summary>e^x for float-quality results, x in [−708, 708] or NaN (caller clamps); relative error &lt; 2^-36.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> ExpFCore(Vector512<double> x)
        {
            Vector512<double> k = V512.Fma(x, V512.C(MathConst.Log2E), V512.C(MathConst.Shift));
            Vector512<double> n = k - V512.C(MathConst.Shift);
            Vector512<double> r = V512.Fnma(n, V512.C(MathConst.Ln2), x);
            Vector512<double> em = V512.Fma(r * r, QF(r), r);
            Vector512<double> s = V512.Pow2((k, 1023));
            return V512.Fma(em, s, s);
        }

        /// <summary>
        /// 2^z for float-quality results, z in [−1000, 1000] or NaN (caller clamps): z = n + r, |r| ≤ ½ (r exact),
        /// 2^r by the degree-6 fit (2^-28.4), 2^n added into the exponent bits. One multiply and six FMAs: the
        /// float sigmoid's hot path.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> Exp2FCore(Vector512<double> z)
        {
            Vector512<double> k = z + V512.C(MathConst.Shift);
            Vector512<double> r = z - (k - V512.C(MathConst.Shift));
            Vector512<double> p = V512.Fma(r, V512.C(MathConst.P2_6), V512.C(MathConst.P2_5));
            p = V512.Fma(p, r, V512.C(MathConst.P2_4));
            p = V512.Fma(p, r, V512.C(MathConst.P2_3));
            p = V512.Fma(p, r, V512.C(MathConst.P2_2));
            p = V512.Fma(p, r, V512.C(MathConst.P2_1));
            p = V512.Fma(p, r, V512.C(MathConst.P2_0));
            return V512.ScaleByK(p, k);
        }

        /// <summary>2^z − 1 for float-quality results, z in [0, 40] or NaN: r·Q(r) (relative, 2^-31) scaled as 2^n·(2^r − 1) + (2^n − 1).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> Exp2M1FCore(Vector512<double> z)
        {
            Vector512<double> k = z + V512.C(MathConst.Shift);
            Vector512<double> r = z - (k - V512.C(MathConst.Shift));
            Vector512<double> q = V512.Fma(r, V512.C(MathConst.Q2_6), V512.C(MathConst.Q2_5));
            q = V512.Fma(q, r, V512.C(MathConst.Q2_4));
            q = V512.Fma(q, r, V512.C(MathConst.Q2_3));
            q = V512.Fma(q, r, V512.C(MathConst.Q2_2));
            q = V512.Fma(q, r, V512.C(MathConst.Q2_1));
            q = V512.Fma(q, r, V512.C(MathConst.Q2_0));
            Vector512<double> s = V512.ScaleByK(V512.C(1.0), k);
            return V512.Fma(s, r * q, s - V512.C(1.0));
        }

        /// <summary>e^x − 1 for float-quality results, x in [−40, 708] or NaN (caller clamps); relative error &lt; 2^-35. Sign of −0 not kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> ExpM1FCore(Vector512<double> x)
        {
            Vector512<double> k = V512.Fma(x, V512.C(MathConst.Log2E), V512.C(MathConst.Shift));
            Vector512<double> n = k - V512.C(MathConst.Shift);
            Vector512<double> r = V512.Fnma(n, V512.C(MathConst.Ln2), x);
            Vector512<double> em = V512.Fma(r * r, QF(r), r);
            Vector512<double> s = V512.Pow2((k, 1023));
            return V512.Fma(s, em, s - V512.C(1.0));
        }

        /// <summary>m·e^(a+b) with double accuracy over the whole range (subnormal results rounded once, |m| ≤ e^14); |b| small relative to a.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> ExpDCore(Vector512<double> a, Vector512<double> b, Vector512<double> m)
        {
            Vector512<double> x = a + b;
            // Down to -760 (not -745) so that a factor |m| up to e^14 can still lift m·e^x into the subnormal range.
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -760.0), 710.0);
            Vector512<double> k = V512.Fma(xc, V512.C(MathConst.Log2E), V512.C(MathConst.Shift));
            Vector512<double> n = k - V512.C(MathConst.Shift);
            Vector512<double> hi = V512.Fnma(n, V512.C(MathConst.Ln2Hi), a);
            Vector512<double> r = hi + V512.Fnma(n, V512.C(MathConst.Ln2Lo), b);
            Vector512<double> p = V512.C(1.0) + V512.Fma(r * r, QD(r), r);
            Vector512<double> k1 = V512.Fma(n, V512.C(0.5), V512.C(MathConst.Shift));
            Vector512<double> k2 = (n - (k1 - V512.C(MathConst.Shift))) + V512.C(MathConst.Shift);
            Vector512<double> res = p * m * V512.Pow2((k1, 1023)) * V512.Pow2((k2, 1023));
            res = V512.Select(V512.Gt(x, V512.C(709.79)), m * V512.C(double.PositiveInfinity), res);
            return V512.Select(V512.Lt(x, V512.C(-760.0)), m * V512.C(0.0), res);
        }

        /// <summary>e^x − 1 with double accuracy; any x (NaN and ±Inf included), sign of −0 kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> ExpM1DCore(Vector512<double> x)
        {
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -40.0), 710.0);
            Vector512<double> k = V512.Fma(xc, V512.C(MathConst.Log2E), V512.C(MathConst.Shift));
            Vector512<double> n = k - V512.C(MathConst.Shift);
            Vector512<double> r = V512.Fnma(n, V512.C(MathConst.Ln2Hi), xc);
            r = V512.Fnma(n, V512.C(MathConst.Ln2Lo), r);
            Vector512<double> em = V512.Fma(r * r, QD(r), r);
            Vector512<double> s2 = V512.Pow2((k, 1022)); // 2^(n-1), normal for n in [-58, 1024]
            Vector512<double> res = V512.Fma(s2, em, s2 - V512.C(0.5));
            // |x| < 2^-60: expm1(x) rounds to x (and halving a subnormal em above would lose its last bit).
            return V512.Select(V512.Lt(V512.Abs(x), V512.C(8.673617379884035e-19)), x, V512.OrBits(res + res, V512.SignOf(x)));
        }

        /// <summary>e^x − 1 for float-quality results, any x; sign of −0 kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> ExpM1F(Vector512<double> x) =>
            V512.OrBits(ExpM1FCore(V512.MinC(V512.MaxC(x, -40.0), 708.0)), V512.SignOf(x));

        /// <summary>e^x, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Exp(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(ExpFCore(V512.MinC(V512.MaxC(lo, -708.0), 708.0)), ExpFCore(V512.MinC(V512.MaxC(hi, -708.0), 708.0)));
        }

        /// <summary>e^x (≤ 2 ULP; subnormal results rounded once).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Exp(Vector512<double> x) => ExpDCore(x, V512.C(0.0), V512.C(1.0));

        /// <summary>e^x − 1, accurate near 0, evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> ExpM1(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(ExpM1F(lo), ExpM1F(hi));
        }

        /// <summary>e^x − 1, accurate near 0 (≤ 2 ULP).</summary>
        /// <param name="x">The exponents.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> ExpM1(Vector512<double> x) => ExpM1DCore(x);
    }
}

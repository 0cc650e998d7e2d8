// This file is produced by tools/MathGen from Derivatives/Templates/VectorMath.MishDerivative.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // mish′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x). With E = eˣ, tanh(sp) = n/(n + 2), n = E(E + 2),
    // sech²(sp) = 4(1 + E)²/(n + 2)², σ(x) = E/(1 + E), so with one exp e = e^−|x|:
    //   x < 0 (E = e):   mish′ = [n·Q + 4x·E(1 + E)]/Q²,        Q = E² + 2E + 2, n = E(E + 2);
    //   x ≥ 0 (w = e):   mish′ = [(1 + 2w)·P + 4x·w²(1 + w)]/P², P = 2w² + 2w + 1   (the same, times w⁴/w⁴).
    // One form for both: S = e·(e·a2 + 2) + a0, A = x ≥ 0 ? 1 + 2e : e(e + 2), B = e(1 + e)·(x ≥ 0 ? e : 1),
    // mish′ = fma(A, S, 4x·B)/S². No overflow (e ≤ 1), no cancellation except at the zero x ≈ −1.1924, where
    // the absolute error stays a few ULP of the largest term tanh(sp). Far tail (double, x < −700): eˣ·(1 + x)
    // with the factor applied before ExpDCore's final scaling. Float: in double, ExpFCore (2^-36) and 1/S² by
    // vrcp14pd + Newton, rounded once. Limits: 1 at +∞, 0 at −∞ (clamped); NaN propagates.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double MishDerivativeNum(double xc, double e, bool pos, out double s)
        {
            double one = Sc.C(1.0), two = Sc.C(2.0);
            s = Sc.Fma(e, Sc.Fma(e, Sc.Select(pos, two, one), two), Sc.Select(pos, one, two));
            double a = Sc.Select(pos, Sc.Fma(e, two, one), e * (e + two));
            double b = Sc.Fma(e, e, e) * Sc.Select(pos, e, one);
            return Sc.Fma(a, s, (xc * Sc.C(4.0)) * b);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double MishDerivativeF(double x)
        {
            double xc = Sc.MinC(Sc.MaxC(x, -200.0), 200.0);
            bool pos = Sc.Ge(xc, Sc.C(0.0));
            double e = ExpFCore(Sc.OrBits(xc, Sc.C(-0.0)));
            double n = MishDerivativeNum(xc, e, pos, out double s);
            return n * Sc.RecipF(s * s);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double MishDerivativeD(double x)
        {
            double xc = Sc.MinC(Sc.MaxC(x, -800.0), 800.0);
            bool pos = Sc.Ge(xc, Sc.C(0.0));
            double e = ExpDCore(Sc.OrBits(xc, Sc.C(-0.0)), Sc.C(0.0), Sc.C(1.0));
            double n = MishDerivativeNum(xc, e, pos, out double s);
            double r = n / (s * s);
            bool neg = Sc.Not(pos);
            if (Sc.Any(neg))
            {
                // x < 0: mish′ = e·M/S², M = (e + 2)·S + 4x(1 + e), S = e(e + 2) + 2. M cancels around the zero
                // and is about −2·(largest term) just beyond it, so it is formed from exact products and sums
                // (Dekker/FMA error terms) and rounded once; S² likewise.
                double two = Sc.C(2.0), one = Sc.C(1.0);
                double u = e + two, ul = e - (u - two);
                double ph = e * u, pl = Sc.Fma(e, u, -ph) + e * ul;
                double sh = ph + two, sl = (ph - (sh - two)) + pl;
                double m1 = u * sh, m1l = Sc.Fma(u, sh, -m1) + (u * sl + ul * sh);
                double q = one + e, ql = e - (q - one), x4 = xc * Sc.C(4.0);
                double m2 = x4 * q, m2l = Sc.Fma(x4, q, -m2) + x4 * ql;
                double m = (m1 + m2) + (m1l + m2l);
                double s2 = Sc.Fma(sh, sh, (sh + sh) * sl);
                r = Sc.Select(neg, e * m / s2, r);
            }
            bool tail = Sc.Lt(xc, Sc.C(-700.0));
            if (Sc.Any(tail))
                r = Sc.Select(tail, ExpDCore(xc, Sc.C(0.0), xc + Sc.C(1.0)), r);
            return r;
        }

        /// <summary>mish′(x) = tanh(softplus(x)) + x·sech²(softplus(x))·σ(x), one exp, no overflow or cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float MishDerivative(float x) => (float)MishDerivativeF(x);

        /// <summary>mish′(x) = tanh(softplus(x)) + x·sech²(softplus(x))·σ(x), one exp, no overflow or cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double MishDerivative(double x) => MishDerivativeD(x);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> MishDerivativeNum(Vector128<double> xc, Vector128<double> e, Vector128<double> pos, out Vector128<double> s)
        {
            Vector128<double> one = V128.C(1.0), two = V128.C(2.0);
            s = V128.Fma(e, V128.Fma(e, V128.Select(pos, two, one), two), V128.Select(pos, one, two));
            Vector128<double> a = V128.Select(pos, V128.Fma(e, two, one), e * (e + two));
            Vector128<double> b = V128.Fma(e, e, e) * V128.Select(pos, e, one);
            return V128.Fma(a, s, (xc * V128.C(4.0)) * b);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> MishDerivativeF(Vector128<double> x)
        {
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -200.0), 200.0);
            Vector128<double> pos = V128.Ge(xc, V128.C(0.0));
            Vector128<double> e = ExpFCore(V128.OrBits(xc, V128.C(-0.0)));
            Vector128<double> n = MishDerivativeNum(xc, e, pos, out Vector128<double> s);
            return n * V128.RecipF(s * s);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> MishDerivativeD(Vector128<double> x)
        {
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -800.0), 800.0);
            Vector128<double> pos = V128.Ge(xc, V128.C(0.0));
            Vector128<double> e = ExpDCore(V128.OrBits(xc, V128.C(-0.0)), V128.C(0.0), V128.C(1.0));
            Vector128<double> n = MishDerivativeNum(xc, e, pos, out Vector128<double> s);
            Vector128<double> r = n / (s * s);
            Vector128<double> neg = V128.Not(pos);
            if (V128.Any(neg))
            {
                // x < 0: mish′ = e·M/S², M = (e + 2)·S + 4x(1 + e), S = e(e + 2) + 2. M cancels around the zero
                // and is about −2·(largest term) just beyond it, so it is formed from exact products and sums
                // (Dekker/FMA error terms) and rounded once; S² likewise.
                Vector128<double> two = V128.C(2.0), one = V128.C(1.0);
                Vector128<double> u = e + two, ul = e - (u - two);
                Vector128<double> ph = e * u, pl = V128.Fma(e, u, -ph) + e * ul;
                Vector128<double> sh = ph + two, sl = (ph - (sh - two)) + pl;
                Vector128<double> m1 = u * sh, m1l = V128.Fma(u, sh, -m1) + (u * sl + ul * sh);
                Vector128<double> q = one + e, ql = e - (q - one), x4 = xc * V128.C(4.0);
                Vector128<double> m2 = x4 * q, m2l = V128.Fma(x4, q, -m2) + x4 * ql;
                Vector128<double> m = (m1 + m2) + (m1l + m2l);
                Vector128<double> s2 = V128.Fma(sh, sh, (sh + sh) * sl);
                r = V128.Select(neg, e * m / s2, r);
            }
            Vector128<double> tail = V128.Lt(xc, V128.C(-700.0));
            if (V128.Any(tail))
                r = V128.Select(tail, ExpDCore(xc, V128.C(0.0), xc + V128.C(1.0)), r);
            return r;
        }

        /// <summary>mish′(x) = tanh(softplus(x)) + x·sech²(softplus(x))·σ(x), one exp, no overflow or cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> MishDerivative(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(MishDerivativeF(lo), MishDerivativeF(hi));
        }

        /// <summary>mish′(x) = tanh(softplus(x)) + x·sech²(softplus(x))·σ(x), one exp, no overflow or cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> MishDerivative(Vector128<double> x) => MishDerivativeD(x);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> MishDerivativeNum(Vector256<double> xc, Vector256<double> e, Vector256<double> pos, out Vector256<double> s)
        {
            Vector256<double> one = V256.C(1.0), two = V256.C(2.0);
            s = V256.Fma(e, V256.Fma(e, V256.Select(pos, two, one), two), V256.Select(pos, one, two));
            Vector256<double> a = V256.Select(pos, V256.Fma(e, two, one), e * (e + two));
            Vector256<double> b = V256.Fma(e, e, e) * V256.Select(pos, e, one);
            return V256.Fma(a, s, (xc * V256.C(4.0)) * b);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> MishDerivativeF(Vector256<double> x)
        {
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -200.0), 200.0);
            Vector256<double> pos = V256.Ge(xc, V256.C(0.0));
            Vector256<double> e = ExpFCore(V256.OrBits(xc, V256.C(-0.0)));
            Vector256<double> n = MishDerivativeNum(xc, e, pos, out Vector256<double> s);
            return n * V256.RecipF(s * s);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> MishDerivativeD(Vector256<double> x)
        {
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -800.0), 800.0);
            Vector256<double> pos = V256.Ge(xc, V256.C(0.0));
            Vector256<double> e = ExpDCore(V256.OrBits(xc, V256.C(-0.0)), V256.C(0.0), V256.C(1.0));
            Vector256<double> n = MishDerivativeNum(xc, e, pos, out Vector256<double> s);
            Vector256<double> r = n / (s * s);
            Vector256<double> neg = V256.Not(pos);
            if (V256.Any(neg))
            {
                // x < 0: mish′ = e·M/S², M = (e + 2)·S + 4x(1 + e), S = e(e + 2) + 2. M cancels around the zero
                // and is about −2·(largest term) just beyond it, so it is formed from exact products and sums
                // (Dekker/FMA error terms) and rounded once; S² likewise.
                Vector256<double> two = V256.C(2.0), one = V256.C(1.0);
                Vector256<double> u = e + two, ul = e - (u - two);
                Vector256<double> ph = e * u, pl = V256.Fma(e, u, -ph) + e * ul;
                Vector256<double> sh = ph + two, sl = (ph - (sh - two)) + pl;
                Vector256<double> m1 = u * sh, m1l = V256.Fma(u, sh, -m1) + (u * sl + ul * sh);
                Vector256<double> q = one + e, ql = e - (q - one), x4 = xc * V256.C(4.0);
                Vector256<double> m2 = x4 * q, m2l = V256.Fma(x4, q, -m2) + x4 * ql;
                Vector256<double> m = (m1 + m2) + (m1l + m2l);
                Vector256<double> s2 = V256.Fma(sh, sh, (sh + sh) * sl);
                r = V256.Select(neg, e * m / s2, r);
            }
            Vector256<double> tail = V256.Lt(xc, V256.C(-700.0));
            if (V256.Any(tail))
                r = V256.Select(tail, ExpDCore(xc, V256.C(0.0), xc + V256.C(1.0)), r);
            return r;
        }

        /// <summary>mish′(x) = tanh(softplus(x)) + x·sech²(softplus(x))·σ(x), one exp, no overflow or cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> MishDerivative(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(MishDerivativeF(lo), MishDerivativeF(hi));
        }

        /// <summary>mish′(x) = tanh(softplus(x)) + x·sech²(softplus(x))·σ(x), one exp, no overflow or cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> MishDerivative(Vector256<double> x) => MishDerivativeD(x);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> MishDerivativeNum(Vector512<double> xc, Vector512<double> e, Vector512<double> pos, out Vector512<double> s)
        {
            Vector512<double> one = V512.C(1.0), two = V512.C(2.0);
            s = V512.Fma(e, V512.Fma(e, V512.Select(pos, two, one), two), V512.Select(pos, one, two));
            Vector512<double> a = V512.Select(pos, V512.Fma(e, two, one), e * (e + two));
            Vector512<double> b = V512.Fma(e, e, e) * V512.Select(pos, e, one);
            return V512.Fma(a, s, (xc * V512.C(4.0)) * b);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> MishDerivativeF(Vector512<double> x)
        {
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -200.0), 200.0);
            Vector512<double> pos = V512.Ge(xc, V512.C(0.0));
            Vector512<double> e = ExpFCore(V512.OrBits(xc, V512.C(-0.0)));
            Vector512<double> n = MishDerivativeNum(xc, e, pos, out Vector512<double> s);
            return n * V512.RecipF(s * s);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> MishDerivativeD(Vector512<double> x)
        {
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -800.0), 800.0);
            Vector512<double> pos = V512.Ge(xc, V512.C(0.0));
            Vector512<double> e = ExpDCore(V512.OrBits(xc, V512.C(-0.0)), V512.C(0.0), V512.C(1.0));
            Vector512<double> n = MishDerivativeNum(xc, e, pos, out Vector512<double> s);
            Vector512<double> r = n / (s * s);
            Vector512<double> neg = V512.Not(pos);
            if (V512.Any(neg))
            {
                // x < 0: mish′ = e·M/S², M = (e + 2)·S + 4x(1 + e), S = e(e + 2) + 2. M cancels around the zero
                // and is about −2·(largest term) just beyond it, so it is formed from exact products and sums
                // (Dekker/FMA error terms) and rounded once; S² likewise.
                Vector512<double> two = V512.C(2.0), one = V512.C(1.0);
                Vector512<double> u = e + two, ul = e - (u - two);
                Vector512<double> ph = e * u, pl = V512.Fma(e, u, -ph) + e * ul;
                Vector512<double> sh = ph + two, sl = (ph - (sh - two)) + pl;
                Vector512<double> m1 = u * sh, m1l = V512.Fma(u, sh, -m1) + (u * sl + ul * sh);
                Vector512<double> q = one + e, ql = e - (q - one), x4 = xc * V512.C(4.0);
                Vector512<double> m2 = x4 * q, m2l = V512.Fma(x4, q, -m2) + x4 * ql;
                Vector512<double> m = (m1 + m2) + (m1l + m2l);
                Vector512<double> s2 = V512.Fma(sh, sh, (sh + sh) * sl);
                r = V512.Select(neg, e * m / s2, r);
            }
            Vector512<double> tail = V512.Lt(xc, V512.C(-700.0));
            if (V512.Any(tail))
                r = V512.Select(tail, ExpDCore(xc, V512.C(0.0), xc + V512.C(1.0)), r);
            return r;
        }

        /// <summary>mish′(x) = tanh(softplus(x)) + x·sech²(softplus(x))·σ(x), one exp, no overflow or cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> MishDerivative(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(MishDerivativeF(lo), MishDerivativeF(hi));
        }

        /// <summary>mish′(x) = tanh(softplus(x)) + x·sech²(softplus(x))·σ(x), one exp, no overflow or cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> MishDerivative(Vector512<double> x) => MishDerivativeD(x);

    }
}

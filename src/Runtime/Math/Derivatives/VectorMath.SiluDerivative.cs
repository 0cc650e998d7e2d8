// This file is produced by tools/MathGen from Derivatives/Templates/VectorMath.SiluDerivative.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    /// <summary>Constants of the gelu_tanh derivative.</summary>
    internal static class GeluTanhDerivConst
    {
        // g(x) = x·(C1 + K3·x²), K3 = 3·C3 = 6·√(2/π)·0.044715 as a double-double (mpmath, 200 bits).
        internal const double K3 = 0.21406444881780073, K3Lo = 1.2025242832367862e-17;
    }

    // silu′(x; β) = σ(t)·(1 + t·σ(−t)), t = βx, and gelu_tanh′(x) = σ(v)·(1 + g·σ(−v)) with v = 2u = x(C1 + C3x²)
    // and g = x·v′ = x(C1 + 3C3x²) (½(1 + tanh u) = σ(2u), ½·sech²(u)·u′·x = g·σ(v)σ(−v)). One exp for both σ's:
    // with e = e^−|v| and D = (1 + e)² = 1 + e(e + 2) (one FMA),
    //   v ≥ 0:  (1 + e·(1 + g))/D        v < 0:  e·((1 + g) + e)/D,
    // so nothing cancels except 1 + g + e at the derivative's zero (silu: t ≈ −1.2785; gelu_tanh: x ≈ −0.7522),
    // where the absolute error stays a few ULP of the largest term σ(v). Far tail (double, v < −700):
    // e^v·(1 + g) with the factor applied before ExpDCore's final scaling (subnormal results rounded once).
    // Float: in double, Exp2FCore (2^-28.4) and 1/D by vrcp14pd + Newton (2^-28), rounded once. Double: t
    // (or v) as a double-double into ExpDCore, one division. Limits: 1 at +∞, 0 at −∞ (arguments are clamped
    // where the result is already 1 or 0, which also avoids ∞·0); NaN propagates.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>The common tail: (v ≥ 0 ? 1 + e·g1 : e·(g1 + e))/(1 + e)², g1 = 1 + g, e = e^−|v|; float quality.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double SigmaTimesOnePlusF(bool pos, double e, double g1)
        {
            double n = Sc.Select(pos, Sc.Fma(e, g1, Sc.C(1.0)), e * (g1 + e));
            return n * Sc.RecipF(Sc.Fma(e, e + Sc.C(2.0), Sc.C(1.0)));
        }

        /// <summary>Double quality: as the float one, with the v &lt; 0 sum 1 + g + e passed in (each caller forms it with one rounding where it can).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double SigmaTimesOnePlusD(bool pos, double e, double g1, double g1e)
        {
            double n = Sc.Select(pos, Sc.Fma(e, g1, Sc.C(1.0)), e * g1e);
            return n / Sc.Fma(e, e + Sc.C(2.0), Sc.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SiluDerivativeF(double x, double beta)
        {
            // t = βx is exact in double for float x and β; beyond ±200 the float result is 1 or (−)0.
            double t = Sc.MinC(Sc.MaxC(beta == 1.0 ? x : x * Sc.C(beta), -200.0), 200.0);
            double e = Exp2FCore(Sc.Abs(t) * Sc.C(-MathConst.Log2E));
            return SigmaTimesOnePlusF(Sc.Ge(t, Sc.C(0.0)), e, t + Sc.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SiluDerivativeD(double x, double beta)
        {
            double th, tl;
            if (beta == 1.0) { th = x; tl = Sc.C(0.0); }
            else
            {
                th = x * Sc.C(beta);
                // Beyond ±800 the result is 1 or (−)0 and th is clamped: drop the low part there too.
                tl = Sc.Select(Sc.Lt(Sc.Abs(th), Sc.C(800.0)), Sc.Fma(x, Sc.C(beta), -th), Sc.C(0.0));
            }
            th = Sc.MinC(Sc.MaxC(th, -800.0), 800.0);
            bool pos = Sc.Ge(th, Sc.C(0.0));
            double e = ExpDCore(Sc.OrBits(th, Sc.C(-0.0)), Sc.Select(pos, -tl, tl), Sc.C(1.0));
            double g1 = (Sc.C(1.0) + th) + tl;
            double r = SigmaTimesOnePlusD(pos, e, g1, ((Sc.C(1.0) + th) + e) + tl);
            bool tail = Sc.Lt(th, Sc.C(-700.0));
            if (Sc.Any(tail))
                r = Sc.Select(tail, ExpDCore(th, tl, g1), r);
            return r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluTanhDerivativeF(double x)
        {
            // |x| ≥ 20: |v| > 600, the float result is 1 or (−)0; the clamp also keeps g finite.
            double xc = Sc.MinC(Sc.MaxC(x, -20.0), 20.0);
            double x2 = xc * xc;
            double v = xc * Sc.Fma(x2, Sc.C(MathConst.GeluC3), Sc.C(MathConst.GeluC1));
            double g1 = Sc.Fma(xc, Sc.Fma(x2, Sc.C(GeluTanhDerivConst.K3), Sc.C(MathConst.GeluC1)), Sc.C(1.0));
            double e = Exp2FCore(Sc.MinC(Sc.Abs(v), 200.0) * Sc.C(-MathConst.Log2E));
            return SigmaTimesOnePlusF(Sc.Ge(xc, Sc.C(0.0)), e, g1);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluTanhDerivativeD(double x)
        {
            // |x| ≥ 30: v < −2000 (result 0) or the result is 1 to double precision.
            double xc = Sc.MinC(Sc.MaxC(x, -30.0), 30.0);
            // v = x·(C1 + C3·x²) as a double-double (as in GeluTanhD).
            double x2h = xc * xc;
            double x2l = Sc.Fma(xc, xc, -x2h);
            double ph = x2h * Sc.C(MathConst.GeluC3);
            double pl = Sc.Fma(x2h, Sc.C(MathConst.GeluC3), -ph) + (x2l * Sc.C(MathConst.GeluC3) + x2h * Sc.C(MathConst.GeluC3Lo));
            double wh = ph + Sc.C(MathConst.GeluC1);
            double bb = wh - ph;
            double wl = ((ph - (wh - bb)) + (Sc.C(MathConst.GeluC1) - bb)) + (pl + Sc.C(MathConst.GeluC1Lo));
            double vh = xc * wh;
            double vl = Sc.Fma(xc, wh, -vh) + xc * wl;
            // 1 + g = 1 + x·(C1 + K3·x²), the inner sum with its first-order low parts.
            double ih = Sc.Fma(x2h, Sc.C(GeluTanhDerivConst.K3), Sc.C(MathConst.GeluC1));
            double il = x2l * Sc.C(GeluTanhDerivConst.K3) + (x2h * Sc.C(GeluTanhDerivConst.K3Lo) + Sc.C(MathConst.GeluC1Lo));
            double g1 = Sc.Fma(xc, ih, Sc.Fma(xc, il, Sc.C(1.0)));
            bool pos = Sc.Ge(xc, Sc.C(0.0));
            double e = ExpDCore(Sc.OrBits(vh, Sc.C(-0.0)), Sc.Select(pos, -vl, vl), Sc.C(1.0));
            double r = SigmaTimesOnePlusD(pos, e, g1, Sc.Fma(xc, ih, Sc.Fma(xc, il, Sc.C(1.0) + e)));
            bool tail = Sc.Lt(vh, Sc.C(-700.0));
            if (Sc.Any(tail))
                r = Sc.Select(tail, ExpDCore(vh, vl, g1), r);
            return r;
        }

        /// <summary>silu′(x) = σ(βx)·(1 + βx·σ(−βx)), one exp, no 1 − σ cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float SiluDerivative(float x, float beta) => (float)SiluDerivativeF(x, beta);

        /// <summary>silu′(x) = σ(βx)·(1 + βx·σ(−βx)), one exp, no 1 − σ cancellation.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SiluDerivative(double x, double beta) => SiluDerivativeD(x, beta);

        /// <summary>gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′ with u = √(2/π)(x + 0.044715x³), computed as σ(2u)·(1 + x·u′·2σ(−2u)) without cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float GeluTanhDerivative(float x) => (float)GeluTanhDerivativeF(x);

        /// <summary>gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′ with u = √(2/π)(x + 0.044715x³), computed as σ(2u)·(1 + x·u′·2σ(−2u)) without cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double GeluTanhDerivative(double x) => GeluTanhDerivativeD(x);

        // ---------------- Vector128 ----------------
        /// <summary>The common tail: (v ≥ 0 ? 1 + e·g1 : e·(g1 + e))/(1 + e)², g1 = 1 + g, e = e^−|v|; float quality.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> SigmaTimesOnePlusF(Vector128<double> pos, Vector128<double> e, Vector128<double> g1)
        {
            Vector128<double> n = V128.Select(pos, V128.Fma(e, g1, V128.C(1.0)), e * (g1 + e));
            return n * V128.RecipF(V128.Fma(e, e + V128.C(2.0), V128.C(1.0)));
        }

        /// <summary>Double quality: as the float one, with the v &lt; 0 sum 1 + g + e passed in (each caller forms it with one rounding where it can).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> SigmaTimesOnePlusD(Vector128<double> pos, Vector128<double> e, Vector128<double> g1, Vector128<double> g1e)
        {
            Vector128<double> n = V128.Select(pos, V128.Fma(e, g1, V128.C(1.0)), e * g1e);
            return n / V128.Fma(e, e + V128.C(2.0), V128.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SiluDerivativeF(Vector128<double> x, double beta)
        {
            // t = βx is exact in double for float x and β; beyond ±200 the float result is 1 or (−)0.
            Vector128<double> t = V128.MinC(V128.MaxC(beta == 1.0 ? x : x * V128.C(beta), -200.0), 200.0);
            Vector128<double> e = Exp2FCore(V128.Abs(t) * V128.C(-MathConst.Log2E));
            return SigmaTimesOnePlusF(V128.Ge(t, V128.C(0.0)), e, t + V128.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SiluDerivativeD(Vector128<double> x, double beta)
        {
            Vector128<double> th, tl;
            if (beta == 1.0) { th = x; tl = V128.C(0.0); }
            else
            {
                th = x * V128.C(beta);
                // Beyond ±800 the result is 1 or (−)0 and th is clamped: drop the low part there too.
                tl = V128.Select(V128.Lt(V128.Abs(th), V128.C(800.0)), V128.Fma(x, V128.C(beta), -th), V128.C(0.0));
            }
            th = V128.MinC(V128.MaxC(th, -800.0), 800.0);
            Vector128<double> pos = V128.Ge(th, V128.C(0.0));
            Vector128<double> e = ExpDCore(V128.OrBits(th, V128.C(-0.0)), V128.Select(pos, -tl, tl), V128.C(1.0));
            Vector128<double> g1 = (V128.C(1.0) + th) + tl;
            Vector128<double> r = SigmaTimesOnePlusD(pos, e, g1, ((V128.C(1.0) + th) + e) + tl);
            Vector128<double> tail = V128.Lt(th, V128.C(-700.0));
            if (V128.Any(tail))
                r = V128.Select(tail, ExpDCore(th, tl, g1), r);
            return r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluTanhDerivativeF(Vector128<double> x)
        {
            // |x| ≥ 20: |v| > 600, the float result is 1 or (−)0; the clamp also keeps g finite.
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -20.0), 20.0);
            Vector128<double> x2 = xc * xc;
            Vector128<double> v = xc * V128.Fma(x2, V128.C(MathConst.GeluC3), V128.C(MathConst.GeluC1));
            Vector128<double> g1 = V128.Fma(xc, V128.Fma(x2, V128.C(GeluTanhDerivConst.K3), V128.C(MathConst.GeluC1)), V128.C(1.0));
            Vector128<double> e = Exp2FCore(V128.MinC(V128.Abs(v), 200.0) * V128.C(-MathConst.Log2E));
            return SigmaTimesOnePlusF(V128.Ge(xc, V128.C(0.0)), e, g1);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluTanhDerivativeD(Vector128<double> x)
        {
            // |x| ≥ 30: v < −2000 (result 0) or the result is 1 to double precision.
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -30.0), 30.0);
            // v = x·(C1 + C3·x²) as a double-double (as in GeluTanhD).
            Vector128<double> x2h = xc * xc;
            Vector128<double> x2l = V128.Fma(xc, xc, -x2h);
            Vector128<double> ph = x2h * V128.C(MathConst.GeluC3);
            Vector128<double> pl = V128.Fma(x2h, V128.C(MathConst.GeluC3), -ph) + (x2l * V128.C(MathConst.GeluC3) + x2h * V128.C(MathConst.GeluC3Lo));
            Vector128<double> wh = ph + V128.C(MathConst.GeluC1);
            Vector128<double> bb = wh - ph;
            Vector128<double> wl = ((ph - (wh - bb)) + (V128.C(MathConst.GeluC1) - bb)) + (pl + V128.C(MathConst.GeluC1Lo));
            Vector128<double> vh = xc * wh;
            Vector128<double> vl = V128.Fma(xc, wh, -vh) + xc * wl;
            // 1 + g = 1 + x·(C1 + K3·x²), the inner sum with its first-order low parts.
            Vector128<double> ih = V128.Fma(x2h, V128.C(GeluTanhDerivConst.K3), V128.C(MathConst.GeluC1));
            Vector128<double> il = x2l * V128.C(GeluTanhDerivConst.K3) + (x2h * V128.C(GeluTanhDerivConst.K3Lo) + V128.C(MathConst.GeluC1Lo));
            Vector128<double> g1 = V128.Fma(xc, ih, V128.Fma(xc, il, V128.C(1.0)));
            Vector128<double> pos = V128.Ge(xc, V128.C(0.0));
            Vector128<double> e = ExpDCore(V128.OrBits(vh, V128.C(-0.0)), V128.Select(pos, -vl, vl), V128.C(1.0));
            Vector128<double> r = SigmaTimesOnePlusD(pos, e, g1, V128.Fma(xc, ih, V128.Fma(xc, il, V128.C(1.0) + e)));
            Vector128<double> tail = V128.Lt(vh, V128.C(-700.0));
            if (V128.Any(tail))
                r = V128.Select(tail, ExpDCore(vh, vl, g1), r);
            return r;
        }

        /// <summary>silu′(x) = σ(βx)·(1 + βx·σ(−βx)), one exp, no 1 − σ cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> SiluDerivative(Vector128<float> x, float beta)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(SiluDerivativeF(lo, beta), SiluDerivativeF(hi, beta));
        }

        /// <summary>silu′(x) = σ(βx)·(1 + βx·σ(−βx)), one exp, no 1 − σ cancellation.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> SiluDerivative(Vector128<double> x, double beta) => SiluDerivativeD(x, beta);

        /// <summary>gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′ with u = √(2/π)(x + 0.044715x³), computed as σ(2u)·(1 + x·u′·2σ(−2u)) without cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> GeluTanhDerivative(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(GeluTanhDerivativeF(lo), GeluTanhDerivativeF(hi));
        }

        /// <summary>gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′ with u = √(2/π)(x + 0.044715x³), computed as σ(2u)·(1 + x·u′·2σ(−2u)) without cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> GeluTanhDerivative(Vector128<double> x) => GeluTanhDerivativeD(x);

        // ---------------- Vector256 ----------------
        /// <summary>The common tail: (v ≥ 0 ? 1 + e·g1 : e·(g1 + e))/(1 + e)², g1 = 1 + g, e = e^−|v|; float quality.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> SigmaTimesOnePlusF(Vector256<double> pos, Vector256<double> e, Vector256<double> g1)
        {
            Vector256<double> n = V256.Select(pos, V256.Fma(e, g1, V256.C(1.0)), e * (g1 + e));
            return n * V256.RecipF(V256.Fma(e, e + V256.C(2.0), V256.C(1.0)));
        }

        /// <summary>Double quality: as the float one, with the v &lt; 0 sum 1 + g + e passed in (each caller forms it with one rounding where it can).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> SigmaTimesOnePlusD(Vector256<double> pos, Vector256<double> e, Vector256<double> g1, Vector256<double> g1e)
        {
            Vector256<double> n = V256.Select(pos, V256.Fma(e, g1, V256.C(1.0)), e * g1e);
            return n / V256.Fma(e, e + V256.C(2.0), V256.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SiluDerivativeF(Vector256<double> x, double beta)
        {
            // t = βx is exact in double for float x and β; beyond ±200 the float result is 1 or (−)0.
            Vector256<double> t = V256.MinC(V256.MaxC(beta == 1.0 ? x : x * V256.C(beta), -200.0), 200.0);
            Vector256<double> e = Exp2FCore(V256.Abs(t) * V256.C(-MathConst.Log2E));
            return SigmaTimesOnePlusF(V256.Ge(t, V256.C(0.0)), e, t + V256.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SiluDerivativeD(Vector256<double> x, double beta)
        {
            Vector256<double> th, tl;
            if (beta == 1.0) { th = x; tl = V256.C(0.0); }
            else
            {
                th = x * V256.C(beta);
                // Beyond ±800 the result is 1 or (−)0 and th is clamped: drop the low part there too.
                tl = V256.Select(V256.Lt(V256.Abs(th), V256.C(800.0)), V256.Fma(x, V256.C(beta), -th), V256.C(0.0));
            }
            th = V256.MinC(V256.MaxC(th, -800.0), 800.0);
            Vector256<double> pos = V256.Ge(th, V256.C(0.0));
            Vector256<double> e = ExpDCore(V256.OrBits(th, V256.C(-0.0)), V256.Select(pos, -tl, tl), V256.C(1.0));
            Vector256<double> g1 = (V256.C(1.0) + th) + tl;
            Vector256<double> r = SigmaTimesOnePlusD(pos, e, g1, ((V256.C(1.0) + th) + e) + tl);
            Vector256<double> tail = V256.Lt(th, V256.C(-700.0));
            if (V256.Any(tail))
                r = V256.Select(tail, ExpDCore(th, tl, g1), r);
            return r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluTanhDerivativeF(Vector256<double> x)
        {
            // |x| ≥ 20: |v| > 600, the float result is 1 or (−)0; the clamp also keeps g finite.
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -20.0), 20.0);
            Vector256<double> x2 = xc * xc;
            Vector256<double> v = xc * V256.Fma(x2, V256.C(MathConst.GeluC3), V256.C(MathConst.GeluC1));
            Vector256<double> g1 = V256.Fma(xc, V256.Fma(x2, V256.C(GeluTanhDerivConst.K3), V256.C(MathConst.GeluC1)), V256.C(1.0));
            Vector256<double> e = Exp2FCore(V256.MinC(V256.Abs(v), 200.0) * V256.C(-MathConst.Log2E));
            return SigmaTimesOnePlusF(V256.Ge(xc, V256.C(0.0)), e, g1);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluTanhDerivativeD(Vector256<double> x)
        {
            // |x| ≥ 30: v < −2000 (result 0) or the result is 1 to double precision.
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -30.0), 30.0);
            // v = x·(C1 + C3·x²) as a double-double (as in GeluTanhD).
            Vector256<double> x2h = xc * xc;
            Vector256<double> x2l = V256.Fma(xc, xc, -x2h);
            Vector256<double> ph = x2h * V256.C(MathConst.GeluC3);
            Vector256<double> pl = V256.Fma(x2h, V256.C(MathConst.GeluC3), -ph) + (x2l * V256.C(MathConst.GeluC3) + x2h * V256.C(MathConst.GeluC3Lo));
            Vector256<double> wh = ph + V256.C(MathConst.GeluC1);
            Vector256<double> bb = wh - ph;
            Vector256<double> wl = ((ph - (wh - bb)) + (V256.C(MathConst.GeluC1) - bb)) + (pl + V256.C(MathConst.GeluC1Lo));
            Vector256<double> vh = xc * wh;
            Vector256<double> vl = V256.Fma(xc, wh, -vh) + xc * wl;
            // 1 + g = 1 + x·(C1 + K3·x²), the inner sum with its first-order low parts.
            Vector256<double> ih = V256.Fma(x2h, V256.C(GeluTanhDerivConst.K3), V256.C(MathConst.GeluC1));
            Vector256<double> il = x2l * V256.C(GeluTanhDerivConst.K3) + (x2h * V256.C(GeluTanhDerivConst.K3Lo) + V256.C(MathConst.GeluC1Lo));
            Vector256<double> g1 = V256.Fma(xc, ih, V256.Fma(xc, il, V256.C(1.0)));
            Vector256<double> pos = V256.Ge(xc, V256.C(0.0));
            Vector256<double> e = ExpDCore(V256.OrBits(vh, V256.C(-0.0)), V256.Select(pos, -vl, vl), V256.C(1.0));
            Vector256<double> r = SigmaTimesOnePlusD(pos, e, g1, V256.Fma(xc, ih, V256.Fma(xc, il, V256.C(1.0) + e)));
            Vector256<double> tail = V256.Lt(vh, V256.C(-700.0));
            if (V256.Any(tail))
                r = V256.Select(tail, ExpDCore(vh, vl, g1), r);
            return r;
        }

        /// <summary>silu′(x) = σ(βx)·(1 + βx·σ(−βx)), one exp, no 1 − σ cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> SiluDerivative(Vector256<float> x, float beta)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(SiluDerivativeF(lo, beta), SiluDerivativeF(hi, beta));
        }

        /// <summary>silu′(x) = σ(βx)·(1 + βx·σ(−βx)), one exp, no 1 − σ cancellation.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> SiluDerivative(Vector256<double> x, double beta) => SiluDerivativeD(x, beta);

        /// <summary>gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′ with u = √(2/π)(x + 0.044715x³), computed as σ(2u)·(1 + x·u′·2σ(−2u)) without cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> GeluTanhDerivative(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(GeluTanhDerivativeF(lo), GeluTanhDerivativeF(hi));
        }

        /// <summary>gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′ with u = √(2/π)(x + 0.044715x³), computed as σ(2u)·(1 + x·u′·2σ(−2u)) without cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> GeluTanhDerivative(Vector256<double> x) => GeluTanhDerivativeD(x);

        // ---------------- Vector512 ----------------
        /// <summary>The common tail: (v ≥ 0 ? 1 + e·g1 : e·(g1 + e))/(1 + e)², g1 = 1 + g, e = e^−|v|; float quality.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> SigmaTimesOnePlusF(Vector512<double> pos, Vector512<double> e, Vector512<double> g1)
        {
            Vector512<double> n = V512.Select(pos, V512.Fma(e, g1, V512.C(1.0)), e * (g1 + e));
            return n * V512.RecipF(V512.Fma(e, e + V512.C(2.0), V512.C(1.0)));
        }

        /// <summary>Double quality: as the float one, with the v &lt; 0 sum 1 + g + e passed in (each caller forms it with one rounding where it can).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> SigmaTimesOnePlusD(Vector512<double> pos, Vector512<double> e, Vector512<double> g1, Vector512<double> g1e)
        {
            Vector512<double> n = V512.Select(pos, V512.Fma(e, g1, V512.C(1.0)), e * g1e);
            return n / V512.Fma(e, e + V512.C(2.0), V512.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SiluDerivativeF(Vector512<double> x, double beta)
        {
            // t = βx is exact in double for float x and β; beyond ±200 the float result is 1 or (−)0.
            Vector512<double> t = V512.MinC(V512.MaxC(beta == 1.0 ? x : x * V512.C(beta), -200.0), 200.0);
            Vector512<double> e = Exp2FCore(V512.Abs(t) * V512.C(-MathConst.Log2E));
            return SigmaTimesOnePlusF(V512.Ge(t, V512.C(0.0)), e, t + V512.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SiluDerivativeD(Vector512<double> x, double beta)
        {
            Vector512<double> th, tl;
            if (beta == 1.0) { th = x; tl = V512.C(0.0); }
            else
            {
                th = x * V512.C(beta);
                // Beyond ±800 the result is 1 or (−)0 and th is clamped: drop the low part there too.
                tl = V512.Select(V512.Lt(V512.Abs(th), V512.C(800.0)), V512.Fma(x, V512.C(beta), -th), V512.C(0.0));
            }
            th = V512.MinC(V512.MaxC(th, -800.0), 800.0);
            Vector512<double> pos = V512.Ge(th, V512.C(0.0));
            Vector512<double> e = ExpDCore(V512.OrBits(th, V512.C(-0.0)), V512.Select(pos, -tl, tl), V512.C(1.0));
            Vector512<double> g1 = (V512.C(1.0) + th) + tl;
            Vector512<double> r = SigmaTimesOnePlusD(pos, e, g1, ((V512.C(1.0) + th) + e) + tl);
            Vector512<double> tail = V512.Lt(th, V512.C(-700.0));
            if (V512.Any(tail))
                r = V512.Select(tail, ExpDCore(th, tl, g1), r);
            return r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluTanhDerivativeF(Vector512<double> x)
        {
            // |x| ≥ 20: |v| > 600, the float result is 1 or (−)0; the clamp also keeps g finite.
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -20.0), 20.0);
            Vector512<double> x2 = xc * xc;
            Vector512<double> v = xc * V512.Fma(x2, V512.C(MathConst.GeluC3), V512.C(MathConst.GeluC1));
            Vector512<double> g1 = V512.Fma(xc, V512.Fma(x2, V512.C(GeluTanhDerivConst.K3), V512.C(MathConst.GeluC1)), V512.C(1.0));
            Vector512<double> e = Exp2FCore(V512.MinC(V512.Abs(v), 200.0) * V512.C(-MathConst.Log2E));
            return SigmaTimesOnePlusF(V512.Ge(xc, V512.C(0.0)), e, g1);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluTanhDerivativeD(Vector512<double> x)
        {
            // |x| ≥ 30: v < −2000 (result 0) or the result is 1 to double precision.
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -30.0), 30.0);
            // v = x·(C1 + C3·x²) as a double-double (as in GeluTanhD).
            Vector512<double> x2h = xc * xc;
            Vector512<double> x2l = V512.Fma(xc, xc, -x2h);
            Vector512<double> ph = x2h * V512.C(MathConst.GeluC3);
            Vector512<double> pl = V512.Fma(x2h, V512.C(MathConst.GeluC3), -ph) + (x2l * V512.C(MathConst.GeluC3) + x2h * V512.C(MathConst.GeluC3Lo));
            Vector512<double> wh = ph + V512.C(MathConst.GeluC1);
            Vector512<double> bb = wh - ph;
            Vector512<double> wl = ((ph - (wh - bb)) + (V512.C(MathConst.GeluC1) - bb)) + (pl + V512.C(MathConst.GeluC1Lo));
            Vector512<double> vh = xc * wh;
            Vector512<double> vl = V512.Fma(xc, wh, -vh) + xc * wl;
            // 1 + g = 1 + x·(C1 + K3·x²), the inner sum with its first-order low parts.
            Vector512<double> ih = V512.Fma(x2h, V512.C(GeluTanhDerivConst.K3), V512.C(MathConst.GeluC1));
            Vector512<double> il = x2l * V512.C(GeluTanhDerivConst.K3) + (x2h * V512.C(GeluTanhDerivConst.K3Lo) + V512.C(MathConst.GeluC1Lo));
            Vector512<double> g1 = V512.Fma(xc, ih, V512.Fma(xc, il, V512.C(1.0)));
            Vector512<double> pos = V512.Ge(xc, V512.C(0.0));
            Vector512<double> e = ExpDCore(V512.OrBits(vh, V512.C(-0.0)), V512.Select(pos, -vl, vl), V512.C(1.0));
            Vector512<double> r = SigmaTimesOnePlusD(pos, e, g1, V512.Fma(xc, ih, V512.Fma(xc, il, V512.C(1.0) + e)));
            Vector512<double> tail = V512.Lt(vh, V512.C(-700.0));
            if (V512.Any(tail))
                r = V512.Select(tail, ExpDCore(vh, vl, g1), r);
            return r;
        }

        /// <summary>silu′(x) = σ(βx)·(1 + βx·σ(−βx)), one exp, no 1 − σ cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> SiluDerivative(Vector512<float> x, float beta)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(SiluDerivativeF(lo, beta), SiluDerivativeF(hi, beta));
        }

        /// <summary>silu′(x) = σ(βx)·(1 + βx·σ(−βx)), one exp, no 1 − σ cancellation.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> SiluDerivative(Vector512<double> x, double beta) => SiluDerivativeD(x, beta);

        /// <summary>gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′ with u = √(2/π)(x + 0.044715x³), computed as σ(2u)·(1 + x·u′·2σ(−2u)) without cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> GeluTanhDerivative(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(GeluTanhDerivativeF(lo), GeluTanhDerivativeF(hi));
        }

        /// <summary>gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′ with u = √(2/π)(x + 0.044715x³), computed as σ(2u)·(1 + x·u′·2σ(−2u)) without cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> GeluTanhDerivative(Vector512<double> x) => GeluTanhDerivativeD(x);

    }
}

// This file is produced by tools/MathGen from Derivatives/Templates/VectorMath.SigmoidDerivative.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // Derivatives of sigmoid, tanh and softplus, for the generated gradient kernels (docs/activations.md, derivatives).
    // sigmoid′(x) = σ(x)·σ(−x) = e/(1 + e)² with e = e^−|x| (symmetric, never 1 − σ): the denominator
    // (1 + e)² = 1 + e·(e + 2) is one FMA (one rounding), so nothing cancels and the far tails keep their
    // relative accuracy (sigmoid′ → e^−|x|, subnormal results rounded once in double).
    // tanh′(x) = 1 − tanh²(x) = sech²(x) = 4·sigmoid′(2x): the same with e = e^−2|x|, no 1 − tanh² cancellation.
    // softplus′(x; β) = σ(βx): float computes βx exactly in double (a product of two floats); double carries βx
    // as a double-double into the exp (e^t has condition number |t|) and gives (t > 0 ? 1 : e)/(1 + e), so the
    // negative tail is e^(βx) to the last bit and only becomes 0 when e^(βx) underflows.
    // Float: in double with the float-quality exp (Exp2FCore, 2^-28.4) and 1/d by vrcp14pd + Newton (2^-28,
    // RecipF), rounded once: ≤ 1 ULP. Double: ExpDCore (one rounding of 1 + em) and one division.
    // NaN propagates; ±Inf give 0 (sigmoid′, tanh′) and σ's limits (softplus′).
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidDerivativeF(double x)
        {
            // |x| ≥ 120: sigmoid′ < 2^-172, 0 in float; the clamp keeps NaN.
            double e = Exp2FCore(Sc.MinC(Sc.Abs(x), 120.0) * Sc.C(-MathConst.Log2E));
            return e * Sc.RecipF(Sc.Fma(e, e + Sc.C(2.0), Sc.C(1.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidDerivativeD(double x)
        {
            double e = ExpDCore(Sc.OrBits(x, Sc.C(-0.0)), Sc.C(0.0), Sc.C(1.0));
            return e / Sc.Fma(e, e + Sc.C(2.0), Sc.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double TanhDerivativeF(double x)
        {
            double e = Exp2FCore(Sc.MinC(Sc.Abs(x), 60.0) * Sc.C(-2.0 * MathConst.Log2E));
            return (e + e + e + e) * Sc.RecipF(Sc.Fma(e, e + Sc.C(2.0), Sc.C(1.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double TanhDerivativeD(double x)
        {
            double a = Sc.OrBits(x, Sc.C(-0.0));
            double e = ExpDCore(a + a, Sc.C(0.0), Sc.C(4.0));
            // e holds 4·e^−2|x| (scaled once, so a subnormal result is rounded once); e + 2·4 = 4(e' + 2).
            return e / Sc.Fma(e * Sc.C(0.25), e * Sc.C(0.25) + Sc.C(2.0), Sc.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SoftplusDerivativeF(double x, double beta) => SigmoidF(beta == 1.0 ? x : x * Sc.C(beta));

        /// <summary>σ(th + tl) for a double-double argument, with the subnormal tail rounded once.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmaDD(double th, double tl)
        {
            bool pos = Sc.Gt(th, Sc.C(0.0));
            double e = ExpDCore(Sc.OrBits(th, Sc.C(-0.0)), Sc.Select(pos, -tl, tl), Sc.C(1.0));
            return Sc.Select(pos, Sc.C(1.0), e) / (e + Sc.C(1.0));
        }

        /// <summary>The low part of x·β (x·β = th + tl exactly), 0 where th is huge or infinite.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double ProductLow(double x, double beta, double th) =>
            Sc.Select(Sc.Lt(Sc.Abs(th), Sc.C(1e300)), Sc.Fma(x, Sc.C(beta), -th), Sc.C(0.0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SoftplusDerivativeD(double x, double beta)
        {
            if (beta == 1.0) return SigmaDD(x, Sc.C(0.0));
            double th = x * Sc.C(beta);
            return SigmaDD(th, ProductLow(x, beta, th));
        }

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e^−|x|/(1 + e^−|x|)², without the 1 − σ cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float SigmoidDerivative(float x) => (float)SigmoidDerivativeF(x);

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e^−|x|/(1 + e^−|x|)², without the 1 − σ cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SigmoidDerivative(double x) => SigmoidDerivativeD(x);

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4·e^−2|x|/(1 + e^−2|x|)², without cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float TanhDerivative(float x) => (float)TanhDerivativeF(x);

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4·e^−2|x|/(1 + e^−2|x|)², without cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double TanhDerivative(double x) => TanhDerivativeD(x);

        /// <summary>softplus′(x) = σ(β·x), accurate (≈ e^(βx)) in the far negative tail; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float SoftplusDerivative(float x, float beta) => (float)SoftplusDerivativeF(x, beta);

        /// <summary>softplus′(x) = σ(β·x), accurate (≈ e^(βx)) in the far negative tail.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SoftplusDerivative(double x, double beta) => SoftplusDerivativeD(x, beta);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidDerivativeF(Vector128<double> x)
        {
            // |x| ≥ 120: sigmoid′ < 2^-172, 0 in float; the clamp keeps NaN.
            Vector128<double> e = Exp2FCore(V128.MinC(V128.Abs(x), 120.0) * V128.C(-MathConst.Log2E));
            return e * V128.RecipF(V128.Fma(e, e + V128.C(2.0), V128.C(1.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidDerivativeD(Vector128<double> x)
        {
            Vector128<double> e = ExpDCore(V128.OrBits(x, V128.C(-0.0)), V128.C(0.0), V128.C(1.0));
            return e / V128.Fma(e, e + V128.C(2.0), V128.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> TanhDerivativeF(Vector128<double> x)
        {
            Vector128<double> e = Exp2FCore(V128.MinC(V128.Abs(x), 60.0) * V128.C(-2.0 * MathConst.Log2E));
            return (e + e + e + e) * V128.RecipF(V128.Fma(e, e + V128.C(2.0), V128.C(1.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> TanhDerivativeD(Vector128<double> x)
        {
            Vector128<double> a = V128.OrBits(x, V128.C(-0.0));
            Vector128<double> e = ExpDCore(a + a, V128.C(0.0), V128.C(4.0));
            // e holds 4·e^−2|x| (scaled once, so a subnormal result is rounded once); e + 2·4 = 4(e' + 2).
            return e / V128.Fma(e * V128.C(0.25), e * V128.C(0.25) + V128.C(2.0), V128.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SoftplusDerivativeF(Vector128<double> x, double beta) => SigmoidF(beta == 1.0 ? x : x * V128.C(beta));

        /// <summary>σ(th + tl) for a double-double argument, with the subnormal tail rounded once.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmaDD(Vector128<double> th, Vector128<double> tl)
        {
            Vector128<double> pos = V128.Gt(th, V128.C(0.0));
            Vector128<double> e = ExpDCore(V128.OrBits(th, V128.C(-0.0)), V128.Select(pos, -tl, tl), V128.C(1.0));
            return V128.Select(pos, V128.C(1.0), e) / (e + V128.C(1.0));
        }

        /// <summary>The low part of x·β (x·β = th + tl exactly), 0 where th is huge or infinite.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> ProductLow(Vector128<double> x, double beta, Vector128<double> th) =>
            V128.Select(V128.Lt(V128.Abs(th), V128.C(1e300)), V128.Fma(x, V128.C(beta), -th), V128.C(0.0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SoftplusDerivativeD(Vector128<double> x, double beta)
        {
            if (beta == 1.0) return SigmaDD(x, V128.C(0.0));
            Vector128<double> th = x * V128.C(beta);
            return SigmaDD(th, ProductLow(x, beta, th));
        }

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e^−|x|/(1 + e^−|x|)², without the 1 − σ cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> SigmoidDerivative(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(SigmoidDerivativeF(lo), SigmoidDerivativeF(hi));
        }

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e^−|x|/(1 + e^−|x|)², without the 1 − σ cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> SigmoidDerivative(Vector128<double> x) => SigmoidDerivativeD(x);

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4·e^−2|x|/(1 + e^−2|x|)², without cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> TanhDerivative(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(TanhDerivativeF(lo), TanhDerivativeF(hi));
        }

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4·e^−2|x|/(1 + e^−2|x|)², without cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> TanhDerivative(Vector128<double> x) => TanhDerivativeD(x);

        /// <summary>softplus′(x) = σ(β·x), accurate (≈ e^(βx)) in the far negative tail; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> SoftplusDerivative(Vector128<float> x, float beta)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(SoftplusDerivativeF(lo, beta), SoftplusDerivativeF(hi, beta));
        }

        /// <summary>softplus′(x) = σ(β·x), accurate (≈ e^(βx)) in the far negative tail.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> SoftplusDerivative(Vector128<double> x, double beta) => SoftplusDerivativeD(x, beta);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidDerivativeF(Vector256<double> x)
        {
            // |x| ≥ 120: sigmoid′ < 2^-172, 0 in float; the clamp keeps NaN.
            Vector256<double> e = Exp2FCore(V256.MinC(V256.Abs(x), 120.0) * V256.C(-MathConst.Log2E));
            return e * V256.RecipF(V256.Fma(e, e + V256.C(2.0), V256.C(1.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidDerivativeD(Vector256<double> x)
        {
            Vector256<double> e = ExpDCore(V256.OrBits(x, V256.C(-0.0)), V256.C(0.0), V256.C(1.0));
            return e / V256.Fma(e, e + V256.C(2.0), V256.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> TanhDerivativeF(Vector256<double> x)
        {
            Vector256<double> e = Exp2FCore(V256.MinC(V256.Abs(x), 60.0) * V256.C(-2.0 * MathConst.Log2E));
            return (e + e + e + e) * V256.RecipF(V256.Fma(e, e + V256.C(2.0), V256.C(1.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> TanhDerivativeD(Vector256<double> x)
        {
            Vector256<double> a = V256.OrBits(x, V256.C(-0.0));
            Vector256<double> e = ExpDCore(a + a, V256.C(0.0), V256.C(4.0));
            // e holds 4·e^−2|x| (scaled once, so a subnormal result is rounded once); e + 2·4 = 4(e' + 2).
            return e / V256.Fma(e * V256.C(0.25), e * V256.C(0.25) + V256.C(2.0), V256.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SoftplusDerivativeF(Vector256<double> x, double beta) => SigmoidF(beta == 1.0 ? x : x * V256.C(beta));

        /// <summary>σ(th + tl) for a double-double argument, with the subnormal tail rounded once.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmaDD(Vector256<double> th, Vector256<double> tl)
        {
            Vector256<double> pos = V256.Gt(th, V256.C(0.0));
            Vector256<double> e = ExpDCore(V256.OrBits(th, V256.C(-0.0)), V256.Select(pos, -tl, tl), V256.C(1.0));
            return V256.Select(pos, V256.C(1.0), e) / (e + V256.C(1.0));
        }

        /// <summary>The low part of x·β (x·β = th + tl exactly), 0 where th is huge or infinite.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ProductLow(Vector256<double> x, double beta, Vector256<double> th) =>
            V256.Select(V256.Lt(V256.Abs(th), V256.C(1e300)), V256.Fma(x, V256.C(beta), -th), V256.C(0.0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SoftplusDerivativeD(Vector256<double> x, double beta)
        {
            if (beta == 1.0) return SigmaDD(x, V256.C(0.0));
            Vector256<double> th = x * V256.C(beta);
            return SigmaDD(th, ProductLow(x, beta, th));
        }

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e^−|x|/(1 + e^−|x|)², without the 1 − σ cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> SigmoidDerivative(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(SigmoidDerivativeF(lo), SigmoidDerivativeF(hi));
        }

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e^−|x|/(1 + e^−|x|)², without the 1 − σ cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> SigmoidDerivative(Vector256<double> x) => SigmoidDerivativeD(x);

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4·e^−2|x|/(1 + e^−2|x|)², without cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> TanhDerivative(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(TanhDerivativeF(lo), TanhDerivativeF(hi));
        }

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4·e^−2|x|/(1 + e^−2|x|)², without cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> TanhDerivative(Vector256<double> x) => TanhDerivativeD(x);

        /// <summary>softplus′(x) = σ(β·x), accurate (≈ e^(βx)) in the far negative tail; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> SoftplusDerivative(Vector256<float> x, float beta)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(SoftplusDerivativeF(lo, beta), SoftplusDerivativeF(hi, beta));
        }

        /// <summary>softplus′(x) = σ(β·x), accurate (≈ e^(βx)) in the far negative tail.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> SoftplusDerivative(Vector256<double> x, double beta) => SoftplusDerivativeD(x, beta);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidDerivativeF(Vector512<double> x)
        {
            // |x| ≥ 120: sigmoid′ < 2^-172, 0 in float; the clamp keeps NaN.
            Vector512<double> e = Exp2FCore(V512.MinC(V512.Abs(x), 120.0) * V512.C(-MathConst.Log2E));
            return e * V512.RecipF(V512.Fma(e, e + V512.C(2.0), V512.C(1.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidDerivativeD(Vector512<double> x)
        {
            Vector512<double> e = ExpDCore(V512.OrBits(x, V512.C(-0.0)), V512.C(0.0), V512.C(1.0));
            return e / V512.Fma(e, e + V512.C(2.0), V512.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> TanhDerivativeF(Vector512<double> x)
        {
            Vector512<double> e = Exp2FCore(V512.MinC(V512.Abs(x), 60.0) * V512.C(-2.0 * MathConst.Log2E));
            return (e + e + e + e) * V512.RecipF(V512.Fma(e, e + V512.C(2.0), V512.C(1.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> TanhDerivativeD(Vector512<double> x)
        {
            Vector512<double> a = V512.OrBits(x, V512.C(-0.0));
            Vector512<double> e = ExpDCore(a + a, V512.C(0.0), V512.C(4.0));
            // e holds 4·e^−2|x| (scaled once, so a subnormal result is rounded once); e + 2·4 = 4(e' + 2).
            return e / V512.Fma(e * V512.C(0.25), e * V512.C(0.25) + V512.C(2.0), V512.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SoftplusDerivativeF(Vector512<double> x, double beta) => SigmoidF(beta == 1.0 ? x : x * V512.C(beta));

        /// <summary>σ(th + tl) for a double-double argument, with the subnormal tail rounded once.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmaDD(Vector512<double> th, Vector512<double> tl)
        {
            Vector512<double> pos = V512.Gt(th, V512.C(0.0));
            Vector512<double> e = ExpDCore(V512.OrBits(th, V512.C(-0.0)), V512.Select(pos, -tl, tl), V512.C(1.0));
            return V512.Select(pos, V512.C(1.0), e) / (e + V512.C(1.0));
        }

        /// <summary>The low part of x·β (x·β = th + tl exactly), 0 where th is huge or infinite.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> ProductLow(Vector512<double> x, double beta, Vector512<double> th) =>
            V512.Select(V512.Lt(V512.Abs(th), V512.C(1e300)), V512.Fma(x, V512.C(beta), -th), V512.C(0.0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SoftplusDerivativeD(Vector512<double> x, double beta)
        {
            if (beta == 1.0) return SigmaDD(x, V512.C(0.0));
            Vector512<double> th = x * V512.C(beta);
            return SigmaDD(th, ProductLow(x, beta, th));
        }

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e^−|x|/(1 + e^−|x|)², without the 1 − σ cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> SigmoidDerivative(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(SigmoidDerivativeF(lo), SigmoidDerivativeF(hi));
        }

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e^−|x|/(1 + e^−|x|)², without the 1 − σ cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> SigmoidDerivative(Vector512<double> x) => SigmoidDerivativeD(x);

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4·e^−2|x|/(1 + e^−2|x|)², without cancellation; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> TanhDerivative(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(TanhDerivativeF(lo), TanhDerivativeF(hi));
        }

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4·e^−2|x|/(1 + e^−2|x|)², without cancellation.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> TanhDerivative(Vector512<double> x) => TanhDerivativeD(x);

        /// <summary>softplus′(x) = σ(β·x), accurate (≈ e^(βx)) in the far negative tail; evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> SoftplusDerivative(Vector512<float> x, float beta)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(SoftplusDerivativeF(lo, beta), SoftplusDerivativeF(hi, beta));
        }

        /// <summary>softplus′(x) = σ(β·x), accurate (≈ e^(βx)) in the far negative tail.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> SoftplusDerivative(Vector512<double> x, double beta) => SoftplusDerivativeD(x, beta);

    }
}

// This file is produced by tools/MathGen from Templates/VectorMath.Silu.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // silu(x) = x·σ(β·x); gelu_tanh(x) = ½x(1 + tanh(u)) = x·σ(2u), u = √(2/π)(x + 0.044715x³), which has no
    // cancellation for negative x. σ as in Sigmoid. Double path: the argument t of σ is carried as a
    // double-double (σ(t) ≈ e^t has condition number |t|), lanes with t < −700 take m·e^t with the factor m = x
    // applied before the final scaling (results far in the subnormal range rounded once), and an infinite x
    // whose σ vanishes gives 0 (the limit) instead of ∞·0.
    //
    // Float silu (every path, scalar included): float-only, no widening (SiluF32). t = β·x as an exact float-float
    // th + tl (tl = fma(x, β, −th); β = 1: tl = 0), clamped to [−104, 20] for the main computation (beyond 20,
    // x·σ(t) rounds to x). e^−t = 2^−m·(1 + sHi + sLo) by ExpNegCoreF / ExpNegCoreLoF (VectorMath.ExpF.cs.in:
    // Cody–Waite with FMA, degree-4 float q by Estrin's scheme, error ≤ 2^-27.6 + 2^-28 relative with sLo kept).
    // Then, as in the float sigmoid, x·σ(t) = 2^m·x/D with D = 2^m + 1 + s an exact float-float (Fast2Sums), and the
    // quotient x/D by DivFF's scheme: q0 = x·r0 (r0 = vrcp14ps(dHi), 2^-14; a division without AVX-512), one FMA residual
    // ρ = x − q0·D, q = q0 + r0·ρ (relative error ≤ 2^-28), scaled by 2^m once at the end (vscalefps, or two multiplies;
    // a subnormal result is rounded there once more). Error before the final rounding ≤ (0.14 + 0.06 + small)·2^-24
    // relative, so every result is within 1 ULP of the correctly rounded one. Lanes with t < −104 (σ(t) < 2^-150, where
    // x·σ(t) can still be a normal float when |x| is large and β small) take the rare branch x·e^t = fx·(1 + s)·2^(ex − m)
    // (x = 2^ex·fx from its bits, t clamped at −300, below which |x|·e^t < 2^-150 for every float x), scaled once.
    // x = ±∞ gives ±∞ (σ → 1) or ±0 (σ → 0), NaN propagates, silu(−0) = −0. Exhaustively
    // ≤ 1 ULP on all 2^32 inputs (β = 1 and 1.702), every path (benchmarks/Accuracy).
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>x·σ, with the limit 0 where x is infinite and σ(±∞) = 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double TimesSigma(double x, double sigma) =>
            Sc.Select(Sc.And(Sc.Eq(Sc.Abs(x), Sc.C(double.PositiveInfinity)), Sc.Lt(sigma, Sc.C(0.5))), Sc.C(0.0), x * sigma);

        /// <summary>x·σ(th + tl) with double accuracy, including the subnormal tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double TimesSigmaD(double x, double th, double tl)
        {
            bool pos = Sc.Gt(th, Sc.C(0.0));
            double e = ExpDCore(Sc.OrBits(th, Sc.C(-0.0)), Sc.Select(pos, -tl, tl), Sc.C(1.0));
            double sigma = Sc.Select(pos, Sc.C(1.0), e) / (e + Sc.C(1.0));
            double r = x * sigma;
            bool tail = Sc.Lt(th, Sc.C(-700.0));
            if (Sc.Any(tail))
                r = Sc.Select(tail, ExpDCore(th, tl, x), r);
            return Sc.Select(Sc.And(Sc.Eq(Sc.Abs(x), Sc.C(double.PositiveInfinity)), Sc.Lt(sigma, Sc.C(0.5))), Sc.C(0.0), r);
        }

        /// <summary>silu(x) = x·σ(β·x) in float only (see the header): ≤ 1 ULP for every float x, subnormal results included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float SiluF32(float x, float beta)
        {
            float th = beta == 1f ? x : x * Sc.CF(beta);
            // tl: the exact rounding error of β·x; bounded so that lanes clamped at 20 (where any |tl| is harmless) stay in range.
            float tl = beta == 1f ? Sc.CF(0f) : LowPartF(Sc.FmsF(x, Sc.CF(beta), th));
            float tc = Sc.ClampF(th, -104f, 20f);
            var (k, sHi, sLo) = beta == 1f ? ExpNegCoreF(tc) : ExpNegCoreLoF(tc, tl); // e^−t = 2^−m·(1 + s), m in [−150, 29]
            float m = k - Sc.CF(MathConstF.Shift);
            float t = Sc.Pow2IF(m);
            // D = t + 1 + s = dHi + dLo exactly (to the rounding of wLo): Fast2Sums as in the float sigmoid, sLo included.
            float w = Sc.CF(1f) + sHi;
            float wLo = ((Sc.CF(1f) - w) + sHi) + sLo;
            float dHi = t + w;
            float dLo = ((Sc.MaxF(t, w) - dHi) + Sc.MinF(t, w)) + wLo;
            // x/D: q0 = x·r0, ρ = q0·D − x, q = q0 − r0·ρ (in this sign order x = −0 gives −0: q0 − r0·(+0) = −0). For
            // x = ±∞, ρ is NaN (∞ − ∞): maxps turns it into a finite number so that q = q0 = ±∞ (a NaN x stays NaN via q0).
            float r0 = Sc.RcpF(dHi);
            float q0 = x * r0;
            float rho = Sc.MaxF(Sc.FmaF(q0, dLo, Sc.FmsF(q0, dHi, x)), Sc.CF(-float.MaxValue));
            float y = Sc.ScaleF(Sc.FnmaF(r0, rho, q0), m);
            if (Sc.AnyLtCF(th, -104f))
                y = Sc.SelectF(Sc.LtCF(th, -104f), SiluTailF32(x, th, tl), y);
            return y;
        }

        /// <summary>
        /// x·e^(th + tl) for the lanes with th &lt; −104 (there σ(t) = e^t·(1 − 2^-150)): x is normal or infinite (|β·x| ≥ 104
        /// with |β| ≤ 2^128), x = 2^ex·fx, fx·(1 + s) rounded once and scaled by 2^(ex − m) once (exponent clamped at −200,
        /// where the result is 0 anyway). An infinite x gives ±0.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static float SiluTailF32(float x, float th, float tl)
        {
            var (k, sHi, sLo) = ExpNegCoreLoF(-Sc.MaxCF(th, -300f), -tl); // e^t = 2^−m·(1 + s), m in [150, 433]
            float fx = Sc.MantissaF(x);
            float g = Sc.FmaF(fx, sHi + sLo, fx);
            float n = Sc.MaxCF(Sc.ExponentF(x) - (k - Sc.CF(MathConstF.Shift)), -200f);
            return Sc.ScaleF(g, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SiluD(double x, double beta)
        {
            if (beta == 1.0) return TimesSigmaD(x, x, Sc.C(0.0));
            double th = x * Sc.C(beta);
            double tl = Sc.Select(Sc.Lt(Sc.Abs(th), Sc.C(1e300)), Sc.Fma(x, Sc.C(beta), -th), Sc.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluTanhF(double x) => TimesSigma(x, SigmoidF(x * Sc.Fma(x * x, Sc.C(MathConst.GeluC3), Sc.C(MathConst.GeluC1))));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluTanhD(double x)
        {
            // 2u = x·(C1 + C3·x²) as a double-double.
            double x2h = x * x;
            double x2l = Sc.Fma(x, x, -x2h);
            double ph = x2h * Sc.C(MathConst.GeluC3);
            double pl = Sc.Fma(x2h, Sc.C(MathConst.GeluC3), -ph) + (x2l * Sc.C(MathConst.GeluC3) + x2h * Sc.C(MathConst.GeluC3Lo));
            double wh = ph + Sc.C(MathConst.GeluC1);
            double bb = wh - ph;
            double wl = ((ph - (wh - bb)) + (Sc.C(MathConst.GeluC1) - bb)) + (pl + Sc.C(MathConst.GeluC1Lo));
            double th = x * wh;
            double tl = Sc.Fma(x, wh, -th) + x * wl;
            tl = Sc.Select(Sc.Lt(Sc.Abs(th), Sc.C(1e300)), tl, Sc.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        /// <summary>silu(x) = x·σ(β·x) (swish), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Silu(float x, float beta) => SiluF32(x, beta);

        /// <summary>silu(x) = x·σ(β·x) (swish).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Silu(double x, double beta) => SiluD(x, beta);
        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float GeluTanh(float x) => (float)GeluTanhF(x);

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double GeluTanh(double x) => GeluTanhD(x);

        // ---------------- Vector128 ----------------
        /// <summary>x·σ, with the limit 0 where x is infinite and σ(±∞) = 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> TimesSigma(Vector128<double> x, Vector128<double> sigma) =>
            V128.Select(V128.And(V128.Eq(V128.Abs(x), V128.C(double.PositiveInfinity)), V128.Lt(sigma, V128.C(0.5))), V128.C(0.0), x * sigma);

        /// <summary>x·σ(th + tl) with double accuracy, including the subnormal tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> TimesSigmaD(Vector128<double> x, Vector128<double> th, Vector128<double> tl)
        {
            Vector128<double> pos = V128.Gt(th, V128.C(0.0));
            Vector128<double> e = ExpDCore(V128.OrBits(th, V128.C(-0.0)), V128.Select(pos, -tl, tl), V128.C(1.0));
            Vector128<double> sigma = V128.Select(pos, V128.C(1.0), e) / (e + V128.C(1.0));
            Vector128<double> r = x * sigma;
            Vector128<double> tail = V128.Lt(th, V128.C(-700.0));
            if (V128.Any(tail))
                r = V128.Select(tail, ExpDCore(th, tl, x), r);
            return V128.Select(V128.And(V128.Eq(V128.Abs(x), V128.C(double.PositiveInfinity)), V128.Lt(sigma, V128.C(0.5))), V128.C(0.0), r);
        }

        /// <summary>silu(x) = x·σ(β·x) in float only (see the header): ≤ 1 ULP for every float x, subnormal results included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> SiluF32(Vector128<float> x, float beta)
        {
            Vector128<float> th = beta == 1f ? x : x * V128.CF(beta);
            // tl: the exact rounding error of β·x; bounded so that lanes clamped at 20 (where any |tl| is harmless) stay in range.
            Vector128<float> tl = beta == 1f ? V128.CF(0f) : LowPartF(V128.FmsF(x, V128.CF(beta), th));
            Vector128<float> tc = V128.ClampF(th, -104f, 20f);
            var (k, sHi, sLo) = beta == 1f ? ExpNegCoreF(tc) : ExpNegCoreLoF(tc, tl); // e^−t = 2^−m·(1 + s), m in [−150, 29]
            Vector128<float> m = k - V128.CF(MathConstF.Shift);
            Vector128<float> t = V128.Pow2IF(m);
            // D = t + 1 + s = dHi + dLo exactly (to the rounding of wLo): Fast2Sums as in the float sigmoid, sLo included.
            Vector128<float> w = V128.CF(1f) + sHi;
            Vector128<float> wLo = ((V128.CF(1f) - w) + sHi) + sLo;
            Vector128<float> dHi = t + w;
            Vector128<float> dLo = ((V128.MaxF(t, w) - dHi) + V128.MinF(t, w)) + wLo;
            // x/D: q0 = x·r0, ρ = q0·D − x, q = q0 − r0·ρ (in this sign order x = −0 gives −0: q0 − r0·(+0) = −0). For
            // x = ±∞, ρ is NaN (∞ − ∞): maxps turns it into a finite number so that q = q0 = ±∞ (a NaN x stays NaN via q0).
            Vector128<float> r0 = V128.RcpF(dHi);
            Vector128<float> q0 = x * r0;
            Vector128<float> rho = V128.MaxF(V128.FmaF(q0, dLo, V128.FmsF(q0, dHi, x)), V128.CF(-float.MaxValue));
            Vector128<float> y = V128.ScaleF(V128.FnmaF(r0, rho, q0), m);
            if (V128.AnyLtCF(th, -104f))
                y = V128.SelectF(V128.LtCF(th, -104f), SiluTailF32(x, th, tl), y);
            return y;
        }

        /// <summary>
        /// x·e^(th + tl) for the lanes with th &lt; −104 (there σ(t) = e^t·(1 − 2^-150)): x is normal or infinite (|β·x| ≥ 104
        /// with |β| ≤ 2^128), x = 2^ex·fx, fx·(1 + s) rounded once and scaled by 2^(ex − m) once (exponent clamped at −200,
        /// where the result is 0 anyway). An infinite x gives ±0.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector128<float> SiluTailF32(Vector128<float> x, Vector128<float> th, Vector128<float> tl)
        {
            var (k, sHi, sLo) = ExpNegCoreLoF(-V128.MaxCF(th, -300f), -tl); // e^t = 2^−m·(1 + s), m in [150, 433]
            Vector128<float> fx = V128.MantissaF(x);
            Vector128<float> g = V128.FmaF(fx, sHi + sLo, fx);
            Vector128<float> n = V128.MaxCF(V128.ExponentF(x) - (k - V128.CF(MathConstF.Shift)), -200f);
            return V128.ScaleF(g, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SiluD(Vector128<double> x, double beta)
        {
            if (beta == 1.0) return TimesSigmaD(x, x, V128.C(0.0));
            Vector128<double> th = x * V128.C(beta);
            Vector128<double> tl = V128.Select(V128.Lt(V128.Abs(th), V128.C(1e300)), V128.Fma(x, V128.C(beta), -th), V128.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluTanhF(Vector128<double> x) => TimesSigma(x, SigmoidF(x * V128.Fma(x * x, V128.C(MathConst.GeluC3), V128.C(MathConst.GeluC1))));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluTanhD(Vector128<double> x)
        {
            // 2u = x·(C1 + C3·x²) as a double-double.
            Vector128<double> x2h = x * x;
            Vector128<double> x2l = V128.Fma(x, x, -x2h);
            Vector128<double> ph = x2h * V128.C(MathConst.GeluC3);
            Vector128<double> pl = V128.Fma(x2h, V128.C(MathConst.GeluC3), -ph) + (x2l * V128.C(MathConst.GeluC3) + x2h * V128.C(MathConst.GeluC3Lo));
            Vector128<double> wh = ph + V128.C(MathConst.GeluC1);
            Vector128<double> bb = wh - ph;
            Vector128<double> wl = ((ph - (wh - bb)) + (V128.C(MathConst.GeluC1) - bb)) + (pl + V128.C(MathConst.GeluC1Lo));
            Vector128<double> th = x * wh;
            Vector128<double> tl = V128.Fma(x, wh, -th) + x * wl;
            tl = V128.Select(V128.Lt(V128.Abs(th), V128.C(1e300)), tl, V128.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        /// <summary>silu(x) = x·σ(β·x) (swish), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Silu(Vector128<float> x, float beta) => SiluF32(x, beta);

        /// <summary>silu(x) = x·σ(β·x) (swish).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Silu(Vector128<double> x, double beta) => SiluD(x, beta);
        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> GeluTanh(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(GeluTanhF(lo), GeluTanhF(hi));
        }

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> GeluTanh(Vector128<double> x) => GeluTanhD(x);

        // ---------------- Vector256 ----------------
        /// <summary>x·σ, with the limit 0 where x is infinite and σ(±∞) = 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> TimesSigma(Vector256<double> x, Vector256<double> sigma) =>
            V256.Select(V256.And(V256.Eq(V256.Abs(x), V256.C(double.PositiveInfinity)), V256.Lt(sigma, V256.C(0.5))), V256.C(0.0), x * sigma);

        /// <summary>x·σ(th + tl) with double accuracy, including the subnormal tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> TimesSigmaD(Vector256<double> x, Vector256<double> th, Vector256<double> tl)
        {
            Vector256<double> pos = V256.Gt(th, V256.C(0.0));
            Vector256<double> e = ExpDCore(V256.OrBits(th, V256.C(-0.0)), V256.Select(pos, -tl, tl), V256.C(1.0));
            Vector256<double> sigma = V256.Select(pos, V256.C(1.0), e) / (e + V256.C(1.0));
            Vector256<double> r = x * sigma;
            Vector256<double> tail = V256.Lt(th, V256.C(-700.0));
            if (V256.Any(tail))
                r = V256.Select(tail, ExpDCore(th, tl, x), r);
            return V256.Select(V256.And(V256.Eq(V256.Abs(x), V256.C(double.PositiveInfinity)), V256.Lt(sigma, V256.C(0.5))), V256.C(0.0), r);
        }

        /// <summary>silu(x) = x·σ(β·x) in float only (see the header): ≤ 1 ULP for every float x, subnormal results included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> SiluF32(Vector256<float> x, float beta)
        {
            Vector256<float> th = beta == 1f ? x : x * V256.CF(beta);
            // tl: the exact rounding error of β·x; bounded so that lanes clamped at 20 (where any |tl| is harmless) stay in range.
            Vector256<float> tl = beta == 1f ? V256.CF(0f) : LowPartF(V256.FmsF(x, V256.CF(beta), th));
            Vector256<float> tc = V256.ClampF(th, -104f, 20f);
            var (k, sHi, sLo) = beta == 1f ? ExpNegCoreF(tc) : ExpNegCoreLoF(tc, tl); // e^−t = 2^−m·(1 + s), m in [−150, 29]
            Vector256<float> m = k - V256.CF(MathConstF.Shift);
            Vector256<float> t = V256.Pow2IF(m);
            // D = t + 1 + s = dHi + dLo exactly (to the rounding of wLo): Fast2Sums as in the float sigmoid, sLo included.
            Vector256<float> w = V256.CF(1f) + sHi;
            Vector256<float> wLo = ((V256.CF(1f) - w) + sHi) + sLo;
            Vector256<float> dHi = t + w;
            Vector256<float> dLo = ((V256.MaxF(t, w) - dHi) + V256.MinF(t, w)) + wLo;
            // x/D: q0 = x·r0, ρ = q0·D − x, q = q0 − r0·ρ (in this sign order x = −0 gives −0: q0 − r0·(+0) = −0). For
            // x = ±∞, ρ is NaN (∞ − ∞): maxps turns it into a finite number so that q = q0 = ±∞ (a NaN x stays NaN via q0).
            Vector256<float> r0 = V256.RcpF(dHi);
            Vector256<float> q0 = x * r0;
            Vector256<float> rho = V256.MaxF(V256.FmaF(q0, dLo, V256.FmsF(q0, dHi, x)), V256.CF(-float.MaxValue));
            Vector256<float> y = V256.ScaleF(V256.FnmaF(r0, rho, q0), m);
            if (V256.AnyLtCF(th, -104f))
                y = V256.SelectF(V256.LtCF(th, -104f), SiluTailF32(x, th, tl), y);
            return y;
        }

        /// <summary>
        /// x·e^(th + tl) for the lanes with th &lt; −104 (there σ(t) = e^t·(1 − 2^-150)): x is normal or infinite (|β·x| ≥ 104
        /// with |β| ≤ 2^128), x = 2^ex·fx, fx·(1 + s) rounded once and scaled by 2^(ex − m) once (exponent clamped at −200,
        /// where the result is 0 anyway). An infinite x gives ±0.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector256<float> SiluTailF32(Vector256<float> x, Vector256<float> th, Vector256<float> tl)
        {
            var (k, sHi, sLo) = ExpNegCoreLoF(-V256.MaxCF(th, -300f), -tl); // e^t = 2^−m·(1 + s), m in [150, 433]
            Vector256<float> fx = V256.MantissaF(x);
            Vector256<float> g = V256.FmaF(fx, sHi + sLo, fx);
            Vector256<float> n = V256.MaxCF(V256.ExponentF(x) - (k - V256.CF(MathConstF.Shift)), -200f);
            return V256.ScaleF(g, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SiluD(Vector256<double> x, double beta)
        {
            if (beta == 1.0) return TimesSigmaD(x, x, V256.C(0.0));
            Vector256<double> th = x * V256.C(beta);
            Vector256<double> tl = V256.Select(V256.Lt(V256.Abs(th), V256.C(1e300)), V256.Fma(x, V256.C(beta), -th), V256.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluTanhF(Vector256<double> x) => TimesSigma(x, SigmoidF(x * V256.Fma(x * x, V256.C(MathConst.GeluC3), V256.C(MathConst.GeluC1))));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluTanhD(Vector256<double> x)
        {
            // 2u = x·(C1 + C3·x²) as a double-double.
            Vector256<double> x2h = x * x;
            Vector256<double> x2l = V256.Fma(x, x, -x2h);
            Vector256<double> ph = x2h * V256.C(MathConst.GeluC3);
            Vector256<double> pl = V256.Fma(x2h, V256.C(MathConst.GeluC3), -ph) + (x2l * V256.C(MathConst.GeluC3) + x2h * V256.C(MathConst.GeluC3Lo));
            Vector256<double> wh = ph + V256.C(MathConst.GeluC1);
            Vector256<double> bb = wh - ph;
            Vector256<double> wl = ((ph - (wh - bb)) + (V256.C(MathConst.GeluC1) - bb)) + (pl + V256.C(MathConst.GeluC1Lo));
            Vector256<double> th = x * wh;
            Vector256<double> tl = V256.Fma(x, wh, -th) + x * wl;
            tl = V256.Select(V256.Lt(V256.Abs(th), V256.C(1e300)), tl, V256.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        /// <summary>silu(x) = x·σ(β·x) (swish), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Silu(Vector256<float> x, float beta) => SiluF32(x, beta);

        /// <summary>silu(x) = x·σ(β·x) (swish).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Silu(Vector256<double> x, double beta) => SiluD(x, beta);
        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> GeluTanh(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(GeluTanhF(lo), GeluTanhF(hi));
        }

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> GeluTanh(Vector256<double> x) => GeluTanhD(x);

        // ---------------- Vector512 ----------------
        /// <summary>x·σ, with the limit 0 where x is infinite and σ(±∞) = 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> TimesSigma(Vector512<double> x, Vector512<double> sigma) =>
            V512.Select(V512.And(V512.Eq(V512.Abs(x), V512.C(double.PositiveInfinity)), V512.Lt(sigma, V512.C(0.5))), V512.C(0.0), x * sigma);

        /// <summary>x·σ(th + tl) with double accuracy, including the subnormal tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> TimesSigmaD(Vector512<double> x, Vector512<double> th, Vector512<double> tl)
        {
            Vector512<double> pos = V512.Gt(th, V512.C(0.0));
            Vector512<double> e = ExpDCore(V512.OrBits(th, V512.C(-0.0)), V512.Select(pos, -tl, tl), V512.C(1.0));
            Vector512<double> sigma = V512.Select(pos, V512.C(1.0), e) / (e + V512.C(1.0));
            Vector512<double> r = x * sigma;
            Vector512<double> tail = V512.Lt(th, V512.C(-700.0));
            if (V512.Any(tail))
                r = V512.Select(tail, ExpDCore(th, tl, x), r);
            return V512.Select(V512.And(V512.Eq(V512.Abs(x), V512.C(double.PositiveInfinity)), V512.Lt(sigma, V512.C(0.5))), V512.C(0.0), r);
        }

        /// <summary>silu(x) = x·σ(β·x) in float only (see the header): ≤ 1 ULP for every float x, subnormal results included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> SiluF32(Vector512<float> x, float beta)
        {
            Vector512<float> th = beta == 1f ? x : x * V512.CF(beta);
            // tl: the exact rounding error of β·x; bounded so that lanes clamped at 20 (where any |tl| is harmless) stay in range.
            Vector512<float> tl = beta == 1f ? V512.CF(0f) : LowPartF(V512.FmsF(x, V512.CF(beta), th));
            Vector512<float> tc = V512.ClampF(th, -104f, 20f);
            var (k, sHi, sLo) = beta == 1f ? ExpNegCoreF(tc) : ExpNegCoreLoF(tc, tl); // e^−t = 2^−m·(1 + s), m in [−150, 29]
            Vector512<float> m = k - V512.CF(MathConstF.Shift);
            Vector512<float> t = V512.Pow2IF(m);
            // D = t + 1 + s = dHi + dLo exactly (to the rounding of wLo): Fast2Sums as in the float sigmoid, sLo included.
            Vector512<float> w = V512.CF(1f) + sHi;
            Vector512<float> wLo = ((V512.CF(1f) - w) + sHi) + sLo;
            Vector512<float> dHi = t + w;
            Vector512<float> dLo = ((V512.MaxF(t, w) - dHi) + V512.MinF(t, w)) + wLo;
            // x/D: q0 = x·r0, ρ = q0·D − x, q = q0 − r0·ρ (in this sign order x = −0 gives −0: q0 − r0·(+0) = −0). For
            // x = ±∞, ρ is NaN (∞ − ∞): maxps turns it into a finite number so that q = q0 = ±∞ (a NaN x stays NaN via q0).
            Vector512<float> r0 = V512.RcpF(dHi);
            Vector512<float> q0 = x * r0;
            Vector512<float> rho = V512.MaxF(V512.FmaF(q0, dLo, V512.FmsF(q0, dHi, x)), V512.CF(-float.MaxValue));
            Vector512<float> y = V512.ScaleF(V512.FnmaF(r0, rho, q0), m);
            if (V512.AnyLtCF(th, -104f))
                y = V512.SelectF(V512.LtCF(th, -104f), SiluTailF32(x, th, tl), y);
            return y;
        }

        /// <summary>
        /// x·e^(th + tl) for the lanes with th &lt; −104 (there σ(t) = e^t·(1 − 2^-150)): x is normal or infinite (|β·x| ≥ 104
        /// with |β| ≤ 2^128), x = 2^ex·fx, fx·(1 + s) rounded once and scaled by 2^(ex − m) once (exponent clamped at −200,
        /// where the result is 0 anyway). An infinite x gives ±0.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector512<float> SiluTailF32(Vector512<float> x, Vector512<float> th, Vector512<float> tl)
        {
            var (k, sHi, sLo) = ExpNegCoreLoF(-V512.MaxCF(th, -300f), -tl); // e^t = 2^−m·(1 + s), m in [150, 433]
            Vector512<float> fx = V512.MantissaF(x);
            Vector512<float> g = V512.FmaF(fx, sHi + sLo, fx);
            Vector512<float> n = V512.MaxCF(V512.ExponentF(x) - (k - V512.CF(MathConstF.Shift)), -200f);
            return V512.ScaleF(g, n);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SiluD(Vector512<double> x, double beta)
        {
            if (beta == 1.0) return TimesSigmaD(x, x, V512.C(0.0));
            Vector512<double> th = x * V512.C(beta);
            Vector512<double> tl = V512.Select(V512.Lt(V512.Abs(th), V512.C(1e300)), V512.Fma(x, V512.C(beta), -th), V512.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluTanhF(Vector512<double> x) => TimesSigma(x, SigmoidF(x * V512.Fma(x * x, V512.C(MathConst.GeluC3), V512.C(MathConst.GeluC1))));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluTanhD(Vector512<double> x)
        {
            // 2u = x·(C1 + C3·x²) as a double-double.
            Vector512<double> x2h = x * x;
            Vector512<double> x2l = V512.Fma(x, x, -x2h);
            Vector512<double> ph = x2h * V512.C(MathConst.GeluC3);
            Vector512<double> pl = V512.Fma(x2h, V512.C(MathConst.GeluC3), -ph) + (x2l * V512.C(MathConst.GeluC3) + x2h * V512.C(MathConst.GeluC3Lo));
            Vector512<double> wh = ph + V512.C(MathConst.GeluC1);
            Vector512<double> bb = wh - ph;
            Vector512<double> wl = ((ph - (wh - bb)) + (V512.C(MathConst.GeluC1) - bb)) + (pl + V512.C(MathConst.GeluC1Lo));
            Vector512<double> th = x * wh;
            Vector512<double> tl = V512.Fma(x, wh, -th) + x * wl;
            tl = V512.Select(V512.Lt(V512.Abs(th), V512.C(1e300)), tl, V512.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        /// <summary>silu(x) = x·σ(β·x) (swish), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Silu(Vector512<float> x, float beta) => SiluF32(x, beta);

        /// <summary>silu(x) = x·σ(β·x) (swish).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Silu(Vector512<double> x, double beta) => SiluD(x, beta);
        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> GeluTanh(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(GeluTanhF(lo), GeluTanhF(hi));
        }

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> GeluTanh(Vector512<double> x) => GeluTanhD(x);
    }
}

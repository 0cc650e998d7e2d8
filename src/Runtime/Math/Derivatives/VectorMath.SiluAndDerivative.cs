// This file is produced by Derivatives/Templates/generate.py from Derivatives/Templates/VectorMath.SiluAndDerivative.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // (silu(x), silu′(x)) from one exponential, for gated backward passes that need both (SwiGLU: dmultiplier =
    // dy·silu(x), dx = dy·m·silu′(x)); Silu and SiluDerivative called separately evaluate σ twice.
    // Float: t = βx clamped to ±200 and e = e^−|t| exactly as SiluDerivativeF, so the derivative is bit-identical
    // to SiluDerivative. σ(t) = (t ≥ 0 ? 1 : e)·1/(1 + e) from the same e: for t ≥ 0 that is Sigmoid's
    // 1/(1 + e^−t) bit for bit (beyond 200 both are 1/(1 + e) with 1 + e = 1), so silu is bit-identical to Silu
    // there. For t < 0 it is e/(1 + e) where Silu computes 1/(1 + e^−t): the same error budget (relative: e
    // 2^-28.4 scaled by 1/(1 + e) ≤ 1, 1/(1 + e) 2^-28, two double roundings; Silu: 2^-28.4·e^−t/(1 + e^−t) +
    // 2^-28), so x·σ is within 2^-27.2 before its one rounding to float and stays ≤ 1 ULP (0.5 + 2^-27.2·2^24 <
    // 1); the clamp only changes σ where x·σ is below half the smallest subnormal for every float x. Checked
    // against Silu over all 2^32 float inputs on every path (tests sample it). Limits as Silu: x = −∞ gives 0
    // (not ∞·0), +∞ gives +∞; NaN propagates. Double: the two double functions (no sharing), so both parts are
    // bit-identical to Silu and SiluDerivative.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (double Value, double Derivative) SiluAndDerivativeF(double x, double beta)
        {
            double t = Sc.MinC(Sc.MaxC(beta == 1.0 ? x : x * Sc.C(beta), -200.0), 200.0);
            double e = Exp2FCore(Sc.Abs(t) * Sc.C(-MathConst.Log2E));
            bool pos = Sc.Ge(t, Sc.C(0.0));
            double sigma = Sc.Select(pos, Sc.C(1.0), e) * Sc.RecipF(e + Sc.C(1.0));
            return (TimesSigma(x, sigma), SigmaTimesOnePlusF(pos, e, t + Sc.C(1.0)));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx), from one exponential; each evaluated in double and rounded once (≤ 1 ULP; the derivative bit-identical to <c>SiluDerivative</c>).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (float Value, float Derivative) SiluAndDerivative(float x, float beta)
        {
            var (v, d) = SiluAndDerivativeF(x, beta);
            return ((float)v, (float)d);
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (double Value, double Derivative) SiluAndDerivative(double x, double beta) => (SiluD(x, beta), SiluDerivativeD(x, beta));

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector128<double> Value, Vector128<double> Derivative) SiluAndDerivativeF(Vector128<double> x, double beta)
        {
            Vector128<double> t = V128.MinC(V128.MaxC(beta == 1.0 ? x : x * V128.C(beta), -200.0), 200.0);
            Vector128<double> e = Exp2FCore(V128.Abs(t) * V128.C(-MathConst.Log2E));
            Vector128<double> pos = V128.Ge(t, V128.C(0.0));
            Vector128<double> sigma = V128.Select(pos, V128.C(1.0), e) * V128.RecipF(e + V128.C(1.0));
            return (TimesSigma(x, sigma), SigmaTimesOnePlusF(pos, e, t + V128.C(1.0)));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx), from one exponential; each evaluated in double and rounded once (≤ 1 ULP; the derivative bit-identical to <c>SiluDerivative</c>).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector128<float> Value, Vector128<float> Derivative) SiluAndDerivative(Vector128<float> x, float beta)
        {
            var (lo, hi) = V128.Widen(x);
            var (vlo, dlo) = SiluAndDerivativeF(lo, beta);
            var (vhi, dhi) = SiluAndDerivativeF(hi, beta);
            return (V128.Narrow(vlo, vhi), V128.Narrow(dlo, dhi));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector128<double> Value, Vector128<double> Derivative) SiluAndDerivative(Vector128<double> x, double beta) => (SiluD(x, beta), SiluDerivativeD(x, beta));

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector256<double> Value, Vector256<double> Derivative) SiluAndDerivativeF(Vector256<double> x, double beta)
        {
            Vector256<double> t = V256.MinC(V256.MaxC(beta == 1.0 ? x : x * V256.C(beta), -200.0), 200.0);
            Vector256<double> e = Exp2FCore(V256.Abs(t) * V256.C(-MathConst.Log2E));
            Vector256<double> pos = V256.Ge(t, V256.C(0.0));
            Vector256<double> sigma = V256.Select(pos, V256.C(1.0), e) * V256.RecipF(e + V256.C(1.0));
            return (TimesSigma(x, sigma), SigmaTimesOnePlusF(pos, e, t + V256.C(1.0)));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx), from one exponential; each evaluated in double and rounded once (≤ 1 ULP; the derivative bit-identical to <c>SiluDerivative</c>).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector256<float> Value, Vector256<float> Derivative) SiluAndDerivative(Vector256<float> x, float beta)
        {
            var (lo, hi) = V256.Widen(x);
            var (vlo, dlo) = SiluAndDerivativeF(lo, beta);
            var (vhi, dhi) = SiluAndDerivativeF(hi, beta);
            return (V256.Narrow(vlo, vhi), V256.Narrow(dlo, dhi));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector256<double> Value, Vector256<double> Derivative) SiluAndDerivative(Vector256<double> x, double beta) => (SiluD(x, beta), SiluDerivativeD(x, beta));

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector512<double> Value, Vector512<double> Derivative) SiluAndDerivativeF(Vector512<double> x, double beta)
        {
            Vector512<double> t = V512.MinC(V512.MaxC(beta == 1.0 ? x : x * V512.C(beta), -200.0), 200.0);
            Vector512<double> e = Exp2FCore(V512.Abs(t) * V512.C(-MathConst.Log2E));
            Vector512<double> pos = V512.Ge(t, V512.C(0.0));
            Vector512<double> sigma = V512.Select(pos, V512.C(1.0), e) * V512.RecipF(e + V512.C(1.0));
            return (TimesSigma(x, sigma), SigmaTimesOnePlusF(pos, e, t + V512.C(1.0)));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx), from one exponential; each evaluated in double and rounded once (≤ 1 ULP; the derivative bit-identical to <c>SiluDerivative</c>).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector512<float> Value, Vector512<float> Derivative) SiluAndDerivative(Vector512<float> x, float beta)
        {
            var (lo, hi) = V512.Widen(x);
            var (vlo, dlo) = SiluAndDerivativeF(lo, beta);
            var (vhi, dhi) = SiluAndDerivativeF(hi, beta);
            return (V512.Narrow(vlo, vhi), V512.Narrow(dlo, dhi));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector512<double> Value, Vector512<double> Derivative) SiluAndDerivative(Vector512<double> x, double beta) => (SiluD(x, beta), SiluDerivativeD(x, beta));
    }
}

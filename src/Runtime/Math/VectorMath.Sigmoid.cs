// This file is produced by Templates/generate.py from Templates/VectorMath.Sigmoid.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // sigmoid(x) = 1/(1 + e^-x).
    // Float (every path, scalar included): float-only, no widening. z = −|x| with x clamped to [−104, 20] (σ(20) and
    // σ(−104) already round to 1 and 0; NaN passes the clamp). E = e^z = 2^n·(1 + sHi + sLo) by ExpCoreF
    // (VectorMath.ExpF.cs.in: Cody–Waite with FMA, degree-4 float q, s kept as a float-float; relative error ≤ 2^-27)
    // and E = EHi + ELo exactly by ScaledFF with t = 2^max(n, −100) (normal). D = 1 + E as a float-float (Fast2Sum,
    // exact), N = 1 for x ≥ 0 and N = E for x < 0, σ = N/D by DivFF (vrcp14ps + one FMA residual step, or a division
    // for the estimate without AVX-512): relative error before the one rounding ≤ 2^-27 (E) + 2^-28 (quotient)
    // < 2^-26, so |y − σ| < 0.5 + 1/4 ULP and y is within 1 ULP of the correctly rounded σ. For x < −69 the
    // quotient is finally scaled by 2^(n − max(n, −100)) (vscalefps, or a multiply), which rounds a subnormal σ
    // once more: error < 0.5 subnormal ULP + 2^-24 relative. σ(±0) = 1/2 exactly; NaN propagates; ±Inf give 1 and 0.
    // Exhaustively ≤ 1 ULP on all 2^32 inputs (benchmarks/Accuracy).
    // SigmoidFCore (double, 2^-28) stays for the float silu/gelu_tanh/derivative cores that are evaluated in double.
    // Double: e = e^-|x| (never overflows, subnormal tail rounded once), sigmoid = (x < 0 ? e : 1)/(1 + e),
    // one exp, one division, no cancellation on either side.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>σ(t) to 2^-28 relative for t in [-700, 700] or NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidFCore(double t) => Sc.RecipF(Exp2FCore(t * Sc.C(-MathConst.Log2E)) + Sc.C(1.0));

        /// <summary>σ(t) to 2^-28 relative for any t (clamped to ±700).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidF(double t) => SigmoidFCore(Sc.MinC(Sc.MaxC(t, -700.0), 700.0));

        /// <summary>σ(x) in float only (see the header): ≤ 1 ULP for every float x, subnormal results included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float SigmoidF32(float x)
        {
            var (k, s) = ExpCoreF(Sc.ClampF(-x, -20f, 104f)); // e^-x = 2^n·(1 + s), n in [−29, 150]
            // σ = 2^-j/(2^-j + 2^(n−j)·(1 + s)), j = max(n, 0): u = 2^-j (clamped at 2^-100, where it no longer counts
            // against 1 + s), v = 2^(n−j) = 2^min(n, 0); one of them is 1. The quotient is scaled by 2^-j at the end.
            float n = k - Sc.CF(MathConstF.Shift);
            float m = Sc.MinCF(n, 0f);
            float mj = m - n; // −j
            float v = Sc.Pow2IF(m);
            float u = Sc.Pow2IF(Sc.MaxCF(mj, -100f));
            float w = Sc.FmaF(v, s, v);
            float wLo = Sc.FmaF(v, s, v - w); // exact: v − w by Sterbenz, v·s exact
            // D = u + w + wLo by Fast2Sum of the larger and the smaller of u, w.
            float a = Sc.MaxF(u, w), b = Sc.MinF(u, w);
            float dHi = a + b;
            float dLo = ((a - dHi) + b) + wLo;
            // 1/D: estimate r0, then r0·(1 + (1 − r0·D)) with D = dHi + dLo (relative error ε0² ≤ 2^-28).
            float r0 = Sc.RcpF(dHi);
            float rho = Sc.FnmaF(r0, dLo, Sc.FnmaF(r0, dHi, Sc.CF(1f)));
            return Sc.ScaleF(Sc.FmaF(r0, rho, r0), mj);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidD(double x)
        {
            double e = ExpDCore(Sc.OrBits(x, Sc.C(-0.0)), Sc.C(0.0), Sc.C(1.0));
            return Sc.Select(Sc.Lt(x, Sc.C(0.0)), e, Sc.C(1.0)) / (e + Sc.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sigmoid(float x) => SigmoidF32(x);

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Sigmoid(double x) => SigmoidD(x);

        // ---------------- Vector128 ----------------
        /// <summary>σ(t) to 2^-28 relative for t in [-700, 700] or NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidFCore(Vector128<double> t) => V128.RecipF(Exp2FCore(t * V128.C(-MathConst.Log2E)) + V128.C(1.0));

        /// <summary>σ(t) to 2^-28 relative for any t (clamped to ±700).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidF(Vector128<double> t) => SigmoidFCore(V128.MinC(V128.MaxC(t, -700.0), 700.0));

        /// <summary>σ(x) in float only (see the header): ≤ 1 ULP for every float x, subnormal results included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> SigmoidF32(Vector128<float> x)
        {
            var (k, s) = ExpCoreF(V128.ClampF(-x, -20f, 104f)); // e^-x = 2^n·(1 + s), n in [−29, 150]
            // σ = 2^-j/(2^-j + 2^(n−j)·(1 + s)), j = max(n, 0): u = 2^-j (clamped at 2^-100, where it no longer counts
            // against 1 + s), v = 2^(n−j) = 2^min(n, 0); one of them is 1. The quotient is scaled by 2^-j at the end.
            Vector128<float> n = k - V128.CF(MathConstF.Shift);
            Vector128<float> m = V128.MinCF(n, 0f);
            Vector128<float> mj = m - n; // −j
            Vector128<float> v = V128.Pow2IF(m);
            Vector128<float> u = V128.Pow2IF(V128.MaxCF(mj, -100f));
            Vector128<float> w = V128.FmaF(v, s, v);
            Vector128<float> wLo = V128.FmaF(v, s, v - w); // exact: v − w by Sterbenz, v·s exact
            // D = u + w + wLo by Fast2Sum of the larger and the smaller of u, w.
            Vector128<float> a = V128.MaxF(u, w), b = V128.MinF(u, w);
            Vector128<float> dHi = a + b;
            Vector128<float> dLo = ((a - dHi) + b) + wLo;
            // 1/D: estimate r0, then r0·(1 + (1 − r0·D)) with D = dHi + dLo (relative error ε0² ≤ 2^-28).
            Vector128<float> r0 = V128.RcpF(dHi);
            Vector128<float> rho = V128.FnmaF(r0, dLo, V128.FnmaF(r0, dHi, V128.CF(1f)));
            return V128.ScaleF(V128.FmaF(r0, rho, r0), mj);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidD(Vector128<double> x)
        {
            Vector128<double> e = ExpDCore(V128.OrBits(x, V128.C(-0.0)), V128.C(0.0), V128.C(1.0));
            return V128.Select(V128.Lt(x, V128.C(0.0)), e, V128.C(1.0)) / (e + V128.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Sigmoid(Vector128<float> x) => SigmoidF32(x);

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Sigmoid(Vector128<double> x) => SigmoidD(x);

        // ---------------- Vector256 ----------------
        /// <summary>σ(t) to 2^-28 relative for t in [-700, 700] or NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidFCore(Vector256<double> t) => V256.RecipF(Exp2FCore(t * V256.C(-MathConst.Log2E)) + V256.C(1.0));

        /// <summary>σ(t) to 2^-28 relative for any t (clamped to ±700).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidF(Vector256<double> t) => SigmoidFCore(V256.MinC(V256.MaxC(t, -700.0), 700.0));

        /// <summary>σ(x) in float only (see the header): ≤ 1 ULP for every float x, subnormal results included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> SigmoidF32(Vector256<float> x)
        {
            var (k, s) = ExpCoreF(V256.ClampF(-x, -20f, 104f)); // e^-x = 2^n·(1 + s), n in [−29, 150]
            // σ = 2^-j/(2^-j + 2^(n−j)·(1 + s)), j = max(n, 0): u = 2^-j (clamped at 2^-100, where it no longer counts
            // against 1 + s), v = 2^(n−j) = 2^min(n, 0); one of them is 1. The quotient is scaled by 2^-j at the end.
            Vector256<float> n = k - V256.CF(MathConstF.Shift);
            Vector256<float> m = V256.MinCF(n, 0f);
            Vector256<float> mj = m - n; // −j
            Vector256<float> v = V256.Pow2IF(m);
            Vector256<float> u = V256.Pow2IF(V256.MaxCF(mj, -100f));
            Vector256<float> w = V256.FmaF(v, s, v);
            Vector256<float> wLo = V256.FmaF(v, s, v - w); // exact: v − w by Sterbenz, v·s exact
            // D = u + w + wLo by Fast2Sum of the larger and the smaller of u, w.
            Vector256<float> a = V256.MaxF(u, w), b = V256.MinF(u, w);
            Vector256<float> dHi = a + b;
            Vector256<float> dLo = ((a - dHi) + b) + wLo;
            // 1/D: estimate r0, then r0·(1 + (1 − r0·D)) with D = dHi + dLo (relative error ε0² ≤ 2^-28).
            Vector256<float> r0 = V256.RcpF(dHi);
            Vector256<float> rho = V256.FnmaF(r0, dLo, V256.FnmaF(r0, dHi, V256.CF(1f)));
            return V256.ScaleF(V256.FmaF(r0, rho, r0), mj);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidD(Vector256<double> x)
        {
            Vector256<double> e = ExpDCore(V256.OrBits(x, V256.C(-0.0)), V256.C(0.0), V256.C(1.0));
            return V256.Select(V256.Lt(x, V256.C(0.0)), e, V256.C(1.0)) / (e + V256.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Sigmoid(Vector256<float> x) => SigmoidF32(x);

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Sigmoid(Vector256<double> x) => SigmoidD(x);

        // ---------------- Vector512 ----------------
        /// <summary>σ(t) to 2^-28 relative for t in [-700, 700] or NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidFCore(Vector512<double> t) => V512.RecipF(Exp2FCore(t * V512.C(-MathConst.Log2E)) + V512.C(1.0));

        /// <summary>σ(t) to 2^-28 relative for any t (clamped to ±700).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidF(Vector512<double> t) => SigmoidFCore(V512.MinC(V512.MaxC(t, -700.0), 700.0));

        /// <summary>σ(x) in float only (see the header): ≤ 1 ULP for every float x, subnormal results included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> SigmoidF32(Vector512<float> x)
        {
            var (k, s) = ExpCoreF(V512.ClampF(-x, -20f, 104f)); // e^-x = 2^n·(1 + s), n in [−29, 150]
            // σ = 2^-j/(2^-j + 2^(n−j)·(1 + s)), j = max(n, 0): u = 2^-j (clamped at 2^-100, where it no longer counts
            // against 1 + s), v = 2^(n−j) = 2^min(n, 0); one of them is 1. The quotient is scaled by 2^-j at the end.
            Vector512<float> n = k - V512.CF(MathConstF.Shift);
            Vector512<float> m = V512.MinCF(n, 0f);
            Vector512<float> mj = m - n; // −j
            Vector512<float> v = V512.Pow2IF(m);
            Vector512<float> u = V512.Pow2IF(V512.MaxCF(mj, -100f));
            Vector512<float> w = V512.FmaF(v, s, v);
            Vector512<float> wLo = V512.FmaF(v, s, v - w); // exact: v − w by Sterbenz, v·s exact
            // D = u + w + wLo by Fast2Sum of the larger and the smaller of u, w.
            Vector512<float> a = V512.MaxF(u, w), b = V512.MinF(u, w);
            Vector512<float> dHi = a + b;
            Vector512<float> dLo = ((a - dHi) + b) + wLo;
            // 1/D: estimate r0, then r0·(1 + (1 − r0·D)) with D = dHi + dLo (relative error ε0² ≤ 2^-28).
            Vector512<float> r0 = V512.RcpF(dHi);
            Vector512<float> rho = V512.FnmaF(r0, dLo, V512.FnmaF(r0, dHi, V512.CF(1f)));
            return V512.ScaleF(V512.FmaF(r0, rho, r0), mj);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidD(Vector512<double> x)
        {
            Vector512<double> e = ExpDCore(V512.OrBits(x, V512.C(-0.0)), V512.C(0.0), V512.C(1.0));
            return V512.Select(V512.Lt(x, V512.C(0.0)), e, V512.C(1.0)) / (e + V512.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Sigmoid(Vector512<float> x) => SigmoidF32(x);

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Sigmoid(Vector512<double> x) => SigmoidD(x);
    }
}

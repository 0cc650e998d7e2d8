// This file is produced by tools/MathGen from Templates/VectorMath.Sigmoid.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // sigmoid(x) = 1/(1 + e^-x).
    // Float (every path, scalar included): float-only, no widening. x is clamped to [−104, 20] (σ(−104) and σ(20) already
    // round to 0 and 1; NaN passes the clamp). e^-x = 2^-m·(1 + s) by ExpNegCoreF (VectorMath.ExpF.cs.in: Cody–Waite with
    // FMA, m = round(x·log2 e), degree-4 float q by Estrin's scheme, s rounded once: |error| ≤ 2^-26 + 2^-27.6 + 2^-28
    // relative). Then σ = t/D with t = 2^m and D = t + 1 + s: the numerator is a power of two, so σ = 2^m·(1/D) with one
    // scaling at the end (vscalefps, or two multiplies by normal powers of two), which also rounds a subnormal σ
    // (x < −87.3) once more. D as a float-float: w + wLo = 1 + s (Fast2Sum), dHi = t + w, and dHi's rounding error by the
    // Fast2Sum of max(t, w) and min(t, w), exact.
    // 1/D = r0·(2 − r0·D) with r0 = vrcp14ps(dHi) (2^-14; a division without AVX-512) and dLo in the residual:
    // relative error ≤ 2^-28. Before the final rounding the error is ≤ (0.25 + 0.08 + 0.06 + 0.02)·2^-24 relative,
    // below 1 ULP anywhere in a binade, so the result is within 1 ULP of the correctly rounded σ.
    // σ(±0) = 1/2 exactly; NaN propagates; ±Inf give 1 and 0. Exhaustively ≤ 1 ULP on all 2^32 inputs, every path
    // (benchmarks/Accuracy). About 30 instructions per vector, no division, and a dependency chain kept short (the loop
    // is latency-bound: Estrin instead of Horner, no negation, the reciprocal started before dLo is known).
    // SigmoidFCore (double, 2^-28) stays for the float gelu_tanh/derivative cores that are evaluated in double.
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
            float xc = Sc.ClampF(x, -104f, 20f);
            var (k, s, _) = ExpNegCoreF(xc); // e^-x = 2^-m·(1 + s), m = round(x·log2 e) in [−150, 29]
            // σ = t/(t + 1 + s) with t = 2^m: the numerator is a power of two, applied at the end by one scaling.
            float m = k - Sc.CF(MathConstF.Shift);
            float t = Sc.Pow2IF(m); // exact to 2^-126 (AVX-512: 2^-149); below it no longer counts against 1 + s
            // D = dHi + dLo exactly: w + wLo = 1 + s (Fast2Sum), dHi = t + w and its error by the Fast2Sum of the larger
            // and the smaller of t and w (dHi itself does not need the order, so the reciprocal need not wait for it).
            float w = Sc.CF(1f) + s;
            float wLo = (Sc.CF(1f) - w) + s;
            float dHi = t + w;
            float dLo = ((Sc.MaxF(t, w) - dHi) + Sc.MinF(t, w)) + wLo;
            // 1/D: estimate r0, then r0·(1 + (1 − r0·D)) with D = dHi + dLo (relative error ε0² ≤ 2^-28).
            float r0 = Sc.RcpF(dHi);
            float rho = Sc.FnmaF(r0, dLo, Sc.FnmaF(r0, dHi, Sc.CF(1f)));
            return Sc.ScaleF(Sc.FmaF(r0, rho, r0), m);
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
            Vector128<float> xc = V128.ClampF(x, -104f, 20f);
            var (k, s, _) = ExpNegCoreF(xc); // e^-x = 2^-m·(1 + s), m = round(x·log2 e) in [−150, 29]
            // σ = t/(t + 1 + s) with t = 2^m: the numerator is a power of two, applied at the end by one scaling.
            Vector128<float> m = k - V128.CF(MathConstF.Shift);
            Vector128<float> t = V128.Pow2IF(m); // exact to 2^-126 (AVX-512: 2^-149); below it no longer counts against 1 + s
            // D = dHi + dLo exactly: w + wLo = 1 + s (Fast2Sum), dHi = t + w and its error by the Fast2Sum of the larger
            // and the smaller of t and w (dHi itself does not need the order, so the reciprocal need not wait for it).
            Vector128<float> w = V128.CF(1f) + s;
            Vector128<float> wLo = (V128.CF(1f) - w) + s;
            Vector128<float> dHi = t + w;
            Vector128<float> dLo = ((V128.MaxF(t, w) - dHi) + V128.MinF(t, w)) + wLo;
            // 1/D: estimate r0, then r0·(1 + (1 − r0·D)) with D = dHi + dLo (relative error ε0² ≤ 2^-28).
            Vector128<float> r0 = V128.RcpF(dHi);
            Vector128<float> rho = V128.FnmaF(r0, dLo, V128.FnmaF(r0, dHi, V128.CF(1f)));
            return V128.ScaleF(V128.FmaF(r0, rho, r0), m);
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
            Vector256<float> xc = V256.ClampF(x, -104f, 20f);
            var (k, s, _) = ExpNegCoreF(xc); // e^-x = 2^-m·(1 + s), m = round(x·log2 e) in [−150, 29]
            // σ = t/(t + 1 + s) with t = 2^m: the numerator is a power of two, applied at the end by one scaling.
            Vector256<float> m = k - V256.CF(MathConstF.Shift);
            Vector256<float> t = V256.Pow2IF(m); // exact to 2^-126 (AVX-512: 2^-149); below it no longer counts against 1 + s
            // D = dHi + dLo exactly: w + wLo = 1 + s (Fast2Sum), dHi = t + w and its error by the Fast2Sum of the larger
            // and the smaller of t and w (dHi itself does not need the order, so the reciprocal need not wait for it).
            Vector256<float> w = V256.CF(1f) + s;
            Vector256<float> wLo = (V256.CF(1f) - w) + s;
            Vector256<float> dHi = t + w;
            Vector256<float> dLo = ((V256.MaxF(t, w) - dHi) + V256.MinF(t, w)) + wLo;
            // 1/D: estimate r0, then r0·(1 + (1 − r0·D)) with D = dHi + dLo (relative error ε0² ≤ 2^-28).
            Vector256<float> r0 = V256.RcpF(dHi);
            Vector256<float> rho = V256.FnmaF(r0, dLo, V256.FnmaF(r0, dHi, V256.CF(1f)));
            return V256.ScaleF(V256.FmaF(r0, rho, r0), m);
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
            Vector512<float> xc = V512.ClampF(x, -104f, 20f);
            var (k, s, _) = ExpNegCoreF(xc); // e^-x = 2^-m·(1 + s), m = round(x·log2 e) in [−150, 29]
            // σ = t/(t + 1 + s) with t = 2^m: the numerator is a power of two, applied at the end by one scaling.
            Vector512<float> m = k - V512.CF(MathConstF.Shift);
            Vector512<float> t = V512.Pow2IF(m); // exact to 2^-126 (AVX-512: 2^-149); below it no longer counts against 1 + s
            // D = dHi + dLo exactly: w + wLo = 1 + s (Fast2Sum), dHi = t + w and its error by the Fast2Sum of the larger
            // and the smaller of t and w (dHi itself does not need the order, so the reciprocal need not wait for it).
            Vector512<float> w = V512.CF(1f) + s;
            Vector512<float> wLo = (V512.CF(1f) - w) + s;
            Vector512<float> dHi = t + w;
            Vector512<float> dLo = ((V512.MaxF(t, w) - dHi) + V512.MinF(t, w)) + wLo;
            // 1/D: estimate r0, then r0·(1 + (1 − r0·D)) with D = dHi + dLo (relative error ε0² ≤ 2^-28).
            Vector512<float> r0 = V512.RcpF(dHi);
            Vector512<float> rho = V512.FnmaF(r0, dLo, V512.FnmaF(r0, dHi, V512.CF(1f)));
            return V512.ScaleF(V512.FmaF(r0, rho, r0), m);
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

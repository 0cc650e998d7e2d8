// This file is produced by tools/MathGen from Templates/VectorMath.Tanh.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // tanh(x) = sign(x)·(1 − E)/(1 + E), E = e^(−2|x|), |x| clamped to 10 (tanh(10) rounds to 1), the sign or-ed back
    // as a bit, so tanh(−0) = −0, tanh(±Inf) = ±1, NaN propagates.
    // Float (every path, scalar included): float-only, no widening. E = 2^-m·(1 + sHi + sLo) by ExpNegCoreF of 2|x|
    // (VectorMath.ExpF.cs.in; 2|x| is exact; m ∈ [0, 29]), t = 2^-m. N = 1 − E = (1 − t) − t·sHi − t·sLo is −expm1(−2|x|) without cancellation:
    // 1 − t is exact for m ≤ 24 (beyond, t ≤ 2^-25 is below half an ULP of the result, which lies within 2^-23.5 of 1),
    // NHi = fma(−t, sHi, 1 − t) and its rounding error (1 − t − NHi is exact by Sterbenz) form an exact
    // float-float; for m = 0 it is −s itself, accurate to 2^-26 relative even for tiny |x| (s = r + r²q, r exact).
    // D = 1 + E = 2 − N (Fast2Sum), tanh = N/D by DivFF (vrcp14ps + one FMA residual step; a division without AVX-512).
    // Relative error before the final rounding < 2^-25.5 (E's 2^-27 amplified by at most E/N + E/D ≤ 2 where m ≥ 1;
    // q's fit error relative to s where m = 0), so ≤ 1 ULP; exhaustively ≤ 1 ULP on all 2^32 inputs (benchmarks/Accuracy).
    // TanhFCore (double, 2^-30) stays for the float mish/gelu_tanh/derivative cores that are evaluated in double: there
    // m = expm1(2|x|) by Exp2M1FCore, m/(m + 2) with vrcp14pd + one Newton step.
    // Double: expm1 of the double exp family (degree-10 q, Cody–Waite reduction) and a division.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>tanh(a) for a in [0, 10] or NaN, to 2^-30 relative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double TanhFCore(double a)
        {
            double m = Exp2M1FCore(a * Sc.C(2.0 * MathConst.Log2E));
            return m * Sc.RecipF(m + Sc.C(2.0));
        }

        /// <summary>tanh(x) in float only (see the header): ≤ 1 ULP for every float x; tanh(−0) = −0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float TanhF32(float x)
        {
            float a = Sc.MinCF(Sc.AbsF(x), 10f);
            var (k, sHi, sLo) = ExpNegCoreF(a + a); // E = 2^-m·(1 + sHi + sLo), m in [0, 29]
            float t = Sc.Pow2NegF(k);
            float u = Sc.CF(1f) - t;
            float nHi = Sc.FnmaF(t, sHi, u);
            float nLo = Sc.FnmaF(t, sLo, Sc.FnmaF(t, sHi, u - nHi));
            float dHi = Sc.CF(2f) - nHi;
            float dLo = ((Sc.CF(2f) - dHi) - nHi) - nLo;
            return Sc.WithSignF(DivFF(nHi, nLo, dHi, dLo), x);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double TanhD(double x)
        {
            double a = Sc.MinC(Sc.Abs(x), 20.0);
            double m = ExpM1DCore(a + a);
            return Sc.OrBits(m / (m + Sc.C(2.0)), Sc.SignOf(x));
        }

        /// <summary>tanh(x), float-only (≤ 1 ULP for every input); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Tanh(float x) => TanhF32(x);

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Tanh(double x) => TanhD(x);

        // ---------------- Vector128 ----------------
        /// <summary>tanh(a) for a in [0, 10] or NaN, to 2^-30 relative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> TanhFCore(Vector128<double> a)
        {
            Vector128<double> m = Exp2M1FCore(a * V128.C(2.0 * MathConst.Log2E));
            return m * V128.RecipF(m + V128.C(2.0));
        }

        /// <summary>tanh(x) in float only (see the header): ≤ 1 ULP for every float x; tanh(−0) = −0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> TanhF32(Vector128<float> x)
        {
            Vector128<float> a = V128.MinCF(V128.AbsF(x), 10f);
            var (k, sHi, sLo) = ExpNegCoreF(a + a); // E = 2^-m·(1 + sHi + sLo), m in [0, 29]
            Vector128<float> t = V128.Pow2NegF(k);
            Vector128<float> u = V128.CF(1f) - t;
            Vector128<float> nHi = V128.FnmaF(t, sHi, u);
            Vector128<float> nLo = V128.FnmaF(t, sLo, V128.FnmaF(t, sHi, u - nHi));
            Vector128<float> dHi = V128.CF(2f) - nHi;
            Vector128<float> dLo = ((V128.CF(2f) - dHi) - nHi) - nLo;
            return V128.WithSignF(DivFF(nHi, nLo, dHi, dLo), x);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> TanhD(Vector128<double> x)
        {
            Vector128<double> a = V128.MinC(V128.Abs(x), 20.0);
            Vector128<double> m = ExpM1DCore(a + a);
            return V128.OrBits(m / (m + V128.C(2.0)), V128.SignOf(x));
        }

        /// <summary>tanh(x), float-only (≤ 1 ULP for every input); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Tanh(Vector128<float> x) => TanhF32(x);

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Tanh(Vector128<double> x) => TanhD(x);

        // ---------------- Vector256 ----------------
        /// <summary>tanh(a) for a in [0, 10] or NaN, to 2^-30 relative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> TanhFCore(Vector256<double> a)
        {
            Vector256<double> m = Exp2M1FCore(a * V256.C(2.0 * MathConst.Log2E));
            return m * V256.RecipF(m + V256.C(2.0));
        }

        /// <summary>tanh(x) in float only (see the header): ≤ 1 ULP for every float x; tanh(−0) = −0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> TanhF32(Vector256<float> x)
        {
            Vector256<float> a = V256.MinCF(V256.AbsF(x), 10f);
            var (k, sHi, sLo) = ExpNegCoreF(a + a); // E = 2^-m·(1 + sHi + sLo), m in [0, 29]
            Vector256<float> t = V256.Pow2NegF(k);
            Vector256<float> u = V256.CF(1f) - t;
            Vector256<float> nHi = V256.FnmaF(t, sHi, u);
            Vector256<float> nLo = V256.FnmaF(t, sLo, V256.FnmaF(t, sHi, u - nHi));
            Vector256<float> dHi = V256.CF(2f) - nHi;
            Vector256<float> dLo = ((V256.CF(2f) - dHi) - nHi) - nLo;
            return V256.WithSignF(DivFF(nHi, nLo, dHi, dLo), x);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> TanhD(Vector256<double> x)
        {
            Vector256<double> a = V256.MinC(V256.Abs(x), 20.0);
            Vector256<double> m = ExpM1DCore(a + a);
            return V256.OrBits(m / (m + V256.C(2.0)), V256.SignOf(x));
        }

        /// <summary>tanh(x), float-only (≤ 1 ULP for every input); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Tanh(Vector256<float> x) => TanhF32(x);

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Tanh(Vector256<double> x) => TanhD(x);

        // ---------------- Vector512 ----------------
        /// <summary>tanh(a) for a in [0, 10] or NaN, to 2^-30 relative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> TanhFCore(Vector512<double> a)
        {
            Vector512<double> m = Exp2M1FCore(a * V512.C(2.0 * MathConst.Log2E));
            return m * V512.RecipF(m + V512.C(2.0));
        }

        /// <summary>tanh(x) in float only (see the header): ≤ 1 ULP for every float x; tanh(−0) = −0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> TanhF32(Vector512<float> x)
        {
            Vector512<float> a = V512.MinCF(V512.AbsF(x), 10f);
            var (k, sHi, sLo) = ExpNegCoreF(a + a); // E = 2^-m·(1 + sHi + sLo), m in [0, 29]
            Vector512<float> t = V512.Pow2NegF(k);
            Vector512<float> u = V512.CF(1f) - t;
            Vector512<float> nHi = V512.FnmaF(t, sHi, u);
            Vector512<float> nLo = V512.FnmaF(t, sLo, V512.FnmaF(t, sHi, u - nHi));
            Vector512<float> dHi = V512.CF(2f) - nHi;
            Vector512<float> dLo = ((V512.CF(2f) - dHi) - nHi) - nLo;
            return V512.WithSignF(DivFF(nHi, nLo, dHi, dLo), x);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> TanhD(Vector512<double> x)
        {
            Vector512<double> a = V512.MinC(V512.Abs(x), 20.0);
            Vector512<double> m = ExpM1DCore(a + a);
            return V512.OrBits(m / (m + V512.C(2.0)), V512.SignOf(x));
        }

        /// <summary>tanh(x), float-only (≤ 1 ULP for every input); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Tanh(Vector512<float> x) => TanhF32(x);

        /// <summary>tanh(x); tanh(−0) = −0.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Tanh(Vector512<double> x) => TanhD(x);
    }
}

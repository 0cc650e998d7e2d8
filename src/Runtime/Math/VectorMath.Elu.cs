// This file is produced by tools/MathGen from Templates/VectorMath.Elu.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // elu(x) = x > 0 ? x : α·expm1(x); selu(x) = x > 0 ? γ·x : (γα)·expm1(x); celu(x) = max(0, x) + min(0, α·expm1(x/α)).
    // expm1, not e^x − 1, so results near 0⁻ keep their relative accuracy. Max/min keep NaN (constant-first minpd/maxpd).
    //
    // Float (every path, scalar included): float-only, no widening (celu with α < 0, which needs expm1 of a positive
    // argument, keeps the double evaluation). Only u ≤ 0 reaches expm1: −expm1(u) = 1 − e^u = NHi + NLo as in the float
    // tanh (VectorMath.Tanh.cs.in): e^u = 2^−m·(1 + sHi + sLo) by ExpNegCoreF of −u clamped to [.., 20] (VectorMath.ExpF.cs.in,
    // ≤ 2^-26.8 relative), t = 2^−m, 1 − t exact (m ≤ 24; beyond, t is below half an ULP of the result), NHi = fma(−t, sHi,
    // 1 − t) and its exact rounding error; for m = 0 this is −s itself, accurate relative to s even for tiny |u| (r = u
    // exact). Relative error of 1 − e^u ≤ 2^-25.5 (e^u's error amplified by e^u/(1 − e^u) ≤ 2.4 where m ≥ 1). Then one
    // rounding: elu = −α·(NHi + NLo) as fma(−α, NHi, −α·NLo); selu with γα as a float-float (γα of two floats is exact in
    // double, split into two floats); celu with u = x/α as a float-float (the quotient rounded, its remainder exact by an
    // FMA): e^u is taken of uh + ul (ExpNegCoreLoF). Error before the final rounding ≤ 0.4·2^-24 relative: every result is
    // within 1 ULP of the correctly rounded one. elu(−0) = −0, elu(−∞) = −α, NaN propagates.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>1 − e^(uh + ul) = NHi + NLo for uh ≤ 0 (or NaN; positive lanes give garbage, callers select them away), see the header.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (float NHi, float NLo) OneMinusExpF32(float uh, float ul, bool hasLow)
        {
            float v = Sc.MinCF(-uh, 20f);
            var (k, sHi, sLo) = hasLow ? ExpNegCoreLoF(v, -ul) : ExpNegCoreF(v); // e^u = 2^−m·(1 + s), m in [0, 29]
            float t = Sc.Pow2NegF(k);
            float u = Sc.CF(1f) - t;
            float nHi = Sc.FnmaF(t, sHi, u);
            return (nHi, Sc.FnmaF(t, sLo, Sc.FnmaF(t, sHi, u - nHi)));
        }

        /// <summary>elu(x) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float EluF32(float x, float alpha)
        {
            var (nHi, nLo) = OneMinusExpF32(x, x, false);
            return Sc.SelectF(Sc.GtF(x, Sc.CF(0f)), x, Sc.FmaF(Sc.CF(-alpha), nHi, Sc.CF(-alpha) * nLo));
        }

        /// <summary>selu(x) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float SeluF32(float x, float alpha, float gamma)
        {
            double ga = (double)gamma * alpha; // exact
            float gaH = (float)ga, gaL = (float)(ga - gaH);
            var (nHi, nLo) = OneMinusExpF32(x, x, false);
            float neg = Sc.FmaF(Sc.CF(-gaH), nHi, Sc.FmaF(Sc.CF(-gaH), nLo, Sc.CF(-gaL) * nHi));
            return Sc.SelectF(Sc.GtF(x, Sc.CF(0f)), x * Sc.CF(gamma), neg);
        }

        /// <summary>celu(x) in float only for α &gt; 0 (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float CeluF32(float x, float alpha)
        {
            float nHi, nLo;
            if (alpha == 1f)
            {
                (nHi, nLo) = OneMinusExpF32(x, x, false);
            }
            else
            {
                // u = x/α = uh + ul: uh the rounded quotient, x − uh·α its exact remainder (one FMA), divided by α to 2^-24.
                float uh = x / Sc.CF(alpha);
                float ul = Sc.FnmaF(uh, Sc.CF(alpha), x) * Sc.CF(1f / alpha);
                (nHi, nLo) = OneMinusExpF32(uh, LowPartF(ul), true);
            }

            return Sc.SelectF(Sc.GtF(x, Sc.CF(0f)), x, Sc.FmaF(Sc.CF(-alpha), nHi, Sc.CF(-alpha) * nLo));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double EluD(double x, double alpha) => Sc.Select(Sc.Gt(x, Sc.C(0.0)), x, Sc.C(alpha) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SeluD(double x, double alpha, double gamma) => Sc.Select(Sc.Gt(x, Sc.C(0.0)), x * Sc.C(gamma), Sc.C(alpha * gamma) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double CeluF(double x, double alpha)
        {
            double u = alpha == 1.0 ? x : x / Sc.C(alpha);
            return Sc.MaxC(x, 0.0) + Sc.MinC(Sc.C(alpha) * ExpM1F(u), 0.0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double CeluD(double x, double alpha)
        {
            double u = alpha == 1.0 ? x : x / Sc.C(alpha);
            return Sc.MaxC(x, 0.0) + Sc.MinC(Sc.C(alpha) * ExpM1DCore(u), 0.0);
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Elu(float x, float alpha) => EluF32(x, alpha);

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Elu(double x, double alpha) => EluD(x, alpha);
        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Selu(float x, float alpha, float gamma) => SeluF32(x, alpha, gamma);

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Selu(double x, double alpha, double gamma) => SeluD(x, alpha, gamma);
        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Celu(float x, float alpha) => alpha > 0f ? CeluF32(x, alpha) : (float)CeluF(x, alpha);

        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Celu(double x, double alpha) => CeluD(x, alpha);

        // ---------------- Vector128 ----------------
        /// <summary>1 − e^(uh + ul) = NHi + NLo for uh ≤ 0 (or NaN; positive lanes give garbage, callers select them away), see the header.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector128<float> NHi, Vector128<float> NLo) OneMinusExpF32(Vector128<float> uh, Vector128<float> ul, bool hasLow)
        {
            Vector128<float> v = V128.MinCF(-uh, 20f);
            var (k, sHi, sLo) = hasLow ? ExpNegCoreLoF(v, -ul) : ExpNegCoreF(v); // e^u = 2^−m·(1 + s), m in [0, 29]
            Vector128<float> t = V128.Pow2NegF(k);
            Vector128<float> u = V128.CF(1f) - t;
            Vector128<float> nHi = V128.FnmaF(t, sHi, u);
            return (nHi, V128.FnmaF(t, sLo, V128.FnmaF(t, sHi, u - nHi)));
        }

        /// <summary>elu(x) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> EluF32(Vector128<float> x, float alpha)
        {
            var (nHi, nLo) = OneMinusExpF32(x, x, false);
            return V128.SelectF(V128.GtF(x, V128.CF(0f)), x, V128.FmaF(V128.CF(-alpha), nHi, V128.CF(-alpha) * nLo));
        }

        /// <summary>selu(x) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> SeluF32(Vector128<float> x, float alpha, float gamma)
        {
            double ga = (double)gamma * alpha; // exact
            float gaH = (float)ga, gaL = (float)(ga - gaH);
            var (nHi, nLo) = OneMinusExpF32(x, x, false);
            Vector128<float> neg = V128.FmaF(V128.CF(-gaH), nHi, V128.FmaF(V128.CF(-gaH), nLo, V128.CF(-gaL) * nHi));
            return V128.SelectF(V128.GtF(x, V128.CF(0f)), x * V128.CF(gamma), neg);
        }

        /// <summary>celu(x) in float only for α &gt; 0 (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> CeluF32(Vector128<float> x, float alpha)
        {
            Vector128<float> nHi, nLo;
            if (alpha == 1f)
            {
                (nHi, nLo) = OneMinusExpF32(x, x, false);
            }
            else
            {
                // u = x/α = uh + ul: uh the rounded quotient, x − uh·α its exact remainder (one FMA), divided by α to 2^-24.
                Vector128<float> uh = x / V128.CF(alpha);
                Vector128<float> ul = V128.FnmaF(uh, V128.CF(alpha), x) * V128.CF(1f / alpha);
                (nHi, nLo) = OneMinusExpF32(uh, LowPartF(ul), true);
            }

            return V128.SelectF(V128.GtF(x, V128.CF(0f)), x, V128.FmaF(V128.CF(-alpha), nHi, V128.CF(-alpha) * nLo));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> EluD(Vector128<double> x, double alpha) => V128.Select(V128.Gt(x, V128.C(0.0)), x, V128.C(alpha) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SeluD(Vector128<double> x, double alpha, double gamma) => V128.Select(V128.Gt(x, V128.C(0.0)), x * V128.C(gamma), V128.C(alpha * gamma) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> CeluF(Vector128<double> x, double alpha)
        {
            Vector128<double> u = alpha == 1.0 ? x : x / V128.C(alpha);
            return V128.MaxC(x, 0.0) + V128.MinC(V128.C(alpha) * ExpM1F(u), 0.0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> CeluD(Vector128<double> x, double alpha)
        {
            Vector128<double> u = alpha == 1.0 ? x : x / V128.C(alpha);
            return V128.MaxC(x, 0.0) + V128.MinC(V128.C(alpha) * ExpM1DCore(u), 0.0);
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Elu(Vector128<float> x, float alpha) => EluF32(x, alpha);

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Elu(Vector128<double> x, double alpha) => EluD(x, alpha);
        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Selu(Vector128<float> x, float alpha, float gamma) => SeluF32(x, alpha, gamma);

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Selu(Vector128<double> x, double alpha, double gamma) => SeluD(x, alpha, gamma);
        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Celu(Vector128<float> x, float alpha)
        {
            if (alpha > 0f) return CeluF32(x, alpha);
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(CeluF(lo, alpha), CeluF(hi, alpha));
        }

        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Celu(Vector128<double> x, double alpha) => CeluD(x, alpha);

        // ---------------- Vector256 ----------------
        /// <summary>1 − e^(uh + ul) = NHi + NLo for uh ≤ 0 (or NaN; positive lanes give garbage, callers select them away), see the header.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector256<float> NHi, Vector256<float> NLo) OneMinusExpF32(Vector256<float> uh, Vector256<float> ul, bool hasLow)
        {
            Vector256<float> v = V256.MinCF(-uh, 20f);
            var (k, sHi, sLo) = hasLow ? ExpNegCoreLoF(v, -ul) : ExpNegCoreF(v); // e^u = 2^−m·(1 + s), m in [0, 29]
            Vector256<float> t = V256.Pow2NegF(k);
            Vector256<float> u = V256.CF(1f) - t;
            Vector256<float> nHi = V256.FnmaF(t, sHi, u);
            return (nHi, V256.FnmaF(t, sLo, V256.FnmaF(t, sHi, u - nHi)));
        }

        /// <summary>elu(x) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> EluF32(Vector256<float> x, float alpha)
        {
            var (nHi, nLo) = OneMinusExpF32(x, x, false);
            return V256.SelectF(V256.GtF(x, V256.CF(0f)), x, V256.FmaF(V256.CF(-alpha), nHi, V256.CF(-alpha) * nLo));
        }

        /// <summary>selu(x) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> SeluF32(Vector256<float> x, float alpha, float gamma)
        {
            double ga = (double)gamma * alpha; // exact
            float gaH = (float)ga, gaL = (float)(ga - gaH);
            var (nHi, nLo) = OneMinusExpF32(x, x, false);
            Vector256<float> neg = V256.FmaF(V256.CF(-gaH), nHi, V256.FmaF(V256.CF(-gaH), nLo, V256.CF(-gaL) * nHi));
            return V256.SelectF(V256.GtF(x, V256.CF(0f)), x * V256.CF(gamma), neg);
        }

        /// <summary>celu(x) in float only for α &gt; 0 (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> CeluF32(Vector256<float> x, float alpha)
        {
            Vector256<float> nHi, nLo;
            if (alpha == 1f)
            {
                (nHi, nLo) = OneMinusExpF32(x, x, false);
            }
            else
            {
                // u = x/α = uh + ul: uh the rounded quotient, x − uh·α its exact remainder (one FMA), divided by α to 2^-24.
                Vector256<float> uh = x / V256.CF(alpha);
                Vector256<float> ul = V256.FnmaF(uh, V256.CF(alpha), x) * V256.CF(1f / alpha);
                (nHi, nLo) = OneMinusExpF32(uh, LowPartF(ul), true);
            }

            return V256.SelectF(V256.GtF(x, V256.CF(0f)), x, V256.FmaF(V256.CF(-alpha), nHi, V256.CF(-alpha) * nLo));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> EluD(Vector256<double> x, double alpha) => V256.Select(V256.Gt(x, V256.C(0.0)), x, V256.C(alpha) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SeluD(Vector256<double> x, double alpha, double gamma) => V256.Select(V256.Gt(x, V256.C(0.0)), x * V256.C(gamma), V256.C(alpha * gamma) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> CeluF(Vector256<double> x, double alpha)
        {
            Vector256<double> u = alpha == 1.0 ? x : x / V256.C(alpha);
            return V256.MaxC(x, 0.0) + V256.MinC(V256.C(alpha) * ExpM1F(u), 0.0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> CeluD(Vector256<double> x, double alpha)
        {
            Vector256<double> u = alpha == 1.0 ? x : x / V256.C(alpha);
            return V256.MaxC(x, 0.0) + V256.MinC(V256.C(alpha) * ExpM1DCore(u), 0.0);
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Elu(Vector256<float> x, float alpha) => EluF32(x, alpha);

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Elu(Vector256<double> x, double alpha) => EluD(x, alpha);
        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Selu(Vector256<float> x, float alpha, float gamma) => SeluF32(x, alpha, gamma);

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Selu(Vector256<double> x, double alpha, double gamma) => SeluD(x, alpha, gamma);
        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Celu(Vector256<float> x, float alpha)
        {
            if (alpha > 0f) return CeluF32(x, alpha);
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(CeluF(lo, alpha), CeluF(hi, alpha));
        }

        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Celu(Vector256<double> x, double alpha) => CeluD(x, alpha);

        // ---------------- Vector512 ----------------
        /// <summary>1 − e^(uh + ul) = NHi + NLo for uh ≤ 0 (or NaN; positive lanes give garbage, callers select them away), see the header.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector512<float> NHi, Vector512<float> NLo) OneMinusExpF32(Vector512<float> uh, Vector512<float> ul, bool hasLow)
        {
            Vector512<float> v = V512.MinCF(-uh, 20f);
            var (k, sHi, sLo) = hasLow ? ExpNegCoreLoF(v, -ul) : ExpNegCoreF(v); // e^u = 2^−m·(1 + s), m in [0, 29]
            Vector512<float> t = V512.Pow2NegF(k);
            Vector512<float> u = V512.CF(1f) - t;
            Vector512<float> nHi = V512.FnmaF(t, sHi, u);
            return (nHi, V512.FnmaF(t, sLo, V512.FnmaF(t, sHi, u - nHi)));
        }

        /// <summary>elu(x) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> EluF32(Vector512<float> x, float alpha)
        {
            var (nHi, nLo) = OneMinusExpF32(x, x, false);
            return V512.SelectF(V512.GtF(x, V512.CF(0f)), x, V512.FmaF(V512.CF(-alpha), nHi, V512.CF(-alpha) * nLo));
        }

        /// <summary>selu(x) in float only (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> SeluF32(Vector512<float> x, float alpha, float gamma)
        {
            double ga = (double)gamma * alpha; // exact
            float gaH = (float)ga, gaL = (float)(ga - gaH);
            var (nHi, nLo) = OneMinusExpF32(x, x, false);
            Vector512<float> neg = V512.FmaF(V512.CF(-gaH), nHi, V512.FmaF(V512.CF(-gaH), nLo, V512.CF(-gaL) * nHi));
            return V512.SelectF(V512.GtF(x, V512.CF(0f)), x * V512.CF(gamma), neg);
        }

        /// <summary>celu(x) in float only for α &gt; 0 (see the header): ≤ 1 ULP for every float x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> CeluF32(Vector512<float> x, float alpha)
        {
            Vector512<float> nHi, nLo;
            if (alpha == 1f)
            {
                (nHi, nLo) = OneMinusExpF32(x, x, false);
            }
            else
            {
                // u = x/α = uh + ul: uh the rounded quotient, x − uh·α its exact remainder (one FMA), divided by α to 2^-24.
                Vector512<float> uh = x / V512.CF(alpha);
                Vector512<float> ul = V512.FnmaF(uh, V512.CF(alpha), x) * V512.CF(1f / alpha);
                (nHi, nLo) = OneMinusExpF32(uh, LowPartF(ul), true);
            }

            return V512.SelectF(V512.GtF(x, V512.CF(0f)), x, V512.FmaF(V512.CF(-alpha), nHi, V512.CF(-alpha) * nLo));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> EluD(Vector512<double> x, double alpha) => V512.Select(V512.Gt(x, V512.C(0.0)), x, V512.C(alpha) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SeluD(Vector512<double> x, double alpha, double gamma) => V512.Select(V512.Gt(x, V512.C(0.0)), x * V512.C(gamma), V512.C(alpha * gamma) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> CeluF(Vector512<double> x, double alpha)
        {
            Vector512<double> u = alpha == 1.0 ? x : x / V512.C(alpha);
            return V512.MaxC(x, 0.0) + V512.MinC(V512.C(alpha) * ExpM1F(u), 0.0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> CeluD(Vector512<double> x, double alpha)
        {
            Vector512<double> u = alpha == 1.0 ? x : x / V512.C(alpha);
            return V512.MaxC(x, 0.0) + V512.MinC(V512.C(alpha) * ExpM1DCore(u), 0.0);
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Elu(Vector512<float> x, float alpha) => EluF32(x, alpha);

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Elu(Vector512<double> x, double alpha) => EluD(x, alpha);
        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Selu(Vector512<float> x, float alpha, float gamma) => SeluF32(x, alpha, gamma);

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Selu(Vector512<double> x, double alpha, double gamma) => SeluD(x, alpha, gamma);
        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), float-only (≤ 1 ULP for every input).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Celu(Vector512<float> x, float alpha)
        {
            if (alpha > 0f) return CeluF32(x, alpha);
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(CeluF(lo, alpha), CeluF(hi, alpha));
        }

        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Celu(Vector512<double> x, double alpha) => CeluD(x, alpha);
    }
}

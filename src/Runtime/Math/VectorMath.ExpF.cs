// This file is produced by tools/MathGen from Templates/VectorMath.ExpF.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    /// <summary>Constants of the float-only kernels (all exactly representable as float).</summary>
    internal static class MathConstF
    {
        // Round-to-integer shifter: x + 0x1.8p23 leaves round(x) in the low mantissa bits (|x| < 2^22).
        internal const float Shift = 12582912f;            // 0x1.8p23
        internal const float Log2E = 1.44269502f;          // 0x1.715476p+0 = RN(log2 e)
        // Cody–Waite split of ln 2: Ln2Hi = RN(ln 2) (24 bits; with an FMA n·Ln2Hi is exact and z − n·Ln2Hi is exact
        // because the result |r| < 1/2 fits in 24 bits of weight ≥ 2^-24), Ln2Lo = RN(ln 2 − Ln2Hi); ln 2 − Ln2Hi − Ln2Lo ≈ −8.8e-17.
        internal const float Ln2Hi = 0.693147182f;         // 0x1.62e430p-1
        internal const float Ln2Lo = -1.90465421e-09f;     // -0x1.05c610p-29
        // q(r) ≈ (e^r − 1 − r)/r² on |r| ≤ ln2/2 + 0.002, degree 4, float coefficients: a near-minimax fit of the absolute
        // error of e^r relative to e^r (Lawson-weighted least squares on 400 Chebyshev nodes in mpmath at 200 bits, rounded to
        // float and re-measured): |1 + r + r²q(r) − e^r| ≤ 2^-27.6·e^r.
        internal const float Q0 = 0.49999994f;             // 0x1.fffffcp-2
        internal const float Q1 = 0.166665167f;            // 0x1.55548cp-3
        internal const float Q2 = 0.0416684262f;           // 0x1.555906p-5
        internal const float Q3 = 0.00836911798f;          // 0x1.123d40p-7
        internal const float Q4 = 0.00138137653f;          // 0x1.6a1e9cp-10
    }

    // Float-only exp building blocks (no widening to double: 16 lanes per zmm instruction).
    //
    // Reduction: e^(zh + zl) = 2^n·e^r, n = round(zh·log2 e) by the 0x1.8p23 shifter (k = fma(zh, log2e, shift) keeps n in
    // its low bits, from which 2^n is built by an integer add and shift), r = (zh − n·Ln2Hi) + (zl − n·Ln2Lo): the first part
    // is exact (one FMA), so r is known as rHi + rLo. e^r = 1 + s with s = r + r²·q(r), q the degree-4 fit above, and s kept
    // as a float-float sHi + sLo (Fast2Sum of rHi and rLo + r²q, |rHi| ≥ |r²q|): the rounding of s (2^-26) is not lost, so
    // 1 + sHi + sLo = e^(zh+zl)·2^-n·(1 + ε) with |ε| ≤ 2^-27.6 (fit) + 2^-28 (r²q rounded) + 2^-40 (Ln2Lo, |n| ≤ 150).
    // Callers combine 2^n·(1 + s) exactly (ScaledFF: hi = fma(t, sHi, t) and its exact residual) and round once.
    //
    // DivFF: (nh + nl)/(dh + dl) with the reciprocal estimate r0 (vrcp14ps, 2^-14, or a division), q0 = nh·r0 and one FMA
    // residual step q = q0 + r0·((nh − q0·dh) + (nl − q0·dl)): relative error ≈ ε_r0² ≤ 2^-28 before the final rounding
    // (2^-48 with the division), so the quotient is within 0.5 + 1/16 ULP.
    //
    // ExpF: e^(zh + zl) rounded to float, ≤ 1 ULP including subnormal results: 2^n = 2^n1·2^(n − n1) with n1 = max(n, −100),
    // so 2^n1 is normal, t·(1 + s) is rounded once to 24 bits and the last scaling (vscalefps with AVX-512, a multiply
    // otherwise) rounds a subnormal result once more: total error below 0.5 + 2^-24 + 0.5·2^-(24 − lost bits) subnormal ULP.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>
        /// q(r) ≈ (e^r − 1 − r)/r² on |r| ≤ ln2/2, float fit of degree 4 (see <c>MathConstF</c>), given r2 = r·r. Estrin's
        /// scheme ((Q0 + Q1·r) + r²·((Q2 + Q3·r) + r²·Q4)): three FMAs deep instead of Horner's four, which is what
        /// these latency-bound loops pay for; the rounding errors stay below 2^-24 relative to q (weighed by r² ≤ 0.12).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static float ExpQF(float r, float r2)
        {
            float q01 = Sc.FmaF(r, Sc.CF(MathConstF.Q1), Sc.CF(MathConstF.Q0));
            float q23 = Sc.FmaF(r, Sc.CF(MathConstF.Q3), Sc.CF(MathConstF.Q2));
            return Sc.FmaF(r2, Sc.FmaF(r2, Sc.CF(MathConstF.Q4), q23), q01);
        }

        /// <summary>
        /// Float-only exp reduction: e^(zh + zl) = 2^n·(1 + SHi + SLo) to 2^-27 relative, with K = n + 0x1.8p23 (so
        /// <c>Pow2F((K, bias))</c> is 2^(n + bias − 127) and K − <see cref="MathConstF.Shift"/> is n as a float).
        /// Requires |zh| ≤ 150 (callers clamp) and |zl| ≤ 2^-20 (a low part: zh + zl with zl below half an ulp of zh, or 0);
        /// NaN propagates into SHi. <paramref name="h"/> = −2·zh: n is rounded from it, so a caller that has h before
        /// zh (gelu′: h = a², zh = −h/2) need not wait for the halving (h·(−log2 e/2) and zh·log2 e are the same number).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (float K, float SHi, float SLo) ExpCoreF(float zh, float zl, float h)
        {
            float k = Sc.FmaF(h, Sc.CF(-0.5f * MathConstF.Log2E), Sc.CF(MathConstF.Shift));
            float n = k - Sc.CF(MathConstF.Shift);
            float rHi = Sc.FnmaF(n, Sc.CF(MathConstF.Ln2Hi), zh); // exact
            float rLo = Sc.FnmaF(n, Sc.CF(MathConstF.Ln2Lo), zl);
            float r = rHi + rLo;
            float r2 = r * r;
            float p = Sc.FmaF(r2, ExpQF(r, r2), rLo);
            float sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// e^−v = 2^−m·(1 + SHi + SLo) as <c>ExpCoreF(−v, 0, 2v)</c>, with K = m + 0x1.8p23 for m = round(v·log2 e): the
        /// negation folded into the reduction (rHi = m·Ln2Hi − v by one FMS, exact), so sigmoid (e^−x) and tanh (e^−2|x|)
        /// skip a negate or a multiply. |v| ≤ 150, NaN propagates into SHi. Callers that need one float take SHi alone
        /// (rounded once: |error| ≤ 2^-26 + 2^-27.6 + 2^-28 relative to e^r) and the JIT drops SLo.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (float K, float SHi, float SLo) ExpNegCoreF(float v)
        {
            float k = Sc.FmaF(v, Sc.CF(MathConstF.Log2E), Sc.CF(MathConstF.Shift));
            float m = k - Sc.CF(MathConstF.Shift);
            float rHi = Sc.FmsF(m, Sc.CF(MathConstF.Ln2Hi), v); // −v − (−m)·Ln2Hi, exact
            float rLo = m * Sc.CF(MathConstF.Ln2Lo);
            float r = rHi + rLo;
            float r2 = r * r;
            float p = Sc.FmaF(r2, ExpQF(r, r2), rLo);
            float sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// A low part (the exact rounding error of a product or quotient) bounded to ±2^-15 for <c>ExpNegCoreLoF</c>: where the
        /// high part is huge, infinite or NaN the residual can be anything (∞ − ∞ = NaN), and those lanes are clamped or
        /// selected away by the caller; maxps/minps with the constant second return the constant for a NaN.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float LowPartF(float lo) => Sc.MinF(Sc.MaxF(lo, Sc.CF(-3.0517578e-05f)), Sc.CF(3.0517578e-05f));

        /// <summary>
        /// e^−(v + vl) = 2^−m·(1 + SHi + SLo) for an argument carried as a float-float (v + vl, e.g. β·x exactly: e^t has
        /// condition number |t|, so the rounding of β·x alone would cost |t|·2^-24): <c>ExpNegCoreF</c> with vl folded into
        /// the low part of the reduced argument (rLo = m·Ln2Lo − vl). |v| ≤ 300, |vl| ≤ 2^-15; K = m + 0x1.8p23.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (float K, float SHi, float SLo) ExpNegCoreLoF(float v, float vl)
        {
            float k = Sc.FmaF(v, Sc.CF(MathConstF.Log2E), Sc.CF(MathConstF.Shift));
            float m = k - Sc.CF(MathConstF.Shift);
            float rHi = Sc.FmsF(m, Sc.CF(MathConstF.Ln2Hi), v); // exact
            float rLo = Sc.FmsF(m, Sc.CF(MathConstF.Ln2Lo), vl);
            float r = rHi + rLo;
            float r2 = r * r;
            float p = Sc.FmaF(r2, ExpQF(r, r2), rLo);
            float sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// t·(1 + sHi + sLo) as an exact float-float Hi + Lo (to the rounding of Lo), for t a power of two such that
        /// the result is normal, |sHi| ≤ 1/2 and |sLo| ≤ 2^-24 (the output of <c>ExpCoreF</c>).
        /// Hi = fma(t, sHi, t) is t·(1 + s) rounded; t − Hi is exact (Sterbenz), so fma(t, sHi, t − Hi) is Hi's exact
        /// rounding error.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (float Hi, float Lo) ScaledFF(float t, float sHi, float sLo)
        {
            float hi = Sc.FmaF(t, sHi, t);
            return (hi, Sc.FmaF(t, sLo, Sc.FmaF(t, sHi, t - hi)));
        }

        /// <summary>
        /// (nh + nl)/(dh + dl) rounded to float within 0.5 + 1/16 ULP: reciprocal estimate (<c>RcpF</c>), quotient, one
        /// FMA residual correction. d = dh + dl positive, dh normal and below 2^126, |dl| ≤ 2^-23·dh, |nl| ≤ 2^-23·|nh|.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float DivFF(float nh, float nl, float dh, float dl)
        {
            float r0 = Sc.RcpF(dh);
            float q0 = nh * r0;
            float rho = Sc.FnmaF(q0, dh, nh) + Sc.FnmaF(q0, dl, nl);
            return Sc.FmaF(r0, rho, q0);
        }

        /// <summary>
        /// e^(zh + zl) rounded to float (≤ 1 ULP, subnormal results included, rounded in units of the smallest subnormal),
        /// for zh ≤ 88.5 (callers clamp above) and |zl| ≤ 2^-20; zh below −104 gives +0; NaN propagates. The argument
        /// may be a float-float, e.g. zh + zl = −x²/2 from an exact square.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float ExpF(float zh, float zl)
        {
            float z = Sc.MaxCF(zh, -104f);
            var (k, sHi, sLo) = ExpCoreF(z, zl, z * Sc.CF(-2f));
            // 2^n = 2^n1·2^(n − n1), n1 = max(n, −100): 2^n1 is normal, and only the last scaling can go subnormal.
            float k1 = Sc.MaxCF(k, MathConstF.Shift - 100f);
            float t = Sc.Pow2F((k1, 127));
            return Sc.ScaleF(Sc.FmaF(t, sHi + sLo, t), k - k1);
        }

        // ---------------- Vector128 ----------------
        /// <summary>
        /// q(r) ≈ (e^r − 1 − r)/r² on |r| ≤ ln2/2, float fit of degree 4 (see <c>MathConstF</c>), given r2 = r·r. Estrin's
        /// scheme ((Q0 + Q1·r) + r²·((Q2 + Q3·r) + r²·Q4)): three FMAs deep instead of Horner's four, which is what
        /// these latency-bound loops pay for; the rounding errors stay below 2^-24 relative to q (weighed by r² ≤ 0.12).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<float> ExpQF(Vector128<float> r, Vector128<float> r2)
        {
            Vector128<float> q01 = V128.FmaF(r, V128.CF(MathConstF.Q1), V128.CF(MathConstF.Q0));
            Vector128<float> q23 = V128.FmaF(r, V128.CF(MathConstF.Q3), V128.CF(MathConstF.Q2));
            return V128.FmaF(r2, V128.FmaF(r2, V128.CF(MathConstF.Q4), q23), q01);
        }

        /// <summary>
        /// Float-only exp reduction: e^(zh + zl) = 2^n·(1 + SHi + SLo) to 2^-27 relative, with K = n + 0x1.8p23 (so
        /// <c>Pow2F((K, bias))</c> is 2^(n + bias − 127) and K − <see cref="MathConstF.Shift"/> is n as a float).
        /// Requires |zh| ≤ 150 (callers clamp) and |zl| ≤ 2^-20 (a low part: zh + zl with zl below half an ulp of zh, or 0);
        /// NaN propagates into SHi. <paramref name="h"/> = −2·zh: n is rounded from it, so a caller that has h before
        /// zh (gelu′: h = a², zh = −h/2) need not wait for the halving (h·(−log2 e/2) and zh·log2 e are the same number).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector128<float> K, Vector128<float> SHi, Vector128<float> SLo) ExpCoreF(Vector128<float> zh, Vector128<float> zl, Vector128<float> h)
        {
            Vector128<float> k = V128.FmaF(h, V128.CF(-0.5f * MathConstF.Log2E), V128.CF(MathConstF.Shift));
            Vector128<float> n = k - V128.CF(MathConstF.Shift);
            Vector128<float> rHi = V128.FnmaF(n, V128.CF(MathConstF.Ln2Hi), zh); // exact
            Vector128<float> rLo = V128.FnmaF(n, V128.CF(MathConstF.Ln2Lo), zl);
            Vector128<float> r = rHi + rLo;
            Vector128<float> r2 = r * r;
            Vector128<float> p = V128.FmaF(r2, ExpQF(r, r2), rLo);
            Vector128<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// e^−v = 2^−m·(1 + SHi + SLo) as <c>ExpCoreF(−v, 0, 2v)</c>, with K = m + 0x1.8p23 for m = round(v·log2 e): the
        /// negation folded into the reduction (rHi = m·Ln2Hi − v by one FMS, exact), so sigmoid (e^−x) and tanh (e^−2|x|)
        /// skip a negate or a multiply. |v| ≤ 150, NaN propagates into SHi. Callers that need one float take SHi alone
        /// (rounded once: |error| ≤ 2^-26 + 2^-27.6 + 2^-28 relative to e^r) and the JIT drops SLo.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector128<float> K, Vector128<float> SHi, Vector128<float> SLo) ExpNegCoreF(Vector128<float> v)
        {
            Vector128<float> k = V128.FmaF(v, V128.CF(MathConstF.Log2E), V128.CF(MathConstF.Shift));
            Vector128<float> m = k - V128.CF(MathConstF.Shift);
            Vector128<float> rHi = V128.FmsF(m, V128.CF(MathConstF.Ln2Hi), v); // −v − (−m)·Ln2Hi, exact
            Vector128<float> rLo = m * V128.CF(MathConstF.Ln2Lo);
            Vector128<float> r = rHi + rLo;
            Vector128<float> r2 = r * r;
            Vector128<float> p = V128.FmaF(r2, ExpQF(r, r2), rLo);
            Vector128<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// A low part (the exact rounding error of a product or quotient) bounded to ±2^-15 for <c>ExpNegCoreLoF</c>: where the
        /// high part is huge, infinite or NaN the residual can be anything (∞ − ∞ = NaN), and those lanes are clamped or
        /// selected away by the caller; maxps/minps with the constant second return the constant for a NaN.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> LowPartF(Vector128<float> lo) => V128.MinF(V128.MaxF(lo, V128.CF(-3.0517578e-05f)), V128.CF(3.0517578e-05f));

        /// <summary>
        /// e^−(v + vl) = 2^−m·(1 + SHi + SLo) for an argument carried as a float-float (v + vl, e.g. β·x exactly: e^t has
        /// condition number |t|, so the rounding of β·x alone would cost |t|·2^-24): <c>ExpNegCoreF</c> with vl folded into
        /// the low part of the reduced argument (rLo = m·Ln2Lo − vl). |v| ≤ 300, |vl| ≤ 2^-15; K = m + 0x1.8p23.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector128<float> K, Vector128<float> SHi, Vector128<float> SLo) ExpNegCoreLoF(Vector128<float> v, Vector128<float> vl)
        {
            Vector128<float> k = V128.FmaF(v, V128.CF(MathConstF.Log2E), V128.CF(MathConstF.Shift));
            Vector128<float> m = k - V128.CF(MathConstF.Shift);
            Vector128<float> rHi = V128.FmsF(m, V128.CF(MathConstF.Ln2Hi), v); // exact
            Vector128<float> rLo = V128.FmsF(m, V128.CF(MathConstF.Ln2Lo), vl);
            Vector128<float> r = rHi + rLo;
            Vector128<float> r2 = r * r;
            Vector128<float> p = V128.FmaF(r2, ExpQF(r, r2), rLo);
            Vector128<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// t·(1 + sHi + sLo) as an exact float-float Hi + Lo (to the rounding of Lo), for t a power of two such that
        /// the result is normal, |sHi| ≤ 1/2 and |sLo| ≤ 2^-24 (the output of <c>ExpCoreF</c>).
        /// Hi = fma(t, sHi, t) is t·(1 + s) rounded; t − Hi is exact (Sterbenz), so fma(t, sHi, t − Hi) is Hi's exact
        /// rounding error.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector128<float> Hi, Vector128<float> Lo) ScaledFF(Vector128<float> t, Vector128<float> sHi, Vector128<float> sLo)
        {
            Vector128<float> hi = V128.FmaF(t, sHi, t);
            return (hi, V128.FmaF(t, sLo, V128.FmaF(t, sHi, t - hi)));
        }

        /// <summary>
        /// (nh + nl)/(dh + dl) rounded to float within 0.5 + 1/16 ULP: reciprocal estimate (<c>RcpF</c>), quotient, one
        /// FMA residual correction. d = dh + dl positive, dh normal and below 2^126, |dl| ≤ 2^-23·dh, |nl| ≤ 2^-23·|nh|.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> DivFF(Vector128<float> nh, Vector128<float> nl, Vector128<float> dh, Vector128<float> dl)
        {
            Vector128<float> r0 = V128.RcpF(dh);
            Vector128<float> q0 = nh * r0;
            Vector128<float> rho = V128.FnmaF(q0, dh, nh) + V128.FnmaF(q0, dl, nl);
            return V128.FmaF(r0, rho, q0);
        }

        /// <summary>
        /// e^(zh + zl) rounded to float (≤ 1 ULP, subnormal results included, rounded in units of the smallest subnormal),
        /// for zh ≤ 88.5 (callers clamp above) and |zl| ≤ 2^-20; zh below −104 gives +0; NaN propagates. The argument
        /// may be a float-float, e.g. zh + zl = −x²/2 from an exact square.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> ExpF(Vector128<float> zh, Vector128<float> zl)
        {
            Vector128<float> z = V128.MaxCF(zh, -104f);
            var (k, sHi, sLo) = ExpCoreF(z, zl, z * V128.CF(-2f));
            // 2^n = 2^n1·2^(n − n1), n1 = max(n, −100): 2^n1 is normal, and only the last scaling can go subnormal.
            Vector128<float> k1 = V128.MaxCF(k, MathConstF.Shift - 100f);
            Vector128<float> t = V128.Pow2F((k1, 127));
            return V128.ScaleF(V128.FmaF(t, sHi + sLo, t), k - k1);
        }

        // ---------------- Vector256 ----------------
        /// <summary>
        /// q(r) ≈ (e^r − 1 − r)/r² on |r| ≤ ln2/2, float fit of degree 4 (see <c>MathConstF</c>), given r2 = r·r. Estrin's
        /// scheme ((Q0 + Q1·r) + r²·((Q2 + Q3·r) + r²·Q4)): three FMAs deep instead of Horner's four, which is what
        /// these latency-bound loops pay for; the rounding errors stay below 2^-24 relative to q (weighed by r² ≤ 0.12).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> ExpQF(Vector256<float> r, Vector256<float> r2)
        {
            Vector256<float> q01 = V256.FmaF(r, V256.CF(MathConstF.Q1), V256.CF(MathConstF.Q0));
            Vector256<float> q23 = V256.FmaF(r, V256.CF(MathConstF.Q3), V256.CF(MathConstF.Q2));
            return V256.FmaF(r2, V256.FmaF(r2, V256.CF(MathConstF.Q4), q23), q01);
        }

        /// <summary>
        /// Float-only exp reduction: e^(zh + zl) = 2^n·(1 + SHi + SLo) to 2^-27 relative, with K = n + 0x1.8p23 (so
        /// <c>Pow2F((K, bias))</c> is 2^(n + bias − 127) and K − <see cref="MathConstF.Shift"/> is n as a float).
        /// Requires |zh| ≤ 150 (callers clamp) and |zl| ≤ 2^-20 (a low part: zh + zl with zl below half an ulp of zh, or 0);
        /// NaN propagates into SHi. <paramref name="h"/> = −2·zh: n is rounded from it, so a caller that has h before
        /// zh (gelu′: h = a², zh = −h/2) need not wait for the halving (h·(−log2 e/2) and zh·log2 e are the same number).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector256<float> K, Vector256<float> SHi, Vector256<float> SLo) ExpCoreF(Vector256<float> zh, Vector256<float> zl, Vector256<float> h)
        {
            Vector256<float> k = V256.FmaF(h, V256.CF(-0.5f * MathConstF.Log2E), V256.CF(MathConstF.Shift));
            Vector256<float> n = k - V256.CF(MathConstF.Shift);
            Vector256<float> rHi = V256.FnmaF(n, V256.CF(MathConstF.Ln2Hi), zh); // exact
            Vector256<float> rLo = V256.FnmaF(n, V256.CF(MathConstF.Ln2Lo), zl);
            Vector256<float> r = rHi + rLo;
            Vector256<float> r2 = r * r;
            Vector256<float> p = V256.FmaF(r2, ExpQF(r, r2), rLo);
            Vector256<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// e^−v = 2^−m·(1 + SHi + SLo) as <c>ExpCoreF(−v, 0, 2v)</c>, with K = m + 0x1.8p23 for m = round(v·log2 e): the
        /// negation folded into the reduction (rHi = m·Ln2Hi − v by one FMS, exact), so sigmoid (e^−x) and tanh (e^−2|x|)
        /// skip a negate or a multiply. |v| ≤ 150, NaN propagates into SHi. Callers that need one float take SHi alone
        /// (rounded once: |error| ≤ 2^-26 + 2^-27.6 + 2^-28 relative to e^r) and the JIT drops SLo.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector256<float> K, Vector256<float> SHi, Vector256<float> SLo) ExpNegCoreF(Vector256<float> v)
        {
            Vector256<float> k = V256.FmaF(v, V256.CF(MathConstF.Log2E), V256.CF(MathConstF.Shift));
            Vector256<float> m = k - V256.CF(MathConstF.Shift);
            Vector256<float> rHi = V256.FmsF(m, V256.CF(MathConstF.Ln2Hi), v); // −v − (−m)·Ln2Hi, exact
            Vector256<float> rLo = m * V256.CF(MathConstF.Ln2Lo);
            Vector256<float> r = rHi + rLo;
            Vector256<float> r2 = r * r;
            Vector256<float> p = V256.FmaF(r2, ExpQF(r, r2), rLo);
            Vector256<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// A low part (the exact rounding error of a product or quotient) bounded to ±2^-15 for <c>ExpNegCoreLoF</c>: where the
        /// high part is huge, infinite or NaN the residual can be anything (∞ − ∞ = NaN), and those lanes are clamped or
        /// selected away by the caller; maxps/minps with the constant second return the constant for a NaN.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> LowPartF(Vector256<float> lo) => V256.MinF(V256.MaxF(lo, V256.CF(-3.0517578e-05f)), V256.CF(3.0517578e-05f));

        /// <summary>
        /// e^−(v + vl) = 2^−m·(1 + SHi + SLo) for an argument carried as a float-float (v + vl, e.g. β·x exactly: e^t has
        /// condition number |t|, so the rounding of β·x alone would cost |t|·2^-24): <c>ExpNegCoreF</c> with vl folded into
        /// the low part of the reduced argument (rLo = m·Ln2Lo − vl). |v| ≤ 300, |vl| ≤ 2^-15; K = m + 0x1.8p23.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector256<float> K, Vector256<float> SHi, Vector256<float> SLo) ExpNegCoreLoF(Vector256<float> v, Vector256<float> vl)
        {
            Vector256<float> k = V256.FmaF(v, V256.CF(MathConstF.Log2E), V256.CF(MathConstF.Shift));
            Vector256<float> m = k - V256.CF(MathConstF.Shift);
            Vector256<float> rHi = V256.FmsF(m, V256.CF(MathConstF.Ln2Hi), v); // exact
            Vector256<float> rLo = V256.FmsF(m, V256.CF(MathConstF.Ln2Lo), vl);
            Vector256<float> r = rHi + rLo;
            Vector256<float> r2 = r * r;
            Vector256<float> p = V256.FmaF(r2, ExpQF(r, r2), rLo);
            Vector256<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// t·(1 + sHi + sLo) as an exact float-float Hi + Lo (to the rounding of Lo), for t a power of two such that
        /// the result is normal, |sHi| ≤ 1/2 and |sLo| ≤ 2^-24 (the output of <c>ExpCoreF</c>).
        /// Hi = fma(t, sHi, t) is t·(1 + s) rounded; t − Hi is exact (Sterbenz), so fma(t, sHi, t − Hi) is Hi's exact
        /// rounding error.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector256<float> Hi, Vector256<float> Lo) ScaledFF(Vector256<float> t, Vector256<float> sHi, Vector256<float> sLo)
        {
            Vector256<float> hi = V256.FmaF(t, sHi, t);
            return (hi, V256.FmaF(t, sLo, V256.FmaF(t, sHi, t - hi)));
        }

        /// <summary>
        /// (nh + nl)/(dh + dl) rounded to float within 0.5 + 1/16 ULP: reciprocal estimate (<c>RcpF</c>), quotient, one
        /// FMA residual correction. d = dh + dl positive, dh normal and below 2^126, |dl| ≤ 2^-23·dh, |nl| ≤ 2^-23·|nh|.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> DivFF(Vector256<float> nh, Vector256<float> nl, Vector256<float> dh, Vector256<float> dl)
        {
            Vector256<float> r0 = V256.RcpF(dh);
            Vector256<float> q0 = nh * r0;
            Vector256<float> rho = V256.FnmaF(q0, dh, nh) + V256.FnmaF(q0, dl, nl);
            return V256.FmaF(r0, rho, q0);
        }

        /// <summary>
        /// e^(zh + zl) rounded to float (≤ 1 ULP, subnormal results included, rounded in units of the smallest subnormal),
        /// for zh ≤ 88.5 (callers clamp above) and |zl| ≤ 2^-20; zh below −104 gives +0; NaN propagates. The argument
        /// may be a float-float, e.g. zh + zl = −x²/2 from an exact square.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> ExpF(Vector256<float> zh, Vector256<float> zl)
        {
            Vector256<float> z = V256.MaxCF(zh, -104f);
            var (k, sHi, sLo) = ExpCoreF(z, zl, z * V256.CF(-2f));
            // 2^n = 2^n1·2^(n − n1), n1 = max(n, −100): 2^n1 is normal, and only the last scaling can go subnormal.
            Vector256<float> k1 = V256.MaxCF(k, MathConstF.Shift - 100f);
            Vector256<float> t = V256.Pow2F((k1, 127));
            return V256.ScaleF(V256.FmaF(t, sHi + sLo, t), k - k1);
        }

        // ---------------- Vector512 ----------------
        /// <summary>
        /// q(r) ≈ (e^r − 1 − r)/r² on |r| ≤ ln2/2, float fit of degree 4 (see <c>MathConstF</c>), given r2 = r·r. Estrin's
        /// scheme ((Q0 + Q1·r) + r²·((Q2 + Q3·r) + r²·Q4)): three FMAs deep instead of Horner's four, which is what
        /// these latency-bound loops pay for; the rounding errors stay below 2^-24 relative to q (weighed by r² ≤ 0.12).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<float> ExpQF(Vector512<float> r, Vector512<float> r2)
        {
            Vector512<float> q01 = V512.FmaF(r, V512.CF(MathConstF.Q1), V512.CF(MathConstF.Q0));
            Vector512<float> q23 = V512.FmaF(r, V512.CF(MathConstF.Q3), V512.CF(MathConstF.Q2));
            return V512.FmaF(r2, V512.FmaF(r2, V512.CF(MathConstF.Q4), q23), q01);
        }

        /// <summary>
        /// Float-only exp reduction: e^(zh + zl) = 2^n·(1 + SHi + SLo) to 2^-27 relative, with K = n + 0x1.8p23 (so
        /// <c>Pow2F((K, bias))</c> is 2^(n + bias − 127) and K − <see cref="MathConstF.Shift"/> is n as a float).
        /// Requires |zh| ≤ 150 (callers clamp) and |zl| ≤ 2^-20 (a low part: zh + zl with zl below half an ulp of zh, or 0);
        /// NaN propagates into SHi. <paramref name="h"/> = −2·zh: n is rounded from it, so a caller that has h before
        /// zh (gelu′: h = a², zh = −h/2) need not wait for the halving (h·(−log2 e/2) and zh·log2 e are the same number).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector512<float> K, Vector512<float> SHi, Vector512<float> SLo) ExpCoreF(Vector512<float> zh, Vector512<float> zl, Vector512<float> h)
        {
            Vector512<float> k = V512.FmaF(h, V512.CF(-0.5f * MathConstF.Log2E), V512.CF(MathConstF.Shift));
            Vector512<float> n = k - V512.CF(MathConstF.Shift);
            Vector512<float> rHi = V512.FnmaF(n, V512.CF(MathConstF.Ln2Hi), zh); // exact
            Vector512<float> rLo = V512.FnmaF(n, V512.CF(MathConstF.Ln2Lo), zl);
            Vector512<float> r = rHi + rLo;
            Vector512<float> r2 = r * r;
            Vector512<float> p = V512.FmaF(r2, ExpQF(r, r2), rLo);
            Vector512<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// e^−v = 2^−m·(1 + SHi + SLo) as <c>ExpCoreF(−v, 0, 2v)</c>, with K = m + 0x1.8p23 for m = round(v·log2 e): the
        /// negation folded into the reduction (rHi = m·Ln2Hi − v by one FMS, exact), so sigmoid (e^−x) and tanh (e^−2|x|)
        /// skip a negate or a multiply. |v| ≤ 150, NaN propagates into SHi. Callers that need one float take SHi alone
        /// (rounded once: |error| ≤ 2^-26 + 2^-27.6 + 2^-28 relative to e^r) and the JIT drops SLo.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector512<float> K, Vector512<float> SHi, Vector512<float> SLo) ExpNegCoreF(Vector512<float> v)
        {
            Vector512<float> k = V512.FmaF(v, V512.CF(MathConstF.Log2E), V512.CF(MathConstF.Shift));
            Vector512<float> m = k - V512.CF(MathConstF.Shift);
            Vector512<float> rHi = V512.FmsF(m, V512.CF(MathConstF.Ln2Hi), v); // −v − (−m)·Ln2Hi, exact
            Vector512<float> rLo = m * V512.CF(MathConstF.Ln2Lo);
            Vector512<float> r = rHi + rLo;
            Vector512<float> r2 = r * r;
            Vector512<float> p = V512.FmaF(r2, ExpQF(r, r2), rLo);
            Vector512<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// A low part (the exact rounding error of a product or quotient) bounded to ±2^-15 for <c>ExpNegCoreLoF</c>: where the
        /// high part is huge, infinite or NaN the residual can be anything (∞ − ∞ = NaN), and those lanes are clamped or
        /// selected away by the caller; maxps/minps with the constant second return the constant for a NaN.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> LowPartF(Vector512<float> lo) => V512.MinF(V512.MaxF(lo, V512.CF(-3.0517578e-05f)), V512.CF(3.0517578e-05f));

        /// <summary>
        /// e^−(v + vl) = 2^−m·(1 + SHi + SLo) for an argument carried as a float-float (v + vl, e.g. β·x exactly: e^t has
        /// condition number |t|, so the rounding of β·x alone would cost |t|·2^-24): <c>ExpNegCoreF</c> with vl folded into
        /// the low part of the reduced argument (rLo = m·Ln2Lo − vl). |v| ≤ 300, |vl| ≤ 2^-15; K = m + 0x1.8p23.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector512<float> K, Vector512<float> SHi, Vector512<float> SLo) ExpNegCoreLoF(Vector512<float> v, Vector512<float> vl)
        {
            Vector512<float> k = V512.FmaF(v, V512.CF(MathConstF.Log2E), V512.CF(MathConstF.Shift));
            Vector512<float> m = k - V512.CF(MathConstF.Shift);
            Vector512<float> rHi = V512.FmsF(m, V512.CF(MathConstF.Ln2Hi), v); // exact
            Vector512<float> rLo = V512.FmsF(m, V512.CF(MathConstF.Ln2Lo), vl);
            Vector512<float> r = rHi + rLo;
            Vector512<float> r2 = r * r;
            Vector512<float> p = V512.FmaF(r2, ExpQF(r, r2), rLo);
            Vector512<float> sHi = rHi + p;
            return (k, sHi, (rHi - sHi) + p);
        }

        /// <summary>
        /// t·(1 + sHi + sLo) as an exact float-float Hi + Lo (to the rounding of Lo), for t a power of two such that
        /// the result is normal, |sHi| ≤ 1/2 and |sLo| ≤ 2^-24 (the output of <c>ExpCoreF</c>).
        /// Hi = fma(t, sHi, t) is t·(1 + s) rounded; t − Hi is exact (Sterbenz), so fma(t, sHi, t − Hi) is Hi's exact
        /// rounding error.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static (Vector512<float> Hi, Vector512<float> Lo) ScaledFF(Vector512<float> t, Vector512<float> sHi, Vector512<float> sLo)
        {
            Vector512<float> hi = V512.FmaF(t, sHi, t);
            return (hi, V512.FmaF(t, sLo, V512.FmaF(t, sHi, t - hi)));
        }

        /// <summary>
        /// (nh + nl)/(dh + dl) rounded to float within 0.5 + 1/16 ULP: reciprocal estimate (<c>RcpF</c>), quotient, one
        /// FMA residual correction. d = dh + dl positive, dh normal and below 2^126, |dl| ≤ 2^-23·dh, |nl| ≤ 2^-23·|nh|.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> DivFF(Vector512<float> nh, Vector512<float> nl, Vector512<float> dh, Vector512<float> dl)
        {
            Vector512<float> r0 = V512.RcpF(dh);
            Vector512<float> q0 = nh * r0;
            Vector512<float> rho = V512.FnmaF(q0, dh, nh) + V512.FnmaF(q0, dl, nl);
            return V512.FmaF(r0, rho, q0);
        }

        /// <summary>
        /// e^(zh + zl) rounded to float (≤ 1 ULP, subnormal results included, rounded in units of the smallest subnormal),
        /// for zh ≤ 88.5 (callers clamp above) and |zl| ≤ 2^-20; zh below −104 gives +0; NaN propagates. The argument
        /// may be a float-float, e.g. zh + zl = −x²/2 from an exact square.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> ExpF(Vector512<float> zh, Vector512<float> zl)
        {
            Vector512<float> z = V512.MaxCF(zh, -104f);
            var (k, sHi, sLo) = ExpCoreF(z, zl, z * V512.CF(-2f));
            // 2^n = 2^n1·2^(n − n1), n1 = max(n, −100): 2^n1 is normal, and only the last scaling can go subnormal.
            Vector512<float> k1 = V512.MaxCF(k, MathConstF.Shift - 100f);
            Vector512<float> t = V512.Pow2F((k1, 127));
            return V512.ScaleF(V512.FmaF(t, sHi + sLo, t), k - k1);
        }
    }
}

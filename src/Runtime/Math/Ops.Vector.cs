// This file is produced by tools/MathGen from Templates/Ops.Vector.cs.in; edit the template, not this file.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using X86 = System.Runtime.Intrinsics.X86;

namespace FusedKernels.Runtime
{

        // ---------------- Vector128 ----------------
    /// <summary>
    /// The operations the width-generic math templates are written in, for <c>Vector128</c> of double. Masks are
    /// all-ones/all-zeros lanes of the same vector type. <c>MinC(x, c)</c>/<c>MaxC(x, c)</c> return x when x is
    /// NaN (x86 <c>minpd</c>/<c>maxpd</c> with the constant first), so clamping never loses a NaN.
    /// </summary>
    internal static class V128
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> C(double c) => Vector128.Create(c);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<ulong> CU(ulong c) => Vector128.Create(c);

        /// <summary>a·b + c with a single rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Fma(Vector128<double> a, Vector128<double> b, Vector128<double> c)
        {
#if NET9_0_OR_GREATER
            return Vector128.FusedMultiplyAdd(a, b, c);
#else
            if (X86.Fma.IsSupported) return X86.Fma.MultiplyAdd(a, b, c);
            return SoftFma(a, b, c);
#endif
        }

        /// <summary>c − a·b with a single rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Fnma(Vector128<double> a, Vector128<double> b, Vector128<double> c)
        {
            // The x86 intrinsic gives one vfnmadd; FusedMultiplyAdd(-a, b, c) costs an extra xor on .NET 10.
            if (X86.Fma.IsSupported) return X86.Fma.MultiplyAddNegated(a, b, c);
#if NET9_0_OR_GREATER
            return Vector128.FusedMultiplyAdd(-a, b, c);
#else
            return SoftFma(-a, b, c);
#endif
        }

#if !NET9_0_OR_GREATER
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector128<double> SoftFma(Vector128<double> a, Vector128<double> b, Vector128<double> c)
        {
            Vector128<double> r = default;
            for (int i = 0; i < Vector128<double>.Count; i++)
                r = r.WithElement(i, Math.FusedMultiplyAdd(a.GetElement(i), b.GetElement(i), c.GetElement(i)));
            return r;
        }
#endif

        /// <summary>c &lt; x ? c : x (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> MinC(Vector128<double> x, double c)
        {
            if (Sse2.IsSupported) return Sse2.Min(Vector128.Create(c), x);
            Vector128<double> cv = Vector128.Create(c);
            return Vector128.ConditionalSelect(Vector128.LessThan(cv, x), cv, x);
        }

        /// <summary>c &gt; x ? c : x (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> MaxC(Vector128<double> x, double c)
        {
            if (Sse2.IsSupported) return Sse2.Max(Vector128.Create(c), x);
            Vector128<double> cv = Vector128.Create(c);
            return Vector128.ConditionalSelect(Vector128.GreaterThan(cv, x), cv, x);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Select(Vector128<double> m, Vector128<double> a, Vector128<double> b) => Vector128.ConditionalSelect(m, a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Lt(Vector128<double> a, Vector128<double> b) => Vector128.LessThan(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Le(Vector128<double> a, Vector128<double> b) => Vector128.LessThanOrEqual(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Gt(Vector128<double> a, Vector128<double> b) => Vector128.GreaterThan(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Ge(Vector128<double> a, Vector128<double> b) => Vector128.GreaterThanOrEqual(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Eq(Vector128<double> a, Vector128<double> b) => Vector128.Equals(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> And(Vector128<double> a, Vector128<double> b) => a & b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Or(Vector128<double> a, Vector128<double> b) => a | b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Not(Vector128<double> a) => ~a;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(Vector128<double> m) => Vector128.ExtractMostSignificantBits(m) != 0;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Abs(Vector128<double> x) => Vector128.Abs(x);

        /// <summary>The sign bit of x (±0).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> SignOf(Vector128<double> x) => x & Vector128.Create(-0.0);

        /// <summary>Bitwise or (used to put a sign bit onto a non-negative value).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> OrBits(Vector128<double> a, Vector128<double> b) => a | b;

        /// <summary>Bitwise xor (flips the sign where b is −0).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> XorBits(Vector128<double> a, Vector128<double> b) => a ^ b;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<ulong> AsU(Vector128<double> x) => x.AsUInt64();
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> AsD(Vector128<ulong> x) => x.AsDouble();

        /// <summary>
        /// Given k = n + 0x1.8p52 (so the low bits of k hold the integer n), returns 2^(n + bias − 1023) as a
        /// double; n + bias must lie in [1, 2046].
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Pow2((Vector128<double> k, ulong bias) a) => ((a.k.AsUInt64() + Vector128.Create(a.bias)) << 52).AsDouble();

        /// <summary>
        /// 1/d to 2^-28 relative (for float results computed in double; d positive, finite, below 2^1020):
        /// with AVX-512 the 14-bit estimate <c>vrcp14pd</c> (relative error &lt; 2^-14) and one Newton step
        /// y + y·(1 − d·y) (error ε² &lt; 2^-28), two FMAs instead of a <c>vdivpd</c>; otherwise a division.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> RecipF(Vector128<double> d)
        {
            if (Avx512F.VL.IsSupported)
            {
                Vector128<double> y = Avx512F.VL.Reciprocal14(d);
                return Fma(y, Fnma(d, y, Vector128.Create(1.0)), y);
            }
            return Vector128.Create(1.0) / d;
        }

        /// <summary>lo &lt;= x &lt;= hi clamp of a float vector that keeps NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> ClampF(Vector128<float> x, float lo, float hi)
        {
            if (Sse2.IsSupported) return Sse2.Min(Vector128.Create(hi), Sse2.Max(Vector128.Create(lo), x));
            Vector128<float> l = Vector128.Create(lo), h = Vector128.Create(hi);
            x = Vector128.ConditionalSelect(Vector128.GreaterThan(l, x), l, x);
            return Vector128.ConditionalSelect(Vector128.LessThan(h, x), h, x);
        }

        /// <summary>|x| of a float vector.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> AbsF(Vector128<float> x) => Vector128.Abs(x);

        /// <summary>Copies the sign bits of <paramref name="sign"/> onto the non-negative <paramref name="mag"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> WithSignF(Vector128<float> mag, Vector128<float> sign) => mag | (sign & Vector128.Create(-0f));

        /// <summary>2^n·p for p in [0.5, 2] and k = n + 0x1.8p52 (integer add into the exponent field; result must be normal).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> ScaleByK(Vector128<double> p, Vector128<double> k) => (p.AsUInt64() + (k.AsUInt64() << 52)).AsDouble();

        // ---- float-only building blocks (no widening): 4/8/16 float lanes per instruction ----
        // Masks of float ops are float vectors (all-ones/all-zeros lanes), Vector128<float> in templates (bool for scalar).

        /// <summary>A float constant in every lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> CF(float c) => Vector128.Create(c);

        /// <summary>a·b + c with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> FmaF(Vector128<float> a, Vector128<float> b, Vector128<float> c)
        {
#if NET9_0_OR_GREATER
            return Vector128.FusedMultiplyAdd(a, b, c);
#else
            if (X86.Fma.IsSupported) return X86.Fma.MultiplyAdd(a, b, c);
            return SoftFmaF(a, b, c);
#endif
        }

        /// <summary>c − a·b with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> FnmaF(Vector128<float> a, Vector128<float> b, Vector128<float> c)
        {
            if (X86.Fma.IsSupported) return X86.Fma.MultiplyAddNegated(a, b, c);
#if NET9_0_OR_GREATER
            return Vector128.FusedMultiplyAdd(-a, b, c);
#else
            return SoftFmaF(-a, b, c);
#endif
        }

        /// <summary>a·b − c with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> FmsF(Vector128<float> a, Vector128<float> b, Vector128<float> c)
        {
            if (X86.Fma.IsSupported) return X86.Fma.MultiplySubtract(a, b, c);
#if NET9_0_OR_GREATER
            return Vector128.FusedMultiplyAdd(a, b, -c);
#else
            return SoftFmaF(a, b, -c);
#endif
        }

#if !NET9_0_OR_GREATER
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector128<float> SoftFmaF(Vector128<float> a, Vector128<float> b, Vector128<float> c)
        {
            Vector128<float> r = default;
            for (int i = 0; i < Vector128<float>.Count; i++)
                r = r.WithElement(i, MathF.FusedMultiplyAdd(a.GetElement(i), b.GetElement(i), c.GetElement(i)));
            return r;
        }
#endif

        /// <summary>c &lt; x ? c : x for floats (NaN x passes through: <c>minps</c> with the constant first).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> MinCF(Vector128<float> x, float c)
        {
            if (Sse2.IsSupported) return Sse2.Min(Vector128.Create(c), x);
            Vector128<float> cv = Vector128.Create(c);
            return Vector128.ConditionalSelect(Vector128.LessThan(cv, x), cv, x);
        }

        /// <summary>c &gt; x ? c : x for floats (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> MaxCF(Vector128<float> x, float c)
        {
            if (Sse2.IsSupported) return Sse2.Max(Vector128.Create(c), x);
            Vector128<float> cv = Vector128.Create(c);
            return Vector128.ConditionalSelect(Vector128.GreaterThan(cv, x), cv, x);
        }

        /// <summary>a &gt; b ? a : b (x86 <c>maxps</c>: b when either is NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> MaxF(Vector128<float> a, Vector128<float> b)
        {
            if (Sse2.IsSupported) return Sse2.Max(a, b);
            return Vector128.ConditionalSelect(Vector128.GreaterThan(a, b), a, b);
        }

        /// <summary>a &lt; b ? a : b (x86 <c>minps</c>: b when either is NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> MinF(Vector128<float> a, Vector128<float> b)
        {
            if (Sse2.IsSupported) return Sse2.Min(a, b);
            return Vector128.ConditionalSelect(Vector128.LessThan(a, b), a, b);
        }

        /// <summary>m ? a : b per float lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> SelectF(Vector128<float> m, Vector128<float> a, Vector128<float> b) => Vector128.ConditionalSelect(m, a, b);
        /// <summary>a &gt; b (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> GtF(Vector128<float> a, Vector128<float> b) => Vector128.GreaterThan(a, b);
        /// <summary>x &lt; c per lane (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> LtCF(Vector128<float> x, float c) => Vector128.LessThan(x, Vector128.Create(c));
        /// <summary>Whether some lane is below c (NaN lanes are not): a compare and a mask test, to branch on rare lanes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyLtCF(Vector128<float> x, float c) => Vector128.LessThanAny(x, Vector128.Create(c));
        /// <summary>y with its sign flipped where x is negative (x's sign bit xor-ed in).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> XorSignF(Vector128<float> y, Vector128<float> x) => y ^ (x & Vector128.Create(-0f));
        /// <summary>a &gt;= c per lane (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> GeCF(Vector128<float> a, float c) => Vector128.GreaterThanOrEqual(a, Vector128.Create(c));
        /// <summary>The significand of a normal (or infinite) x as a float in [1, 2) with x's sign: its exponent field replaced by 127.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> MantissaF(Vector128<float> x) => ((x.AsInt32() & Vector128.Create(unchecked((int)0x807FFFFF))) | Vector128.Create(0x3F800000)).AsSingle();
        /// <summary>
        /// The unbiased exponent field of x as an integer-valued float (e − 127 for the field e; x normal: floor(log2 |x|)), by the
        /// shifter: the field is or-ed into the low bits of 0x1.8p23, which is then subtracted with the bias (no int→float convert).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> ExponentF(Vector128<float> x) =>
            (Vector128.ShiftRightLogical(x.AsInt32() & Vector128.Create(0x7F800000), 23) | Vector128.Create(0x4B400000)).AsSingle() - Vector128.Create(MathConstF.Shift + 127f);
        /// <summary>Whether every lane is below c (false if one is NaN): a compare and a mask test, to branch on rare lanes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AllLtCF(Vector128<float> x, float c) => Vector128.LessThanAll(x, Vector128.Create(c));

        /// <summary>
        /// Given k = n + 0x1.8p23 (k = x + 0x1.8p23, or an FMA onto <see cref="MathConstF.Shift"/> as the exp reductions
        /// do, rounds x to nearest, ties to even, into the low bits of k for |x| &lt; 2^22), returns
        /// 2^(n + bias − 127) as a float by an integer add and a shift; n + bias must lie in [1, 254] (normal result).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Pow2F((Vector128<float> k, int bias) a) => ((a.k.AsInt32() + Vector128.Create(a.bias)) << 23).AsSingle();

        /// <summary>
        /// Given k = m + 0x1.8p23 (as for <see cref="Pow2F"/>), returns 2^−m by an integer subtract and a shift (the shifter's
        /// own bits fall off the top); m must lie in [−127, 126] (normal result).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Pow2NegF(Vector128<float> k) => ((Vector128.Create(127) - k.AsInt32()) << 23).AsSingle();


        /// <summary>
        /// 2^n for an integer-valued float n ≤ 127, exact for n ≥ −126; below, some value in [0, 2^-126] (path-dependent).
        /// With AVX-512 one <c>vscalefps</c> of 1 (exact down to 2^-149), otherwise built in the exponent bits from
        /// max(n, −127) (an add of 0x1.8p23, an integer add and a shift).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Pow2IF(Vector128<float> n)
        {
            if (Avx512F.VL.IsSupported) return Avx512F.VL.Scale(Vector128.Create(1f), n);
            return Pow2F((MaxCF(n, -127f) + Vector128.Create(MathConstF.Shift), 127));
        }

        /// <summary>
        /// x·2^n for an integer-valued float n in [−226, 127], |x| in [2^-26, 2^26] (or 0, ±Inf, NaN), a subnormal result
        /// rounded once. With AVX-512 one <c>vscalefps</c>; otherwise two multiplies by normal powers of two, 2^max(n, −100)
        /// (exact) and 2^(n − max(n, −100)) (the only rounding).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> ScaleF(Vector128<float> x, Vector128<float> n)
        {
            if (Avx512F.VL.IsSupported) return Avx512F.VL.Scale(x, n);
            Vector128<float> n1 = MaxCF(n, -100f);
            return x * Pow2F((n1 + Vector128.Create(MathConstF.Shift), 127)) * Pow2F(((n - n1) + Vector128.Create(MathConstF.Shift), 127));
        }

        /// <summary>
        /// A reciprocal estimate of a float d (positive normal, below 2^126) with relative error below 2^-14: with AVX-512
        /// the 14-bit <c>vrcp14ps</c> (one instruction, relative error &lt; 2^-14); otherwise a division (correctly rounded).
        /// Callers refine: one Newton step y + y·(1 − d·y) gives 2^-23 (limited by float rounding), or correct the
        /// quotient with one FMA residual as <c>VectorMath.DivFF</c> does.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> RcpF(Vector128<float> d)
        {
            if (Avx512F.VL.IsSupported) return Avx512F.VL.Reciprocal14(d);
            return Vector128.Create(1f) / d;
        }

        /// <summary>Widens the lower and upper halves of a float vector to doubles.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector128<double> Lower, Vector128<double> Upper) Widen(Vector128<float> x) => (Vector128.WidenLower(x), Vector128.WidenUpper(x));

        /// <summary>Narrows two double vectors to one float vector (round to nearest once).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Narrow(Vector128<double> lower, Vector128<double> upper) => Vector128.Narrow(lower, upper);
    }

        // ---------------- Vector256 ----------------
    /// <summary>
    /// The operations the width-generic math templates are written in, for <c>Vector256</c> of double. Masks are
    /// all-ones/all-zeros lanes of the same vector type. <c>MinC(x, c)</c>/<c>MaxC(x, c)</c> return x when x is
    /// NaN (x86 <c>minpd</c>/<c>maxpd</c> with the constant first), so clamping never loses a NaN.
    /// </summary>
    internal static class V256
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> C(double c) => Vector256.Create(c);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> CU(ulong c) => Vector256.Create(c);

        /// <summary>a·b + c with a single rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Fma(Vector256<double> a, Vector256<double> b, Vector256<double> c)
        {
#if NET9_0_OR_GREATER
            return Vector256.FusedMultiplyAdd(a, b, c);
#else
            if (X86.Fma.IsSupported) return X86.Fma.MultiplyAdd(a, b, c);
            return SoftFma(a, b, c);
#endif
        }

        /// <summary>c − a·b with a single rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Fnma(Vector256<double> a, Vector256<double> b, Vector256<double> c)
        {
            // The x86 intrinsic gives one vfnmadd; FusedMultiplyAdd(-a, b, c) costs an extra xor on .NET 10.
            if (X86.Fma.IsSupported) return X86.Fma.MultiplyAddNegated(a, b, c);
#if NET9_0_OR_GREATER
            return Vector256.FusedMultiplyAdd(-a, b, c);
#else
            return SoftFma(-a, b, c);
#endif
        }

#if !NET9_0_OR_GREATER
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector256<double> SoftFma(Vector256<double> a, Vector256<double> b, Vector256<double> c)
        {
            Vector256<double> r = default;
            for (int i = 0; i < Vector256<double>.Count; i++)
                r = r.WithElement(i, Math.FusedMultiplyAdd(a.GetElement(i), b.GetElement(i), c.GetElement(i)));
            return r;
        }
#endif

        /// <summary>c &lt; x ? c : x (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> MinC(Vector256<double> x, double c)
        {
            if (Avx.IsSupported) return Avx.Min(Vector256.Create(c), x);
            Vector256<double> cv = Vector256.Create(c);
            return Vector256.ConditionalSelect(Vector256.LessThan(cv, x), cv, x);
        }

        /// <summary>c &gt; x ? c : x (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> MaxC(Vector256<double> x, double c)
        {
            if (Avx.IsSupported) return Avx.Max(Vector256.Create(c), x);
            Vector256<double> cv = Vector256.Create(c);
            return Vector256.ConditionalSelect(Vector256.GreaterThan(cv, x), cv, x);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Select(Vector256<double> m, Vector256<double> a, Vector256<double> b) => Vector256.ConditionalSelect(m, a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Lt(Vector256<double> a, Vector256<double> b) => Vector256.LessThan(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Le(Vector256<double> a, Vector256<double> b) => Vector256.LessThanOrEqual(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Gt(Vector256<double> a, Vector256<double> b) => Vector256.GreaterThan(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Ge(Vector256<double> a, Vector256<double> b) => Vector256.GreaterThanOrEqual(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Eq(Vector256<double> a, Vector256<double> b) => Vector256.Equals(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> And(Vector256<double> a, Vector256<double> b) => a & b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Or(Vector256<double> a, Vector256<double> b) => a | b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Not(Vector256<double> a) => ~a;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(Vector256<double> m) => Vector256.ExtractMostSignificantBits(m) != 0;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Abs(Vector256<double> x) => Vector256.Abs(x);

        /// <summary>The sign bit of x (±0).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> SignOf(Vector256<double> x) => x & Vector256.Create(-0.0);

        /// <summary>Bitwise or (used to put a sign bit onto a non-negative value).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> OrBits(Vector256<double> a, Vector256<double> b) => a | b;

        /// <summary>Bitwise xor (flips the sign where b is −0).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> XorBits(Vector256<double> a, Vector256<double> b) => a ^ b;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> AsU(Vector256<double> x) => x.AsUInt64();
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> AsD(Vector256<ulong> x) => x.AsDouble();

        /// <summary>
        /// Given k = n + 0x1.8p52 (so the low bits of k hold the integer n), returns 2^(n + bias − 1023) as a
        /// double; n + bias must lie in [1, 2046].
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Pow2((Vector256<double> k, ulong bias) a) => ((a.k.AsUInt64() + Vector256.Create(a.bias)) << 52).AsDouble();

        /// <summary>
        /// 1/d to 2^-28 relative (for float results computed in double; d positive, finite, below 2^1020):
        /// with AVX-512 the 14-bit estimate <c>vrcp14pd</c> (relative error &lt; 2^-14) and one Newton step
        /// y + y·(1 − d·y) (error ε² &lt; 2^-28), two FMAs instead of a <c>vdivpd</c>; otherwise a division.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> RecipF(Vector256<double> d)
        {
            if (Avx512F.VL.IsSupported)
            {
                Vector256<double> y = Avx512F.VL.Reciprocal14(d);
                return Fma(y, Fnma(d, y, Vector256.Create(1.0)), y);
            }
            return Vector256.Create(1.0) / d;
        }

        /// <summary>lo &lt;= x &lt;= hi clamp of a float vector that keeps NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> ClampF(Vector256<float> x, float lo, float hi)
        {
            if (Avx.IsSupported) return Avx.Min(Vector256.Create(hi), Avx.Max(Vector256.Create(lo), x));
            Vector256<float> l = Vector256.Create(lo), h = Vector256.Create(hi);
            x = Vector256.ConditionalSelect(Vector256.GreaterThan(l, x), l, x);
            return Vector256.ConditionalSelect(Vector256.LessThan(h, x), h, x);
        }

        /// <summary>|x| of a float vector.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> AbsF(Vector256<float> x) => Vector256.Abs(x);

        /// <summary>Copies the sign bits of <paramref name="sign"/> onto the non-negative <paramref name="mag"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> WithSignF(Vector256<float> mag, Vector256<float> sign) => mag | (sign & Vector256.Create(-0f));

        /// <summary>2^n·p for p in [0.5, 2] and k = n + 0x1.8p52 (integer add into the exponent field; result must be normal).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> ScaleByK(Vector256<double> p, Vector256<double> k) => (p.AsUInt64() + (k.AsUInt64() << 52)).AsDouble();

        // ---- float-only building blocks (no widening): 4/8/16 float lanes per instruction ----
        // Masks of float ops are float vectors (all-ones/all-zeros lanes), Vector256<float> in templates (bool for scalar).

        /// <summary>A float constant in every lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> CF(float c) => Vector256.Create(c);

        /// <summary>a·b + c with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> FmaF(Vector256<float> a, Vector256<float> b, Vector256<float> c)
        {
#if NET9_0_OR_GREATER
            return Vector256.FusedMultiplyAdd(a, b, c);
#else
            if (X86.Fma.IsSupported) return X86.Fma.MultiplyAdd(a, b, c);
            return SoftFmaF(a, b, c);
#endif
        }

        /// <summary>c − a·b with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> FnmaF(Vector256<float> a, Vector256<float> b, Vector256<float> c)
        {
            if (X86.Fma.IsSupported) return X86.Fma.MultiplyAddNegated(a, b, c);
#if NET9_0_OR_GREATER
            return Vector256.FusedMultiplyAdd(-a, b, c);
#else
            return SoftFmaF(-a, b, c);
#endif
        }

        /// <summary>a·b − c with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> FmsF(Vector256<float> a, Vector256<float> b, Vector256<float> c)
        {
            if (X86.Fma.IsSupported) return X86.Fma.MultiplySubtract(a, b, c);
#if NET9_0_OR_GREATER
            return Vector256.FusedMultiplyAdd(a, b, -c);
#else
            return SoftFmaF(a, b, -c);
#endif
        }

#if !NET9_0_OR_GREATER
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector256<float> SoftFmaF(Vector256<float> a, Vector256<float> b, Vector256<float> c)
        {
            Vector256<float> r = default;
            for (int i = 0; i < Vector256<float>.Count; i++)
                r = r.WithElement(i, MathF.FusedMultiplyAdd(a.GetElement(i), b.GetElement(i), c.GetElement(i)));
            return r;
        }
#endif

        /// <summary>c &lt; x ? c : x for floats (NaN x passes through: <c>minps</c> with the constant first).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> MinCF(Vector256<float> x, float c)
        {
            if (Avx.IsSupported) return Avx.Min(Vector256.Create(c), x);
            Vector256<float> cv = Vector256.Create(c);
            return Vector256.ConditionalSelect(Vector256.LessThan(cv, x), cv, x);
        }

        /// <summary>c &gt; x ? c : x for floats (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> MaxCF(Vector256<float> x, float c)
        {
            if (Avx.IsSupported) return Avx.Max(Vector256.Create(c), x);
            Vector256<float> cv = Vector256.Create(c);
            return Vector256.ConditionalSelect(Vector256.GreaterThan(cv, x), cv, x);
        }

        /// <summary>a &gt; b ? a : b (x86 <c>maxps</c>: b when either is NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> MaxF(Vector256<float> a, Vector256<float> b)
        {
            if (Avx.IsSupported) return Avx.Max(a, b);
            return Vector256.ConditionalSelect(Vector256.GreaterThan(a, b), a, b);
        }

        /// <summary>a &lt; b ? a : b (x86 <c>minps</c>: b when either is NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> MinF(Vector256<float> a, Vector256<float> b)
        {
            if (Avx.IsSupported) return Avx.Min(a, b);
            return Vector256.ConditionalSelect(Vector256.LessThan(a, b), a, b);
        }

        /// <summary>m ? a : b per float lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> SelectF(Vector256<float> m, Vector256<float> a, Vector256<float> b) => Vector256.ConditionalSelect(m, a, b);
        /// <summary>a &gt; b (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> GtF(Vector256<float> a, Vector256<float> b) => Vector256.GreaterThan(a, b);
        /// <summary>x &lt; c per lane (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> LtCF(Vector256<float> x, float c) => Vector256.LessThan(x, Vector256.Create(c));
        /// <summary>Whether some lane is below c (NaN lanes are not): a compare and a mask test, to branch on rare lanes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyLtCF(Vector256<float> x, float c) => Vector256.LessThanAny(x, Vector256.Create(c));
        /// <summary>y with its sign flipped where x is negative (x's sign bit xor-ed in).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> XorSignF(Vector256<float> y, Vector256<float> x) => y ^ (x & Vector256.Create(-0f));
        /// <summary>a &gt;= c per lane (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> GeCF(Vector256<float> a, float c) => Vector256.GreaterThanOrEqual(a, Vector256.Create(c));
        /// <summary>The significand of a normal (or infinite) x as a float in [1, 2) with x's sign: its exponent field replaced by 127.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> MantissaF(Vector256<float> x) => ((x.AsInt32() & Vector256.Create(unchecked((int)0x807FFFFF))) | Vector256.Create(0x3F800000)).AsSingle();
        /// <summary>
        /// The unbiased exponent field of x as an integer-valued float (e − 127 for the field e; x normal: floor(log2 |x|)), by the
        /// shifter: the field is or-ed into the low bits of 0x1.8p23, which is then subtracted with the bias (no int→float convert).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> ExponentF(Vector256<float> x) =>
            (Vector256.ShiftRightLogical(x.AsInt32() & Vector256.Create(0x7F800000), 23) | Vector256.Create(0x4B400000)).AsSingle() - Vector256.Create(MathConstF.Shift + 127f);
        /// <summary>Whether every lane is below c (false if one is NaN): a compare and a mask test, to branch on rare lanes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AllLtCF(Vector256<float> x, float c) => Vector256.LessThanAll(x, Vector256.Create(c));

        /// <summary>
        /// Given k = n + 0x1.8p23 (k = x + 0x1.8p23, or an FMA onto <see cref="MathConstF.Shift"/> as the exp reductions
        /// do, rounds x to nearest, ties to even, into the low bits of k for |x| &lt; 2^22), returns
        /// 2^(n + bias − 127) as a float by an integer add and a shift; n + bias must lie in [1, 254] (normal result).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Pow2F((Vector256<float> k, int bias) a) => ((a.k.AsInt32() + Vector256.Create(a.bias)) << 23).AsSingle();

        /// <summary>
        /// Given k = m + 0x1.8p23 (as for <see cref="Pow2F"/>), returns 2^−m by an integer subtract and a shift (the shifter's
        /// own bits fall off the top); m must lie in [−127, 126] (normal result).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Pow2NegF(Vector256<float> k) => ((Vector256.Create(127) - k.AsInt32()) << 23).AsSingle();


        /// <summary>
        /// 2^n for an integer-valued float n ≤ 127, exact for n ≥ −126; below, some value in [0, 2^-126] (path-dependent).
        /// With AVX-512 one <c>vscalefps</c> of 1 (exact down to 2^-149), otherwise built in the exponent bits from
        /// max(n, −127) (an add of 0x1.8p23, an integer add and a shift).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Pow2IF(Vector256<float> n)
        {
            if (Avx512F.VL.IsSupported) return Avx512F.VL.Scale(Vector256.Create(1f), n);
            return Pow2F((MaxCF(n, -127f) + Vector256.Create(MathConstF.Shift), 127));
        }

        /// <summary>
        /// x·2^n for an integer-valued float n in [−226, 127], |x| in [2^-26, 2^26] (or 0, ±Inf, NaN), a subnormal result
        /// rounded once. With AVX-512 one <c>vscalefps</c>; otherwise two multiplies by normal powers of two, 2^max(n, −100)
        /// (exact) and 2^(n − max(n, −100)) (the only rounding).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> ScaleF(Vector256<float> x, Vector256<float> n)
        {
            if (Avx512F.VL.IsSupported) return Avx512F.VL.Scale(x, n);
            Vector256<float> n1 = MaxCF(n, -100f);
            return x * Pow2F((n1 + Vector256.Create(MathConstF.Shift), 127)) * Pow2F(((n - n1) + Vector256.Create(MathConstF.Shift), 127));
        }

        /// <summary>
        /// A reciprocal estimate of a float d (positive normal, below 2^126) with relative error below 2^-14: with AVX-512
        /// the 14-bit <c>vrcp14ps</c> (one instruction, relative error &lt; 2^-14); otherwise a division (correctly rounded).
        /// Callers refine: one Newton step y + y·(1 − d·y) gives 2^-23 (limited by float rounding), or correct the
        /// quotient with one FMA residual as <c>VectorMath.DivFF</c> does.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> RcpF(Vector256<float> d)
        {
            if (Avx512F.VL.IsSupported) return Avx512F.VL.Reciprocal14(d);
            return Vector256.Create(1f) / d;
        }

        /// <summary>Widens the lower and upper halves of a float vector to doubles.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector256<double> Lower, Vector256<double> Upper) Widen(Vector256<float> x) => (Vector256.WidenLower(x), Vector256.WidenUpper(x));

        /// <summary>Narrows two double vectors to one float vector (round to nearest once).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Narrow(Vector256<double> lower, Vector256<double> upper) => Vector256.Narrow(lower, upper);
    }

        // ---------------- Vector512 ----------------
    /// <summary>
    /// The operations the width-generic math templates are written in, for <c>Vector512</c> of double. Masks are
    /// all-ones/all-zeros lanes of the same vector type. <c>MinC(x, c)</c>/<c>MaxC(x, c)</c> return x when x is
    /// NaN (x86 <c>minpd</c>/<c>maxpd</c> with the constant first), so clamping never loses a NaN.
    /// </summary>
    internal static class V512
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> C(double c) => Vector512.Create(c);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> CU(ulong c) => Vector512.Create(c);

        /// <summary>a·b + c with a single rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Fma(Vector512<double> a, Vector512<double> b, Vector512<double> c)
        {
#if NET9_0_OR_GREATER
            return Vector512.FusedMultiplyAdd(a, b, c);
#else
            if (Avx512F.IsSupported) return Avx512F.FusedMultiplyAdd(a, b, c);
            return SoftFma(a, b, c);
#endif
        }

        /// <summary>c − a·b with a single rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Fnma(Vector512<double> a, Vector512<double> b, Vector512<double> c)
        {
            // The x86 intrinsic gives one vfnmadd; FusedMultiplyAdd(-a, b, c) costs an extra xor on .NET 10.
            if (Avx512F.IsSupported) return Avx512F.FusedMultiplyAddNegated(a, b, c);
#if NET9_0_OR_GREATER
            return Vector512.FusedMultiplyAdd(-a, b, c);
#else
            return SoftFma(-a, b, c);
#endif
        }

#if !NET9_0_OR_GREATER
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector512<double> SoftFma(Vector512<double> a, Vector512<double> b, Vector512<double> c)
        {
            Vector512<double> r = default;
            for (int i = 0; i < Vector512<double>.Count; i++)
                r = r.WithElement(i, Math.FusedMultiplyAdd(a.GetElement(i), b.GetElement(i), c.GetElement(i)));
            return r;
        }
#endif

        /// <summary>c &lt; x ? c : x (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> MinC(Vector512<double> x, double c)
        {
            if (Avx512F.IsSupported) return Avx512F.Min(Vector512.Create(c), x);
            Vector512<double> cv = Vector512.Create(c);
            return Vector512.ConditionalSelect(Vector512.LessThan(cv, x), cv, x);
        }

        /// <summary>c &gt; x ? c : x (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> MaxC(Vector512<double> x, double c)
        {
            if (Avx512F.IsSupported) return Avx512F.Max(Vector512.Create(c), x);
            Vector512<double> cv = Vector512.Create(c);
            return Vector512.ConditionalSelect(Vector512.GreaterThan(cv, x), cv, x);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Select(Vector512<double> m, Vector512<double> a, Vector512<double> b) => Vector512.ConditionalSelect(m, a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Lt(Vector512<double> a, Vector512<double> b) => Vector512.LessThan(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Le(Vector512<double> a, Vector512<double> b) => Vector512.LessThanOrEqual(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Gt(Vector512<double> a, Vector512<double> b) => Vector512.GreaterThan(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Ge(Vector512<double> a, Vector512<double> b) => Vector512.GreaterThanOrEqual(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Eq(Vector512<double> a, Vector512<double> b) => Vector512.Equals(a, b);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> And(Vector512<double> a, Vector512<double> b) => a & b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Or(Vector512<double> a, Vector512<double> b) => a | b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Not(Vector512<double> a) => ~a;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(Vector512<double> m) => Vector512.ExtractMostSignificantBits(m) != 0;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Abs(Vector512<double> x) => Vector512.Abs(x);

        /// <summary>The sign bit of x (±0).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> SignOf(Vector512<double> x) => x & Vector512.Create(-0.0);

        /// <summary>Bitwise or (used to put a sign bit onto a non-negative value).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> OrBits(Vector512<double> a, Vector512<double> b) => a | b;

        /// <summary>Bitwise xor (flips the sign where b is −0).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> XorBits(Vector512<double> a, Vector512<double> b) => a ^ b;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> AsU(Vector512<double> x) => x.AsUInt64();
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> AsD(Vector512<ulong> x) => x.AsDouble();

        /// <summary>
        /// Given k = n + 0x1.8p52 (so the low bits of k hold the integer n), returns 2^(n + bias − 1023) as a
        /// double; n + bias must lie in [1, 2046].
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Pow2((Vector512<double> k, ulong bias) a) => ((a.k.AsUInt64() + Vector512.Create(a.bias)) << 52).AsDouble();

        /// <summary>
        /// 1/d to 2^-28 relative (for float results computed in double; d positive, finite, below 2^1020):
        /// with AVX-512 the 14-bit estimate <c>vrcp14pd</c> (relative error &lt; 2^-14) and one Newton step
        /// y + y·(1 − d·y) (error ε² &lt; 2^-28), two FMAs instead of a <c>vdivpd</c>; otherwise a division.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> RecipF(Vector512<double> d)
        {
            if (Avx512F.IsSupported)
            {
                Vector512<double> y = Avx512F.Reciprocal14(d);
                return Fma(y, Fnma(d, y, Vector512.Create(1.0)), y);
            }
            return Vector512.Create(1.0) / d;
        }

        /// <summary>lo &lt;= x &lt;= hi clamp of a float vector that keeps NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> ClampF(Vector512<float> x, float lo, float hi)
        {
            if (Avx512F.IsSupported) return Avx512F.Min(Vector512.Create(hi), Avx512F.Max(Vector512.Create(lo), x));
            Vector512<float> l = Vector512.Create(lo), h = Vector512.Create(hi);
            x = Vector512.ConditionalSelect(Vector512.GreaterThan(l, x), l, x);
            return Vector512.ConditionalSelect(Vector512.LessThan(h, x), h, x);
        }

        /// <summary>|x| of a float vector.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> AbsF(Vector512<float> x) => Vector512.Abs(x);

        /// <summary>Copies the sign bits of <paramref name="sign"/> onto the non-negative <paramref name="mag"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> WithSignF(Vector512<float> mag, Vector512<float> sign) => mag | (sign & Vector512.Create(-0f));

        /// <summary>2^n·p for p in [0.5, 2] and k = n + 0x1.8p52 (integer add into the exponent field; result must be normal).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> ScaleByK(Vector512<double> p, Vector512<double> k) => (p.AsUInt64() + (k.AsUInt64() << 52)).AsDouble();

        // ---- float-only building blocks (no widening): 4/8/16 float lanes per instruction ----
        // Masks of float ops are float vectors (all-ones/all-zeros lanes), Vector512<float> in templates (bool for scalar).

        /// <summary>A float constant in every lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> CF(float c) => Vector512.Create(c);

        /// <summary>a·b + c with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> FmaF(Vector512<float> a, Vector512<float> b, Vector512<float> c)
        {
#if NET9_0_OR_GREATER
            return Vector512.FusedMultiplyAdd(a, b, c);
#else
            if (Avx512F.IsSupported) return Avx512F.FusedMultiplyAdd(a, b, c);
            return SoftFmaF(a, b, c);
#endif
        }

        /// <summary>c − a·b with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> FnmaF(Vector512<float> a, Vector512<float> b, Vector512<float> c)
        {
            if (Avx512F.IsSupported) return Avx512F.FusedMultiplyAddNegated(a, b, c);
#if NET9_0_OR_GREATER
            return Vector512.FusedMultiplyAdd(-a, b, c);
#else
            return SoftFmaF(-a, b, c);
#endif
        }

        /// <summary>a·b − c with a single rounding (float).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> FmsF(Vector512<float> a, Vector512<float> b, Vector512<float> c)
        {
            if (Avx512F.IsSupported) return Avx512F.FusedMultiplySubtract(a, b, c);
#if NET9_0_OR_GREATER
            return Vector512.FusedMultiplyAdd(a, b, -c);
#else
            return SoftFmaF(a, b, -c);
#endif
        }

#if !NET9_0_OR_GREATER
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Vector512<float> SoftFmaF(Vector512<float> a, Vector512<float> b, Vector512<float> c)
        {
            Vector512<float> r = default;
            for (int i = 0; i < Vector512<float>.Count; i++)
                r = r.WithElement(i, MathF.FusedMultiplyAdd(a.GetElement(i), b.GetElement(i), c.GetElement(i)));
            return r;
        }
#endif

        /// <summary>c &lt; x ? c : x for floats (NaN x passes through: <c>minps</c> with the constant first).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> MinCF(Vector512<float> x, float c)
        {
            if (Avx512F.IsSupported) return Avx512F.Min(Vector512.Create(c), x);
            Vector512<float> cv = Vector512.Create(c);
            return Vector512.ConditionalSelect(Vector512.LessThan(cv, x), cv, x);
        }

        /// <summary>c &gt; x ? c : x for floats (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> MaxCF(Vector512<float> x, float c)
        {
            if (Avx512F.IsSupported) return Avx512F.Max(Vector512.Create(c), x);
            Vector512<float> cv = Vector512.Create(c);
            return Vector512.ConditionalSelect(Vector512.GreaterThan(cv, x), cv, x);
        }

        /// <summary>a &gt; b ? a : b (x86 <c>maxps</c>: b when either is NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> MaxF(Vector512<float> a, Vector512<float> b)
        {
            if (Avx512F.IsSupported) return Avx512F.Max(a, b);
            return Vector512.ConditionalSelect(Vector512.GreaterThan(a, b), a, b);
        }

        /// <summary>a &lt; b ? a : b (x86 <c>minps</c>: b when either is NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> MinF(Vector512<float> a, Vector512<float> b)
        {
            if (Avx512F.IsSupported) return Avx512F.Min(a, b);
            return Vector512.ConditionalSelect(Vector512.LessThan(a, b), a, b);
        }

        /// <summary>m ? a : b per float lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> SelectF(Vector512<float> m, Vector512<float> a, Vector512<float> b) => Vector512.ConditionalSelect(m, a, b);
        /// <summary>a &gt; b (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> GtF(Vector512<float> a, Vector512<float> b) => Vector512.GreaterThan(a, b);
        /// <summary>x &lt; c per lane (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> LtCF(Vector512<float> x, float c) => Vector512.LessThan(x, Vector512.Create(c));
        /// <summary>Whether some lane is below c (NaN lanes are not): a compare and a mask test, to branch on rare lanes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyLtCF(Vector512<float> x, float c) => Vector512.LessThanAny(x, Vector512.Create(c));
        /// <summary>y with its sign flipped where x is negative (x's sign bit xor-ed in).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> XorSignF(Vector512<float> y, Vector512<float> x) => y ^ (x & Vector512.Create(-0f));
        /// <summary>a &gt;= c per lane (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> GeCF(Vector512<float> a, float c) => Vector512.GreaterThanOrEqual(a, Vector512.Create(c));
        /// <summary>The significand of a normal (or infinite) x as a float in [1, 2) with x's sign: its exponent field replaced by 127.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> MantissaF(Vector512<float> x) => ((x.AsInt32() & Vector512.Create(unchecked((int)0x807FFFFF))) | Vector512.Create(0x3F800000)).AsSingle();
        /// <summary>
        /// The unbiased exponent field of x as an integer-valued float (e − 127 for the field e; x normal: floor(log2 |x|)), by the
        /// shifter: the field is or-ed into the low bits of 0x1.8p23, which is then subtracted with the bias (no int→float convert).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> ExponentF(Vector512<float> x) =>
            (Vector512.ShiftRightLogical(x.AsInt32() & Vector512.Create(0x7F800000), 23) | Vector512.Create(0x4B400000)).AsSingle() - Vector512.Create(MathConstF.Shift + 127f);
        /// <summary>Whether every lane is below c (false if one is NaN): a compare and a mask test, to branch on rare lanes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AllLtCF(Vector512<float> x, float c) => Vector512.LessThanAll(x, Vector512.Create(c));

        /// <summary>
        /// Given k = n + 0x1.8p23 (k = x + 0x1.8p23, or an FMA onto <see cref="MathConstF.Shift"/> as the exp reductions
        /// do, rounds x to nearest, ties to even, into the low bits of k for |x| &lt; 2^22), returns
        /// 2^(n + bias − 127) as a float by an integer add and a shift; n + bias must lie in [1, 254] (normal result).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Pow2F((Vector512<float> k, int bias) a) => ((a.k.AsInt32() + Vector512.Create(a.bias)) << 23).AsSingle();

        /// <summary>
        /// Given k = m + 0x1.8p23 (as for <see cref="Pow2F"/>), returns 2^−m by an integer subtract and a shift (the shifter's
        /// own bits fall off the top); m must lie in [−127, 126] (normal result).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Pow2NegF(Vector512<float> k) => ((Vector512.Create(127) - k.AsInt32()) << 23).AsSingle();


        /// <summary>
        /// 2^n for an integer-valued float n ≤ 127, exact for n ≥ −126; below, some value in [0, 2^-126] (path-dependent).
        /// With AVX-512 one <c>vscalefps</c> of 1 (exact down to 2^-149), otherwise built in the exponent bits from
        /// max(n, −127) (an add of 0x1.8p23, an integer add and a shift).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Pow2IF(Vector512<float> n)
        {
            if (Avx512F.IsSupported) return Avx512F.Scale(Vector512.Create(1f), n);
            return Pow2F((MaxCF(n, -127f) + Vector512.Create(MathConstF.Shift), 127));
        }

        /// <summary>
        /// x·2^n for an integer-valued float n in [−226, 127], |x| in [2^-26, 2^26] (or 0, ±Inf, NaN), a subnormal result
        /// rounded once. With AVX-512 one <c>vscalefps</c>; otherwise two multiplies by normal powers of two, 2^max(n, −100)
        /// (exact) and 2^(n − max(n, −100)) (the only rounding).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> ScaleF(Vector512<float> x, Vector512<float> n)
        {
            if (Avx512F.IsSupported) return Avx512F.Scale(x, n);
            Vector512<float> n1 = MaxCF(n, -100f);
            return x * Pow2F((n1 + Vector512.Create(MathConstF.Shift), 127)) * Pow2F(((n - n1) + Vector512.Create(MathConstF.Shift), 127));
        }

        /// <summary>
        /// A reciprocal estimate of a float d (positive normal, below 2^126) with relative error below 2^-14: with AVX-512
        /// the 14-bit <c>vrcp14ps</c> (one instruction, relative error &lt; 2^-14); otherwise a division (correctly rounded).
        /// Callers refine: one Newton step y + y·(1 − d·y) gives 2^-23 (limited by float rounding), or correct the
        /// quotient with one FMA residual as <c>VectorMath.DivFF</c> does.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> RcpF(Vector512<float> d)
        {
            if (Avx512F.IsSupported) return Avx512F.Reciprocal14(d);
            return Vector512.Create(1f) / d;
        }

        /// <summary>Widens the lower and upper halves of a float vector to doubles.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector512<double> Lower, Vector512<double> Upper) Widen(Vector512<float> x) => (Vector512.WidenLower(x), Vector512.WidenUpper(x));

        /// <summary>Narrows two double vectors to one float vector (round to nearest once).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Narrow(Vector512<double> lower, Vector512<double> upper) => Vector512.Narrow(lower, upper);
    }
}

using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// The scalar instance of the operations the width-generic math templates are written in: the same
    /// algorithm then runs on one double, with <see cref="bool"/> masks, and (given a hardware FMA) gives the
    /// same bits as every vector width.
    /// </summary>
    internal static class Sc
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double C(double c) => c;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ulong CU(ulong c) => c;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Fma(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Fnma(double a, double b, double c) => Math.FusedMultiplyAdd(-a, b, c);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double MinC(double x, double c) => c < x ? c : x;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double MaxC(double x, double c) => c > x ? c : x;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Select(bool m, double a, double b) => m ? a : b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Lt(double a, double b) => a < b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Le(double a, double b) => a <= b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Gt(double a, double b) => a > b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Ge(double a, double b) => a >= b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Eq(double a, double b) => a == b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool And(bool a, bool b) => a & b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Or(bool a, bool b) => a | b;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Not(bool a) => !a;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(bool m) => m;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Abs(double x) => Math.Abs(x);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double SignOf(double x) => AsD(AsU(x) & 0x8000_0000_0000_0000UL);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double OrBits(double a, double b) => AsD(AsU(a) | AsU(b));
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double XorBits(double a, double b) => AsD(AsU(a) ^ AsU(b));
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ulong AsU(double x) => (ulong)BitConverter.DoubleToInt64Bits(x);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double AsD(ulong x) => BitConverter.Int64BitsToDouble((long)x);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float ClampF(float x, float lo, float hi) { x = lo > x ? lo : x; return hi < x ? hi : x; }
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float AbsF(float x) => Math.Abs(x);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float WithSignF(float mag, float sign) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(mag) | (BitConverter.SingleToInt32Bits(sign) & int.MinValue));
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double ScaleByK(double p, double k) => AsD(AsU(p) + (AsU(k) << 52));
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double RecipF(double d) => 1.0 / d;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Pow2((double k, ulong bias) a) => AsD((AsU(a.k) + a.bias) << 52);

        // ---- float-only building blocks: the scalar instance of the float ops in Ops.Vector.cs (see there) ----
        /// <summary>A float constant.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float CF(float c) => c;
        /// <summary>a·b + c with a single rounding (<c>vfmadd</c> where the hardware has FMA, the C runtime's fmaf otherwise).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float FmaF(float a, float b, float c) => MathF.FusedMultiplyAdd(a, b, c);
        /// <summary>a·b − c with a single rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float FmsF(float a, float b, float c) => MathF.FusedMultiplyAdd(a, b, -c);
        /// <summary>c − a·b with a single rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float FnmaF(float a, float b, float c) => MathF.FusedMultiplyAdd(-a, b, c);
        /// <summary>c &lt; x ? c : x (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MinCF(float x, float c) => c < x ? c : x;
        /// <summary>c &gt; x ? c : x (NaN x passes through).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MaxCF(float x, float c) => c > x ? c : x;
        /// <summary>a &gt; b ? a : b (b when either is NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MaxF(float a, float b) => a > b ? a : b;
        /// <summary>a &lt; b ? a : b (b when either is NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MinF(float a, float b) => a < b ? a : b;
        /// <summary>m ? a : b.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float SelectF(bool m, float a, float b) => m ? a : b;
        /// <summary>a &gt; b.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool GtF(float a, float b) => a > b;
        /// <summary>x &lt; c (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AllLtCF(float x, float c) => x < c;
        /// <summary>Given t = j + 0x1.8p23 with j ≥ 0, whether j is below <paramref name="limit"/> (false for NaN and ∞).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AllIndexBelowF(float t, int limit) => (uint)AsI(t) < 0x4B400000u + (uint)limit;
        /// <summary>x &lt; c (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool LtCF(float x, float c) => x < c;
        /// <summary>x &lt; c (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyLtCF(float x, float c) => x < c;
        /// <summary>y with its sign flipped where x is negative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float XorSignF(float y, float x) => AsF(AsI(y) ^ (AsI(x) & int.MinValue));
        /// <summary>a &gt;= c (false for NaN).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool GeCF(float a, float c) => a >= c;
        /// <summary>The significand of a normal x in [1, 2) with x's sign.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MantissaF(float x) => AsF((AsI(x) & unchecked((int)0x807FFFFF)) | 0x3F800000);
        /// <summary>The unbiased exponent field of x (e − 127) as a float.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float ExponentF(float x) => ((AsI(x) >> 23) & 0xFF) - 127;
        /// <summary>2^(n + bias − 127) from k = n + 0x1.8p23; n + bias in [1, 254].</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Pow2F((float k, int bias) a) => AsF((AsI(a.k) + a.bias) << 23);
        /// <summary>2^n from k = n + 127 + 0x1.8p23; n in [−126, 127].</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Pow2BiasedF(float k) => AsF(AsI(k) << 23);
        /// <summary>2^−m from k = m + 0x1.8p23; m in [−127, 126].</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Pow2NegF(float k) => AsF((127 - AsI(k)) << 23);
        /// <summary>x − round(x) for |x| &lt; 2^22, given t = x + Shift (exact; the vector paths' vreduceps gives the same).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float RoundOffF(float x, float t) => x - (t - MathConstF.Shift);
        /// <summary>2^n for an integer-valued n ≤ 127, exact for n ≥ −126; +0 below.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Pow2IF(float n) => Pow2F((MaxCF(n, -127f) + MathConstF.Shift, 127));
        /// <summary>x·2^n for an integer-valued n in [−226, 127], |x| in [2^-26, 2^26]: 2^max(n, −100) exactly, then 2^(n − max(n, −100)) rounding a subnormal product once.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float ScaleF(float x, float n)
        {
            float n1 = MaxCF(n, -100f);
            return x * Pow2F((n1 + MathConstF.Shift, 127)) * Pow2F(((n - n1) + MathConstF.Shift, 127));
        }
        /// <summary>1/d, correctly rounded (the scalar path divides).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float RcpF(float d) => 1f / d;
        /// <summary>
        /// The reciprocal estimate the vector widths use (<c>vrcp14ps</c> with AVX-512, a division without), so that a
        /// function written with it gives the same bits on the scalar path: <c>vrcp14ss</c> where AVX-512 is present.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Rcp14F(float d) =>
            Avx512F.IsSupported ? Avx512F.Reciprocal14Scalar(Vector128.CreateScalarUnsafe(d)).ToScalar()
                : 1f / d;
        /// <summary>The bits of a float.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int AsI(float x) => BitConverter.SingleToInt32Bits(x);
        /// <summary>The float with these bits.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float AsF(int x) => BitConverter.Int32BitsToSingle(x);
    }
}

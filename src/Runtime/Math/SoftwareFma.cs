using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// The float fused multiply-add a·b + c, rounded once, for x86 without the instruction (before FMA3, or a runtime told
    /// not to use it: <c>DOTNET_EnableAVX2=0</c>), bit for bit what the instruction gives. .NET's own fallback fuses each
    /// lane through a scalar call, which made the float vector math 46–86 ns per element there (docs/benchmarks.md,
    /// "Without FMA hardware"); this stays in vector double arithmetic (docs/design.md, "Vector math"). The product of two
    /// floats is exact in double; their sum with c rounded to double and then to float is the correctly rounded result
    /// unless the double is a float midpoint, and in vectors with such a lane the sum is rounded to odd first (TwoSum
    /// gives its error; Boldo and Melquiond 2008: rounding to odd at 53 bits, then to nearest at 24 or fewer, is correct).
    /// Written by hand: no maintained .NET library offers it.
    /// </summary>
    internal static class SoftwareFma
    {
        /// <summary>a·b + c rounded once (see the class).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> FmaF(Vector128<float> a, Vector128<float> b, Vector128<float> c)
        {
            if (AdvSimd.IsSupported)
            {
                return AdvSimd.FusedMultiplyAdd(c, a, b); // Arm64's instruction, for the .NET 8 build, which has no Vector128.FusedMultiplyAdd
            }

            Vector128<double> pLow = Vector128.WidenLower(a) * Vector128.WidenLower(b), cLow = Vector128.WidenLower(c);
            Vector128<double> pHigh = Vector128.WidenUpper(a) * Vector128.WidenUpper(b), cHigh = Vector128.WidenUpper(c);
            Vector128<double> sLow = pLow + cLow, sHigh = pHigh + cHigh;
            // Rounding p + c to double and then to float goes wrong only where the double is a float midpoint (its low
            // 29 bits 1000…0; a subnormal float's midpoints lie elsewhere, so those count too): rarely, so only then the
            // sum is rounded to odd.
            if (MaybeMidpoint(sLow) || MaybeMidpoint(sHigh))
            {
                sLow = SumRoundedToOdd(pLow, cLow, sLow);
                sHigh = SumRoundedToOdd(pHigh, cHigh, sHigh);
            }

            return Vector128.Narrow(sLow, sHigh);
        }

        /// <inheritdoc cref="FmaF(Vector128{float}, Vector128{float}, Vector128{float})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> FmaF(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
            Vector256.Create(FmaF(a.GetLower(), b.GetLower(), c.GetLower()), FmaF(a.GetUpper(), b.GetUpper(), c.GetUpper()));

        /// <inheritdoc cref="FmaF(Vector128{float}, Vector128{float}, Vector128{float})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> FmaF(Vector512<float> a, Vector512<float> b, Vector512<float> c) =>
            Vector512.Create(FmaF(a.GetLower(), b.GetLower(), c.GetLower()), FmaF(a.GetUpper(), b.GetUpper(), c.GetUpper()));

        /// <summary>Whether a lane of s, p + c rounded to double, may round to float differently from p + c.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool MaybeMidpoint(Vector128<double> s) =>
            Vector128.EqualsAny(s.AsInt64() & Vector128.Create(0x1FFFFFFFL), Vector128.Create(0x10000000L))
            || Vector128.LessThanAny(Vector128.Abs(s), Vector128.Create(1.1754943508222875e-38)); // 2^-126

        /// <summary>
        /// p + c rounded to odd at double precision, given s = p + c rounded to nearest, for p and c below 2^300 in
        /// magnitude (no overflow), or ±∞/NaN.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> SumRoundedToOdd(Vector128<double> p, Vector128<double> c, Vector128<double> s)
        {
            Vector128<double> cs = s - p;
            Vector128<double> e = (p - (s - cs)) + (c - cs); // TwoSum: p + c = s + e exactly
            // Inexact and finite: the neighbour of s toward s + e is one unit in the last place away from zero when e has
            // s's sign (bits + 1), toward zero otherwise (bits − 1); taken only when s's last bit is 0.
            Vector128<long> inexact = (~Vector128.Equals(e, Vector128<double>.Zero)
                & Vector128.LessThan(Vector128.Abs(s), Vector128.Create(double.PositiveInfinity))).AsInt64();
            Vector128<long> step = (Vector128.LessThan(s, Vector128<double>.Zero) ^ Vector128.LessThan(e, Vector128<double>.Zero)).AsInt64()
                | Vector128.Create(1L);
            Vector128<long> even = (s.AsInt64() & Vector128.Create(1L)) - Vector128.Create(1L);
            return (s.AsInt64() + (step & even & inexact)).AsDouble();
        }
    }
}

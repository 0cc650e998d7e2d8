using System;
using System.Runtime.CompilerServices;

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
    }
}

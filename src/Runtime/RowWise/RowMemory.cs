using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    // How the row loops load and store each element type at each width. Half is widened to float on load and
    // rounded to nearest even on store (HalfVector), so a Half kernel runs the float arithmetic.
#pragma warning disable SA1649, SA1402 // small related structs, one file
    internal readonly struct FloatMemory512 : IRowMemory<float, Vector512<float>>
    {
        public static bool Exact => true;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Load(ref float source, nuint index) => Vector512.LoadUnsafe(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector512<float> value, ref float destination, nuint index) => value.StoreUnsafe(ref destination, index);
    }

    internal readonly struct FloatMemory256 : IRowMemory<float, Vector256<float>>
    {
        public static bool Exact => true;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Load(ref float source, nuint index) => Vector256.LoadUnsafe(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector256<float> value, ref float destination, nuint index) => value.StoreUnsafe(ref destination, index);
    }

    internal readonly struct FloatMemory128 : IRowMemory<float, Vector128<float>>
    {
        public static bool Exact => true;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Load(ref float source, nuint index) => Vector128.LoadUnsafe(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector128<float> value, ref float destination, nuint index) => value.StoreUnsafe(ref destination, index);
    }

    internal readonly struct FloatMemoryScalar : IRowMemory<float, float>
    {
        public static bool Exact => true;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Load(ref float source, nuint index) => Unsafe.Add(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float value, ref float destination, nuint index) => Unsafe.Add(ref destination, index) = value;
    }

    internal readonly struct DoubleMemory512 : IRowMemory<double, Vector512<double>>
    {
        public static bool Exact => true;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Load(ref double source, nuint index) => Vector512.LoadUnsafe(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector512<double> value, ref double destination, nuint index) => value.StoreUnsafe(ref destination, index);
    }

    internal readonly struct DoubleMemory256 : IRowMemory<double, Vector256<double>>
    {
        public static bool Exact => true;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Load(ref double source, nuint index) => Vector256.LoadUnsafe(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector256<double> value, ref double destination, nuint index) => value.StoreUnsafe(ref destination, index);
    }

    internal readonly struct DoubleMemory128 : IRowMemory<double, Vector128<double>>
    {
        public static bool Exact => true;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Load(ref double source, nuint index) => Vector128.LoadUnsafe(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector128<double> value, ref double destination, nuint index) => value.StoreUnsafe(ref destination, index);
    }

    internal readonly struct DoubleMemoryScalar : IRowMemory<double, double>
    {
        public static bool Exact => true;
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Load(ref double source, nuint index) => Unsafe.Add(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(double value, ref double destination, nuint index) => Unsafe.Add(ref destination, index) = value;
    }

    internal readonly struct HalfMemory512 : IRowMemory<Half, Vector512<float>>
    {
        public static bool Exact => false; // rounded to Half
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Load(ref Half source, nuint index) => HalfVector.Load512(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector512<float> value, ref Half destination, nuint index) => HalfVector.Store(value, ref destination, index);
    }

    internal readonly struct HalfMemory256 : IRowMemory<Half, Vector256<float>>
    {
        public static bool Exact => false; // rounded to Half
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Load(ref Half source, nuint index) => HalfVector.Load256(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector256<float> value, ref Half destination, nuint index) => HalfVector.Store(value, ref destination, index);
    }

    internal readonly struct HalfMemory128 : IRowMemory<Half, Vector128<float>>
    {
        public static bool Exact => false; // rounded to Half
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Load(ref Half source, nuint index) => HalfVector.Load128(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector128<float> value, ref Half destination, nuint index) => HalfVector.Store(value, ref destination, index);
    }

    internal readonly struct HalfMemoryScalar : IRowMemory<Half, float>
    {
        public static bool Exact => false; // rounded to Half
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Load(ref Half source, nuint index) => (float)Unsafe.Add(ref source, index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float value, ref Half destination, nuint index) => Unsafe.Add(ref destination, index) = (Half)value;
    }
#pragma warning restore SA1649, SA1402
}

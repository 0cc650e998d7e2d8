using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Vector primitives whose semantics are pinned down exactly, so that a formula rendered for a vector
    /// path gives the same bits as the same formula rendered for the scalar path.
    /// </summary>
    /// <remarks>
    /// <c>Max(a, b)</c> is <c>a &gt; b ? a : b</c> and <c>Min(a, b)</c> is <c>a &lt; b ? a : b</c> for every
    /// element, NaN and ±0 included. That is exactly what x86 <c>maxps</c>/<c>minps</c> compute, so on x86 each is
    /// one instruction; <c>Vector256.Max</c> follows IEEE 754:2019 instead (NaN-propagating, −0 &lt; +0) and
    /// costs three. Elsewhere the compare + select form gives the same result. For integer elements the
    /// semantics coincide with <c>Vector*.Max/Min</c>, which are single instructions where they exist.
    /// The <c>typeof(T)</c> tests are JIT-time constants: each instantiation compiles to one branch.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class Simd
    {
        /// <summary><c>a &gt; b ? a : b</c>: the scalar twin of the vector <c>Max</c> overloads.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Max<T>(T a, T b) where T : INumber<T> => a > b ? a : b;

        /// <summary><c>a &lt; b ? a : b</c>: the scalar twin of the vector <c>Min</c> overloads.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Min<T>(T a, T b) where T : INumber<T> => a < b ? a : b;

        /// <summary><c>a &gt; b ? a : b</c> per element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<T> Max<T>(Vector128<T> a, Vector128<T> b)
        {
            if (typeof(T) == typeof(float) && Sse.IsSupported) return Sse.Max(a.AsSingle(), b.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double) && Sse2.IsSupported) return Sse2.Max(a.AsDouble(), b.AsDouble()).As<double, T>();
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double)) return Vector128.ConditionalSelect(Vector128.GreaterThan(a, b), a, b);
            return Vector128.Max(a, b);
        }

        /// <summary><c>a &lt; b ? a : b</c> per element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<T> Min<T>(Vector128<T> a, Vector128<T> b)
        {
            if (typeof(T) == typeof(float) && Sse.IsSupported) return Sse.Min(a.AsSingle(), b.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double) && Sse2.IsSupported) return Sse2.Min(a.AsDouble(), b.AsDouble()).As<double, T>();
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double)) return Vector128.ConditionalSelect(Vector128.LessThan(a, b), a, b);
            return Vector128.Min(a, b);
        }

        /// <summary><c>a &gt; b ? a : b</c> per element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> Max<T>(Vector256<T> a, Vector256<T> b)
        {
            if (typeof(T) == typeof(float) && Avx.IsSupported) return Avx.Max(a.AsSingle(), b.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double) && Avx.IsSupported) return Avx.Max(a.AsDouble(), b.AsDouble()).As<double, T>();
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double)) return Vector256.ConditionalSelect(Vector256.GreaterThan(a, b), a, b);
            return Vector256.Max(a, b);
        }

        /// <summary><c>a &lt; b ? a : b</c> per element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> Min<T>(Vector256<T> a, Vector256<T> b)
        {
            if (typeof(T) == typeof(float) && Avx.IsSupported) return Avx.Min(a.AsSingle(), b.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double) && Avx.IsSupported) return Avx.Min(a.AsDouble(), b.AsDouble()).As<double, T>();
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double)) return Vector256.ConditionalSelect(Vector256.LessThan(a, b), a, b);
            return Vector256.Min(a, b);
        }

        /// <summary><c>a &gt; b ? a : b</c> per element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Max<T>(Vector512<T> a, Vector512<T> b)
        {
            if (typeof(T) == typeof(float) && Avx512F.IsSupported) return Avx512F.Max(a.AsSingle(), b.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double) && Avx512F.IsSupported) return Avx512F.Max(a.AsDouble(), b.AsDouble()).As<double, T>();
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double)) return Vector512.ConditionalSelect(Vector512.GreaterThan(a, b), a, b);
            return Vector512.Max(a, b);
        }

        /// <summary><c>a &lt; b ? a : b</c> per element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Min<T>(Vector512<T> a, Vector512<T> b)
        {
            if (typeof(T) == typeof(float) && Avx512F.IsSupported) return Avx512F.Min(a.AsSingle(), b.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double) && Avx512F.IsSupported) return Avx512F.Min(a.AsDouble(), b.AsDouble()).As<double, T>();
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double)) return Vector512.ConditionalSelect(Vector512.LessThan(a, b), a, b);
            return Vector512.Min(a, b);
        }

        /// <summary><c>a·b + c</c> rounded once (a true fused multiply-add on every path, so it matches <c>MathF/Math.FusedMultiplyAdd</c>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<T> MultiplyAdd<T>(Vector128<T> a, Vector128<T> b, Vector128<T> c)
        {
            if (typeof(T) == typeof(float)) return MultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double)) return MultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
            return a * b + c; // integers: exact anyway
        }

        /// <inheritdoc cref="MultiplyAdd{T}(Vector128{T}, Vector128{T}, Vector128{T})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> MultiplyAdd<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c)
        {
            if (typeof(T) == typeof(float)) return MultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double)) return MultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
            return a * b + c;
        }

        /// <inheritdoc cref="MultiplyAdd{T}(Vector128{T}, Vector128{T}, Vector128{T})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> MultiplyAdd<T>(Vector512<T> a, Vector512<T> b, Vector512<T> c)
        {
            if (typeof(T) == typeof(float)) return MultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double)) return MultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
            return a * b + c;
        }

        // Float: the vector math's fused multiply-add (the instruction, or SoftwareFma's same bits where there is none).
        private static Vector128<float> MultiplyAdd(Vector128<float> a, Vector128<float> b, Vector128<float> c) => FusedKernels.Runtime.V128.FmaF(a, b, c);
        private static Vector256<float> MultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c) => FusedKernels.Runtime.V256.FmaF(a, b, c);
        private static Vector512<float> MultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c) => FusedKernels.Runtime.V512.FmaF(a, b, c);

#if NET9_0_OR_GREATER
        // .NET 9+ has portable fused multiply-add (hardware FMA where present, a correct software fallback elsewhere).
        private static Vector128<double> MultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c) => Vector128.FusedMultiplyAdd(a, b, c);
        private static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.FusedMultiplyAdd(a, b, c);
        private static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Vector512.FusedMultiplyAdd(a, b, c);
#else
        // .NET 8 has only the x86/Arm intrinsics; without them, fuse per element in software (still exact).
        private static Vector128<double> MultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c) =>
            Fma.IsSupported ? Fma.MultiplyAdd(a, b, c)
            : System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported ? System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.FusedMultiplyAdd(c, a, b)
            : Vector128.Create(Math.FusedMultiplyAdd(a[0], b[0], c[0]), Math.FusedMultiplyAdd(a[1], b[1], c[1]));

        private static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
            Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : Vector256.Create(MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()), MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));

        private static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) =>
            Avx512F.IsSupported ? Avx512F.FusedMultiplyAdd(a, b, c) : Vector512.Create(MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()), MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));
#endif
    }
}

using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Loads a vector's worth of <see cref="Half"/> values widened to float, and stores float vectors narrowed to
    /// Half with round-to-nearest-even: what the drivers use for Half kernels on their vector paths (computed in float,
    /// rounded once). .NET 10 exposes neither F16C nor AVX512-FP16 conversions, so both directions work on the
    /// bits, with integer and float vector operations. Narrowing gives exactly the bits of the scalar cast
    /// <c>(Half)single</c> for all 2^32 inputs (round to nearest even, overflow to ±Inf, subnormals, NaN made quiet
    /// with its top payload bits); widening gives exactly <c>(float)half</c> for all 2^16 inputs, except that a
    /// signaling NaN is not made quiet (one operation less; it is still NaN, and narrowing makes it quiet, so a
    /// kernel's Half result has the same bits either way).
    /// </summary>
    /// <remarks>
    /// A Vector512 path reads 16 Half (32 bytes) per float vector, a Vector256 path 8, a Vector128 path 4.
    /// Widening: sign-extend the 16 bits to 32, shift the exponent and fraction into float position (the sign lands
    /// in bit 31), multiply by 2^112 (exact: rebiases normals and normalizes subnormals), and give exponent 31
    /// (Inf/NaN) float's all-ones exponent. Narrowing: normals add the rebias and round to nearest even in integer
    /// arithmetic, results past 65504 saturate to Inf, results below 2^-14 round in the FPU by adding 0.5, NaN keeps
    /// its top fraction bits and is made quiet.
    /// </remarks>
    internal static class HalfVector
    {
        private const int SignAndFraction = unchecked((int)0x8FFFE000); // sign-extended bits << 13: sign, exponent, fraction
        private const int TwoTo112 = 0x77800000; // 2^112 as float bits: Half's exponent bias 15 → float's 127
        private const int FloatExponent = 0x7F800000;
        private const float HalfInfinityScaled = 65536f; // |value| after the multiply when Half's exponent was 31
        private const int RebiasAndRound = unchecked((int)0xC8000FFF); // (15 − 127) << 23, plus 0x0FFF: rounds half-way down before the odd bit
        private const int SmallestNormal = 0x38800000; // 2^-14, Half's smallest normal, as float bits
        private const int HalfInfinity = 0x7C00;
        private const int QuietNaN = 0x7E00;
        private const int OneHalf = 0x3F000000; // 0.5f: adding it rounds a subnormal result to Half's 2^-24 spacing

        /// <summary>Loads 16 Half from <c>source[index]</c> as a float vector.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Load512(ref Half source, nuint index)
        {
            Vector256<short> bits = Vector256.LoadUnsafe(ref Unsafe.As<Half, short>(ref source), index);
            return Widen(Avx512F.IsSupported ? Avx512F.ConvertToVector512Int32(bits) : Vector512.WidenLower(bits.ToVector512Unsafe()));
        }

        /// <summary>Loads 8 Half from <c>source[index]</c> as a float vector.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Load256(ref Half source, nuint index)
        {
            Vector128<short> bits = Vector128.LoadUnsafe(ref Unsafe.As<Half, short>(ref source), index);
            return Widen(Avx2.IsSupported ? Avx2.ConvertToVector256Int32(bits) : Vector256.WidenLower(bits.ToVector256Unsafe()));
        }

        /// <summary>Loads 4 Half from <c>source[index]</c> as a float vector.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Load128(ref Half source, nuint index)
        {
            Vector128<short> bits = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<long>(ref Unsafe.As<Half, byte>(ref Unsafe.Add(ref source, index)))).AsInt16();
            return Widen(Sse41.IsSupported ? Sse41.ConvertToVector128Int32(bits) : Vector128.WidenLower(bits));
        }

        /// <summary>Stores <paramref name="value"/> rounded to Half at <c>destination[index]</c> (16 elements).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(Vector512<float> value, ref Half destination, nuint index)
        {
            Pack(value).StoreUnsafe(ref Unsafe.As<Half, short>(ref destination), index);
        }

        /// <summary>Stores <paramref name="value"/> rounded to Half at <c>destination[index]</c> (8 elements).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(Vector256<float> value, ref Half destination, nuint index)
        {
            Pack(value).StoreUnsafe(ref Unsafe.As<Half, short>(ref destination), index);
        }

        /// <summary>
        /// Stores <paramref name="value"/> rounded to Half at <c>destination[index]</c> (16 elements, 32 bytes) with a
        /// non-temporal store when that address is 32-byte aligned (<see cref="Streaming.Store{T}(Vector256{T}, ref T, nuint)"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreNonTemporal(Vector512<float> value, ref Half destination, nuint index) =>
            Streaming.Store(Pack(value), ref Unsafe.As<Half, short>(ref destination), index);

        /// <summary>As <see cref="StoreNonTemporal(Vector512{float}, ref Half, nuint)"/>, 8 elements (16 bytes).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreNonTemporal(Vector256<float> value, ref Half destination, nuint index) =>
            Streaming.Store(Pack(value), ref Unsafe.As<Half, short>(ref destination), index);

        /// <summary>As <see cref="Store(Vector128{float}, ref Half, nuint)"/>: 8 bytes have no non-temporal vector store.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreNonTemporal(Vector128<float> value, ref Half destination, nuint index) => Store(value, ref destination, index);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<short> Pack(Vector512<float> value)
        {
            Vector512<int> bits = Narrow(value);
            return Avx512F.IsSupported ? Avx512F.ConvertToVector256Int16(bits) : Vector512.Narrow(bits, bits).GetLower();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<short> Pack(Vector256<float> value)
        {
            Vector256<int> bits = Narrow(value);
            return Sse41.IsSupported
                ? Sse41.PackUnsignedSaturate(bits.GetLower(), bits.GetUpper()).AsInt16() // lanes are 0…0xFFFF: exact
                : Vector256.Narrow(bits, bits).GetLower();
        }

        /// <summary>Stores <paramref name="value"/> rounded to Half at <c>destination[index]</c> (4 elements).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(Vector128<float> value, ref Half destination, nuint index)
        {
            Vector128<int> bits = Narrow(value);
            Vector128<short> packed = Sse41.IsSupported
                ? Sse41.PackUnsignedSaturate(bits, bits).AsInt16()
                : Vector128.Narrow(bits, bits);
            Unsafe.WriteUnaligned(ref Unsafe.As<Half, byte>(ref Unsafe.Add(ref destination, index)), packed.AsInt64().ToScalar());
        }

        /// <summary>Half bits, sign-extended to 32, as float values.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> Widen(Vector512<int> bits)
        {
            Vector512<float> scaled = (Vector512.ShiftLeft(bits, 13) & Vector512.Create(SignAndFraction)).AsSingle() * Vector512.Create(TwoTo112).AsSingle();
            Vector512<float> special = (scaled.AsInt32() | Vector512.Create(FloatExponent)).AsSingle();
            return Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(Vector512.Abs(scaled), Vector512.Create(HalfInfinityScaled)), special, scaled);
        }

        /// <inheritdoc cref="Widen(Vector512{int})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<float> Widen(Vector256<int> bits)
        {
            Vector256<float> scaled = (Vector256.ShiftLeft(bits, 13) & Vector256.Create(SignAndFraction)).AsSingle() * Vector256.Create(TwoTo112).AsSingle();
            Vector256<float> special = (scaled.AsInt32() | Vector256.Create(FloatExponent)).AsSingle();
            return Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(Vector256.Abs(scaled), Vector256.Create(HalfInfinityScaled)), special, scaled);
        }

        /// <inheritdoc cref="Widen(Vector512{int})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<float> Widen(Vector128<int> bits)
        {
            Vector128<float> scaled = (Vector128.ShiftLeft(bits, 13) & Vector128.Create(SignAndFraction)).AsSingle() * Vector128.Create(TwoTo112).AsSingle();
            Vector128<float> special = (scaled.AsInt32() | Vector128.Create(FloatExponent)).AsSingle();
            return Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(Vector128.Abs(scaled), Vector128.Create(HalfInfinityScaled)), special, scaled);
        }

        /// <summary>Float values rounded to nearest even Half, as the Half's bits in the low 16 bits of each lane (upper bits zero).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<int> Narrow(Vector512<float> value)
        {
            Vector512<int> f = value.AsInt32();
            Vector512<int> a = f & Vector512.Create(int.MaxValue);
            Vector512<int> odd = Vector512.ShiftRightLogical(a, 13) & Vector512.Create(1);
            Vector512<int> normal = Vector512.Min(Vector512.ShiftRightLogical(a + Vector512.Create(RebiasAndRound) + odd, 13), Vector512.Create(HalfInfinity));
            Vector512<int> small = (a.AsSingle() + Vector512.Create(OneHalf).AsSingle()).AsInt32() - Vector512.Create(OneHalf);
            Vector512<int> nan = (Vector512.ShiftRightLogical(a, 13) & Vector512.Create(0x1FF)) | Vector512.Create(QuietNaN);
            Vector512<int> r = Vector512.ConditionalSelect(Vector512.LessThan(a, Vector512.Create(SmallestNormal)), small, normal);
            r = Vector512.ConditionalSelect(Vector512.GreaterThan(a, Vector512.Create(FloatExponent)), nan, r);
            return r | (Vector512.ShiftRightLogical(f, 16) & Vector512.Create(0x8000));
        }

        /// <inheritdoc cref="Narrow(Vector512{float})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<int> Narrow(Vector256<float> value)
        {
            Vector256<int> f = value.AsInt32();
            Vector256<int> a = f & Vector256.Create(int.MaxValue);
            Vector256<int> odd = Vector256.ShiftRightLogical(a, 13) & Vector256.Create(1);
            Vector256<int> normal = Vector256.Min(Vector256.ShiftRightLogical(a + Vector256.Create(RebiasAndRound) + odd, 13), Vector256.Create(HalfInfinity));
            Vector256<int> small = (a.AsSingle() + Vector256.Create(OneHalf).AsSingle()).AsInt32() - Vector256.Create(OneHalf);
            Vector256<int> nan = (Vector256.ShiftRightLogical(a, 13) & Vector256.Create(0x1FF)) | Vector256.Create(QuietNaN);
            Vector256<int> r = Vector256.ConditionalSelect(Vector256.LessThan(a, Vector256.Create(SmallestNormal)), small, normal);
            r = Vector256.ConditionalSelect(Vector256.GreaterThan(a, Vector256.Create(FloatExponent)), nan, r);
            return r | (Vector256.ShiftRightLogical(f, 16) & Vector256.Create(0x8000));
        }

        /// <inheritdoc cref="Narrow(Vector512{float})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<int> Narrow(Vector128<float> value)
        {
            Vector128<int> f = value.AsInt32();
            Vector128<int> a = f & Vector128.Create(int.MaxValue);
            Vector128<int> odd = Vector128.ShiftRightLogical(a, 13) & Vector128.Create(1);
            Vector128<int> normal = Vector128.Min(Vector128.ShiftRightLogical(a + Vector128.Create(RebiasAndRound) + odd, 13), Vector128.Create(HalfInfinity));
            Vector128<int> small = (a.AsSingle() + Vector128.Create(OneHalf).AsSingle()).AsInt32() - Vector128.Create(OneHalf);
            Vector128<int> nan = (Vector128.ShiftRightLogical(a, 13) & Vector128.Create(0x1FF)) | Vector128.Create(QuietNaN);
            Vector128<int> r = Vector128.ConditionalSelect(Vector128.LessThan(a, Vector128.Create(SmallestNormal)), small, normal);
            r = Vector128.ConditionalSelect(Vector128.GreaterThan(a, Vector128.Create(FloatExponent)), nan, r);
            return r | (Vector128.ShiftRightLogical(f, 16) & Vector128.Create(0x8000));
        }
    }
}

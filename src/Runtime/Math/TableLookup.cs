using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// Per-lane lookups in a 16-entry float table, one permute per vector: how a piecewise polynomial picks its
    /// coefficients (VectorMath.GeluDerivative.cs.in). Only AVX-512 permutes across 16 floats in one instruction
    /// (vpermps zmm, vpermt2ps ymm); an algorithm that uses a table runs it on every path of a machine where
    /// <see cref="IsSupported"/> holds — the scalar path too, so that every path gives the same bits — and its
    /// table-free form everywhere else.
    /// </summary>
    internal static class TableLookup
    {
        /// <summary>Whether the lookups below are hardware instructions (a JIT-time constant).</summary>
        public static bool IsSupported => Avx512F.VL.IsSupported;

        /// <summary>t[i &amp; 15], i the bit pattern of <paramref name="bits"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Lookup16(ref float t, float bits) => Unsafe.Add(ref t, BitConverter.SingleToInt32Bits(bits) & 15);

        /// <summary>Per lane, t[i &amp; 15], i the lane's bit pattern (vpermt2ps on the lower half of a ymm).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Lookup16(ref float t, Vector128<float> bits) =>
            Avx512F.VL.PermuteVar8x32x2(Vector256.LoadUnsafe(ref t), bits.AsInt32().ToVector256Unsafe(), Vector256.LoadUnsafe(ref t, 8)).GetLower();

        /// <summary>Per lane, t[i &amp; 15], i the lane's bit pattern (vpermt2ps ymm: the table is two ymm halves).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Lookup16(ref float t, Vector256<float> bits) =>
            Avx512F.VL.PermuteVar8x32x2(Vector256.LoadUnsafe(ref t), bits.AsInt32(), Vector256.LoadUnsafe(ref t, 8));

        /// <summary>Per lane, t[i &amp; 15], i the lane's bit pattern (vpermps zmm).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Lookup16(ref float t, Vector512<float> bits) =>
            Avx512F.PermuteVar16x32(Vector512.LoadUnsafe(ref t), bits.AsInt32());

        /// <summary>
        /// For a positive finite float a, the index of its eighth of a binade in the low bits of I (a's bits shifted right by 20:
        /// the exponent's low bits and the top 3 mantissa bits; as a <see cref="Lookup16(ref float, float)"/> index, a in [4, 8)
        /// gives 8..15 and [8, 16) gives 0..7) and the position S in [−½, ½) inside it, a = 2^e·(1 + (i + ½ + S)/8), both exact.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (float I, float S) Octave8(float a)
        {
            int b = BitConverter.SingleToInt32Bits(a);
            return (BitConverter.Int32BitsToSingle(b >>> 20), MathF.FusedMultiplyAdd(BitConverter.Int32BitsToSingle((b & 0xFFFFF) | 0x3F800000), 8f, -8.5f));
        }

        /// <inheritdoc cref="Octave8(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector128<float> I, Vector128<float> S) Octave8(Vector128<float> a)
        {
            Vector128<int> b = a.AsInt32();
            Vector128<float> m = ((b & Vector128.Create(0xFFFFF)) | Vector128.Create(0x3F800000)).AsSingle();
            return (Vector128.ShiftRightLogical(b, 20).AsSingle(), V128.FmaF(m, Vector128.Create(8f), Vector128.Create(-8.5f)));
        }

        /// <inheritdoc cref="Octave8(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector256<float> I, Vector256<float> S) Octave8(Vector256<float> a)
        {
            Vector256<int> b = a.AsInt32();
            Vector256<float> m = ((b & Vector256.Create(0xFFFFF)) | Vector256.Create(0x3F800000)).AsSingle();
            return (Vector256.ShiftRightLogical(b, 20).AsSingle(), V256.FmaF(m, Vector256.Create(8f), Vector256.Create(-8.5f)));
        }

        /// <inheritdoc cref="Octave8(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector512<float> I, Vector512<float> S) Octave8(Vector512<float> a)
        {
            Vector512<int> b = a.AsInt32();
            Vector512<float> m = ((b & Vector512.Create(0xFFFFF)) | Vector512.Create(0x3F800000)).AsSingle();
            return (Vector512.ShiftRightLogical(b, 20).AsSingle(), V512.FmaF(m, Vector512.Create(8f), Vector512.Create(-8.5f)));
        }
    }
}

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
    }
}

using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// Per-lane lookups in a 16-entry float table: how a piecewise polynomial picks its coefficients
    /// (VectorMath.Gelu.cs.in, VectorMath.GeluDerivative.cs.in) and softmax's exp its 2^(j/16). AVX-512 permutes across 16
    /// floats in one instruction (vpermps zmm, vpermt2ps ymm); AVX2 in two 8-float permutes (vpermps ymm) and a blend on
    /// the index's bit 3. An algorithm that uses a table runs it on every path of a machine where <see cref="IsSupported"/>
    /// (or, for one that pays only with the one-instruction lookup, <see cref="IsSingleInstruction"/>) holds — the scalar
    /// path too, so that every path gives the same bits — and its table-free form everywhere else.
    /// </summary>
    internal static class TableLookup
    {
        /// <summary>
        /// Whether the lookups below are hardware instructions, AVX-512's or AVX2's. A JIT-time constant, but only once this
        /// getter is inlined: the vector math branches on the condition written out, which the JIT folds as it reads the IL,
        /// so the other form is never read into the loop it lands in. A branch on the property read both forms, and the
        /// JIT, which inlines only so many locals into one method, left calls in the loops (on the AVX2 path at 4K, 2.05
        /// against 0.64 ns per element for softplus and 3.0 against 1.4 for gelu over Half; docs/design.md, "Pipelined
        /// math"). Change the two together.
        /// </summary>
        public static bool IsSupported => Avx512F.VL.IsSupported || Avx2.IsSupported;

        /// <summary>Whether a lookup is one instruction (AVX-512; written out where the math branches on it, as <see cref="IsSupported"/>).</summary>
        public static bool IsSingleInstruction => Avx512F.VL.IsSupported;

        /// <summary>t[i &amp; 15], i the bit pattern of <paramref name="bits"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Lookup16(ref float t, float bits) => Unsafe.Add(ref t, BitConverter.SingleToInt32Bits(bits) & 15);

        /// <summary>Per lane, t[i &amp; 15], i the lane's bit pattern (vpermt2ps on the lower half of a ymm; AVX2: see the class).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Lookup16(ref float t, Vector128<float> bits) =>
            Lookup16(ref t, bits.ToVector256Unsafe()).GetLower();

        /// <summary>Per lane, t[i &amp; 15], i the lane's bit pattern (vpermt2ps ymm: the table is two ymm halves; AVX2: see the class).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Lookup16(ref float t, Vector256<float> bits)
        {
            Vector256<float> low = Vector256.LoadUnsafe(ref t), high = Vector256.LoadUnsafe(ref t, 8);
            if (Avx512F.VL.IsSupported)
            {
                return Avx512F.VL.PermuteVar8x32x2(low, bits.AsInt32(), high);
            }

            // vpermps reads the index's low 3 bits; vblendvps the sign bit, where the shift puts bit 3.
            return Avx.BlendVariable(Avx2.PermuteVar8x32(low, bits.AsInt32()), Avx2.PermuteVar8x32(high, bits.AsInt32()), (bits.AsInt32() << 28).AsSingle());
        }

        /// <summary>Per lane, t[i &amp; 15], i the lane's bit pattern (vpermps zmm; without AVX-512, two halves).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Lookup16(ref float t, Vector512<float> bits) =>
            Avx512F.IsSupported
                ? Avx512F.PermuteVar16x32(Vector512.LoadUnsafe(ref t), bits.AsInt32())
                : Vector512.Create(Lookup16(ref t, bits.GetLower()), Lookup16(ref t, bits.GetUpper()));

        /// <summary>
        /// For a positive finite float a, the index of its eighth of a binade in the low bits of the result's bit pattern (a's bits
        /// shifted right by 20: the exponent's low bits and the top 3 mantissa bits; as a <see cref="Lookup16(ref float, float)"/>
        /// index, a in [4, 8) gives 8..15 and [8, 16) gives 0..7). <see cref="OctaveOffset(float)"/> gives the position inside it.
        /// (Two functions, not one returning a tuple: a tuple's constructor is the first call the JIT leaves out of a kernel's loop
        /// once its inlining budget runs short.)
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float OctaveIndex(float a) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(a) >>> 20);

        /// <inheritdoc cref="OctaveIndex(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> OctaveIndex(Vector128<float> a) => Vector128.ShiftRightLogical(a.AsInt32(), 20).AsSingle();

        /// <inheritdoc cref="OctaveIndex(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> OctaveIndex(Vector256<float> a) => Vector256.ShiftRightLogical(a.AsInt32(), 20).AsSingle();

        /// <inheritdoc cref="OctaveIndex(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> OctaveIndex(Vector512<float> a) => Vector512.ShiftRightLogical(a.AsInt32(), 20).AsSingle();

        /// <summary>The position s in [−½, ½) of a positive finite float a inside its eighth of a binade, a = 2^e·(1 + (i + ½ + s)/8), exact.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float OctaveOffset(float a) =>
            MathF.FusedMultiplyAdd(BitConverter.Int32BitsToSingle((BitConverter.SingleToInt32Bits(a) & 0xFFFFF) | 0x3F800000), 8f, -8.5f);

        /// <inheritdoc cref="OctaveOffset(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> OctaveOffset(Vector128<float> a) =>
            V128.FmaF(((a.AsInt32() & Vector128.Create(0xFFFFF)) | Vector128.Create(0x3F800000)).AsSingle(), Vector128.Create(8f), Vector128.Create(-8.5f));

        /// <inheritdoc cref="OctaveOffset(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> OctaveOffset(Vector256<float> a) =>
            V256.FmaF(((a.AsInt32() & Vector256.Create(0xFFFFF)) | Vector256.Create(0x3F800000)).AsSingle(), Vector256.Create(8f), Vector256.Create(-8.5f));

        /// <inheritdoc cref="OctaveOffset(float)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> OctaveOffset(Vector512<float> a) =>
            V512.FmaF(((a.AsInt32() & Vector512.Create(0xFFFFF)) | Vector512.Create(0x3F800000)).AsSingle(), Vector512.Create(8f), Vector512.Create(-8.5f));
    }
}

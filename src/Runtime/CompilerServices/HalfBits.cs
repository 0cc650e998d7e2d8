using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Half kernels whose body only selects between x and constants
    /// (<see cref="IActivationOperation{TC}.SelectsHalfBits"/>: relu, relu6, hard_tanh, clip, thresholded_relu,
    /// identity) run on the 16-bit patterns, with no conversion to float: each comparison of x with a constant is,
    /// over the 65,536 Half values, a range of bit patterns, which the generator works out from the float comparison
    /// (NaN in no range, −0 beside +0, ±Inf at the ends) and the driver tests with a subtraction and a compare.
    /// </summary>
    /// <remarks>
    /// Read as a signed 16-bit integer, a Half's bits order the non-NaN values as two runs: +0 … +Inf is 0 … 0x7C00
    /// (ascending), −0 … −Inf is −32768 … −1024 (descending in value); NaNs are 0x7C01 … 0x7FFF and −1023 … −1. A
    /// range [lo, hi] of that order is one unsigned compare of <c>bits − lo</c> with <c>hi − lo</c>, written as a
    /// signed compare after flipping the top bit (x86 has signed 16-bit compares only before AVX-512).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class HalfBits
    {
        private const short QuietBit = 0x0200;
        private const short Magnitude = 0x7FFF;
        private const short Infinity = 0x7C00;

        /// <summary>Whether <paramref name="bits"/> (a Half's bits as a signed integer) lies in [<paramref name="lo"/>, <paramref name="hi"/>].</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool InRange(short bits, short lo, short hi) => (ushort)(bits - lo) <= (ushort)(hi - lo);

        /// <summary>All-ones in the lanes whose bits lie in [<paramref name="lo"/>, <paramref name="hi"/>] (signed order), zero elsewhere.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<short> InRange(Vector128<short> bits, short lo, short hi) =>
            lo == short.MinValue
                ? Vector128.LessThanOrEqual(bits, Vector128.Create(hi))
                : Vector128.LessThanOrEqual(bits - Vector128.Create(unchecked((short)(lo ^ short.MinValue))), Vector128.Create(unchecked((short)((hi - lo) ^ short.MinValue))));

        /// <inheritdoc cref="InRange(Vector128{short}, short, short)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<short> InRange(Vector256<short> bits, short lo, short hi) =>
            lo == short.MinValue
                ? Vector256.LessThanOrEqual(bits, Vector256.Create(hi))
                : Vector256.LessThanOrEqual(bits - Vector256.Create(unchecked((short)(lo ^ short.MinValue))), Vector256.Create(unchecked((short)((hi - lo) ^ short.MinValue))));

        /// <inheritdoc cref="InRange(Vector128{short}, short, short)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<short> InRange(Vector512<short> bits, short lo, short hi) =>
            lo == short.MinValue
                ? Vector512.LessThanOrEqual(bits, Vector512.Create(hi))
                : Vector512.LessThanOrEqual(bits - Vector512.Create(unchecked((short)(lo ^ short.MinValue))), Vector512.Create(unchecked((short)((hi - lo) ^ short.MinValue))));

        /// <summary>
        /// NaN made quiet (its 0x0200 bit set), as the float route does (widening keeps the payload, narrowing sets
        /// the quiet bit), so that a value passed through keeps the bits <c>(Half)(float)x</c> has; other values unchanged.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static short Quiet(short bits) => (short)((bits & Magnitude) > Infinity ? bits | QuietBit : bits);

        /// <inheritdoc cref="Quiet(short)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<short> Quiet(Vector128<short> bits) =>
            Vector128.ConditionalSelect(Vector128.GreaterThan(bits & Vector128.Create(Magnitude), Vector128.Create(Infinity)), bits | Vector128.Create(QuietBit), bits);

        /// <inheritdoc cref="Quiet(short)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<short> Quiet(Vector256<short> bits) =>
            Vector256.ConditionalSelect(Vector256.GreaterThan(bits & Vector256.Create(Magnitude), Vector256.Create(Infinity)), bits | Vector256.Create(QuietBit), bits);

        /// <inheritdoc cref="Quiet(short)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<short> Quiet(Vector512<short> bits) =>
            Vector512.ConditionalSelect(Vector512.GreaterThan(bits & Vector512.Create(Magnitude), Vector512.Create(Infinity)), bits | Vector512.Create(QuietBit), bits);
    }
}

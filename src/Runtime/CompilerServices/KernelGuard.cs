using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Argument checks shared by every generated kernel, so that all kernels validate the same way and
    /// report the same messages (worded like <c>TensorPrimitives</c>'). Every check runs before a kernel
    /// writes its first element.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class KernelGuard
    {
        /// <summary>
        /// Checks that <paramref name="destination"/> can receive <paramref name="input"/>.Length results and
        /// that the part of it that will be written overlaps <paramref name="input"/> only exactly
        /// (same start: in place) or not at all.
        /// </summary>
        /// <param name="input">An input span that the kernel reads while writing the destination.</param>
        /// <param name="destination">The span the kernel writes.</param>
        /// <param name="destinationName">The destination parameter's name, for the exception.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void CheckDestination<T>(ReadOnlySpan<T> input, Span<T> destination, string destinationName)
        {
            if (destination.Length < input.Length)
            {
                ThrowDestinationTooShort(destinationName, destination.Length, input.Length);
            }

            CheckNoPartialOverlap(input, destination.Slice(0, input.Length), destinationName);
        }

        /// <summary>
        /// Checks that <paramref name="written"/> (the region a kernel writes) and <paramref name="input"/>
        /// either do not overlap or start at the same element.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void CheckNoPartialOverlap<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> written, string writtenName)
        {
            if (input.Overlaps(written) &&
                !Unsafe.AreSame(ref MemoryMarshal.GetReference(input), ref MemoryMarshal.GetReference(written)))
            {
                ThrowPartialOverlap(writtenName);
            }
        }

        /// <summary>Checks that two destinations a kernel writes do not overlap at all.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void CheckDisjoint<T>(ReadOnlySpan<T> first, ReadOnlySpan<T> second, string secondName)
        {
            if (first.Overlaps(second))
            {
                ThrowPartialOverlap(secondName);
            }
        }

        /// <summary>Checks that <paramref name="other"/> (e.g. the upstream gradient) has exactly the input's length.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void CheckSameLength<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> other, string otherName)
        {
            if (other.Length != input.Length)
            {
                ThrowLengthMismatch(otherName, other.Length, input.Length);
            }
        }

        /// <summary>Checks that a per-channel reduction's destination has a length L that divides <paramref name="length"/> (one sum per channel, channels last).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void CheckChannels<T>(ReadOnlySpan<T> destination, int length, string destinationName)
        {
            if (destination.Length == 0 || length % destination.Length != 0)
            {
                ThrowChannels(destinationName, destination.Length, length);
            }
        }

        // The throws live in methods of their own, never inlined: an interpolated message built in the kernel put its
        // handler in the kernel's frame, which every call then zeroed and spread over one more cache line.
        [DoesNotReturn]
        private static void ThrowLengthMismatch(string paramName, int length, int needed) =>
            throw new ArgumentException($"'{paramName}' has length {length}; it must have the length of the span it pairs with ({needed}).", paramName);

        [DoesNotReturn]
        private static void ThrowChannels(string paramName, int length, int inputLength) =>
            throw new ArgumentException($"'{paramName}' has length {length}; it must divide the input's length ({inputLength}): one value per channel, channels last.", paramName);

        [DoesNotReturn]
        private static void ThrowDestinationTooShort(string paramName, int length, int needed) =>
            throw new ArgumentException($"Destination is too short: '{paramName}' has {length} elements, the input {needed}.", paramName);

        [DoesNotReturn]
        internal static void ThrowPartialOverlap(string paramName) =>
            throw new ArgumentException(
                "The destination span may only overlap with an input span if the two spans start at the same memory location.",
                paramName);
    }
}

using System;
using System.Buffers;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Support for role spans that are per-channel (docs/design.md, "Shapes and roles": a span of length L dividing the input's length is
    /// read as <c>role[i % L]</c>). Generated kernels keep a cursor <c>i % L</c> per role and load whole vectors
    /// from it; a vector that would run past the end of the role wraps around, so the kernel reads from a
    /// wrap-extended copy (<c>ext[k] = role[k % L]</c> for k &lt; L + Vector512&lt;T&gt;.Count − 1) and stays
    /// vectorized for any L, including L smaller than a vector.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class Broadcast
    {
        /// <summary>Elements of stack scratch a kernel sets aside for one per-channel role.</summary>
        public const int ScratchLength = 256;

        /// <summary>
        /// The period of <paramref name="role"/> for an input of <paramref name="length"/> elements: its length,
        /// which must equal <paramref name="length"/> (element-wise) or divide it (per-channel). Also checks that
        /// the role does not overlap <paramref name="written"/>, the region the kernel writes, other than exactly
        /// (an element-wise role at the destination's start, which is read before each element is written).
        /// </summary>
        /// <exception cref="ArgumentException">The length is neither; or the spans overlap.</exception>
        public static int Period<T>(ReadOnlySpan<T> role, int length, ReadOnlySpan<T> written, string roleName, string writtenName)
        {
            int period = role.Length;
            if (period == 0 || length % period != 0)
            {
                ThrowBadLength(roleName, period, length);
            }

            if (period == length)
            {
                KernelGuard.CheckNoPartialOverlap(role, written, writtenName);
            }
            else if (role.Overlaps(written))
            {
                // A per-channel role is read again after the destination has been written: no overlap at all.
                KernelGuard.ThrowPartialOverlap(writtenName);
            }

            return period;
        }

        /// <summary>
        /// The span a kernel loads <paramref name="role"/> from: itself when element-wise, else its wrap-extended
        /// copy in <paramref name="scratch"/> or, when that is too small, in an array rented from the shared pool
        /// (returned by <see cref="Return{T}"/>).
        /// </summary>
        public static ReadOnlySpan<T> Source<T>(ReadOnlySpan<T> role, int length, Span<T> scratch, ref T[]? rented)
        {
            int period = role.Length;
            if (!NeedsExtension<T>(period, length))
            {
                return role;
            }

            // Elements in the widest vector of T, counted from bytes (Vector512<Half>.Count would throw: Half has no vector
            // type of its own). More than enough for Half kernels, whose widest step reads 16 Half into one float vector.
            int extended = period + (Vector512<byte>.Count / Unsafe.SizeOf<T>()) - 1;
            Span<T> ext = extended <= scratch.Length ? scratch : (rented = ArrayPool<T>.Shared.Rent(extended));
            for (int k = 0; k < extended; k += period)
            {
                role.Slice(0, Math.Min(period, extended - k)).CopyTo(ext.Slice(k));
            }

            return ext.Slice(0, extended);
        }

        /// <summary>
        /// Whether a role of <paramref name="period"/> elements must be read through a wrap-extended copy: not when
        /// it is element-wise, nor when every vector width divides the period (a vector load at cursor c ≤ L − w then
        /// never wraps). Kernels set aside stack scratch only when this is true.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool NeedsExtension<T>(int period, int length) =>
            period != length && period % (Vector512<byte>.Count / Unsafe.SizeOf<T>()) != 0;

        /// <summary>Returns an array <see cref="Source{T}"/> rented, if it rented one.</summary>
        public static void Return<T>(T[]? rented)
        {
            if (rented is not null)
            {
                ArrayPool<T>.Shared.Return(rented);
            }
        }

        /// <summary>Advances a cursor <c>i % period</c> by <paramref name="step"/> (less than <paramref name="period"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint Next(nuint cursor, nuint step, nuint period)
        {
            nuint next = cursor + step;
            return next >= period ? next - period : next;
        }

        private static void ThrowBadLength(string roleName, int period, int length) =>
            throw new ArgumentException(
                $"'{roleName}' has length {period}; it must equal the input's length ({length}) or divide it (one value per channel, channels last).",
                roleName);
    }
}

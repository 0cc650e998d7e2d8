using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Per-channel sums for gradient kernels (<c>dbias</c>, <c>dalpha</c>). A kernel adds each vector of
    /// per-element terms into a wrap-extended accumulator at the channel cursor (<c>acc[k]</c> holds channel
    /// <c>k % L</c>), then <see cref="Fold{T}"/> folds it into the destination. float is accumulated in double
    /// (docs/activations.md, derivatives), so a sum over many rows keeps float's precision.
    /// </summary>
    internal static class Reductions
    {
        /// <summary>Elements of stack scratch a kernel sets aside for one accumulator.</summary>
        public const int ScratchLength = 256;

        /// <summary>
        /// A zeroed accumulator for <paramref name="period"/> channels, long enough for a whole vector at any
        /// cursor: <paramref name="scratch"/> when it fits, else an array rented from the shared pool. It starts on a
        /// 64-byte boundary, so that with a period that is a multiple of the vector width every read-modify-write
        /// touches one cache line instead of two (measured: 3–5% of a bias+gelu backward pass).
        /// </summary>
        public static Span<double> Accumulator(int period, int computeElementSize, Span<double> scratch, ref double[]? rented)
        {
            const int Slack = 64 / sizeof(double) - 1;
            int length = period + (Vector512<byte>.Count / computeElementSize) - 1;
            Span<double> buffer = length + Slack <= scratch.Length ? scratch : (rented = ArrayPool<double>.Shared.Rent(length + Slack));
            Span<double> acc = buffer.Slice(DoublesTo64ByteBoundary(buffer), length);
            acc.Clear();
            return acc;
        }

        // Doubles to skip from the start of the buffer to the next 64-byte boundary (0–7: doubles are 8-byte aligned).
        // A rented array can still be moved by a compacting GC during the call; that costs speed, never correctness.
        private static unsafe int DoublesTo64ByteBoundary(Span<double> buffer) =>
            (int)((64 - ((nuint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(buffer)) & 63)) & 63) / sizeof(double);

        /// <summary>
        /// Writes <c>destination[c] = Σ acc[k]</c> over k ≡ c (mod destination.Length), summed in ascending k and
        /// rounded once to T. <paramref name="acc"/> is scratch: the wrapped tail is added into its first period in
        /// place (at most a vector's worth of elements), then the period is narrowed to T, vectorized for float.
        /// </summary>
        public static void Fold<T>(Span<double> acc, Span<T> destination) where T : unmanaged, System.Numerics.INumberBase<T>
        {
            int period = destination.Length;
            WrapInto(acc, period);
            Narrow(acc.Slice(0, period), destination);
        }

        /// <summary>
        /// One block of a split call (<see cref="ParallelBlocks"/>): the block's per-channel sums, as <see cref="Fold{T}"/>
        /// forms them but kept in double, into <paramref name="partial"/> (one period).
        /// </summary>
        internal static void FoldPeriod(Span<double> acc, Span<double> partial)
        {
            WrapInto(acc, partial.Length);
            acc.Slice(0, partial.Length).CopyTo(partial);
        }

        /// <summary>
        /// The per-channel sums of a split call: <paramref name="partials"/> holds one period of doubles per block, in
        /// block order; they are added in that order (block 0 + block 1 + …, the same bits on any number of threads)
        /// into the first period, which is rounded once into <paramref name="destination"/>.
        /// </summary>
        internal static void CombineBlocks<T>(Span<double> partials, int blocks, Span<T> destination) where T : unmanaged, System.Numerics.INumberBase<T>
        {
            int period = destination.Length;
            Span<double> sums = partials.Slice(0, period);
            for (int b = 1; b < blocks; b++)
            {
                // Lane-wise adds: each channel's sum is the same whatever the vector width.
                ReadOnlySpan<double> block = partials.Slice(b * period, period);
                int c = 0;
                if (System.Numerics.Vector.IsHardwareAccelerated)
                {
                    for (; c + System.Numerics.Vector<double>.Count <= period; c += System.Numerics.Vector<double>.Count)
                    {
                        (new System.Numerics.Vector<double>(sums.Slice(c)) + new System.Numerics.Vector<double>(block.Slice(c))).CopyTo(sums.Slice(c));
                    }
                }

                for (; c < period; c++)
                {
                    sums[c] += block[c];
                }
            }

            Narrow(sums, destination);
        }

        // Ascending k: acc[c] + acc[c + L] + acc[c + 2L] + … in that order (acc[c] is never −0: it started at +0).
        private static void WrapInto(Span<double> acc, int period)
        {
            for (int k = period; k < acc.Length; k++)
            {
                acc[k % period] += acc[k];
            }
        }

        /// <summary>The sums rounded once to T into <paramref name="destination"/>, vectorized for float.</summary>
        private static void Narrow<T>(ReadOnlySpan<double> sums, Span<T> destination) where T : unmanaged, System.Numerics.INumberBase<T>
        {
            int period = destination.Length;
            if (typeof(T) == typeof(double))
            {
                sums.CopyTo(MemoryMarshal.Cast<T, double>(destination));
                return;
            }

            int c = 0;
            if (typeof(T) == typeof(float))
            {
                Span<float> dst = MemoryMarshal.Cast<T, float>(destination);
                ref double a = ref MemoryMarshal.GetReference(sums);
                ref float d = ref MemoryMarshal.GetReference(dst);
                // Narrow rounds each lane to nearest, as the (float) cast does.
                if (Vector512.IsHardwareAccelerated)
                {
                    for (; c + 16 <= period; c += 16)
                    {
                        Vector512.Narrow(Vector512.LoadUnsafe(ref a, (nuint)c), Vector512.LoadUnsafe(ref a, (nuint)c + 8)).StoreUnsafe(ref d, (nuint)c);
                    }
                }
                else if (Vector256.IsHardwareAccelerated)
                {
                    for (; c + 8 <= period; c += 8)
                    {
                        Vector256.Narrow(Vector256.LoadUnsafe(ref a, (nuint)c), Vector256.LoadUnsafe(ref a, (nuint)c + 4)).StoreUnsafe(ref d, (nuint)c);
                    }
                }
                else if (Vector128.IsHardwareAccelerated)
                {
                    for (; c + 4 <= period; c += 4)
                    {
                        Vector128.Narrow(Vector128.LoadUnsafe(ref a, (nuint)c), Vector128.LoadUnsafe(ref a, (nuint)c + 2)).StoreUnsafe(ref d, (nuint)c);
                    }
                }

                for (; c < period; c++)
                {
                    dst[c] = (float)sums[c];
                }

                return;
            }

            for (; c < period; c++)
            {
                destination[c] = T.CreateTruncating(sums[c]);
            }
        }

        /// <summary>Returns an array <see cref="Accumulator"/> rented, if it rented one.</summary>
        public static void Return(double[]? rented) => Broadcast.Return(rented);

        /// <summary>
        /// <paramref name="value"/> with lanes below <paramref name="from"/> (less than the lane count) set to zero:
        /// the lanes of a kernel's overlapping last vector that its loop already summed. One load and one AND.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<T> KeepLanesFrom<T>(Vector128<T> value, nuint from) where T : unmanaged =>
            value & Vector128.LoadUnsafe(ref LaneMaskAt<T>(from)).As<byte, T>();

        /// <inheritdoc cref="KeepLanesFrom{T}(Vector128{T}, nuint)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> KeepLanesFrom<T>(Vector256<T> value, nuint from) where T : unmanaged =>
            value & Vector256.LoadUnsafe(ref LaneMaskAt<T>(from)).As<byte, T>();

        /// <inheritdoc cref="KeepLanesFrom{T}(Vector128{T}, nuint)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> KeepLanesFrom<T>(Vector512<T> value, nuint from) where T : unmanaged =>
            value & Vector512.LoadUnsafe(ref LaneMaskAt<T>(from)).As<byte, T>();

        /// <summary><paramref name="value"/> with its lanes from <paramref name="below"/> on set to +0 (the complement of <see cref="KeepLanesFrom{T}(Vector128{T}, nuint)"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<T> KeepLanesBelow<T>(Vector128<T> value, nuint below) where T : unmanaged =>
            Vector128.AndNot(value, Vector128.LoadUnsafe(ref LaneMaskAt<T>(below)).As<byte, T>());

        /// <inheritdoc cref="KeepLanesBelow{T}(Vector128{T}, nuint)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<T> KeepLanesBelow<T>(Vector256<T> value, nuint below) where T : unmanaged =>
            Vector256.AndNot(value, Vector256.LoadUnsafe(ref LaneMaskAt<T>(below)).As<byte, T>());

        /// <inheritdoc cref="KeepLanesBelow{T}(Vector128{T}, nuint)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> KeepLanesBelow<T>(Vector512<T> value, nuint below) where T : unmanaged =>
            Vector512.AndNot(value, Vector512.LoadUnsafe(ref LaneMaskAt<T>(below)).As<byte, T>());

        /// <summary>
        /// Rotates the first <paramref name="period"/> slots of an accumulator right by <paramref name="by"/> (slot k moves
        /// to (k + by) mod period): undoes the cursor shift of a loop that counted its cursors from element <paramref name="by"/>.
        /// </summary>
        public static void RotateRight(ref double accumulator, nuint period, nuint by)
        {
            if (by == 0)
            {
                return;
            }

            Span<double> slots = MemoryMarshal.CreateSpan(ref accumulator, (int)period);
            slots.Reverse();
            slots.Slice(0, (int)by).Reverse();
            slots.Slice((int)by).Reverse();
        }

        // 64 zero bytes, then 64 bytes of ones: a vector loaded 64 − k bytes in has its first k bytes cleared and the
        // rest all ones (k ≤ 64, the widest vector).
        private static ReadOnlySpan<byte> LaneMask => new byte[]
        {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ref byte LaneMaskAt<T>(nuint from) where T : unmanaged =>
            ref Unsafe.Add(ref MemoryMarshal.GetReference(LaneMask), 64 - (nint)from * Unsafe.SizeOf<T>());

        /// <summary>Adds a scalar term at <paramref name="at"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(ref double acc, nuint at, double value) => Unsafe.Add(ref acc, at) += value;

        /// <summary>Adds the lanes of <paramref name="value"/>, widened to double, at <paramref name="at"/>…</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(ref double acc, nuint at, Vector128<float> value)
        {
            (Vector128<double> lower, Vector128<double> upper) = Vector128.Widen(value);
            Add(ref acc, at, lower);
            Add(ref acc, at + (nuint)Vector128<double>.Count, upper);
        }

        /// <inheritdoc cref="Add(ref double, nuint, Vector128{float})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(ref double acc, nuint at, Vector256<float> value)
        {
            (Vector256<double> lower, Vector256<double> upper) = Vector256.Widen(value);
            Add(ref acc, at, lower);
            Add(ref acc, at + (nuint)Vector256<double>.Count, upper);
        }

        /// <inheritdoc cref="Add(ref double, nuint, Vector128{float})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(ref double acc, nuint at, Vector512<float> value)
        {
            (Vector512<double> lower, Vector512<double> upper) = Vector512.Widen(value);
            Add(ref acc, at, lower);
            Add(ref acc, at + (nuint)Vector512<double>.Count, upper);
        }

        /// <summary>Adds the lanes of <paramref name="value"/> at <paramref name="at"/>….</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(ref double acc, nuint at, Vector128<double> value) =>
            Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref acc, at) + value, ref acc, at);

        /// <inheritdoc cref="Add(ref double, nuint, Vector128{double})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(ref double acc, nuint at, Vector256<double> value) =>
            Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref acc, at) + value, ref acc, at);

        /// <inheritdoc cref="Add(ref double, nuint, Vector128{double})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(ref double acc, nuint at, Vector512<double> value) =>
            Vector512.StoreUnsafe(Vector512.LoadUnsafe(ref acc, at) + value, ref acc, at);
    }
}

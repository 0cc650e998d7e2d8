using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Threading;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Non-temporal ("streaming") stores for large outputs (docs/design.md, "Generated code": used where the benchmark shows they
    /// pay, never in place"). A streaming store writes a whole cache line to memory without first reading it
    /// into the cache, so a kernel moves two streams (read x, write y) instead of three (read x, read y for
    /// ownership, write y), and it does not evict the caller's working set.
    /// </summary>
    /// <remarks>
    /// <para>They only pay once the data no longer fits in the last-level cache. Measured with
    /// <c>--verify-nt</c> (docs/benchmarks.md, AMD EPYC, Vector512): 0.78–0.85× at 4 and 8 MiB of output, break-even
    /// at 12 MiB, 1.10–1.16× at 16 MiB and 1.23–1.31× at 64 MiB. TensorPrimitives switches at 256 KiB, which
    /// here would cost 15–20% on every size up to 8 MiB. The threshold is therefore <see cref="ThresholdBytes"/>
    /// of output (a fixed size: .NET exposes no cache size, and this VM reports a 508 MiB L3).</para>
    /// <para>The drivers' streaming loops start at the destination's vector-size boundary, pin the destination for
    /// the whole loop and store every full vector with <c>Store</c>, which checks the alignment of each address (an
    /// unaligned one gets an ordinary store, never a fault), and end with <see cref="Fence"/>. Pinning once per loop
    /// rather than per store matters: a <c>fixed</c> per store put three stack writes beside every vector store, and relu at
    /// 16M elements ran 8–18% slower than TensorPrimitives' <c>Max</c> (docs/benchmarks.md, "Non-temporal stores: where they pay").</para>
    /// </remarks>
    internal static unsafe class Streaming
    {
        /// <summary>Bytes of output from which a kernel uses streaming stores: 16 MiB.</summary>
        public const long ThresholdBytes = 16L << 20;

        /// <summary>Whether <paramref name="n"/> elements of <typeparamref name="T"/> are enough output to stream.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Pays<T>(nuint n) => (ulong)n * (ulong)Unsafe.SizeOf<T>() >= ThresholdBytes;

        /// <summary>
        /// Elements from <paramref name="destination"/> to its next multiple of <paramref name="vectorBytes"/>
        /// (0 if it is aligned already); <paramref name="vectorBytes"/> is a power of two.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint ElementsToAlignment<T>(ref T destination, nuint vectorBytes)
        {
            nuint misalignment = (nuint)Unsafe.AsPointer(ref destination) & (vectorBytes - 1);
            return ((vectorBytes - misalignment) & (vectorBytes - 1)) / (nuint)Unsafe.SizeOf<T>();
        }

        /// <summary>
        /// The bytes a loop step of <typeparamref name="T"/> stores on a path of <paramref name="vectorBytes"/>-byte
        /// vectors: the whole vector, or half of it for Half (computed in float vectors of twice its size).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static nuint StoreBytes<T>(nuint vectorBytes) => typeof(T) == typeof(System.Half) ? vectorBytes / 2 : vectorBytes;

        /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are equally far from their next multiple of <paramref name="vectorBytes"/> (a power of two).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool SameAlignment<T>(ref T a, ref T b, nuint vectorBytes) =>
            (((nuint)Unsafe.AsPointer(ref a) ^ (nuint)Unsafe.AsPointer(ref b)) & (vectorBytes - 1)) == 0;

        /// <summary>
        /// Stores <paramref name="value"/> at <c>destination[i]</c>, bypassing the cache when the address is aligned (an
        /// ordinary store otherwise). The caller pins <paramref name="destination"/> around its whole loop (<c>fixed</c>):
        /// the address is used as a pointer, which a GC move would leave behind.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store<T>(Vector512<T> value, ref T destination, nuint i) where T : unmanaged
        {
            T* p = (T*)Unsafe.AsPointer(ref Unsafe.Add(ref destination, i));
            if (((nuint)p & (nuint)(Vector512<byte>.Count - 1)) == 0)
            {
                value.StoreAlignedNonTemporal(p);
            }
            else
            {
                value.Store(p);
            }
        }

        /// <summary>
        /// Stores <paramref name="value"/> at <c>destination[i]</c>, bypassing the cache when the address is aligned (an
        /// ordinary store otherwise). The caller pins <paramref name="destination"/> around its whole loop (<c>fixed</c>):
        /// the address is used as a pointer, which a GC move would leave behind.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store<T>(Vector256<T> value, ref T destination, nuint i) where T : unmanaged
        {
            T* p = (T*)Unsafe.AsPointer(ref Unsafe.Add(ref destination, i));
            if (((nuint)p & (nuint)(Vector256<byte>.Count - 1)) == 0)
            {
                value.StoreAlignedNonTemporal(p);
            }
            else
            {
                value.Store(p);
            }
        }

        /// <summary>
        /// Stores <paramref name="value"/> at <c>destination[i]</c>, bypassing the cache when the address is aligned (an
        /// ordinary store otherwise). The caller pins <paramref name="destination"/> around its whole loop (<c>fixed</c>):
        /// the address is used as a pointer, which a GC move would leave behind.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store<T>(Vector128<T> value, ref T destination, nuint i) where T : unmanaged
        {
            T* p = (T*)Unsafe.AsPointer(ref Unsafe.Add(ref destination, i));
            if (((nuint)p & (nuint)(Vector128<byte>.Count - 1)) == 0)
            {
                value.StoreAlignedNonTemporal(p);
            }
            else
            {
                value.Store(p);
            }
        }

        /// <summary>
        /// Whether a pipelined vector-math loop whose only stream from memory is x asks for x ahead (docs/design.md,
        /// "Pipelined math"): on Intel, yes (Xeon, Emerald Rapids, 16M elements: silu, tanh, sigmoid and gelu 10–25% faster with
        /// the hints), and on AMD from Zen 5, with the streaming stores below (16M elements, N(0, 1): tanh, silu and sigmoid
        /// 25–40% faster, gelu 20%); on Zen 4 the hardware prefetcher alone is faster (sigmoid 0.28 → 0.24 ns per element
        /// without them), and the streaming stores cost too.
        /// </summary>
        internal static readonly bool PrefetchPipelinedX = Processor.IsIntel || Processor.IsAmdZen5OrLater;

        /// <summary>
        /// Whether such a loop (a large call on Intel or Zen 5, <see cref="PrefetchPipelinedX"/>) also stores y past the cache
        /// when y is not read: with whole-line vectors only. Measured on the Xeon at 16M elements, N(0, 1): with 64-byte
        /// vectors tanh 13–20% faster, silu 4–8%, gelu 0–12%; with 32-byte ones (the AVX2 path) silu, tanh and sigmoid
        /// 0–40% slower.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool StreamsPipelinedY(nuint vectorBytes) => vectorBytes == 64;

        /// <summary>
        /// Whether a large call's gradient vector-math loop that streams dx asks for its inputs (x, dy and span roles) ahead:
        /// not on AMD from Zen 5, where the hardware prefetcher alone is faster (bias + gelu backward at 16M elements,
        /// N(0, 1): 0.34–0.35 → 0.27 ns per element; tanh backward level; docs/design.md, "Decisions and the measurements
        /// behind them"). Elsewhere the hints measured 3–6% faster on the same kernel. The loop without streaming stores (two
        /// outputs, or in place) keeps them: there they measured level on Zen 5 (SwiGLU backward).
        /// </summary>
        internal static readonly bool PrefetchGradientInputs = !Processor.IsAmdZen5OrLater;

        /// <summary>How far ahead <see cref="PrefetchAhead{T}"/> asks for a line: 1 KiB (2 KiB measured the same).</summary>
        private const int PrefetchBytes = 1024;

        /// <summary>
        /// Asks the hardware to start loading the cache line 1 KiB past <c>start[i]</c> (x86 <c>prefetcht0</c>;
        /// nothing elsewhere). Compute-bound loops (vector-math bodies) over inputs that come from memory use it
        /// (large calls only, <see cref="Pays{T}"/>): with the hardware prefetcher alone, bias+gelu backward at 16M
        /// elements ran 3–6% slower (measured beside the same kernel without it, one process, three runs). The
        /// address may lie past the end of the span: a prefetch never faults, and it is formed from a raw pointer,
        /// never a managed reference; a GC move in between only makes it prefetch a stale line.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void PrefetchAhead<T>(ref T start, nuint i) where T : unmanaged
        {
            if (Sse.IsSupported)
            {
                Sse.Prefetch0((byte*)Unsafe.AsPointer(ref start) + i * (nuint)sizeof(T) + PrefetchBytes);
            }
        }

        /// <summary>
        /// Orders the weakly-ordered streaming stores before any later store (<c>sfence</c>, as memmove does after
        /// its streaming loop), so another thread that synchronizes with this one sees the whole output.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Fence()
        {
            if (Sse.IsSupported)
            {
                Sse.StoreFence();
            }
            else
            {
                Interlocked.MemoryBarrier();
            }
        }
    }
}

using System.Runtime.CompilerServices;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Which way a piecewise or vector-math loop runs (docs/design.md, "Measured loop decisions"). A load whose low 12 address
    /// bits match a pending store's waits for it (4K aliasing): where y lies just above x modulo 4 KiB, a forward loop's loads
    /// follow such stores (one vector per step: every load, and two arrays of one size allocated one after the other lie just
    /// so; the pipelined loop, whose stores trail its loads by four vectors: with y 320–448 bytes above x). From the end, the
    /// recent stores lie above the next load instead.
    /// </summary>
    internal static class LoopDirection
    {
        /// <summary>
        /// Bytes above x modulo 4 KiB within which y makes a forward loop's loads wait on its stores. Measured (Zen 4,
        /// docs/benchmarks.md, "relu and where y lies relative to x"): relu 3.7× slower at 64 bytes at 4K elements, no different
        /// from 768 bytes on; selu 1.7–2.4× at 64 bytes, 1.1× at 256, no different from 320 on.
        /// </summary>
        public const nuint AliasingBytes = 1024;

        /// <summary>
        /// Whether a load waits on a pending store whose address matches it modulo 4 KiB, so that the loops below run from the
        /// end where they would (Intel documents it; measured on Zen 4). Not on AMD's Zen 5 (family 1Ah) and later: there a
        /// forward relu took the same time at every placement of y from 0 to 1 KiB above x, and the loop from the end took
        /// 1.1–1.5× as long at 16K elements and 1.1–1.9× at 64K (docs/benchmarks.md, "relu and where y lies relative to x").
        /// Not read-only so that tests run the loops from the end on every machine; only the speed depends on it.
        /// </summary>
        internal static bool LoadsWaitOnAliasedStores = !Processor.IsAmdZen5OrLater;

        /// <summary>Whether y lies 1 to <see cref="AliasingBytes"/> − 1 bytes above x modulo 4 KiB.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool JustAbove<T>(ref T x, ref T y) => ((nuint)Unsafe.ByteOffset(ref x, ref y) & 4095) - 1 < AliasingBytes - 1;

        /// <summary>
        /// Whether y lies from <paramref name="lagBytes"/> to twice that less one byte above x modulo 4 KiB: where the loads of
        /// the pipelined loop, whose stores trail its loads by <paramref name="lagBytes"/>, wait on those stores. Measured
        /// with 64-byte vectors four deep (256–511 bytes; docs/benchmarks.md, "relu and where y lies relative to x"): silu at
        /// 4K 0.41–0.43 ns per element against 0.315 at 320 bytes, 0.33–0.34 at 384, in some processes; no different below
        /// 320 bytes (the window starts where a load's address first matches the store's) or from 512 on, nor at any
        /// placement with 32-byte vectors two deep.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Trailing<T>(ref T x, ref T y, nuint lagBytes) => ((nuint)Unsafe.ByteOffset(ref x, ref y) & 4095) - lagBytes < lagBytes;

        /// <summary>
        /// Whether a call's piecewise or unstaged vector-math loop runs from the end: y is <see cref="JustAbove"/> x, no
        /// operand but x is a span (their cursors run forward), no preactivation output, nothing is streamed (large calls
        /// store past the cache, forward as before), and this processor's loads wait on aliased stores
        /// (<see cref="LoadsWaitOnAliasedStores"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Backward<TOp, T, TC>(ref T x, ref T y, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            OnlyX<TOp, T, TC>(in s) && JustAbove(ref x, ref y);

        /// <summary>
        /// Whether a call's pipelined loop runs from the end: as <see cref="Backward"/>, but only where y is
        /// <see cref="Trailing"/> x by the loop's lag; elsewhere the forward loop does not stall, and it stays as measured.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool BackwardPipelined<TOp, T, TC>(ref T x, ref T y, scoped in RoleSources<T, TC> s, nuint lagBytes)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            OnlyX<TOp, T, TC>(in s) && Trailing(ref x, ref y, lagBytes);

        /// <summary>No operand but x is a span, no preactivation output, nothing is streamed, and loads wait on aliased stores.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool OnlyX<TOp, T, TC>(scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            Roles.NoSpan<TOp, TC>() && !TOp.StoresPreactivation && !s.Large && LoadsWaitOnAliasedStores;
    }

    /// <summary>
    /// The order of a vector-math loop as a type argument, so that each order compiles to its own loop: the vector at step
    /// position i of the walk starts at element <c>At(i, last)</c>, last = n − width (the position of the overlapping vector).
    /// </summary>
    internal interface IVectorOrder
    {
        static abstract nuint At(nuint i, nuint last);

        /// <summary>
        /// Whether a pipelined loop walking this way asks for x ahead although x is its only stream from memory (a large
        /// call on Intel or Zen 5: <see cref="Streaming.PrefetchPipelinedX"/>); in the gradient loop that streams dx, whether it
        /// asks for its inputs ahead (<see cref="Streaming.PrefetchGradientInputs"/>). A type's constant rather than a flag, so
        /// that every other loop compiles as it did without it: a runtime flag took a register, and the JIT kept i on the stack.
        /// </summary>
        static abstract bool PrefetchesX { get; }

        /// <summary>
        /// Whether the loop stores y past the cache (non-temporal), from its first element on a vector boundary: a large
        /// call on Intel or Zen 5 whose y is not read (docs/design.md, "Pipelined math"). The caller pins y and computes the vectors
        /// before that boundary.
        /// </summary>
        static abstract bool StreamsY { get; }
    }

    /// <summary>From the first element up.</summary>
    internal readonly struct Ascending : IVectorOrder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint At(nuint i, nuint last) => i;

        public static bool PrefetchesX => false;

        public static bool StreamsY => false;
    }

    /// <summary>From the first element up, asking for x ahead (<see cref="IVectorOrder.PrefetchesX"/>).</summary>
    internal readonly struct AscendingPrefetchingX : IVectorOrder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint At(nuint i, nuint last) => i;

        public static bool PrefetchesX => true;

        public static bool StreamsY => false;
    }

    /// <summary>
    /// From the first element up, asking for x ahead and storing y past the cache (<see cref="IVectorOrder.StreamsY"/>).
    /// </summary>
    internal readonly struct AscendingStreaming : IVectorOrder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint At(nuint i, nuint last) => i;

        public static bool PrefetchesX => true;

        public static bool StreamsY => true;
    }

    /// <summary>
    /// From the last vector down (<see cref="LoopDirection.Backward"/>, <see cref="LoopDirection.BackwardPipelined"/>); the
    /// overlapping vector is the first.
    /// </summary>
    internal readonly struct Descending : IVectorOrder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint At(nuint i, nuint last) => last - i;

        public static bool PrefetchesX => false;

        public static bool StreamsY => false;
    }
}

using System.Runtime.CompilerServices;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Which way a piecewise loop, or a vector-math loop without stages, runs (docs/design.md, "Measured loop decisions"). A
    /// load whose low 12 address bits match a pending store's waits for it (4K aliasing): where y lies just above x modulo
    /// 4 KiB, a forward loop's every load follows such a store, and two arrays of one size allocated one after the other lie
    /// just so. From the end, the recent stores lie above the next load instead. (The pipelined loop's stores trail its loads
    /// by four vectors: it stalls with y 320–448 bytes above x instead, and runs forward.)
    /// </summary>
    internal static class LoopDirection
    {
        /// <summary>
        /// Bytes above x modulo 4 KiB within which y makes a forward loop's loads wait on its stores. Measured (Zen 4,
        /// docs/benchmarks.md, "relu and where y lies relative to x"): relu 3.7× slower at 64 bytes at 4K elements, no different
        /// from 768 bytes on; selu 1.7–2.4× at 64 bytes, 1.1× at 256, no different from 320 on.
        /// </summary>
        public const nuint AliasingBytes = 1024;

        /// <summary>Whether y lies 1 to <see cref="AliasingBytes"/> − 1 bytes above x modulo 4 KiB.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool JustAbove<T>(ref T x, ref T y) => ((nuint)Unsafe.ByteOffset(ref x, ref y) & 4095) - 1 < AliasingBytes - 1;

        /// <summary>
        /// Whether a call's piecewise or unstaged vector-math loop runs from the end: y is <see cref="JustAbove"/> x, no
        /// operand but x is a span (their cursors run forward), no preactivation output, and nothing is streamed (large calls
        /// store past the cache, forward as before).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Backward<TOp, T, TC>(ref T x, ref T y, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            TOp.Scale != OperandKind.Span && TOp.Bias != OperandKind.Span && TOp.Residual != OperandKind.Span
            && TOp.Alpha != OperandKind.Span && TOp.Multiplier != OperandKind.Span && !TOp.StoresPreactivation && !s.Large
            && JustAbove(ref x, ref y);
    }
}

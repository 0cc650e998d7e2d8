using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// A hand-written twin of the generated per-channel bias+relu (the same Vector512 loop: 4× unrolled, a cursor
    /// <c>i % L</c> advanced by <c>Broadcast.Next</c>, the overlapping last vector) that reads the bias span itself
    /// instead of the wrap-extended copy that <c>Broadcast.Source</c> builds on every call (for L = 1024 above its
    /// 256-element stack scratch: an ArrayPool rent, a 1039-element copy and a return). When L is a multiple of
    /// Vector512&lt;T&gt;.Count, a vector loaded at a cursor (always a multiple of the width) never wraps, so the copy
    /// is not needed. Measured by <c>--verify-broadcast</c>.
    /// </summary>
    public static class HandWrittenBroadcast
    {
        public static void BiasReluDirect(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y)
        {
            nuint n = (nuint)x.Length, period = (nuint)bias.Length;
            if (!Vector512.IsHardwareAccelerated || period % (nuint)Vector512<float>.Count != 0 || n % period != 0 || y.Length < x.Length)
            {
                K.BiasRelu(x, bias, y);
                return;
            }

            Run512(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(y), n, ref MemoryMarshal.GetReference(bias), period);
        }

        private static Vector512<float> Post(Vector512<float> z) => FusedKernels.CompilerServices.Simd.Max(z, Vector512<float>.Zero);

        private static void Run512(ref float x, ref float y, nuint n, ref float bias, nuint biasPeriod)
        {
            nuint w = (nuint)Vector512<float>.Count;
            nuint biasStep = w % biasPeriod;
            nuint last = n - w;
            Vector512<float> yLast = Post(Vector512.LoadUnsafe(ref x, last) + Vector512.LoadUnsafe(ref bias, last % biasPeriod));
            nuint i = 0, biasAt = 0;
            for (; i + 4 * w <= n; i += 4 * w)
            {
                nuint b0 = biasAt;
                Vector512.StoreUnsafe(Post(Vector512.LoadUnsafe(ref x, i) + Vector512.LoadUnsafe(ref bias, b0)), ref y, i);
                nuint b1 = FusedKernels.CompilerServices.Broadcast.Next(b0, biasStep, biasPeriod);
                Vector512.StoreUnsafe(Post(Vector512.LoadUnsafe(ref x, i + w) + Vector512.LoadUnsafe(ref bias, b1)), ref y, i + w);
                nuint b2 = FusedKernels.CompilerServices.Broadcast.Next(b1, biasStep, biasPeriod);
                Vector512.StoreUnsafe(Post(Vector512.LoadUnsafe(ref x, i + 2 * w) + Vector512.LoadUnsafe(ref bias, b2)), ref y, i + 2 * w);
                nuint b3 = FusedKernels.CompilerServices.Broadcast.Next(b2, biasStep, biasPeriod);
                Vector512.StoreUnsafe(Post(Vector512.LoadUnsafe(ref x, i + 3 * w) + Vector512.LoadUnsafe(ref bias, b3)), ref y, i + 3 * w);
                biasAt = FusedKernels.CompilerServices.Broadcast.Next(b3, biasStep, biasPeriod);
            }

            for (; i + w <= n; i += w)
            {
                Vector512.StoreUnsafe(Post(Vector512.LoadUnsafe(ref x, i) + Vector512.LoadUnsafe(ref bias, biasAt)), ref y, i);
                biasAt = FusedKernels.CompilerServices.Broadcast.Next(biasAt, biasStep, biasPeriod);
            }

            Vector512.StoreUnsafe(yLast, ref y, last);
        }
    }
}

using System;
using System.Linq;
using System.Numerics;

namespace FusedKernels.RuntimeTests.Infrastructure
{
    public delegate void GradientKernel<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx);

    public delegate void GradientInPlaceKernel<T>(ReadOnlySpan<T> x, Span<T> dy);

    /// <summary>
    /// Runs a gradient kernel against its reference over lengths 0…300 and a few large ones, misaligned,
    /// out of place, and in place into dy (same start). A bound of 0 means bit-identical; otherwise the
    /// result is within <c>ulps</c> of the reference, or (near a zero of the derivative) within
    /// <c>ulps</c> ULP of |dy|, the size of the formula's largest term (docs/activations.md, derivatives).
    /// </summary>
    public static class GradientHarness
    {
        private static readonly int[] Offsets = { 0, 1 };

        public static void Check<T>(GradientKernel<T> kernel, Func<T, T, T> reference, string name, long ulps = 0, bool smooth = false)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            foreach (int length in KernelHarness.Lengths)
            {
                T[] x = Inputs<T>(length + 4, length, smooth);
                T[] dy = Upstream<T>(length + 4, length + 7, exactScaling: ulps > 0);
                foreach (int offset in Offsets)
                {
                    ReadOnlySpan<T> xs = x.AsSpan(offset, length), dys = dy.AsSpan(offset, length);
                    T[] expected = new T[length];
                    for (int i = 0; i < length; i++) expected[i] = reference(xs[i], dys[i]);

                    T[] dx = new T[length + offset];
                    kernel(xs, dys, dx.AsSpan(offset));
                    AssertGradient(expected, dx.AsSpan(offset, length), xs, dys, ulps, $"{name} n={length} offset={offset}");

                    // In place: dx overwrites dy (same start).
                    T[] inPlace = dy.ToArray();
                    kernel(xs, inPlace.AsSpan(offset, length), inPlace.AsSpan(offset, length));
                    AssertGradient(expected, inPlace.AsSpan(offset, length), xs, dys, ulps, $"{name} in place n={length} offset={offset}");
                }
            }
        }

        public static void CheckInPlace<T>(GradientInPlaceKernel<T> kernel, Func<T, T, T> reference, string name, long ulps = 0, bool smooth = false)
            where T : unmanaged, IFloatingPointIeee754<T> =>
            Check<T>((x, dy, dx) => { dy.CopyTo(dx); kernel(x, dx); }, reference, name, ulps, smooth);

        /// <summary>Inputs: every special value and binade, or (smooth) typical activation inputs with a few specials.</summary>
        public static T[] Inputs<T>(int length, int seed, bool smooth) where T : unmanaged, IFloatingPointIeee754<T>
        {
            if (!smooth) return TestData.Values<T>(length, seed);
            var random = new Random(seed);
            T[] specials = TestData.Specials<T>();
            return Enumerable.Range(0, length).Select(i => i % 7 == 0 ? specials[(i / 7) % specials.Length] : T.CreateTruncating((random.NextDouble() - 0.5) * 24)).ToArray();
        }

        /// <summary>dy values; powers of two when the bound is in ULP, so that dy·f′ scales f′ exactly.</summary>
        public static T[] Upstream<T>(int length, int seed, bool exactScaling) where T : unmanaged, IFloatingPointIeee754<T>
        {
            if (!exactScaling) return TestData.Values<T>(length, seed);
            var random = new Random(seed);
            return Enumerable.Range(0, length).Select(_ => T.CreateTruncating(Math.ScaleB(random.Next(2) == 0 ? 1.0 : -1.0, random.Next(-6, 7)))).ToArray();
        }

        private static void AssertGradient<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, long ulps, string context)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            if (ulps == 0)
            {
                Bits.AssertEqual(expected, actual, x, context);
                return;
            }

            for (int i = 0; i < expected.Length; i++)
            {
                long distance = Bits.UlpDistance(expected[i], actual[i]);
                bool nearZero = T.Abs(actual[i] - expected[i]) <= T.CreateTruncating(ulps) * (T.BitIncrement(T.Abs(dy[i])) - T.Abs(dy[i]));
                if (distance > ulps && !nearZero)
                {
                    Assert.Fail($"{context}: element {i}: x = {Bits.Show(x[i])}, dy = {Bits.Show(dy[i])} → expected {Bits.Show(expected[i])}, got {Bits.Show(actual[i])}: {distance} ULP > {ulps} ({Paths.Active})");
                }
            }
        }
    }
}

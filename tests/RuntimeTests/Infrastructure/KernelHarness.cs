using System;
using System.Linq;
using System.Numerics;

namespace FusedKernels.RuntimeTests.Infrastructure
{
    public delegate void SpanKernel<T>(ReadOnlySpan<T> x, Span<T> y);

    public delegate void InPlaceKernel<T>(Span<T> x);

    /// <summary>
    /// Runs a generated span kernel against its scalar reference over every length 0…300 and a few large
    /// ones, at misaligned offsets, out of place and in place, and checks that nothing past the end is written.
    /// </summary>
    public static class KernelHarness
    {
        public static readonly int[] Lengths = Enumerable.Range(0, 301).Concat(new[] { 511, 1000, 4099, 65536 + 7 }).ToArray();

        private static readonly int[] Offsets = { 0, 1, 3 };

        public static void OutOfPlace<T>(SpanKernel<T> kernel, Func<T, T> reference, string name, long ulps = 0) where T : unmanaged, INumber<T>
        {
            foreach (int length in Lengths)
            {
                T[] input = TestData.Values<T>(length + 8, seed: length);
                foreach (int offset in Offsets)
                {
                    ReadOnlySpan<T> x = input.AsSpan(offset, length);
                    T[] expected = x.ToArray().Select(reference).ToArray();

                    // Out of place, into a destination longer than needed: the extra elements must survive.
                    T[] destination = Enumerable.Repeat(T.CreateTruncating(42), length + offset + 5).ToArray();
                    kernel(x, destination.AsSpan(offset));
                    Bits.AssertClose<T>(expected, destination.AsSpan(offset, length), x, $"{name} n={length} offset={offset}", ulps);
                    Assert.All(destination.Skip(offset + length), v => Assert.Equal(T.CreateTruncating(42), v));
                    Assert.All(destination.Take(offset), v => Assert.Equal(T.CreateTruncating(42), v));

                    // In place through the out-of-place signature (same start is allowed).
                    T[] inPlace = input.ToArray();
                    Span<T> both = inPlace.AsSpan(offset, length);
                    kernel(both, both);
                    Bits.AssertClose<T>(expected, both, x, $"{name} in place n={length} offset={offset}", ulps);
                }
            }
        }

        public static void InPlace<T>(InPlaceKernel<T> kernel, Func<T, T> reference, string name, long ulps = 0) where T : unmanaged, INumber<T>
        {
            foreach (int length in Lengths)
            {
                T[] input = TestData.Values<T>(length + 8, seed: length + 1);
                foreach (int offset in Offsets)
                {
                    T[] buffer = input.ToArray();
                    T[] expected = input.AsSpan(offset, length).ToArray().Select(reference).ToArray();
                    kernel(buffer.AsSpan(offset, length));
                    Bits.AssertClose<T>(expected, buffer.AsSpan(offset, length), input.AsSpan(offset, length), $"{name} n={length} offset={offset}", ulps);
                    Assert.Equal(input.Take(offset), buffer.Take(offset));
                    Assert.Equal(input.Skip(offset + length), buffer.Skip(offset + length));
                }
            }
        }

        /// <summary>Short and partially overlapping destinations throw, naming the destination, and write nothing.</summary>
        public static void RejectsBadDestinations<T>(SpanKernel<T> kernel, string destinationName) where T : unmanaged, INumber<T>
        {
            T[] x = TestData.Values<T>(100);
            T[] shortDestination = Enumerable.Repeat(T.CreateTruncating(7), 99).ToArray();
            var tooShort = Assert.Throws<ArgumentException>(() => kernel(x, shortDestination));
            Assert.Equal(destinationName, tooShort.ParamName);
            Assert.Contains($"Destination is too short: '{destinationName}' has 99 elements, the input 100.", tooShort.Message);
            Assert.All(shortDestination, v => Assert.Equal(T.CreateTruncating(7), v));

            T[] buffer = TestData.Values<T>(120);
            T[] before = buffer.ToArray();
            var overlap = Assert.Throws<ArgumentException>(() => kernel(buffer.AsSpan(0, 100), buffer.AsSpan(1, 100)));
            Assert.Equal(destinationName, overlap.ParamName);
            Assert.Contains("overlap", overlap.Message);
            Assert.True(before.AsSpan().SequenceEqual(buffer), "a rejected call must not write anything");

            // Empty input is a no-op, never an error, whatever the destination.
            kernel(ReadOnlySpan<T>.Empty, Span<T>.Empty);
        }
    }
}

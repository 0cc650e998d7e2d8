using System;
using System.Runtime.InteropServices;

namespace FusedKernels.RuntimeTests.Infrastructure
{
    /// <summary>
    /// Bit-for-bit comparison, which is what "bit-identical" in docs/activations.md means (−0 and +0 differ), except
    /// that any NaN equals any NaN ("any NaN payload" there): the result is a NaN, and which operand's payload
    /// x86 propagates depends on the operand order the JIT picks for a commutative operation.
    /// </summary>
    public static class Bits
    {
        public static bool Equal<T>(T a, T b) where T : unmanaged =>
            (IsNaN(a) && IsNaN(b)) ||
            MemoryMarshal.AsBytes(new ReadOnlySpan<T>(ref a)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(ref b)));

        private static bool IsNaN<T>(T value) where T : unmanaged => value switch
        {
            float f => float.IsNaN(f),
            double d => double.IsNaN(d),
            Half h => Half.IsNaN(h),
            _ => false,
        };

        /// <summary>Fails with the first differing index, input and both results.</summary>
        public static void AssertEqual<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, ReadOnlySpan<T> input, string context) where T : unmanaged
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                if (!Equal(expected[i], actual[i]))
                {
                    Assert.Fail($"{context}: element {i} of {expected.Length}: input {Show(input[i])} → expected {Show(expected[i])}, got {Show(actual[i])} ({Paths.Active})");
                }
            }
        }

        /// <summary>
        /// Fails with the first element more than <paramref name="ulps"/> units in the last place from the
        /// reference (0: bit-identical). NaN must meet NaN; subnormal results count in units of the smallest subnormal.
        /// </summary>
        public static void AssertClose<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, ReadOnlySpan<T> input, string context, long ulps) where T : unmanaged
        {
            if (ulps == 0)
            {
                AssertEqual(expected, actual, input, context);
                return;
            }

            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                long distance = UlpDistance(expected[i], actual[i]);
                if (distance > ulps)
                {
                    Assert.Fail($"{context}: element {i} of {expected.Length}: input {Show(input[i])} → expected {Show(expected[i])}, got {Show(actual[i])}: {distance} ULP > {ulps} ({Paths.Active})");
                }
            }
        }

        /// <summary>Distance between the ordered-integer images of two values (±0 coincide); NaN is 0 from NaN, infinitely far from anything else.</summary>
        public static long UlpDistance<T>(T a, T b) where T : unmanaged
        {
            (long ka, bool nanA) = Key(a);
            (long kb, bool nanB) = Key(b);
            if (nanA || nanB) return nanA && nanB ? 0 : long.MaxValue;
            Int128 distance = Int128.Abs((Int128)ka - kb);
            return distance > long.MaxValue ? long.MaxValue : (long)distance;
        }

        private static (long Key, bool IsNaN) Key<T>(T value) where T : unmanaged => value switch
        {
            float f => (Ordered(BitConverter.SingleToInt32Bits(f), int.MinValue), float.IsNaN(f)),
            double d => (Ordered(BitConverter.DoubleToInt64Bits(d), long.MinValue), double.IsNaN(d)),
            Half h => (Ordered(BitConverter.HalfToInt16Bits(h), short.MinValue), Half.IsNaN(h)),
            _ => throw new NotSupportedException(typeof(T).Name),
        };

        // Sign-magnitude bits to a monotonic integer: negative values count down from −0, which meets +0.
        private static long Ordered(long bits, long signBit) => bits < 0 ? signBit - bits : bits;

        public static string Show<T>(T value) where T : unmanaged =>
            value switch
            {
                float f => $"{f:R} (0x{BitConverter.SingleToInt32Bits(f):X8})",
                double d => $"{d:R} (0x{BitConverter.DoubleToInt64Bits(d):X16})",
                Half h => $"{h} (0x{BitConverter.HalfToInt16Bits(h):X4})",
                _ => value.ToString() ?? "",
            };
    }
}

using System;
using System.Runtime.InteropServices;

namespace FusedKernels.RuntimeTests.Infrastructure
{
    /// <summary>Bit-for-bit comparison, which is what "bit-identical" in the spec means (NaN payloads and −0 included).</summary>
    public static class Bits
    {
        public static bool Equal<T>(T a, T b) where T : unmanaged =>
            MemoryMarshal.AsBytes(new ReadOnlySpan<T>(ref a)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(ref b)));

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

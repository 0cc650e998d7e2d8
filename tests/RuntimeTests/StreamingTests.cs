using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using FusedKernels.CompilerServices;
using FusedKernels.RuntimeTests.Infrastructure;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>Kernels whose outputs are long enough for non-temporal stores (Streaming.ThresholdBytes).</summary>
    public static partial class StreamingKernels
    {
        [Activation("leaky_relu", Alpha = 0.1)] public static partial void ScaleBiasLeaky(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("relu")] public static partial void ReluInPlace(Span<float> x);
        [Activation("relu")] public static partial void ResidualRelu(ReadOnlySpan<double> x, ReadOnlySpan<double> residual, Span<double> y);
        [Activation("relu6")] public static partial void Relu6(ReadOnlySpan<int> x, Span<int> y);
        [Activation("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("prelu")] public static partial void PReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx);
        [ActivationGradient("silu")] public static partial void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);
    }

    /// <summary>
    /// Past <see cref="Streaming.ThresholdBytes"/> of output a kernel stores one unaligned vector, then runs its loops
    /// from the destination's first aligned element with non-temporal stores. The results must be the bits the same
    /// kernel gives on short calls (which never stream), for every misalignment of the destination, with per-channel
    /// cursors starting mid-period, in place (which never streams), and for every element type that vectorizes.
    /// </summary>
    public class StreamingTests
    {
        // Just past the threshold for 4-byte elements, and not a multiple of any vector width.
        private static readonly int Long = (int)(Streaming.ThresholdBytes / 4) + 37;

        /// <summary>Runs <paramref name="kernel"/>(start, length) over the input in short pieces, none long enough to stream.</summary>
        private static void InPieces(int length, int piece, Action<int, int> kernel)
        {
            for (int start = 0; start < length; start += piece)
            {
                kernel(start, Math.Min(piece, length - start));
            }
        }

        private static void AssertSameBits<T>(T[] expected, ReadOnlySpan<T> actual, string context) where T : unmanaged
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                if (!Bits.Equal(expected[i], actual[i]))
                {
                    Assert.Fail($"{context}: element {i}: expected {Bits.Show(expected[i])}, got {Bits.Show(actual[i])}");
                }
            }
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(5)]
        [InlineData(15)]
        public void Per_channel_float_kernel_gives_the_short_call_bits_at_every_misalignment(int offset)
        {
            const int channels = 3; // cursors restart at (aligned start) % 3: exercises the mid-period start
            int n = Long - Long % channels;
            float[] x = TestData.Values<float>(n, seed: 7);
            float[] bias = TestData.Values<float>(channels, seed: 8);
            var expected = new float[n];
            int piece = channels * 4096;
            InPieces(n, piece, (s, len) => StreamingKernels.ScaleBiasLeaky(x.AsSpan(s, len), 0.75f, bias, expected.AsSpan(s, len)));

            var buffer = new float[n + 16];
            Span<float> y = buffer.AsSpan(offset, n);
            Assert.True(Streaming.Pays<float>((nuint)n));
            StreamingKernels.ScaleBiasLeaky(x, 0.75f, bias, y);
            AssertSameBits(expected, y, $"offset {offset}");
            Assert.All(buffer.AsSpan(0, offset).ToArray(), v => Assert.Equal(0f, v));
            Assert.All(buffer.AsSpan(offset + n).ToArray(), v => Assert.Equal(0f, v));
        }

        // A per-channel role whose period every vector width divides is read in place, without a wrap-extended copy:
        // a streaming loop that restarted at y's first aligned element read past the role's end at each row's last
        // vector (found 2026-12-04; y then held values computed from memory after the bias).
        [Theory]
        [InlineData(1)]
        [InlineData(7)]
        public void Per_channel_role_read_in_place_at_a_misaligned_destination(int offset)
        {
            const int channels = 1024;
            int n = Long - Long % channels;
            float[] x = TestData.Values<float>(n, seed: 21);
            float[] bias = TestData.Values<float>(channels, seed: 22);
            var expected = new float[n];
            InPieces(n, channels * 16, (s, len) => StreamingKernels.ScaleBiasLeaky(x.AsSpan(s, len), 0.75f, bias, expected.AsSpan(s, len)));

            var buffer = new float[n + 16];
            Span<float> y = buffer.AsSpan(offset, n);
            StreamingKernels.ScaleBiasLeaky(x, 0.75f, bias, y);
            AssertSameBits(expected, y, $"offset {offset}");
        }

        [Theory]
        [InlineData(1)]
        [InlineData(7)]
        public void Gradient_with_a_per_channel_role_read_in_place_at_a_misaligned_destination(int offset)
        {
            const int channels = 1024;
            int n = Long - Long % channels;
            float[] x = TestData.Values<float>(n, seed: 23), dy = TestData.Values<float>(n, seed: 24);
            float[] alpha = TestData.Values<float>(channels, seed: 25);
            var expected = new float[n];
            InPieces(n, channels * 16, (s, len) => StreamingKernels.PReluBackward(x.AsSpan(s, len), alpha, dy.AsSpan(s, len), expected.AsSpan(s, len)));

            var buffer = new float[n + 16];
            Span<float> dx = buffer.AsSpan(offset, n);
            StreamingKernels.PReluBackward(x, alpha, dy, dx);
            AssertSameBits(expected, dx, $"offset {offset}");
        }

        [Fact]
        public void In_place_call_gives_the_out_of_place_bits()
        {
            float[] x = TestData.Values<float>(Long, seed: 9);
            float[] expected = (float[])x.Clone();
            InPieces(Long, 1 << 16, (s, len) => StreamingKernels.ReluInPlace(expected.AsSpan(s, len)));
            StreamingKernels.ReluInPlace(x);
            AssertSameBits(expected, x, "in place");
        }

        [Fact]
        public void Double_and_integer_kernels_stream_correctly()
        {
            int n = (int)(Streaming.ThresholdBytes / 8) + 3;
            double[] x = TestData.Values<double>(n, seed: 10), r = TestData.Values<double>(n, seed: 11);
            var expected = new double[n];
            InPieces(n, 1 << 16, (s, len) => StreamingKernels.ResidualRelu(x.AsSpan(s, len), r.AsSpan(s, len), expected.AsSpan(s, len)));
            var y = new double[n + 1];
            StreamingKernels.ResidualRelu(x, r, y.AsSpan(1, n));
            AssertSameBits(expected, y.AsSpan(1, n), "double residual relu");

            int[] xi = TestData.Values<int>(Long, seed: 12);
            var expectedI = new int[Long];
            InPieces(Long, 1 << 16, (s, len) => StreamingKernels.Relu6(xi.AsSpan(s, len), expectedI.AsSpan(s, len)));
            var yi = new int[Long + 3];
            StreamingKernels.Relu6(xi, yi.AsSpan(3, Long));
            AssertSameBits(expectedI, yi.AsSpan(3, Long), "int relu6");
        }

        // Compute-bound kernels are not streamed; past the threshold their loop fetches its inputs ahead
        // (Streaming.PrefetchAhead, also past the end of the spans), which must not change a bit.
        [Fact]
        public void Transcendental_kernel_past_the_threshold_gives_the_short_call_bits()
        {
            float[] x = TestData.Values<float>(Long, seed: 13);
            var expected = new float[Long];
            InPieces(Long, 1 << 16, (s, len) => StreamingKernels.Sigmoid(x.AsSpan(s, len), expected.AsSpan(s, len)));
            var y = new float[Long + 2];
            StreamingKernels.Sigmoid(x, y.AsSpan(2, Long));
            AssertSameBits(expected, y.AsSpan(2, Long), "sigmoid");
        }

        [Fact]
        public void Gradient_kernel_past_the_threshold_gives_the_short_call_bits()
        {
            float[] x = TestData.Values<float>(Long, seed: 14), m = TestData.Values<float>(Long, seed: 15), dy = TestData.Values<float>(Long, seed: 16);
            float[] expectedDx = new float[Long], expectedDm = new float[Long];
            InPieces(Long, 1 << 16, (s, len) => StreamingKernels.SwiGluBackward(x.AsSpan(s, len), m.AsSpan(s, len), dy.AsSpan(s, len), expectedDx.AsSpan(s, len), expectedDm.AsSpan(s, len)));
            float[] dx = new float[Long], dm = new float[Long];
            StreamingKernels.SwiGluBackward(x, m, dy, dx, dm);
            AssertSameBits(expectedDx, dx, "SwiGLU backward dx");
            AssertSameBits(expectedDm, dm, "SwiGLU backward dmultiplier");
        }

        [Fact]
        public void Helpers_align_and_store_at_every_offset()
        {
            Assert.False(Streaming.Pays<float>((nuint)(Streaming.ThresholdBytes / 4 - 1)));
            Assert.True(Streaming.Pays<float>((nuint)(Streaming.ThresholdBytes / 4)));
            Assert.True(Streaming.Pays<double>((nuint)(Streaming.ThresholdBytes / 8)));

            var buffer = new float[256];
            GCHandle pin = GCHandle.Alloc(buffer, GCHandleType.Pinned); // the addresses must not move between checks
            try
            {
                for (int offset = 0; offset < 32; offset++)
                {
                    ref float start = ref buffer[offset];
                    nuint skip = Streaming.ElementsToAlignment(ref start, 64);
                    Assert.True(skip < 16);
                    Assert.Equal(0, (pin.AddrOfPinnedObject() + (offset + (int)skip) * sizeof(float)) % 64);

                    // Aligned or not, streaming or not: the values land where they belong.
                    Array.Clear(buffer);
                    var v = Vector512.Create(1f, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
                    Streaming.Store(v, ref start, skip);
                    Streaming.Store(Vector256.Create(-1f), ref start, skip + 16);
                    Streaming.Store(Vector128.Create(-2f), ref start, skip + 24);
                    Streaming.Store(Vector128.Create(-3f), ref start, skip + 29); // misaligned: an ordinary store
                    Streaming.Fence();
                    for (int k = 0; k < 16; k++)
                    {
                        Assert.Equal(k + 1f, buffer[offset + (int)skip + k]);
                    }

                    Assert.Equal(-1f, buffer[offset + (int)skip + 23]);
                    Assert.Equal(-2f, buffer[offset + (int)skip + 24]);
                    Assert.Equal(-2f, buffer[offset + (int)skip + 27]);
                    Assert.Equal(0f, buffer[offset + (int)skip + 28]);
                    Assert.Equal(-3f, buffer[offset + (int)skip + 29]);
                    Assert.Equal(-3f, buffer[offset + (int)skip + 32]);
                }
            }
            finally
            {
                pin.Free();
            }
        }
    }
}

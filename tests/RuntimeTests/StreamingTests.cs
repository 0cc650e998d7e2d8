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
        [ActivationGradient("gelu")] public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);
        [ActivationGradient("gelu")] public static partial void BiasGeluBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx, Span<double> dbias);
        [ActivationGradient("gelu")] public static partial void GeluBackward(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> dx);
        [Activation("tanh")] public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softplus")] public static partial void Softplus(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu_tanh")] public static partial void ResidualGeluTanh(ReadOnlySpan<float> x, ReadOnlySpan<float> residual, Span<float> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
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

        // Compute-bound forward kernels are not streamed (non-temporal stores measured slower for gelu: docs/design.md);
        // past the threshold their loop fetches its inputs ahead (Streaming.PrefetchAhead, also past the end of the
        // spans), which must not change a bit.
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

        // On Intel and Zen 5 a large pipelined call stores y non-temporally (AscendingStreaming): one ordinary vector at the start,
        // then the loop from y's first element on a vector boundary, its role cursors counted from there; or, with a
        // per-channel role read in place and y off a boundary, the ordinary loop. Each case must give the short calls' bits
        // at every misalignment and leave the elements around y alone. (Elsewhere these run the ordinary loop.)
        public static TheoryData<string, int> PipelinedCases()
        {
            var data = new TheoryData<string, int>();
            foreach (string kernel in new[] { "tanh", "softplus", "gelu_tanh + residual", "swiglu", "gelu + bias[3]", "gelu + bias[1024]" })
            {
                foreach (int offset in new[] { 0, 1, 5, 15 })
                {
                    data.Add(kernel, offset);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(PipelinedCases))]
        public void Pipelined_kernel_past_the_threshold_gives_the_short_call_bits_at_every_misalignment(string kernel, int offset)
        {
            int n = Long - Long % (3 * 1024) + 3 * 1024; // past the threshold, whole rows of 3 and of 1,024 channels
            float[] x = TestData.Values<float>(n, seed: 31), other = TestData.Values<float>(n, seed: 32);
            float[] bias3 = TestData.Values<float>(3, seed: 33), bias1024 = TestData.Values<float>(1024, seed: 34);
            Action<int, int, Span<float>> run = kernel switch
            {
                "tanh" => (s, len, y) => StreamingKernels.Tanh(x.AsSpan(s, len), y),
                "softplus" => (s, len, y) => StreamingKernels.Softplus(x.AsSpan(s, len), y),
                "gelu_tanh + residual" => (s, len, y) => StreamingKernels.ResidualGeluTanh(x.AsSpan(s, len), other.AsSpan(s, len), y),
                "swiglu" => (s, len, y) => StreamingKernels.SwiGlu(x.AsSpan(s, len), other.AsSpan(s, len), y),
                "gelu + bias[3]" => (s, len, y) => StreamingKernels.BiasGelu(x.AsSpan(s, len), bias3, y),
                _ => (s, len, y) => StreamingKernels.BiasGelu(x.AsSpan(s, len), bias1024, y),
            };
            var expected = new float[n];
            InPieces(n, 3 * 1024 * 16, (s, len) => run(s, len, expected.AsSpan(s, len)));

            // y starts offset elements past a 64-byte boundary (a pinned array: its address stays put).
            float[] buffer = GC.AllocateArray<float>(n + 64, pinned: true);
            long address = Marshal.UnsafeAddrOfPinnedArrayElement(buffer, 0);
            int aligned = (int)((64 - address % 64) % 64 / sizeof(float));

            int start = aligned + offset;
            Assert.True(Streaming.Pays<float>((nuint)n));
            run(0, n, buffer.AsSpan(start, n));
            AssertSameBits(expected, buffer.AsSpan(start, n), $"{kernel}, offset {offset}");
            Assert.All(buffer.AsSpan(0, start).ToArray(), v => Assert.Equal(0f, v));
            Assert.All(buffer.AsSpan(start + n).ToArray(), v => Assert.Equal(0f, v));
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

        // A vector-math gradient past the threshold stores dx non-temporally from dx's first aligned element, its dbias
        // cursors counted from there and the accumulator rotated back at the end: dx must be the short calls' bits and
        // dbias each channel's rows summed in double in ascending order, rounded once, as the ordinary loop sums them.
        // The channel counts are multiples of every width (else the call does not stream with a sum); the inputs are
        // finite (a NaN in every channel would make every sum NaN, whatever the order).
        [Theory]
        [InlineData(0, 1024)]
        [InlineData(1, 1024)]
        [InlineData(5, 48)]
        [InlineData(15, 48)]
        public void Vector_math_gradient_with_dbias_at_every_misalignment(int offset, int channels)
        {
            int n = Long - Long % channels;
            float[] x = TestData.Uniform<float>(n, -5, 5, seed: 31), dy = TestData.Uniform<float>(n, -1, 1, seed: 32);
            var expectedDx = new float[n];
            var pieceSums = new float[channels];
            InPieces(n, channels * 64, (s, len) => StreamingKernels.BiasGeluBackward(x.AsSpan(s, len), dy.AsSpan(s, len), expectedDx.AsSpan(s, len), pieceSums));

            float[] buffer = GC.AllocateArray<float>(n + 32, pinned: true); // offsets count from a 64-byte boundary
            int start = (int)Streaming.ElementsToAlignment(ref buffer[0], 64) + offset;
            Span<float> dx = buffer.AsSpan(start, n);
            var dbias = new float[channels];
            StreamingKernels.BiasGeluBackward(x, dy, dx, dbias);
            AssertSameBits(expectedDx, dx, $"dx, offset {offset}");
            float[] expectedDbias = RowOrderSums(expectedDx, channels, v => v, s => (float)s);
            Assert.All(expectedDbias, v => Assert.True(float.IsFinite(v)));
            AssertSameBits(expectedDbias, dbias, $"dbias, offset {offset}");
            Assert.All(buffer.AsSpan(0, start).ToArray(), v => Assert.Equal(0f, v));
            Assert.All(buffer.AsSpan(start + n).ToArray(), v => Assert.Equal(0f, v));
        }

        [Fact]
        public void Double_and_Half_vector_math_gradients_stream_correctly()
        {
            const int channels = 48;
            int n = (int)(Streaming.ThresholdBytes / 8) + 3 * channels;
            n -= n % channels;
            double[] x = TestData.Uniform<double>(n, -5, 5, seed: 33), dy = TestData.Uniform<double>(n, -1, 1, seed: 34);
            var expected = new double[n];
            var pieceSums = new double[channels];
            InPieces(n, channels * 64, (s, len) => StreamingKernels.BiasGeluBackward(x.AsSpan(s, len), dy.AsSpan(s, len), expected.AsSpan(s, len), pieceSums));
            var dx = new double[n + 1];
            var dbias = new double[channels];
            StreamingKernels.BiasGeluBackward(x, dy, dx.AsSpan(1, n), dbias);
            AssertSameBits(expected, dx.AsSpan(1, n), "double dx");
            AssertSameBits(RowOrderSums(expected, channels, v => v, s => s), dbias, "double dbias");

            int nh = (int)(Streaming.ThresholdBytes / 2) + 7;
            Half[] xh = TestData.Values<Half>(nh, seed: 35), dyh = TestData.Values<Half>(nh, seed: 36);
            var expectedH = new Half[nh];
            InPieces(nh, 1 << 16, (s, len) => StreamingKernels.GeluBackward(xh.AsSpan(s, len), dyh.AsSpan(s, len), expectedH.AsSpan(s, len)));
            var dxh = new Half[nh + 3];
            StreamingKernels.GeluBackward(xh, dyh, dxh.AsSpan(3, nh));
            AssertSameBits(expectedH, dxh.AsSpan(3, nh), "Half dx");
        }

        /// <summary>Each channel's values summed in double over the rows in ascending order, rounded once.</summary>
        private static T[] RowOrderSums<T>(T[] values, int channels, Func<T, double> widen, Func<double, T> narrow)
        {
            var sums = new T[channels];
            for (int c = 0; c < channels; c++)
            {
                double sum = 0;
                for (int k = c; k < values.Length; k += channels)
                {
                    sum += widen(values[k]);
                }

                sums[c] = narrow(sum);
            }

            return sums;
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

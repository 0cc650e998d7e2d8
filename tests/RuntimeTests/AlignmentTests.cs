using System;
using FusedKernels.RuntimeTests.Infrastructure;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    public static partial class AlignmentKernels
    {
        [Activation("leaky_relu", Alpha = 0.1)] public static partial void ScaleBiasLeaky(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("relu6")] public static partial void ResidualRelu6(ReadOnlySpan<float> x, ReadOnlySpan<float> residual, Span<float> preactivation, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.1)] public static partial void ScaleBiasLeakyPre(ReadOnlySpan<float> x, float scale, float bias, Span<float> preactivation, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.1)] public static partial void BiasLeaky(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y);
        [Activation("relu")] public static partial void BiasRelu(Span<float> x, ReadOnlySpan<float> bias);
        [Activation("prelu")] public static partial void PRelu(ReadOnlySpan<double> x, ReadOnlySpan<double> alpha, Span<double> y);
    }

    /// <summary>
    /// From 16 vectors on, a piecewise loop whose x is as far from alignment as y (in place, for one) stores y's first
    /// vector unaligned, then the vector at y's first aligned element, whose inputs it reads before the first store.
    /// Every misalignment, in place and out of place, with per-channel cursors starting mid-period, a preactivation
    /// output and a role span that is y, must give the bits of short calls (which never align). Run on every vector
    /// path by the CI matrix.
    /// </summary>
    public class AlignmentTests
    {
        private const int Channels = 3; // the aligned loop's cursors start mid-period
        private const int Piece = Channels * 20; // short calls: below 16 vectors of any width, whole channels

        public static TheoryData<int, int> Cases()
        {
            var data = new TheoryData<int, int>();
            foreach (int n in new[] { 256 * Channels, 1365 * Channels })
            {
                for (int offset = 0; offset < 16; offset++)
                {
                    data.Add(n, offset);
                }
            }

            return data;
        }

        private static int Apart(int n) => (n + 63) / 64 * 64;

        private static void InPieces(int n, Action<int, int> kernel)
        {
            for (int start = 0; start < n; start += Piece)
            {
                kernel(start, Math.Min(Piece, n - start));
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Per_channel_float_kernel_in_place_and_out_of_place(int n, int offset)
        {
            float[] x = TestData.Values<float>(n, seed: 31);
            float[] bias = TestData.Values<float>(Channels, seed: 32);
            var expected = new float[n];
            InPieces(n, (s, len) => AlignmentKernels.ScaleBiasLeaky(x.AsSpan(s, len), 0.75f, bias, expected.AsSpan(s, len)));

            // x and y a multiple of 64 floats apart in one buffer: equally far from alignment whatever its address.
            var buffer = new float[offset + Apart(n) + n];
            x.CopyTo(buffer.AsSpan(offset));
            Span<float> y = buffer.AsSpan(offset + Apart(n), n);
            AlignmentKernels.ScaleBiasLeaky(buffer.AsSpan(offset, n), 0.75f, bias, y);
            Bits.AssertEqual<float>(expected, y, x, $"out of place, n = {n}, offset {offset}");

            Span<float> inPlace = buffer.AsSpan(offset, n);
            x.CopyTo(inPlace);
            AlignmentKernels.ScaleBiasLeaky(inPlace, 0.75f, bias, inPlace);
            Bits.AssertEqual<float>(expected, inPlace, x, $"in place, n = {n}, offset {offset}");
        }

        // A per-channel role whose period every vector width divides is read in place, so its vectors must start at
        // multiples of the width: such a kernel must not align (found by FusionTests: y left unwritten in each row).
        [Theory]
        [MemberData(nameof(Cases))]
        public void Per_channel_role_read_in_place_in_place(int n, int offset)
        {
            const int channels = 64;
            n -= n % channels;
            float[] x = TestData.Values<float>(n, seed: 39);
            float[] bias = TestData.Values<float>(channels, seed: 40);
            float[] expected = (float[])x.Clone();
            for (int start = 0; start < n; start += channels)
            {
                AlignmentKernels.BiasRelu(expected.AsSpan(start, channels), bias);
            }

            var buffer = new float[offset + n];
            Span<float> y = buffer.AsSpan(offset, n);
            x.CopyTo(y);
            AlignmentKernels.BiasRelu(y, bias);
            Bits.AssertEqual<float>(expected, y, x, $"n = {n}, offset {offset}");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Preactivation_output_and_a_residual_that_is_y(int n, int offset)
        {
            float[] x = TestData.Values<float>(n, seed: 33);
            float[] residual = TestData.Values<float>(n, seed: 34);
            float[] expected = new float[n], expectedPre = new float[n];
            InPieces(n, (s, len) => AlignmentKernels.ResidualRelu6(x.AsSpan(s, len), residual.AsSpan(s, len), expectedPre.AsSpan(s, len), expected.AsSpan(s, len)));

            var buffer = new float[offset + Apart(n) + n];
            var preBuffer = new float[offset + n];
            Span<float> y = buffer.AsSpan(offset + Apart(n), n);
            residual.CopyTo(y);
            x.CopyTo(buffer.AsSpan(offset));
            AlignmentKernels.ResidualRelu6(buffer.AsSpan(offset, n), y, preBuffer.AsSpan(offset, n), y);
            Bits.AssertEqual<float>(expected, y, x, $"y, n = {n}, offset {offset}");
            Bits.AssertEqual<float>(expectedPre, preBuffer.AsSpan(offset, n), x, $"preactivation, n = {n}, offset {offset}");
        }

        /// <summary>
        /// Without span roles the 4× loop addresses each pass's vectors from x, y and the preactivation at the pass's first
        /// element (<c>Cheap512</c>'s atPass), the preactivation included.
        /// </summary>
        [Theory]
        [MemberData(nameof(Cases))]
        public void Preactivation_output_without_span_roles(int n, int offset)
        {
            float[] x = TestData.Values<float>(n, seed: 36);
            float[] expected = new float[n], expectedPre = new float[n];
            InPieces(n, (s, len) => AlignmentKernels.ScaleBiasLeakyPre(x.AsSpan(s, len), 1.5f, -0.25f, expectedPre.AsSpan(s, len), expected.AsSpan(s, len)));

            var buffer = new float[offset + n];
            var preBuffer = new float[offset + n];
            AlignmentKernels.ScaleBiasLeakyPre(x, 1.5f, -0.25f, preBuffer.AsSpan(offset, n), buffer.AsSpan(offset, n));
            Bits.AssertEqual<float>(expected, buffer.AsSpan(offset, n), x, $"y, n = {n}, offset {offset}");
            Bits.AssertEqual<float>(expectedPre, preBuffer.AsSpan(offset, n), x, $"preactivation, n = {n}, offset {offset}");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Half_and_double_kernels_in_place(int n, int offset)
        {
            Half[] xh = TestData.Values<Half>(n, seed: 35);
            Half[] biasH = TestData.Values<Half>(Channels, seed: 36);
            var expectedH = new Half[n];
            InPieces(n, (s, len) => AlignmentKernels.BiasLeaky(xh.AsSpan(s, len), biasH, expectedH.AsSpan(s, len)));
            var bufferH = new Half[offset + n];
            Span<Half> yh = bufferH.AsSpan(offset, n);
            xh.CopyTo(yh);
            AlignmentKernels.BiasLeaky(yh, biasH, yh);
            Bits.AssertEqual<Half>(expectedH, yh, xh, $"Half, n = {n}, offset {offset}");

            double[] xd = TestData.Values<double>(n, seed: 37);
            double[] alpha = TestData.Values<double>(Channels, seed: 38);
            var expectedD = new double[n];
            InPieces(n, (s, len) => AlignmentKernels.PRelu(xd.AsSpan(s, len), alpha, expectedD.AsSpan(s, len)));
            var bufferD = new double[offset + n];
            Span<double> yd = bufferD.AsSpan(offset, n);
            xd.CopyTo(yd);
            AlignmentKernels.PRelu(yd, alpha, yd);
            Bits.AssertEqual<double>(expectedD, yd, xd, $"double, n = {n}, offset {offset}");
        }
    }
}

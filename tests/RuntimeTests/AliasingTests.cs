using System;
using FusedKernels.CompilerServices;
using FusedKernels.RuntimeTests.Infrastructure;
using FusedKernels.Testing;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>Kernels with element-wise roles, called with a role span that is the destination itself.</summary>
    public static partial class AliasingKernels
    {
        [Activation("relu")] static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.1)] public static partial void ScaleBiasResidualLeaky(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, ReadOnlySpan<float> residual, Span<float> y);
        [Activation("relu6")] public static partial void GatedRelu6(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("prelu")] public static partial void PRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);
        [Activation("relu")] public static partial void BiasReluDouble(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, Span<double> y);
        [Activation("sigmoid")] public static partial void BiasSigmoid(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [ActivationGradient("prelu")] public static partial void PReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx);

        // A bug once found (a bias that is the destination, past the streaming threshold), declared as it was found: without an access modifier.
        public static void CallBiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y) => BiasRelu(x, bias, y);
    }

    /// <summary>
    /// Every allowed aliasing must give the bits of the same call on separate buffers: a role span (or several) that
    /// is the destination itself, or inputs that are one another, below and past the streaming threshold
    /// (<see cref="Streaming.ThresholdBytes"/>, where the loops store a head vector and restart at an aligned element),
    /// at misaligned starts. Run on every vector path by the CI matrix.
    /// </summary>
    public class AliasingTests
    {
        /// <summary>A kernel with up to three role spans (unused ones ignored).</summary>
        private delegate void Kernel(ReadOnlySpan<float> x, ReadOnlySpan<float> r0, ReadOnlySpan<float> r1, ReadOnlySpan<float> r2, Span<float> y);

        private static readonly int Long = (int)(Streaming.ThresholdBytes / sizeof(float)) + 37;

        public static TheoryData<int, int> Sizes()
        {
            var data = new TheoryData<int, int>();
            foreach (int n in new[] { 1000, 4_194_404, Long })
            {
                foreach (int offset in new[] { 0, 1, 3 })
                {
                    data.Add(n, offset);
                }
            }

            return data;
        }

        [Fact]
        public void Bias_that_is_the_destination_past_the_streaming_threshold_is_right()
        {
            // The case once found wrong: relu(x + bias) with bias and y the same 4,194,404-element span.
            const int n = 4_194_404;
            float[] x = TestData.Values<float>(n, seed: 1);
            float[] y = TestData.Values<float>(n, seed: 2);
            var expected = new float[n];
            for (int i = 0; i < n; i++)
            {
                expected[i] = Reference.Relu(x[i] + y[i]);
            }

            AliasingKernels.CallBiasRelu(x, y, y);
            Bits.AssertEqual<float>(expected, y, x, "bias is y");
        }

        [Theory]
        [MemberData(nameof(Sizes))]
        public void Each_role_aliased_to_the_destination_gives_the_separate_buffer_bits(int n, int offset)
        {
            Check(n, offset, 4, (x, a, b, c, y) => AliasingKernels.ScaleBiasResidualLeaky(x, a, b, c, y), "scale·x + bias + residual, leaky_relu", roles: 3);
            Check(n, offset, 5, (x, a, _, _, y) => AliasingKernels.GatedRelu6(x, a, y), "relu6(x)·multiplier", roles: 1);
            Check(n, offset, 6, (x, a, _, _, y) => AliasingKernels.PRelu(x, a, y), "prelu, alpha", roles: 1);
            Check(n, offset, 7, (x, a, _, _, y) => AliasingKernels.BiasSigmoid(x, a, y), "sigmoid(x + bias)", roles: 1);
            Check(n, offset, 8, (x, a, b, _, y) => AliasingKernels.PReluBackward(x, a, b, y), "prelu backward: alpha, dy", roles: 2);
        }

        [Theory]
        [InlineData(1000, 1)]
        [InlineData(2_097_152 + 13, 1)] // past the threshold for 8-byte elements
        public void Double_bias_aliased_to_the_destination_gives_the_separate_buffer_bits(int n, int offset)
        {
            double[] x = TestData.Values<double>(n, seed: 3);
            double[] bias = TestData.Values<double>(n, seed: 4);
            var expected = new double[n];
            AliasingKernels.BiasReluDouble(x, bias, expected);

            var buffer = new double[n + offset];
            Span<double> y = buffer.AsSpan(offset, n);
            bias.CopyTo(y);
            AliasingKernels.BiasReluDouble(x, y, y);
            Bits.AssertEqual<double>(expected, y, x, "bias is y");
        }

        /// <summary>
        /// Each role in turn, then all roles at once, aliased to the destination (which then holds that role's values);
        /// then x too (fully in place). Every result must be the bits of the same call on separate buffers.
        /// </summary>
        private static void Check(int n, int offset, int seed, Kernel kernel, string name, int roles)
        {
            float[] x = TestData.Values<float>(n, seed: seed);
            float[][] values = new float[3][];
            for (int r = 0; r < 3; r++)
            {
                values[r] = TestData.Values<float>(n, seed: seed + 10 + r);
            }

            var buffer = new float[n + offset];
            int all = (1 << roles) - 1;
            foreach (int mask in Masks(roles))
            {
                bool xToo = mask > all;
                int roleMask = mask & all;

                // Aliased spans are one span: they all hold the values of the first of them.
                int first = xToo ? -1 : System.Numerics.BitOperations.TrailingZeroCount(roleMask);
                float[] shared = first < 0 ? x : values[first];
                float[] Separate(int r) => (roleMask & (1 << r)) != 0 ? shared : values[r];

                var expected = new float[n];
                kernel(xToo ? shared : x, Separate(0), Separate(1), Separate(2), expected);

                Span<float> y = buffer.AsSpan(offset, n);
                shared.CopyTo(y);
                float[] before = y.ToArray();
                kernel(xToo ? y : x, Aliased(0, roleMask, values, y), Aliased(1, roleMask, values, y), Aliased(2, roleMask, values, y), y);
                Bits.AssertEqual<float>(expected, y, before, $"{name}: n = {n}, offset {offset}, aliased to y: roles mask {roleMask}{(xToo ? " and x" : "")}");
            }
        }

        private static ReadOnlySpan<float> Aliased(int r, int roleMask, float[][] values, Span<float> y) => (roleMask & (1 << r)) != 0 ? y : values[r];

        private static System.Collections.Generic.IEnumerable<int> Masks(int roles)
        {
            int all = (1 << roles) - 1;
            for (int r = 0; r < roles; r++)
            {
                yield return 1 << r;
            }

            if (roles > 1)
            {
                yield return all;
            }

            yield return (all + 1) | all; // x, every role and y one span
        }
    }
}

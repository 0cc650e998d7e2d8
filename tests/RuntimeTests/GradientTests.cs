using System;
using System.Linq;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;
using FusedKernels.RuntimeTests.Infrastructure;
using K = FusedKernels.RuntimeTests.Kernels.GradientKernels;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// [ActivationGradient] kernels (SPEC §7) on the active path: piecewise gradients bit-identical to the
    /// reference, smooth ones within the derivative bounds (float 1 ULP, double 4 ULP, or 4 ULP of |dy| near
    /// a zero of the derivative), reductions against a double sum.
    /// </summary>
    public class GradientTests
    {
        private const float SeluAlpha = 1.6732632f, SeluGamma = 1.050701f;

        [Fact] public void Identity() => GradientHarness.Check<float>(K.Identity, (x, dy) => dy, "identity′");
        [Fact] public void Relu() => GradientHarness.Check<float>(K.Relu, Reference.ReluGradient, "relu′");
        [Fact] public void Relu_from_y_in_place() => GradientHarness.CheckInPlace<double>(K.ReluFromY, (x, dy) => Reference.ReluGradient(Reference.Relu(x), dy), "relu′ from y");
        [Fact] public void Relu6() => GradientHarness.Check<float>(K.Relu6, Reference.Relu6Gradient, "relu6′");
        [Fact] public void LeakyRelu() => GradientHarness.Check<float>(K.LeakyRelu, (x, dy) => Reference.LeakyReluGradient(x, dy, 0.2f), "leaky′");
        [Fact] public void LeakyRelu_from_y() => GradientHarness.Check<float>(K.LeakyReluFromY, (x, dy) => Reference.LeakyReluGradient(x, dy, 0.2f), "leaky′ from y");
        [Fact] public void ThresholdedRelu() => GradientHarness.Check<double>(K.ThresholdedRelu, (x, dy) => Reference.ThresholdedReluGradient(x, dy, 1.0), "thresholded′");
        [Fact] public void HardSigmoid() => GradientHarness.Check<float>(K.HardSigmoid, (x, dy) => Reference.HardSigmoidGradient(x, dy, 1f / 6, 0.5f), "hard_sigmoid′");
        [Fact] public void HardTanh_in_place() => GradientHarness.CheckInPlace<float>(K.HardTanh, (x, dy) => Reference.ClipGradient(x, dy, -1f, 1f), "hard_tanh′");
        [Fact] public void Clip() => GradientHarness.Check<double>(K.Clip, (x, dy) => Reference.ClipGradient(x, dy, -2.0, 3.0), "clip′");
        [Fact] public void HardSwish() => GradientHarness.Check<float>(K.HardSwish, Reference.HardSwishGradient, "hard_swish′");
        [Fact] public void Softsign() => GradientHarness.Check<float>(K.Softsign, Reference.SoftsignGradient, "softsign′");

        [Fact] public void Sigmoid() => GradientHarness.Check<float>(K.Sigmoid, (x, dy) => dy * Reference.SigmoidDerivative(x), "sigmoid′", ulps: 1, smooth: true);
        [Fact] public void Sigmoid_from_y_in_place() => GradientHarness.CheckInPlace<float>(K.SigmoidFromY, Reference.SigmoidGradientFromOutput, "sigmoid′ from y");
        [Fact] public void Tanh() => GradientHarness.Check<double>(K.Tanh, (x, dy) => dy * Reference.TanhDerivative(x), "tanh′", ulps: 4, smooth: true);
        [Fact] public void Tanh_from_y() => GradientHarness.Check<float>(K.TanhFromY, Reference.TanhGradientFromOutput, "tanh′ from y");
        [Fact] public void Elu() => GradientHarness.Check<float>(K.Elu, (x, dy) => dy * Reference.EluDerivative(x, 1f), "elu′", ulps: 1, smooth: true);
        [Fact] public void Elu_from_y() => GradientHarness.Check<double>(K.EluFromY, (y, dy) => Reference.EluGradientFromOutput(y, dy, 0.5), "elu′ from y");
        [Fact] public void Selu() => GradientHarness.Check<float>(K.Selu, (x, dy) => dy * Reference.SeluDerivative(x, SeluAlpha, SeluGamma), "selu′", ulps: 1, smooth: true);
        [Fact] public void Celu() => GradientHarness.Check<double>(K.Celu, (x, dy) => dy * Reference.CeluDerivative(x, 2.0), "celu′", ulps: 4, smooth: true);
        [Fact] public void Gelu() => GradientHarness.Check<float>(K.Gelu, (x, dy) => dy * Reference.GeluDerivative(x), "gelu′", ulps: 1, smooth: true);
        [Fact] public void GeluTanh() => GradientHarness.Check<float>(K.GeluTanh, (x, dy) => dy * Reference.GeluTanhDerivative(x), "gelu_tanh′", ulps: 1, smooth: true);
        [Fact] public void Silu() => GradientHarness.Check<double>(K.Silu, (x, dy) => dy * Reference.SiluDerivative(x, 1.0), "silu′", ulps: 4, smooth: true);
        [Fact] public void Mish() => GradientHarness.Check<float>(K.Mish, (x, dy) => dy * Reference.MishDerivative(x), "mish′", ulps: 1, smooth: true);
        [Fact] public void Softplus() => GradientHarness.Check<float>(K.Softplus, (x, dy) => dy * Reference.SoftplusDerivative(x, 2f), "softplus′ β=2", ulps: 1, smooth: true);

        [Fact]
        public void Gelu_half_computes_in_float()
        {
            Half[] x = GradientHarness.Inputs<Half>(300, 1, smooth: true), dy = GradientHarness.Upstream<Half>(300, 2, exactScaling: true), dx = new Half[300];
            K.GeluHalf(x, dy, dx);
            for (int i = 0; i < x.Length; i++)
            {
                Half expected = (Half)((float)dy[i] * Reference.GeluDerivative((float)x[i]));
                Assert.True(Bits.UlpDistance(expected, dx[i]) <= 1, $"gelu′ Half at {x[i]}: {dx[i]} vs {expected}");
            }
        }

        [Fact]
        public void Bias_gelu_backward_sums_dx_per_channel_in_double()
        {
            foreach (int channels in new[] { 1, 3, 8, 64, 1000 })
            {
                for (int rows = 0; rows <= 17; rows++)
                {
                    int n = channels * rows;
                    float[] x = GradientHarness.Inputs<float>(n, n + channels, smooth: true).Select(v => float.IsFinite(v) ? v : 0.5f).ToArray();
                    float[] dy = GradientHarness.Upstream<float>(n, rows, exactScaling: true);
                    float[] dx = new float[n], dbias = Enumerable.Repeat(99f, channels).ToArray();
                    K.BiasGeluBackward(x, dy, dx, dbias);
                    if (n == 0)
                    {
                        Assert.All(dbias, v => Assert.Equal(99f, v)); // empty input is a no-op
                        continue;
                    }

                    for (int c = 0; c < channels; c++)
                    {
                        double sum = 0;
                        for (int r = 0; r < rows; r++) sum += dx[r * channels + c];
                        Assert.True(Bits.UlpDistance((float)sum, dbias[c]) <= 0, $"dbias[{c}] L={channels} rows={rows}: {dbias[c]} vs {(float)sum}");
                    }

                    for (int i = 0; i < n; i++)
                    {
                        float expected = dy[i] * Reference.GeluDerivative(x[i]);
                        Assert.True(Bits.UlpDistance(expected, dx[i]) <= 1 || Math.Abs(expected - dx[i]) <= 4 * (MathF.BitIncrement(MathF.Abs(dy[i])) - MathF.Abs(dy[i])), $"dx[{i}]");
                    }
                }
            }
        }

        [Fact]
        public void Bias_relu_backward_double_is_exact()
        {
            foreach (int channels in new[] { 1, 3, 8, 64, 1000 })
            {
                int n = channels * 13;
                double[] x = TestData.Values<double>(n, channels), dy = GradientHarness.Upstream<double>(n, 5, exactScaling: true), dx = new double[n], dbias = new double[channels];
                K.BiasReluBackward(x, dy, dx, dbias);
                Bits.AssertEqual<double>(x.Select((v, i) => Reference.ReluGradient(v, dy[i])).ToArray(), dx, x, $"relu′ L={channels}");
                for (int c = 0; c < channels; c++)
                {
                    // dy are powers of two ≤ 64 and at most 13 of them per channel: the double sum is exact in any order.
                    double sum = 0;
                    for (int r = 0; r < 13; r++) sum += dx[r * channels + c];
                    Assert.Equal(sum, dbias[c]);
                }
            }
        }

        [Fact]
        public void Prelu_backward_gives_dx_and_dalpha()
        {
            foreach (int channels in new[] { 1, 3, 8, 64, 1000 })
            {
                foreach (int rows in new[] { 1, 2, 5, 17 })
                {
                    int n = channels * rows;
                    var random = new Random(n);
                    float[] x = Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 8 - 4)).ToArray();
                    float[] alpha = Enumerable.Range(0, channels).Select(_ => (float)random.NextDouble()).ToArray();
                    float[] dy = GradientHarness.Upstream<float>(n, rows, exactScaling: false).Select(v => float.IsFinite(v) ? v % 10 : 1f).ToArray();
                    float[] dx = new float[n], dalpha = new float[channels];
                    K.PReluBackward(x, alpha, dy, dx, dalpha);
                    Bits.AssertEqual<float>(x.Select((v, i) => Reference.LeakyReluGradient(v, dy[i], alpha[i % channels])).ToArray(), dx, x, $"prelu′ L={channels} rows={rows}");
                    for (int c = 0; c < channels; c++)
                    {
                        double sum = 0;
                        for (int r = 0; r < rows; r++)
                        {
                            int i = r * channels + c;
                            if (!(x[i] > 0)) sum += (double)(dy[i] * x[i]);
                        }

                        Assert.True(Math.Abs(sum - dalpha[c]) <= 1e-6 * Math.Max(1, Math.Abs(sum)), $"dalpha[{c}] L={channels} rows={rows}: {dalpha[c]} vs {sum}");
                    }
                }
            }
        }

        [Fact]
        public void SwiGlu_backward_gives_dx_and_dmultiplier_in_one_pass()
        {
            foreach (int channels in new[] { 3, 64 })
            {
                int n = channels * 9;
                float[] x = GradientHarness.Inputs<float>(n, 3, smooth: true).Select(v => float.IsFinite(v) ? v : 1f).ToArray();
                float[] m = GradientHarness.Upstream<float>(channels, 4, exactScaling: true);
                float[] dy = GradientHarness.Upstream<float>(n, 5, exactScaling: true);
                float[] dx = new float[n], dm = new float[n];
                K.SwiGluBackward(x, m, dy, dx, dm);
                for (int i = 0; i < n; i++)
                {
                    float d = dy[i] * m[i % channels]; // exact: powers of two
                    float expectedDx = d * Reference.SiluDerivative(x[i], 1f);
                    Assert.True(Bits.UlpDistance(expectedDx, dx[i]) <= 1 || MathF.Abs(expectedDx - dx[i]) <= 4 * (MathF.BitIncrement(MathF.Abs(d)) - MathF.Abs(d)), $"dx[{i}] at x={x[i]}");
                    float expectedDm = dy[i] * Reference.Silu(x[i], 1f);
                    Assert.True(Bits.UlpDistance(expectedDm, dm[i]) <= 1, $"dm[{i}] at x={x[i]}: {dm[i]} vs {expectedDm}");
                }
            }
        }

        [Fact]
        public void Value_and_vector_shapes()
        {
            foreach (float x in TestData.Values<float>(400))
            {
                Assert.True(Bits.Equal(Reference.LeakyReluGradient(x, 0.75f, 0.2f), K.LeakyRelu(x, 0.75f)), $"leaky′({x})");
                float y = float.IsFinite(x) ? Reference.Sigmoid(x) : 0.5f;
                Vector256<float> r = K.SigmoidFromY(Vector256.Create(y), Vector256.Create(x));
                Assert.True(Bits.Equal(Reference.SigmoidGradientFromOutput(y, x), r[3]), $"sigmoid′ from y={y}, dy={x}");
            }
        }

        [Fact]
        public void Errors_name_the_parameter_and_write_nothing()
        {
            float[] x = TestData.Values<float>(12), dx = Enumerable.Repeat(7f, 12).ToArray(), dbias = Enumerable.Repeat(7f, 5).ToArray();
            var e = Assert.Throws<ArgumentException>(() => K.Relu(x, new float[11], dx));
            Assert.Equal("dy", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.Relu(x, new float[12], new float[11]));
            Assert.Equal("dx", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.BiasGeluBackward(x, new float[12], dx, dbias));
            Assert.Equal("dbias", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.PReluBackward(x, new float[3], new float[12], dx, new float[4]));
            Assert.Equal("dalpha", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.SwiGluBackward(x, new float[3], new float[12], dx, new float[10]));
            Assert.Equal("dmultiplier", e.ParamName);
            Assert.All(dx, v => Assert.Equal(7f, v));
            Assert.All(dbias, v => Assert.Equal(7f, v));

            // A reduction overlapping an input or dx is rejected.
            float[] buffer = new float[24];
            e = Assert.Throws<ArgumentException>(() => K.BiasGeluBackward(x, new float[12], buffer.AsSpan(0, 12), buffer.AsSpan(8, 4)));
            Assert.Equal("dbias", e.ParamName);
        }
    }
}

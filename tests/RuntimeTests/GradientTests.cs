using System;
using System.Linq;
using System.Runtime.Intrinsics;
using FusedKernels.CompilerServices;
using FusedKernels.Runtime;
using FusedKernels.RuntimeTests.Infrastructure;
using FusedKernels.Testing;
using K = FusedKernels.RuntimeTests.Kernels.GradientKernels;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// [ActivationGradient] kernels (docs/activations.md, derivatives) on the active path: piecewise gradients bit-identical to the
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
        [Fact] public void Gelu() => GradientHarness.Check<float>(K.Gelu, (x, dy) => dy * Reference.GeluDerivative(x), "gelu′", ulps: 2, smooth: true); // float gelu′ is proven ≤ 2 ULP (docs/accuracy.md)
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
                        Assert.All(dbias, v => Assert.Equal(0f, v)); // a sum over no rows is 0: the stale values must not survive
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
        public void Empty_input_zeroes_dalpha_and_dbias()
        {
            // Reductions overwrite their destination; over no rows the sum is 0, not whatever was there.
            float[] dalpha = { 5f, -3f, float.NaN };
            K.PReluBackward(ReadOnlySpan<float>.Empty, new float[3], ReadOnlySpan<float>.Empty, Span<float>.Empty, dalpha);
            Assert.All(dalpha, v => Assert.Equal(0f, v));

            double[] dbias = { 1.5, double.PositiveInfinity };
            K.BiasReluBackward(ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty, Span<double>.Empty, dbias);
            Assert.All(dbias, v => Assert.Equal(0d, v));
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

        /// <summary>A gated backward kernel: dx = dy·m·f′(x), dmultiplier = dy·f(x).</summary>
        private delegate void GatedKernel(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);

        /// <summary>
        /// dx within <paramref name="dxUlp"/> ULP of dy·m·f′ (or 4 ULP of dy·m near f′'s zero) and dmultiplier within 1 ULP of
        /// dy·f, against the references, on a per-channel multiplier (powers of two, so dy·m is exact).
        /// </summary>
        private static void AssertGated(GatedKernel kernel, Func<float, float> f, Func<float, float> fPrime, int dxUlp)
        {
            foreach (int channels in new[] { 3, 64 })
            {
                int n = channels * 9;
                float[] x = GradientHarness.Inputs<float>(n, 3, smooth: true).Select(v => float.IsFinite(v) ? v : 1f).ToArray();
                float[] m = GradientHarness.Upstream<float>(channels, 4, exactScaling: true);
                float[] dy = GradientHarness.Upstream<float>(n, 5, exactScaling: true);
                float[] dx = new float[n], dm = new float[n];
                kernel(x, m, dy, dx, dm);
                for (int i = 0; i < n; i++)
                {
                    float d = dy[i] * m[i % channels];
                    float expectedDx = d * fPrime(x[i]);
                    Assert.True(Bits.UlpDistance(expectedDx, dx[i]) <= dxUlp || MathF.Abs(expectedDx - dx[i]) <= 4 * (MathF.BitIncrement(MathF.Abs(d)) - MathF.Abs(d)), $"dx[{i}] at x={x[i]}: {dx[i]} vs {expectedDx} ({Paths.Active})");
                    // f is within 1 ULP; where f(x) is subnormal that ULP is the smallest subnormal, which dy scales.
                    float expectedDm = dy[i] * f(x[i]);
                    Assert.True(Bits.UlpDistance(expectedDm, dm[i]) <= 1 || MathF.Abs(expectedDm - dm[i]) <= MathF.Abs(dy[i]) * float.Epsilon, $"dm[{i}] at x={x[i]}: {dm[i]} vs {expectedDm} ({Paths.Active})");
                }
            }
        }

        [Fact]
        public void SwiGlu_backward_gives_dx_and_dmultiplier_in_one_pass() =>
            AssertGated(K.SwiGluBackward, v => Reference.Silu(v, 1f), v => Reference.SiluDerivative(v, 1f), 1);

        [Fact]
        public void GeGlu_backward_gives_dx_and_dmultiplier_from_one_call()
        {
            // The kernel calls GeluAndDerivative once per vector (a call, not inlined: see its file); its two parts are
            // Gelu's and GeluDerivative's bits on every width. gelu′ is within 2 ULP (docs/accuracy.md).
            AssertGated(K.GeGluBackward, Reference.Gelu, Reference.GeluDerivative, 2);

            double[] xd = GradientHarness.Inputs<double>(5 * 11, 2, smooth: true);
            double[] md = GradientHarness.Upstream<double>(5, 4, exactScaling: true);
            double[] dyd = GradientHarness.Upstream<double>(xd.Length, 6, exactScaling: true);
            double[] dxd = new double[xd.Length], dmd = new double[xd.Length];
            K.GeGluBackwardDouble(xd, md, dyd, dxd, dmd);
            Bits.AssertEqual<double>(xd.Select((v, i) => dyd[i] * md[i % 5] * VectorMath.GeluDerivative(v)).ToArray(), dxd, xd, "GeGLU dx (double)");
            Bits.AssertEqual<double>(xd.Select((v, i) => dyd[i] * VectorMath.Gelu(v)).ToArray(), dmd, xd, "GeGLU dm (double)");

            foreach (float v in new[] { -5f, -0.75f, 0f, 0.3f, 2.5f, 9f, float.NaN })
            {
                Assert.Equal((VectorMath.Gelu(v), VectorMath.GeluDerivative(v)), VectorMath.GeluAndDerivative(v));
                var (g512, d512) = VectorMath.GeluAndDerivative(Vector512.Create(v));
                Assert.Equal(VectorMath.Gelu(Vector512.Create(v)), g512);
                Assert.Equal(VectorMath.GeluDerivative(Vector512.Create(v)), d512);
                var (g256, d256) = VectorMath.GeluAndDerivative(Vector256.Create(v));
                Assert.Equal(VectorMath.Gelu(Vector256.Create(v)), g256);
                Assert.Equal(VectorMath.GeluDerivative(Vector256.Create(v)), d256);
                var (g128, d128) = VectorMath.GeluAndDerivative(Vector128.Create(v));
                Assert.Equal(VectorMath.Gelu(Vector128.Create(v)), g128);
                Assert.Equal(VectorMath.GeluDerivative(Vector128.Create(v)), d128);
            }
        }

        [Fact]
        public void SwiGlu_backward_in_place_with_beta_and_in_double()
        {
            // The kernel calls SiluAndDerivative (one σ for both outputs; its parts are checked against Silu and
            // SiluDerivative per width below). Here: the kernel's bounds in place (dx overwrites dy), with β ≠ 1, a
            // per-channel multiplier and lengths around every vector width (the remainder vector included).
            const float Beta = 1.702f;
            foreach (int channels in new[] { 1, 5, 16 })
            {
                for (int rows = 1; rows <= 41; rows += 4)
                {
                    int n = channels * rows;
                    float[] x = GradientHarness.Inputs<float>(n, rows, smooth: true).Select(v => float.IsFinite(v) ? v : -3f).ToArray();
                    float[] m = GradientHarness.Upstream<float>(channels, 7, exactScaling: true);
                    float[] dy = GradientHarness.Upstream<float>(n, 9, exactScaling: true), dyIn = (float[])dy.Clone();
                    float[] dm = new float[n];
                    K.SwiGluBackwardBeta(x, m, dy, dm);
                    for (int i = 0; i < n; i++)
                    {
                        float d = dyIn[i] * m[i % channels]; // exact: powers of two
                        float expectedDx = d * Reference.SiluDerivative(x[i], Beta);
                        Assert.True(Bits.UlpDistance(expectedDx, dy[i]) <= 1 || MathF.Abs(expectedDx - dy[i]) <= 4 * (MathF.BitIncrement(MathF.Abs(d)) - MathF.Abs(d)), $"dx[{i}] at x={x[i]}: {dy[i]} vs {expectedDx} ({Paths.Active})");
                        float expectedDm = dyIn[i] * Reference.Silu(x[i], Beta);
                        Assert.True(Bits.UlpDistance(expectedDm, dm[i]) <= 1, $"dm[{i}] at x={x[i]}: {dm[i]} vs {expectedDm} ({Paths.Active})");
                    }
                }
            }

            // Double: both parts are the double functions' values, bit for bit.
            foreach (int channels in new[] { 3, 8 })
            {
                int n = channels * 11;
                double[] x = GradientHarness.Inputs<double>(n, 2, smooth: true);
                double[] m = GradientHarness.Upstream<double>(channels, 4, exactScaling: true);
                double[] dy = GradientHarness.Upstream<double>(n, 6, exactScaling: true);
                double[] dx = new double[n], dm = new double[n];
                K.SwiGluBackwardDouble(x, m, dy, dx, dm);
                Bits.AssertEqual<double>(x.Select((v, i) => dy[i] * m[i % channels] * VectorMath.SiluDerivative(v, 1.0)).ToArray(), dx, x, "SwiGLU dx (double)");
                Bits.AssertEqual<double>(x.Select((v, i) => dy[i] * VectorMath.Silu(v, 1.0)).ToArray(), dm, x, "SwiGLU dm (double)");
            }
        }

        [Theory]
        [InlineData(1f)]
        [InlineData(1.702f)]
        [InlineData(-0.5f)]
        public void SiluAndDerivative_matches_Silu_and_SiluDerivative_on_every_width(float beta)
        {
            // Every 4093rd float bit pattern (both signs, all binades, NaN and ±Inf among the specials) on every overload.
            var list = new System.Collections.Generic.List<float> { 0f, -0f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue, 200f, -200f, 117.6f, -117.6f };
            for (long bits = 0; bits < (1L << 32); bits += 4093) list.Add(BitConverter.Int32BitsToSingle((int)(uint)bits));
            while (list.Count % 16 != 0) list.Add(1f);
            float[] x = list.ToArray();
            for (int width = 0; width < 4; width++)
            {
                float[] v = new float[x.Length], d = new float[x.Length];
                for (int i = 0; i < x.Length; i += 16)
                {
                    for (int k = 0; k < 16; k++)
                    {
                        // Lane k of the overload of this width (0 scalar, 1 Vector128, 2 Vector256, 3 Vector512).
                        (v[i + k], d[i + k]) = width switch
                        {
                            0 => VectorMath.SiluAndDerivative(x[i + k], beta),
                            1 => Lane(VectorMath.SiluAndDerivative(Vector128.Create(x.AsSpan(i + k / 4 * 4, 4)), beta), k % 4),
                            2 => Lane(VectorMath.SiluAndDerivative(Vector256.Create(x.AsSpan(i + k / 8 * 8, 8)), beta), k % 8),
                            _ => Lane(VectorMath.SiluAndDerivative(Vector512.Create(x.AsSpan(i, 16)), beta), k),
                        };
                    }
                }

                for (int i = 0; i < x.Length; i++)
                {
                    float separate = width switch
                    {
                        0 => VectorMath.SiluDerivative(x[i], beta),
                        1 => VectorMath.SiluDerivative(Vector128.Create(x[i]), beta)[0],
                        2 => VectorMath.SiluDerivative(Vector256.Create(x[i]), beta)[0],
                        _ => VectorMath.SiluDerivative(Vector512.Create(x[i]), beta)[0],
                    };
                    Assert.True(Bits.Equal(separate, d[i]), $"silu′({x[i]:R}, β={beta}) width {width}: {d[i]:R} vs SiluDerivative {separate:R} ({Paths.Active})");
                    long ulps = Bits.UlpDistance(Reference.Silu(x[i], beta), v[i]);
                    Assert.True(ulps <= 1, $"silu({x[i]:R}, β={beta}) width {width}: {v[i]:R} is {ulps} ULP from {Reference.Silu(x[i], beta):R} ({Paths.Active})");
                    if (!(beta * x[i] < 0))
                    {
                        float silu = width switch
                        {
                            0 => VectorMath.Silu(x[i], beta),
                            1 => VectorMath.Silu(Vector128.Create(x[i]), beta)[0],
                            2 => VectorMath.Silu(Vector256.Create(x[i]), beta)[0],
                            _ => VectorMath.Silu(Vector512.Create(x[i]), beta)[0],
                        };
                        Assert.True(Bits.Equal(silu, v[i]), $"silu({x[i]:R}, β={beta}) width {width}: {v[i]:R} vs Silu {silu:R} (βx ≥ 0: same σ)");
                    }
                }
            }

            static (float, float) Lane<TV>((TV Value, TV Derivative) r, int k) where TV : struct => (Get(r.Value, k), Get(r.Derivative, k));
            static float Get<TV>(TV v, int k) where TV : struct => v switch
            {
                Vector128<float> a => a[k],
                Vector256<float> a => a[k],
                Vector512<float> a => a[k],
                _ => throw new NotSupportedException(),
            };
        }

        [Fact]
        public void SiluAndDerivative_double_is_the_two_double_functions()
        {
            double[] x = GradientHarness.Inputs<double>(4096, 11, smooth: true).Concat(new[] { 0.0, -0.0, 800.0, -800.0, 1e300, -1e300, double.PositiveInfinity, double.NegativeInfinity, double.NaN, -745.5, -700.5 }).ToArray();
            foreach (double beta in new[] { 1.0, 1.702 })
            {
                foreach (double v in x)
                {
                    var (s, d) = VectorMath.SiluAndDerivative(v, beta);
                    Assert.True(Bits.Equal(VectorMath.Silu(v, beta), s) && Bits.Equal(VectorMath.SiluDerivative(v, beta), d), $"scalar at {v:R}");
                    var (s8, d8) = VectorMath.SiluAndDerivative(Vector512.Create(v), beta);
                    Assert.True(Bits.Equal(VectorMath.Silu(Vector512.Create(v), beta)[3], s8[3]) && Bits.Equal(VectorMath.SiluDerivative(Vector512.Create(v), beta)[5], d8[5]), $"Vector512 at {v:R}");
                    var (s4, d4) = VectorMath.SiluAndDerivative(Vector256.Create(v), beta);
                    Assert.True(Bits.Equal(VectorMath.Silu(Vector256.Create(v), beta)[1], s4[1]) && Bits.Equal(VectorMath.SiluDerivative(Vector256.Create(v), beta)[2], d4[2]), $"Vector256 at {v:R}");
                    var (s2, d2) = VectorMath.SiluAndDerivative(Vector128.Create(v), beta);
                    Assert.True(Bits.Equal(VectorMath.Silu(Vector128.Create(v), beta)[0], s2[0]) && Bits.Equal(VectorMath.SiluDerivative(Vector128.Create(v), beta)[1], d2[1]), $"Vector128 at {v:R}");
                }
            }
        }

        [Fact]
        public void KeepLanesFrom_clears_exactly_the_lanes_below()
        {
            for (int from = 0; from <= 16; from++)
            {
                var f512 = Reductions.KeepLanesFrom(Vector512.Create(1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f, 11f, 12f, 13f, 14f, 15f, 16f), (nuint)from);
                for (int k = 0; k < 16; k++) Assert.Equal(k < from ? 0f : k + 1f, f512[k]);
                if (from <= 8)
                {
                    var f256 = Reductions.KeepLanesFrom(Vector256.Create(1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f), (nuint)from);
                    var d512 = Reductions.KeepLanesFrom(Vector512.Create(1.0, 2, 3, 4, 5, 6, 7, 8), (nuint)from);
                    for (int k = 0; k < 8; k++) Assert.Equal(k < from ? 0f : k + 1f, f256[k]);
                    for (int k = 0; k < 8; k++) Assert.Equal(k < from ? 0.0 : k + 1.0, d512[k]);
                }

                if (from <= 4)
                {
                    var f128 = Reductions.KeepLanesFrom(Vector128.Create(-1f, -2f, -3f, float.NaN), (nuint)from);
                    var d256 = Reductions.KeepLanesFrom(Vector256.Create(1.0, 2, 3, 4), (nuint)from);
                    for (int k = 0; k < 3; k++) Assert.Equal(k < from ? 0f : -(k + 1f), f128[k]);
                    Assert.True(from == 4 ? f128[3] == 0f : float.IsNaN(f128[3]));
                    for (int k = 0; k < 4; k++) Assert.Equal(k < from ? 0.0 : k + 1.0, d256[k]);
                }

                if (from <= 2)
                {
                    var d128 = Reductions.KeepLanesFrom(Vector128.Create(1.0, 2.0), (nuint)from);
                    for (int k = 0; k < 2; k++) Assert.Equal(k < from ? 0.0 : k + 1.0, d128[k]);
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

using System;
using System.Linq;
using System.Runtime.Intrinsics;
using FusedKernels.RuntimeTests.Infrastructure;
using FusedKernels.Testing;
using K = FusedKernels.RuntimeTests.Kernels.FusionKernels;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// Fusion roles (docs/design.md, "Shapes and roles"): z = x·scale + bias + residual (one FMA when scale and bias are both present),
    /// y = act(z)·multiplier; role spans element-wise or per channel (role[i % L]). Piecewise kernels must
    /// match the reference bit for bit on every path.
    /// </summary>
    public class FusionTests
    {
        private static readonly int[] Channels = { 1, 3, 8, 64, 1000 };

        /// <summary>Runs <paramref name="check"/> for every channel count × rows 0…17, and element-wise over lengths 0…300.</summary>
        private static void ForEachLayout(Action<int, int> check)
        {
            foreach (int channels in Channels)
            {
                for (int rows = 0; rows <= 17; rows++)
                {
                    check(channels, rows);
                }
            }

            foreach (int length in KernelHarness.Lengths.Where(n => n > 0 && n <= 300))
            {
                check(length, 1); // one row: the role is as long as x, i.e. element-wise
            }
        }

        private static float[] Data(int length, int seed) => TestData.Values<float>(length, seed);

        private static float[] Smooth(int length, int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
        }

        [Fact]
        public void Bias_relu_out_of_place_and_in_place() => ForEachLayout((c, rows) =>
        {
            float[] x = Data(c * rows, rows), bias = Data(c, c + 1), y = new float[x.Length];
            float[] expected = x.Select((v, i) => Reference.Relu(v + bias[i % c])).ToArray();
            K.BiasRelu(x, bias, y);
            Bits.AssertEqual<float>(expected, y, x, $"bias+relu L={c} rows={rows}");
            float[] inPlace = x.ToArray();
            K.BiasReluInPlace(inPlace, bias);
            Bits.AssertEqual<float>(expected, inPlace, x, $"bias+relu in place L={c} rows={rows}");
        });

        [Fact]
        public void Scale_and_bias_use_one_fused_multiply_add() => ForEachLayout((c, rows) =>
        {
            float[] x = Data(c * rows, rows), bias = Data(c, 7), y = new float[x.Length];
            const float scale = 1.3f;
            K.ScaleBiasLeaky(x, scale, bias, y);
            Bits.AssertEqual<float>(x.Select((v, i) => Reference.LeakyRelu(MathF.FusedMultiplyAdd(v, scale, bias[i % c]), 0.1f)).ToArray(), y, x, $"scale+bias+leaky L={c} rows={rows}");

            float[] scales = Data(c, 9);
            K.ScaleBiasRelu(x, scales, bias, y);
            Bits.AssertEqual<float>(x.Select((v, i) => Reference.Relu(MathF.FusedMultiplyAdd(v, scales[i % c], bias[i % c]))).ToArray(), y, x, $"scale[]+bias[]+relu L={c} rows={rows}");
        });

        [Fact]
        public void Scale_alone_and_scalar_bias_double()
        {
            foreach (int c in Channels)
            {
                double[] x = TestData.Values<double>(c * 5, c), scale = TestData.Values<double>(c, 3), y = new double[x.Length];
                K.ScaleRelu(x, scale, y);
                Bits.AssertEqual<double>(x.Select((v, i) => Reference.Relu(v * scale[i % c])).ToArray(), y, x, $"scale+relu L={c}");
                K.ScalarBiasRelu(x, -0.25, y);
                Bits.AssertEqual<double>(x.Select(v => Reference.Relu(v + -0.25)).ToArray(), y, x, "bias(value)+relu");
            }
        }

        [Fact]
        public void Residual_is_added_before_the_activation() => ForEachLayout((c, rows) =>
        {
            float[] x = Data(c * rows, rows), residual = Data(c, 11), y = new float[x.Length];
            K.ResidualRelu(x, residual, y);
            Bits.AssertEqual<float>(x.Select((v, i) => Reference.Relu(v + residual[i % c])).ToArray(), y, x, $"residual+relu L={c} rows={rows}");
        });

        [Fact]
        public void Prelu_per_channel_alpha() => ForEachLayout((c, rows) =>
        {
            float[] x = Data(c * rows, rows), alpha = Smooth(c, c), y = new float[x.Length];
            K.PRelu(x, alpha, y);
            Bits.AssertEqual<float>(x.Select((v, i) => Reference.PRelu(v, alpha[i % c])).ToArray(), y, x, $"prelu L={c} rows={rows}");
            K.LeakyRuntimeAlpha(x, alpha, y);
            Bits.AssertEqual<float>(x.Select((v, i) => Reference.LeakyRelu(v, alpha[i % c])).ToArray(), y, x, $"leaky runtime α L={c} rows={rows}");
        });

        [Fact]
        public void Prelu_with_one_alpha_value()
        {
            double[] x = TestData.Values<double>(1001);
            double[] y = new double[x.Length];
            K.PReluScalarAlpha(x, 0.25, y);
            Bits.AssertEqual<double>(x.Select(v => Reference.PRelu(v, 0.25)).ToArray(), y, x, "prelu α value");
        }

        [Fact]
        public void Gated_units_multiply_after_the_activation() => ForEachLayout((c, rows) =>
        {
            float[] x = Data(c * rows, rows), m = Data(c, 5), y = new float[x.Length];
            K.ReGlu(x, m, y);
            Bits.AssertEqual<float>(x.Select((v, i) => Reference.Relu(v) * m[i % c]).ToArray(), y, x, $"reglu L={c} rows={rows}");

            float[] smooth = Smooth(c * rows, rows), gate = Smooth(c, 3);
            K.SwiGlu(smooth, gate, y);
            // silu is within 1 ULP; the product adds one rounding.
            Bits.AssertClose<float>(smooth.Select((v, i) => Reference.Silu(v, 1f) * gate[i % c]).ToArray(), y.AsSpan(0, smooth.Length), smooth, $"swiglu L={c} rows={rows}", ulps: 2);
        });

        [Fact]
        public void Bias_gelu_within_one_ulp() => ForEachLayout((c, rows) =>
        {
            float[] x = Smooth(c * rows, rows), bias = Smooth(c, 2), y = new float[x.Length];
            K.BiasGelu(x, bias, y);
            Bits.AssertClose<float>(x.Select((v, i) => Reference.Gelu(v + bias[i % c])).ToArray(), y, x, $"bias+gelu L={c} rows={rows}", ulps: 1);
        });

        [Fact]
        public void Every_role_at_once_with_preactivation() => ForEachLayout((c, rows) =>
        {
            int n = c * rows;
            float[] x = Data(n, rows), scale = Data(c, 1), bias = Data(c, 2), residual = Data(n, 3), alpha = Smooth(c, 4), m = Data(c, 5);
            float[] pre = new float[n], y = new float[n];
            K.Everything(x, scale, bias, residual, alpha, m, pre, y);
            float[] z = x.Select((v, i) => MathF.FusedMultiplyAdd(v, scale[i % c], bias[i % c]) + residual[i]).ToArray();
            Bits.AssertEqual<float>(z, pre, x, $"preactivation L={c} rows={rows}");
            Bits.AssertEqual<float>(z.Select((v, i) => Reference.LeakyRelu(v, alpha[i % c]) * m[i % c]).ToArray(), y, x, $"everything L={c} rows={rows}");
        });

        [Fact]
        public void Half_computes_in_float_and_rounds_once()
        {
            Half[] x = TestData.Values<Half>(300), bias = TestData.Values<Half>(3, 9), y = new Half[300];
            K.BiasReluHalf(x, bias, y);
            Bits.AssertEqual<Half>(x.Select((v, i) => (Half)Reference.Relu((float)v + (float)bias[i % 3])).ToArray(), y, x, "bias+relu Half");
        }

        [Fact]
        public void Value_and_vector_shapes_fuse_the_same_way()
        {
            foreach (float v in TestData.Values<float>(500))
            {
                Assert.True(Bits.Equal(Reference.LeakyRelu(MathF.FusedMultiplyAdd(v, 0.5f, -1f), 0.3f), K.ScalarFused(v, 0.5f, -1f, 0.3f)), $"scalar fused({v})");
                Vector256<float> r = K.VectorFused(Vector256.Create(v), Vector256.Create(2f), Vector256.Create(0.25f), Vector256.Create(-3f));
                Assert.True(Bits.Equal(Reference.Relu(MathF.FusedMultiplyAdd(v, 2f, 0.25f)) * -3f, r[5]), $"vector fused({v})");
            }
        }

        [Fact]
        public void Bad_role_lengths_throw_naming_the_role_and_write_nothing()
        {
            float[] x = Data(12, 1), y = Enumerable.Repeat(42f, 12).ToArray();
            var e = Assert.Throws<ArgumentException>(() => K.BiasRelu(x, new float[5], y));
            Assert.Equal("bias", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.BiasRelu(x, Array.Empty<float>(), y));
            Assert.Equal("bias", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.PRelu(x, new float[24], y));
            Assert.Equal("alpha", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.ReGlu(x, new float[7], y));
            Assert.Equal("multiplier", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.Everything(x, new float[3], new float[4], new float[12], new float[6], new float[12], new float[11], y));
            Assert.Equal("preactivation", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.Everything(x, new float[3], new float[4], new float[12], new float[6], new float[5], new float[12], y));
            Assert.Equal("multiplier", e.ParamName);
            Assert.All(y, v => Assert.Equal(42f, v));

            // Empty input: a no-op whatever the roles.
            K.BiasRelu(ReadOnlySpan<float>.Empty, new float[5], Span<float>.Empty);
        }

        [Fact]
        public void Roles_overlapping_the_destination_are_rejected_unless_element_wise_at_the_same_start()
        {
            float[] buffer = Data(40, 3);
            float[] before = buffer.ToArray();
            // A per-channel bias inside the destination would be read after it is overwritten.
            var e = Assert.Throws<ArgumentException>(() => K.BiasRelu(buffer.AsSpan(0, 20).ToArray(), buffer.AsSpan(0, 4), buffer.AsSpan(0, 20)));
            Assert.Equal("y", e.ParamName);
            e = Assert.Throws<ArgumentException>(() => K.ResidualRelu(buffer.AsSpan(20, 20).ToArray(), buffer.AsSpan(1, 20), buffer.AsSpan(0, 20)));
            Assert.Equal("y", e.ParamName);
            Assert.Equal(before, buffer);

            // An element-wise residual at the destination's start is read before each element is written.
            float[] x = Data(20, 8);
            float[] residualAndY = Data(20, 9);
            float[] expected = x.Select((v, i) => Reference.Relu(v + residualAndY[i])).ToArray();
            K.ResidualRelu(x, residualAndY, residualAndY);
            Bits.AssertEqual<float>(expected, residualAndY, x, "residual is y");
        }
    }
}

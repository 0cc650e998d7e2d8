using System;
using System.Linq;
using System.Runtime.Intrinsics;
using FusedKernels.RuntimeTests.Infrastructure;
using FusedKernels.Testing;
using K = FusedKernels.RuntimeTests.Kernels.PiecewiseKernels;

namespace FusedKernels.RuntimeTests
{
    /// <summary>Every piecewise catalogue entry is bit-identical to <see cref="Reference"/> on the active path.</summary>
    public class PiecewiseCatalogueTests
    {
        private static Half H(Func<float, float> f, Half x) => (Half)f((float)x); // Half: computed in float, rounded once

        [Fact]
        public void Special_values_follow_the_documented_rule_not_the_select()
        {
            // NaN in gives NaN out (thresholded_relu's select x > α was false for NaN: 0); hard_swish(−∞) is its limit −0
            // (x·relu6(x + 3) was −∞·0 = NaN). Checked on their own, not against the reference, which had the same flaws.
            foreach (int n in new[] { 1, 7, 16, 37, 1000 })
            {
                float[] nan = new float[n];
                Array.Fill(nan, float.NaN);
                float[] y = new float[n];
                K.ThresholdedRelu(nan, y);
                Assert.All(y, v => Assert.True(float.IsNaN(v), $"thresholded_relu(NaN) = {v}, n = {n}"));
                double[] nanInPlace = new double[n];
                Array.Fill(nanInPlace, double.NaN);
                K.ThresholdedRelu(nanInPlace);
                Assert.All(nanInPlace, v => Assert.True(double.IsNaN(v), $"thresholded_relu(NaN) = {v}, n = {n}"));

                float[] negativeInfinity = new float[n];
                Array.Fill(negativeInfinity, float.NegativeInfinity);
                K.HardSwish(negativeInfinity, y);
                Assert.All(y, v => Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(v)));
                double[] yd = new double[n];
                K.HardSwish(new double[n].Select(_ => double.NegativeInfinity).ToArray(), yd);
                Assert.All(yd, v => Assert.Equal(BitConverter.DoubleToInt64Bits(-0d), BitConverter.DoubleToInt64Bits(v)));
            }

            Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(K.HardSwish(Vector512.Create(float.NegativeInfinity)).ToScalar()));
            Assert.Equal(float.PositiveInfinity, K.HardSwish(Vector512.Create(float.PositiveInfinity)).ToScalar());
        }

        [Fact] public void Relu6_float() => KernelHarness.OutOfPlace<float>(K.Relu6, Reference.Relu6, "relu6");
        [Fact] public void Relu6_double() => KernelHarness.OutOfPlace<double>(K.Relu6, Reference.Relu6, "relu6");
        [Fact] public void Relu6_half() => KernelHarness.OutOfPlace<Half>(K.Relu6, x => H(Reference.Relu6, x), "relu6 Half");
        [Fact] public void ThresholdedRelu_float() => KernelHarness.OutOfPlace<float>(K.ThresholdedRelu, x => Reference.ThresholdedRelu(x, 0.5f), "thresholded_relu α=0.5");
        [Fact] public void ThresholdedRelu_default_in_place() => KernelHarness.InPlace<double>(K.ThresholdedRelu, x => Reference.ThresholdedRelu(x, 1.0), "thresholded_relu α=1");
        [Fact] public void HardSigmoid_pytorch_defaults() => KernelHarness.OutOfPlace<float>(K.HardSigmoid, x => Reference.HardSigmoid(x, 1f / 6, 0.5f), "hard_sigmoid");
        [Fact] public void HardSigmoid_onnx_constants() => KernelHarness.OutOfPlace<double>(K.HardSigmoidOnnx, x => Reference.HardSigmoid(x, 0.2, 0.5), "hard_sigmoid onnx");
        [Fact] public void HardTanh_default_bounds() => KernelHarness.OutOfPlace<float>(K.HardTanh, x => Reference.Clip(x, -1f, 1f), "hard_tanh");
        [Fact] public void HardTanh_custom_bounds() => KernelHarness.OutOfPlace<double>(K.HardTanhCustom, x => Reference.Clip(x, -2.5, 0.75), "hard_tanh custom");
        [Fact] public void Clip_lower_bound_only() => KernelHarness.OutOfPlace<float>(K.ClipLow, x => Reference.Clip(x, 0f, float.PositiveInfinity), "clip min=0");
        [Fact] public void Clamp_upper_bound_only() => KernelHarness.OutOfPlace<float>(K.ClampHigh, x => Reference.Clip(x, float.NegativeInfinity, 1f), "clamp max=1");
        [Fact] public void Clip_without_bounds_is_identity() => KernelHarness.OutOfPlace<double>(K.ClipNone, x => x, "clip");
        [Fact] public void HardSwish_float() => KernelHarness.OutOfPlace<float>(K.HardSwish, Reference.HardSwish, "hard_swish");
        [Fact] public void HardSwish_double() => KernelHarness.OutOfPlace<double>(K.HardSwish, Reference.HardSwish, "hard_swish");
        [Fact] public void Softsign_float() => KernelHarness.OutOfPlace<float>(K.Softsign, Reference.Softsign, "softsign");
        [Fact] public void Softsign_double() => KernelHarness.OutOfPlace<double>(K.Softsign, Reference.Softsign, "softsign");
        [Fact] public void Softsign_half() => KernelHarness.OutOfPlace<Half>(K.Softsign, x => H(Reference.Softsign, x), "softsign Half");
        [Fact] public void LeakyRelu_half() => KernelHarness.OutOfPlace<Half>(K.LeakyRelu, x => H(v => Reference.LeakyRelu(v, 0.2f), x), "leaky Half");

        [Fact] public void Relu_sbyte() => KernelHarness.OutOfPlace<sbyte>(K.Relu, Reference.Relu, "relu sbyte");
        [Fact] public void Relu_byte() => KernelHarness.OutOfPlace<byte>(K.Relu, Reference.Relu, "relu byte");
        [Fact] public void Relu6_short() => KernelHarness.OutOfPlace<short>(K.Relu6, Reference.Relu6, "relu6 short");
        [Fact] public void Relu6_ushort() => KernelHarness.OutOfPlace<ushort>(K.Relu6, Reference.Relu6, "relu6 ushort");
        [Fact] public void HardTanh_int() => KernelHarness.OutOfPlace<int>(K.HardTanh, x => Reference.Clip(x, -1, 1), "hard_tanh int");
        [Fact] public void HardTanh_uint() => KernelHarness.OutOfPlace<uint>(K.HardTanh, x => Reference.Clip(x, 3u, 100u), "hard_tanh uint");
        [Fact] public void Clip_long() => KernelHarness.OutOfPlace<long>(K.Clip, x => Reference.Clip(x, -1000L, long.MaxValue), "clip long");
        [Fact] public void Clip_ulong() => KernelHarness.OutOfPlace<ulong>(K.Clip, x => Reference.Clip(x, 0UL, 1UL << 40), "clip ulong");
        [Fact] public void ThresholdedRelu_short() => KernelHarness.OutOfPlace<short>(K.ThresholdedRelu, x => Reference.ThresholdedRelu(x, (short)5), "thresholded short");
        [Fact] public void Identity_byte() => KernelHarness.OutOfPlace<byte>(K.Identity, Reference.Identity, "identity byte");

        [Fact]
        public void Softsign_limits_at_infinity()
        {
            Assert.Equal(1f, K.Softsign(float.PositiveInfinity));
            Assert.Equal(-1f, K.Softsign(float.NegativeInfinity));
            Assert.True(float.IsNaN(K.Softsign(float.NaN)));
        }

        [Fact]
        public void Value_shapes_match_reference()
        {
            foreach (float x in TestData.Values<float>(300))
            {
                Assert.True(Bits.Equal(Reference.Softsign(x), K.Softsign(x)), $"softsign({x})");
                Vector512<float> v = K.HardSwish(Vector512.Create(x));
                for (int i = 0; i < Vector512<float>.Count; i++) Assert.True(Bits.Equal(Reference.HardSwish(x), v[i]), $"hard_swish({x})");
            }

            foreach (double x in TestData.Values<double>(300))
            {
                Vector128<double> v = K.HardSigmoid(Vector128.Create(x));
                Assert.True(Bits.Equal(Reference.HardSigmoid(x, 1.0 / 6, 0.5), v[0]) && Bits.Equal(v[0], v[1]), $"hard_sigmoid({x})");
            }

            foreach (sbyte x in TestData.Values<sbyte>(300))
            {
                Assert.Equal(Reference.Relu6(x), K.Relu6(x));
            }

            foreach (long x in TestData.Values<long>(300))
            {
                Assert.Equal(Vector256.Create(Reference.Relu(x)), K.Relu(Vector256.Create(x)));
            }
        }
    }
}

using System;
using System.Runtime.Intrinsics;
using FusedKernels.RuntimeTests.Infrastructure;
using FusedKernels.Testing;
using K = FusedKernels.RuntimeTests.Kernels.TranscendentalKernels;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// Generated transcendental kernels against <see cref="Reference"/> on the active path, within the bounds
    /// docs/accuracy.md publishes: 1 ULP for float (and Half, computed in float), the measured bound for
    /// double. Runtime-α variants compose α·expm1 in the element type and get one more rounding (2 ULP).
    /// </summary>
    public class TranscendentalCatalogueTests
    {
        private const double SeluAlpha = 1.6732632423543772, SeluGamma = 1.0507009873554805;

        private static Half H(Func<float, float> f, Half x) => (Half)f((float)x);

        [Fact] public void Sigmoid_float() => KernelHarness.OutOfPlace<float>(K.Sigmoid, Reference.Sigmoid, "sigmoid", ulps: 1);
        [Fact] public void Sigmoid_double() => KernelHarness.OutOfPlace<double>(K.Sigmoid, Reference.Sigmoid, "sigmoid", ulps: 2);
        [Fact] public void Sigmoid_half() => KernelHarness.OutOfPlace<Half>(K.Sigmoid, x => H(Reference.Sigmoid, x), "sigmoid Half", ulps: 1);
        [Fact] public void Tanh_float() => KernelHarness.OutOfPlace<float>(K.Tanh, Reference.Tanh, "tanh", ulps: 1);
        [Fact] public void Tanh_double_in_place() => KernelHarness.InPlace<double>(K.Tanh, Reference.Tanh, "tanh", ulps: 2);
        [Fact] public void Elu_float() => KernelHarness.OutOfPlace<float>(K.Elu, x => Reference.Elu(x, 1f), "elu", ulps: 1);
        [Fact] public void Elu_double() => KernelHarness.OutOfPlace<double>(K.Elu, x => Reference.Elu(x, 0.5), "elu α=0.5", ulps: 2);
        [Fact] public void Selu_float() => KernelHarness.OutOfPlace<float>(K.Selu, x => Reference.Selu(x, (float)SeluAlpha, (float)SeluGamma), "selu", ulps: 1);
        [Fact] public void Selu_double() => KernelHarness.OutOfPlace<double>(K.Selu, x => Reference.Selu(x, SeluAlpha, SeluGamma), "selu", ulps: 2);
        [Fact] public void Celu_float() => KernelHarness.OutOfPlace<float>(K.Celu, x => Reference.Celu(x, 2.5f), "celu α=2.5", ulps: 1);
        [Fact] public void Celu_double() => KernelHarness.OutOfPlace<double>(K.Celu, x => Reference.Celu(x, 1.0), "celu", ulps: 2);
        [Fact] public void Gelu_float() => KernelHarness.OutOfPlace<float>(K.Gelu, Reference.Gelu, "gelu", ulps: 1);
        [Fact] public void Gelu_double() => KernelHarness.OutOfPlace<double>(K.Gelu, Reference.Gelu, "gelu", ulps: 4);
        [Fact] public void Gelu_half() => KernelHarness.OutOfPlace<Half>(K.Gelu, x => H(Reference.Gelu, x), "gelu Half", ulps: 1);
        [Fact] public void GeluTanh_float() => KernelHarness.OutOfPlace<float>(K.GeluTanh, Reference.GeluTanh, "gelu_tanh", ulps: 1);
        [Fact] public void GeluTanh_double() => KernelHarness.OutOfPlace<double>(K.GeluTanh, Reference.GeluTanh, "gelu_tanh", ulps: 4);
        [Fact] public void Silu_float() => KernelHarness.OutOfPlace<float>(K.Silu, x => Reference.Silu(x, 1f), "silu", ulps: 1);
        [Fact] public void Swish_double_beta() => KernelHarness.OutOfPlace<double>(K.Swish, x => Reference.Silu(x, 1.702), "swish β=1.702", ulps: 4);
        [Fact] public void Mish_float_in_place() => KernelHarness.InPlace<float>(K.Mish, Reference.Mish, "mish", ulps: 1);
        [Fact] public void Mish_double() => KernelHarness.OutOfPlace<double>(K.Mish, Reference.Mish, "mish", ulps: 4);
        [Fact] public void Softplus_float() => KernelHarness.OutOfPlace<float>(K.Softplus, x => Reference.Softplus(x, 1f), "softplus", ulps: 1);
        [Fact] public void Softplus_double_beta() => KernelHarness.OutOfPlace<double>(K.Softplus, x => Reference.Softplus(x, 2.0), "softplus β=2", ulps: 3);

        [Fact]
        public void Runtime_alpha_variants()
        {
            KernelHarness.OutOfPlace<float>((x, y) => K.EluRuntimeAlpha(x, 0.7f, y), x => Reference.Elu(x, 0.7f), "elu runtime α", ulps: 2);
            KernelHarness.OutOfPlace<double>((x, y) => K.SeluRuntimeAlpha(x, SeluAlpha, y), x => Reference.Selu(x, SeluAlpha, SeluGamma), "selu runtime α", ulps: 3);
            KernelHarness.OutOfPlace<float>((x, y) => K.CeluRuntimeAlpha(x, 2.5f, y), x => Reference.Celu(x, 2.5f), "celu runtime α", ulps: 2);
        }

        [Fact]
        public void Value_shapes_are_within_bounds()
        {
            foreach (float x in TestData.Values<float>(2000))
            {
                Assert.True(Bits.UlpDistance(Reference.Gelu(x), K.Gelu(x)) <= 1, $"gelu({x})");
                Vector256<float> s = K.Sigmoid(Vector256.Create(x));
                for (int i = 0; i < Vector256<float>.Count; i++) Assert.True(Bits.UlpDistance(Reference.Sigmoid(x), s[i]) <= 1, $"sigmoid({x})");
            }

            foreach (double x in TestData.Values<double>(2000))
            {
                Assert.True(Bits.UlpDistance(Reference.Tanh(x), K.Tanh(x)) <= 2, $"tanh({x})");
                Vector512<double> s = K.Silu(Vector512.Create(x));
                for (int i = 0; i < Vector512<double>.Count; i++) Assert.True(Bits.UlpDistance(Reference.Silu(x, 1.0), s[i]) <= 4, $"silu({x})");
            }
        }

        [Fact]
        public void Limits_and_signs()
        {
            Assert.Equal(0d, K.Tanh(0d));
            Assert.True(double.IsNegative(K.Tanh(-0d)), "tanh(−0) = −0");
            Assert.Equal(1d, K.Tanh(double.PositiveInfinity));
            float[] y = new float[4];
            K.Sigmoid(new[] { float.NegativeInfinity, float.PositiveInfinity, 0f, float.NaN }, y);
            Assert.Equal(new[] { 0f, 1f, 0.5f }, y[..3]);
            Assert.True(float.IsNaN(y[3]));
            K.Elu(new[] { float.NegativeInfinity, float.PositiveInfinity, -0f, float.NaN }, y);
            Assert.Equal(-1f, y[0]);
            Assert.Equal(float.PositiveInfinity, y[1]);
            Assert.True(float.IsNaN(y[3]));
            Assert.Equal(0f, K.Gelu(float.NegativeInfinity));
        }
    }
}

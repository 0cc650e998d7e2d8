using System;
using System.Runtime.Intrinsics;
using FusedKernels.RuntimeTests.Infrastructure;
using FusedKernels.Testing;
using K = FusedKernels.RuntimeTests.Kernels.ForwardKernels;

namespace FusedKernels.RuntimeTests
{
    /// <summary>identity, relu and leaky_relu in every shape: bit-identical to <see cref="Reference"/> on the active path.</summary>
    public class ForwardFoundationTests
    {
        public ForwardFoundationTests(ITestOutputHelper output) => output.WriteLine("Active vector path: " + Paths.Active);

        [Fact]
        public void Relu_float_matches_reference() => KernelHarness.OutOfPlace<float>(K.Relu, Reference.Relu, "relu float");

        [Fact]
        public void Relu_double_matches_reference() => KernelHarness.OutOfPlace<double>(K.Relu, Reference.Relu, "relu double");

        [Fact]
        public void Relu_int_matches_reference() => KernelHarness.OutOfPlace<int>(K.Relu, Reference.Relu, "relu int");

        [Fact]
        public void Relu_in_place_matches_reference() => KernelHarness.InPlace<float>(K.ReluInPlace, Reference.Relu, "relu in place");

        [Fact]
        public void Identity_copies_bits() => KernelHarness.OutOfPlace<float>(K.Identity, Reference.Identity, "identity");

        [Fact]
        public void LeakyRelu_matches_reference() =>
            KernelHarness.OutOfPlace<float>(K.LeakyRelu, x => Reference.LeakyRelu(x, 0.2f), "leaky_relu α=0.2");

        [Fact]
        public void LeakyRelu_upper_case_alias_in_place_matches_reference() =>
            KernelHarness.InPlace<float>(K.LeakyReluInPlace, x => Reference.LeakyRelu(x, 0.2f), "LRELU α=0.2 in place");

        [Fact]
        public void LeakyRelu_default_alpha_is_0_01() =>
            KernelHarness.OutOfPlace<double>(K.LeakyReluDefault, x => Reference.LeakyRelu(x, 0.01), "leaky_relu default α");

        [Fact]
        public void LeakyRelu_alpha_above_one_uses_the_select_form() =>
            KernelHarness.OutOfPlace<float>(K.LeakyReluSteep, x => Reference.LeakyRelu(x, 1.5f), "leaky_relu α=1.5");

        [Fact]
        public void LeakyRelu_negative_alpha_matches_reference() =>
            KernelHarness.OutOfPlace<double>(K.LeakyReluNegative, x => Reference.LeakyRelu(x, -0.5), "leaky_relu α=-0.5");

        [Fact]
        public void Relu_keeps_negative_zero_and_nan()
        {
            float[] y = new float[3];
            K.Relu(new[] { -0f, float.NaN, -1f }, y);
            Assert.True(float.IsNegative(y[0]) && y[0] == 0, "relu(−0) = −0");
            Assert.True(float.IsNaN(y[1]));
            Assert.Equal(0f, y[2]);
            Assert.False(float.IsNegative(y[2]), "relu(−1) = +0");
        }

        [Fact]
        public void Span_kernels_reject_bad_destinations()
        {
            KernelHarness.RejectsBadDestinations<float>(K.Relu, "y");
            KernelHarness.RejectsBadDestinations<float>(K.LeakyRelu, "y");
            KernelHarness.RejectsBadDestinations<double>(K.LeakyReluDefault, "y");
            KernelHarness.RejectsBadDestinations<int>(K.Relu, "y");
        }

        [Fact]
        public void Scalar_and_vector_shapes_match_reference()
        {
            foreach (float x in TestData.Values<float>(512))
            {
                Assert.True(Bits.Equal(Reference.Relu(x), K.Relu(x)), $"relu({x})");
                AssertLanes(Reference.Relu, K.Relu(Vector128.Create(x)), x);
                AssertLanes(Reference.Relu, K.Relu(Vector256.Create(x)), x);
            }

            foreach (double x in TestData.Values<double>(512))
            {
                Assert.True(Bits.Equal(Reference.LeakyRelu(x, 0.2), K.LeakyRelu(x)), $"leaky({x})");
                Vector256<double> v = K.LeakyRelu(Vector256.Create(x));
                for (int i = 0; i < Vector256<double>.Count; i++) Assert.True(Bits.Equal(Reference.LeakyRelu(x, 0.2), v[i]));
                Vector512<double> r = K.Relu(Vector512.Create(x));
                for (int i = 0; i < Vector512<double>.Count; i++) Assert.True(Bits.Equal(Reference.Relu(x), r[i]));
            }
        }

        private static void AssertLanes(Func<float, float> reference, Vector128<float> actual, float x)
        {
            for (int i = 0; i < Vector128<float>.Count; i++) Assert.True(Bits.Equal(reference(x), actual[i]), $"lane {i} of f({x})");
        }

        private static void AssertLanes(Func<float, float> reference, Vector256<float> actual, float x)
        {
            for (int i = 0; i < Vector256<float>.Count; i++) Assert.True(Bits.Equal(reference(x), actual[i]), $"lane {i} of f({x})");
        }
    }
}

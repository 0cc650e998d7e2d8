using System;
using System.Runtime.Intrinsics;
using FusedKernels.Testing;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>The special values (±0, ±Inf, NaN, the limits) every function must get right, on every path and for both element types.</summary>
    public class VectorMathSpecialValueTests
    {
        private static void Every(Func<float, float> sc, Func<Vector128<float>, Vector128<float>> v1, Func<Vector256<float>, Vector256<float>> v2,
            Func<Vector512<float>, Vector512<float>> v5, float x, Action<float> check)
        {
            check(sc(x));
            check(v1(Vector128.Create(x)).GetElement(1));
            check(v2(Vector256.Create(x)).GetElement(5));
            check(v5(Vector512.Create(x)).GetElement(11));
        }

        private static void Every(Func<double, double> sc, Func<Vector128<double>, Vector128<double>> v1, Func<Vector256<double>, Vector256<double>> v2,
            Func<Vector512<double>, Vector512<double>> v5, double x, Action<double> check)
        {
            check(sc(x));
            check(v1(Vector128.Create(x)).GetElement(1));
            check(v2(Vector256.Create(x)).GetElement(3));
            check(v5(Vector512.Create(x)).GetElement(7));
        }

        private static void IsZero(float v) => Assert.True(v == 0, $"expected ±0, got {v:R}");
        private static void IsZero(double v) => Assert.True(v == 0, $"expected ±0, got {v:R}");

        [Fact]
        public void Sigmoid_special_values()
        {
            Every(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, 0f, v => Assert.Equal(0.5f, v));
            Every(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, -0f, v => Assert.Equal(0.5f, v));
            Every(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, float.NegativeInfinity, IsZero);
            Every(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, float.PositiveInfinity, v => Assert.Equal(1f, v));
            Every(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, 0.0, v => Assert.Equal(0.5, v));
            Every(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, double.NegativeInfinity, IsZero);
            Every(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, double.PositiveInfinity, v => Assert.Equal(1.0, v));
        }

        [Fact]
        public void Tanh_keeps_the_sign_of_zero_and_saturates()
        {
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, -0f, v => Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(v)));
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, 0f, v => Assert.Equal(0, BitConverter.SingleToInt32Bits(v)));
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, float.PositiveInfinity, v => Assert.Equal(1f, v));
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, float.NegativeInfinity, v => Assert.Equal(-1f, v));
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, -0.0, v => Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(v)));
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, double.PositiveInfinity, v => Assert.Equal(1.0, v));
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, double.NegativeInfinity, v => Assert.Equal(-1.0, v));
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, float.Epsilon, v => Assert.Equal(float.Epsilon, v));
            Every(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, -double.Epsilon, v => Assert.Equal(-double.Epsilon, v));
        }

        [Fact]
        public void Infinite_inputs_give_the_limits()
        {
            Every(x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), float.NegativeInfinity, v => Assert.Equal(-1.5f, v));
            Every(x => VM.Elu(x, 1.5), x => VM.Elu(x, 1.5), x => VM.Elu(x, 1.5), x => VM.Elu(x, 1.5), double.NegativeInfinity, v => Assert.Equal(-1.5, v));
            Every(x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), float.PositiveInfinity, v => Assert.Equal(float.PositiveInfinity, v));
            Every(x => VM.Celu(x, 2f), x => VM.Celu(x, 2f), x => VM.Celu(x, 2f), x => VM.Celu(x, 2f), float.NegativeInfinity, v => Assert.Equal(-2f, v));
            Every(x => VM.Celu(x, 2.0), x => VM.Celu(x, 2.0), x => VM.Celu(x, 2.0), x => VM.Celu(x, 2.0), double.PositiveInfinity, v => Assert.Equal(double.PositiveInfinity, v));
            Every(VM.Gelu, VM.Gelu, VM.Gelu, VM.Gelu, float.NegativeInfinity, IsZero);
            Every(VM.Gelu, VM.Gelu, VM.Gelu, VM.Gelu, float.PositiveInfinity, v => Assert.Equal(float.PositiveInfinity, v));
            Every(VM.Gelu, VM.Gelu, VM.Gelu, VM.Gelu, double.NegativeInfinity, IsZero);
            Every(VM.Gelu, VM.Gelu, VM.Gelu, VM.Gelu, double.PositiveInfinity, v => Assert.Equal(double.PositiveInfinity, v));
            Every(VM.GeluTanh, VM.GeluTanh, VM.GeluTanh, VM.GeluTanh, float.NegativeInfinity, IsZero);
            Every(VM.GeluTanh, VM.GeluTanh, VM.GeluTanh, VM.GeluTanh, double.PositiveInfinity, v => Assert.Equal(double.PositiveInfinity, v));
            Every(x => VM.Silu(x, 1f), x => VM.Silu(x, 1f), x => VM.Silu(x, 1f), x => VM.Silu(x, 1f), float.NegativeInfinity, IsZero);
            Every(x => VM.Silu(x, 1f), x => VM.Silu(x, 1f), x => VM.Silu(x, 1f), x => VM.Silu(x, 1f), float.PositiveInfinity, v => Assert.Equal(float.PositiveInfinity, v));
            Every(x => VM.Silu(x, 1.0), x => VM.Silu(x, 1.0), x => VM.Silu(x, 1.0), x => VM.Silu(x, 1.0), double.NegativeInfinity, IsZero);
            Every(x => VM.Silu(x, -1.0), x => VM.Silu(x, -1.0), x => VM.Silu(x, -1.0), x => VM.Silu(x, -1.0), double.PositiveInfinity, IsZero);
            Every(VM.Mish, VM.Mish, VM.Mish, VM.Mish, float.NegativeInfinity, IsZero);
            Every(VM.Mish, VM.Mish, VM.Mish, VM.Mish, float.PositiveInfinity, v => Assert.Equal(float.PositiveInfinity, v));
            Every(VM.Mish, VM.Mish, VM.Mish, VM.Mish, double.NegativeInfinity, IsZero);
            Every(x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f), float.NegativeInfinity, IsZero);
            Every(x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f), float.PositiveInfinity, v => Assert.Equal(float.PositiveInfinity, v));
            Every(x => VM.Softplus(x, 3.0), x => VM.Softplus(x, 3.0), x => VM.Softplus(x, 3.0), x => VM.Softplus(x, 3.0), double.NegativeInfinity, IsZero);
            Every(x => VM.Softplus(x, 3.0), x => VM.Softplus(x, 3.0), x => VM.Softplus(x, 3.0), x => VM.Softplus(x, 3.0), double.PositiveInfinity, v => Assert.Equal(double.PositiveInfinity, v));
        }

        [Fact]
        public void Float_only_silu_softplus_and_elu_family_keep_signed_zeros_and_limits_for_other_parameters()
        {
            static void MinusZero(float v) => Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(v));
            foreach (float b in new[] { 1f, 1.702f, 1e-3f, -1f })
            {
                Every(x => VM.Silu(x, b), x => VM.Silu(x, b), x => VM.Silu(x, b), x => VM.Silu(x, b), -0f, MinusZero);
                Every(x => VM.Silu(x, b), x => VM.Silu(x, b), x => VM.Silu(x, b), x => VM.Silu(x, b), b > 0 ? float.NegativeInfinity : float.PositiveInfinity, IsZero);
                float up = b > 0 ? float.PositiveInfinity : float.NegativeInfinity;
                Every(x => VM.Silu(x, b), x => VM.Silu(x, b), x => VM.Silu(x, b), x => VM.Silu(x, b), up, v => Assert.Equal(up, v));
                Every(x => VM.Silu(x, b), x => VM.Silu(x, b), x => VM.Silu(x, b), x => VM.Silu(x, b), float.NaN, v => Assert.True(float.IsNaN(v)));
            }

            foreach (float b in new[] { 2f, 0.5f, 10f })
            {
                Every(x => VM.Softplus(x, b), x => VM.Softplus(x, b), x => VM.Softplus(x, b), x => VM.Softplus(x, b), float.NegativeInfinity, IsZero);
                Every(x => VM.Softplus(x, b), x => VM.Softplus(x, b), x => VM.Softplus(x, b), x => VM.Softplus(x, b), float.PositiveInfinity, v => Assert.Equal(float.PositiveInfinity, v));
                Every(x => VM.Softplus(x, b), x => VM.Softplus(x, b), x => VM.Softplus(x, b), x => VM.Softplus(x, b), float.MaxValue, v => Assert.Equal(float.MaxValue, v));
                Every(x => VM.Softplus(x, b), x => VM.Softplus(x, b), x => VM.Softplus(x, b), x => VM.Softplus(x, b), 0f, v => Assert.True(Ulp.Distance(v, (float)(Math.Log(2) / b)) <= 1, $"softplus(0, {b}) = {v:R}"));
            }

            Every(x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), x => VM.Elu(x, 1.5f), -0f, MinusZero);
            Every(x => VM.Selu(x, 1.6732632f, 1.050701f), x => VM.Selu(x, 1.6732632f, 1.050701f), x => VM.Selu(x, 1.6732632f, 1.050701f), x => VM.Selu(x, 1.6732632f, 1.050701f), -0f, MinusZero);
            Every(x => VM.Selu(x, 1.6732632f, 1.050701f), x => VM.Selu(x, 1.6732632f, 1.050701f), x => VM.Selu(x, 1.6732632f, 1.050701f), x => VM.Selu(x, 1.6732632f, 1.050701f), float.NegativeInfinity, v => Assert.Equal(-(float)(1.6732632f * (double)1.050701f), v));
            foreach (float a in new[] { 1f, 2.5f, 0.3f })
            {
                Every(x => VM.Celu(x, a), x => VM.Celu(x, a), x => VM.Celu(x, a), x => VM.Celu(x, a), -0f, MinusZero);
                Every(x => VM.Celu(x, a), x => VM.Celu(x, a), x => VM.Celu(x, a), x => VM.Celu(x, a), float.NegativeInfinity, v => Assert.Equal(-a, v));
                Every(x => VM.Celu(x, a), x => VM.Celu(x, a), x => VM.Celu(x, a), x => VM.Celu(x, a), float.NaN, v => Assert.True(float.IsNaN(v)));
            }
        }

        [Fact]
        public void Building_blocks_match_their_definitions()
        {
            Every(VM.Exp, VM.Exp, VM.Exp, VM.Exp, 0f, v => Assert.Equal(1f, v));
            Every(VM.Exp, VM.Exp, VM.Exp, VM.Exp, 0.0, v => Assert.Equal(1.0, v));
            Every(VM.Exp, VM.Exp, VM.Exp, VM.Exp, double.NegativeInfinity, v => Assert.Equal(0.0, v));
            Every(VM.Exp, VM.Exp, VM.Exp, VM.Exp, 710.0, v => Assert.Equal(double.PositiveInfinity, v));
            Every(VM.Exp, VM.Exp, VM.Exp, VM.Exp, -745.0, v => Assert.Equal(double.Epsilon, v));
            Every(VM.ExpM1, VM.ExpM1, VM.ExpM1, VM.ExpM1, -0.0, v => Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(v)));
            Every(VM.ExpM1, VM.ExpM1, VM.ExpM1, VM.ExpM1, 1e-20, v => Assert.Equal(1e-20, v));
            Every(VM.ExpM1, VM.ExpM1, VM.ExpM1, VM.ExpM1, double.NegativeInfinity, v => Assert.Equal(-1.0, v));
            Every(VM.Log1P, VM.Log1P, VM.Log1P, VM.Log1P, -1.0, v => Assert.Equal(double.NegativeInfinity, v));
            Every(VM.Log1P, VM.Log1P, VM.Log1P, VM.Log1P, -2.0, v => Assert.True(double.IsNaN(v)));
            Every(VM.Log1P, VM.Log1P, VM.Log1P, VM.Log1P, 1e-300, v => Assert.Equal(1e-300, v));
            Every(VM.Log1P, VM.Log1P, VM.Log1P, VM.Log1P, double.PositiveInfinity, v => Assert.Equal(double.PositiveInfinity, v));
            Every(VM.Erfc, VM.Erfc, VM.Erfc, VM.Erfc, double.NegativeInfinity, v => Assert.Equal(2.0, v));
            Every(VM.Erfc, VM.Erfc, VM.Erfc, VM.Erfc, double.PositiveInfinity, v => Assert.Equal(0.0, v));

            var rng = new Random(3);
            for (int i = 0; i < 20000; i++)
            {
                double x = rng.NextDouble() * 60 - 30;
                Assert.True(Ulp.Distance(VM.Exp(x), Math.Exp(x)) <= 2, $"exp({x:R})");
                Assert.True(Ulp.Distance(VM.Exp((float)x), (float)Math.Exp((float)x)) <= 1, $"expf({x:R})");
                Assert.True(Ulp.Distance(VM.Erfc(x / 4), Reference.Erfc(x / 4)) <= 3, $"erfc({x / 4:R})");
                double t = Math.ScaleB(1 + rng.NextDouble(), rng.Next(-60, 0)) * (rng.Next(2) == 0 ? 1 : -1);
                Assert.True(Ulp.Distance(VM.ExpM1(t), t < 0 ? Reference.Elu(t, 1.0) : Reference.Elu(-t, 1.0) / (Reference.Elu(-t, 1.0) + 1) * -1) <= 3, $"expm1({t:R})");
                double u = Math.ScaleB(1 + rng.NextDouble(), rng.Next(-60, 30));
                double ref1p = Reference.Softplus(Math.Log(u), 1.0); // log1p(e^log u) ≈ log1p(u) up to the rounding of log u
                Assert.True(Math.Abs(VM.Log1P(u) - ref1p) <= 4 * Math.Abs(ref1p) * 1.2e-16 + Math.Abs(u / (1 + u)) * Math.Abs(Math.Log(u)) * 2.3e-16, $"log1p({u:R})");
            }
        }
    }
}

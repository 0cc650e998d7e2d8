using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using FusedKernels.Testing;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>One activation with its reference and every overload of <see cref="VM"/>, at the catalogue's default parameters.</summary>
    internal sealed record FloatFn(
        string Name, Func<float, float> Ref, Func<float, float> Scalar,
        Func<Vector128<float>, Vector128<float>> V128, Func<Vector256<float>, Vector256<float>> V256, Func<Vector512<float>, Vector512<float>> V512);

    internal sealed record DoubleFn(
        string Name, Func<double, double> Ref, Func<double, double> Scalar,
        Func<Vector128<double>, Vector128<double>> V128, Func<Vector256<double>, Vector256<double>> V256, Func<Vector512<double>, Vector512<double>> V512,
        long Bound);

    internal static class MathCases
    {
        private const double SA = 1.6732632423543772, SG = 1.0507009873554805;
        private const float SAF = (float)SA, SGF = (float)SG;

        public static readonly FloatFn[] Float =
        {
            new("sigmoid", Reference.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid),
            new("tanh", Reference.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh),
            new("elu", x => Reference.Elu(x, 1f), x => VM.Elu(x, 1f), x => VM.Elu(x, 1f), x => VM.Elu(x, 1f), x => VM.Elu(x, 1f)),
            new("elu(α=0.3)", x => Reference.Elu(x, 0.3f), x => VM.Elu(x, 0.3f), x => VM.Elu(x, 0.3f), x => VM.Elu(x, 0.3f), x => VM.Elu(x, 0.3f)),
            new("selu", x => Reference.Selu(x, SAF, SGF), x => VM.Selu(x, SAF, SGF), x => VM.Selu(x, SAF, SGF), x => VM.Selu(x, SAF, SGF), x => VM.Selu(x, SAF, SGF)),
            new("celu", x => Reference.Celu(x, 1f), x => VM.Celu(x, 1f), x => VM.Celu(x, 1f), x => VM.Celu(x, 1f), x => VM.Celu(x, 1f)),
            new("celu(α=2.5)", x => Reference.Celu(x, 2.5f), x => VM.Celu(x, 2.5f), x => VM.Celu(x, 2.5f), x => VM.Celu(x, 2.5f), x => VM.Celu(x, 2.5f)),
            new("gelu", Reference.Gelu, VM.Gelu, VM.Gelu, VM.Gelu, VM.Gelu),
            new("gelu_tanh", Reference.GeluTanh, VM.GeluTanh, VM.GeluTanh, VM.GeluTanh, VM.GeluTanh),
            new("silu", x => Reference.Silu(x, 1f), x => VM.Silu(x, 1f), x => VM.Silu(x, 1f), x => VM.Silu(x, 1f), x => VM.Silu(x, 1f)),
            new("silu(β=1.702)", x => Reference.Silu(x, 1.702f), x => VM.Silu(x, 1.702f), x => VM.Silu(x, 1.702f), x => VM.Silu(x, 1.702f), x => VM.Silu(x, 1.702f)),
            // Small β: β·x < −104 with |x| large, where x·σ(β·x) is still a subnormal (β = 1e-3) or even a normal float (β = 1e-30).
            new("silu(β=1e-3)", x => Reference.Silu(x, 1e-3f), x => VM.Silu(x, 1e-3f), x => VM.Silu(x, 1e-3f), x => VM.Silu(x, 1e-3f), x => VM.Silu(x, 1e-3f)),
            new("silu(β=1e-30)", x => Reference.Silu(x, 1e-30f), x => VM.Silu(x, 1e-30f), x => VM.Silu(x, 1e-30f), x => VM.Silu(x, 1e-30f), x => VM.Silu(x, 1e-30f)),
            new("silu(β=-1)", x => Reference.Silu(x, -1f), x => VM.Silu(x, -1f), x => VM.Silu(x, -1f), x => VM.Silu(x, -1f), x => VM.Silu(x, -1f)),
            new("mish", Reference.Mish, VM.Mish, VM.Mish, VM.Mish, VM.Mish),
            new("softplus", x => Reference.Softplus(x, 1f), x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f), x => VM.Softplus(x, 1f)),
            new("softplus(β=2)", x => Reference.Softplus(x, 2f), x => VM.Softplus(x, 2f), x => VM.Softplus(x, 2f), x => VM.Softplus(x, 2f), x => VM.Softplus(x, 2f)),
            new("softplus(β=0.5)", x => Reference.Softplus(x, 0.5f), x => VM.Softplus(x, 0.5f), x => VM.Softplus(x, 0.5f), x => VM.Softplus(x, 0.5f), x => VM.Softplus(x, 0.5f)),
            new("softplus(β=10)", x => Reference.Softplus(x, 10f), x => VM.Softplus(x, 10f), x => VM.Softplus(x, 10f), x => VM.Softplus(x, 10f), x => VM.Softplus(x, 10f)),
            new("celu(α=0.3)", x => Reference.Celu(x, 0.3f), x => VM.Celu(x, 0.3f), x => VM.Celu(x, 0.3f), x => VM.Celu(x, 0.3f), x => VM.Celu(x, 0.3f)),
            new("celu(α=-1)", x => Reference.Celu(x, -1f), x => VM.Celu(x, -1f), x => VM.Celu(x, -1f), x => VM.Celu(x, -1f), x => VM.Celu(x, -1f)),
            new("selu(α=1,γ=3)", x => Reference.Selu(x, 1f, 3f), x => VM.Selu(x, 1f, 3f), x => VM.Selu(x, 1f, 3f), x => VM.Selu(x, 1f, 3f), x => VM.Selu(x, 1f, 3f)),
        };

        // Bounds: the maximum the accuracy tool measured (docs/accuracy.md, 2M samples) at the default parameters;
        // the β ≠ 1 cases, which the tool does not run, keep the 4-ULP (silu) / 3-ULP (softplus) design bound.
        public static readonly DoubleFn[] Double =
        {
            new("sigmoid", Reference.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, 2),
            new("tanh", Reference.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, 2),
            new("elu", x => Reference.Elu(x, 1.0), x => VM.Elu(x, 1.0), x => VM.Elu(x, 1.0), x => VM.Elu(x, 1.0), x => VM.Elu(x, 1.0), 1),
            new("selu", x => Reference.Selu(x, SA, SG), x => VM.Selu(x, SA, SG), x => VM.Selu(x, SA, SG), x => VM.Selu(x, SA, SG), x => VM.Selu(x, SA, SG), 2),
            new("celu", x => Reference.Celu(x, 1.0), x => VM.Celu(x, 1.0), x => VM.Celu(x, 1.0), x => VM.Celu(x, 1.0), x => VM.Celu(x, 1.0), 1),
            new("gelu", Reference.Gelu, VM.Gelu, VM.Gelu, VM.Gelu, VM.Gelu, 4),
            new("gelu_tanh", Reference.GeluTanh, VM.GeluTanh, VM.GeluTanh, VM.GeluTanh, VM.GeluTanh, 3),
            new("silu", x => Reference.Silu(x, 1.0), x => VM.Silu(x, 1.0), x => VM.Silu(x, 1.0), x => VM.Silu(x, 1.0), x => VM.Silu(x, 1.0), 3),
            new("silu(β=1.702)", x => Reference.Silu(x, 1.702), x => VM.Silu(x, 1.702), x => VM.Silu(x, 1.702), x => VM.Silu(x, 1.702), x => VM.Silu(x, 1.702), 4),
            new("mish", Reference.Mish, VM.Mish, VM.Mish, VM.Mish, VM.Mish, 4),
            new("softplus", x => Reference.Softplus(x, 1.0), x => VM.Softplus(x, 1.0), x => VM.Softplus(x, 1.0), x => VM.Softplus(x, 1.0), x => VM.Softplus(x, 1.0), 2),
            new("softplus(β=2)", x => Reference.Softplus(x, 2.0), x => VM.Softplus(x, 2.0), x => VM.Softplus(x, 2.0), x => VM.Softplus(x, 2.0), x => VM.Softplus(x, 2.0), 3),
        };

        public static readonly string[] Paths = { "scalar", "Vector128", "Vector256", "Vector512" };

        /// <summary>Each point and the three floats either side of it, both signs, padded with 0 to a multiple of 16 (whole vectors).</summary>
        public static float[] Around(IEnumerable<float> points)
        {
            var list = new List<float>();
            foreach (float p in points)
            {
                int b = BitConverter.SingleToInt32Bits(p);
                for (int d = -3; d <= 3; d++)
                {
                    float v = BitConverter.Int32BitsToSingle(b + d);
                    list.Add(v);
                    list.Add(-v);
                }
            }

            while (list.Count % 16 != 0) list.Add(0f);
            return list.ToArray();
        }

        /// <summary>Edge values, a few values in every binade (both signs), and dense seeded random values.</summary>
        public static float[] FloatInputs()
        {
            var list = new List<float>
            {
                0f, -0f, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue, float.PositiveInfinity, float.NegativeInfinity, float.NaN,
                1f, -1f, 0.5f, -0.5f, 1.17549435E-38f, -1.17549435E-38f, 9f, -9f, 10f, -10f, 17.33f, -17.33f, 20f, -20f,
                88.7f, -88.7f, 103.9f, -103.9f, 104f, -104f, 150f, -150f, 0.84375f * 1.41421356f, -1.25f * 1.41421356f, -4.04f, -14f, -13.9f,
            };
            var rng = new Random(42);
            for (int e = -149; e <= 127; e++)
                for (int k = 0; k < 6; k++)
                {
                    float x = (float)Math.ScaleB(1 + rng.NextDouble(), e);
                    list.Add(x);
                    list.Add(-x);
                }
            for (int i = 0; i < 24000; i++) list.Add((float)(rng.NextDouble() * 60 - 30));
            for (int i = 0; i < 8000; i++) list.Add(BitConverter.Int32BitsToSingle(rng.Next()) * (rng.Next(2) == 0 ? 1 : -1));
            while (list.Count % 16 != 0) list.Add(0f);
            return list.ToArray();
        }

        /// <summary>Edge values, every 4th binade over the whole range plus every binade in [2^-40, 2^10], dense random.</summary>
        public static double[] DoubleInputs()
        {
            var list = new List<double>
            {
                0.0, -0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
                1, -1, 0.5, -0.5, 2.2250738585072014E-308, -2.2250738585072014E-308, 20, -20, 40, -40, 709.78, -709.78, 745.1, -745.1, 750, -750, 800, -800,
                -37.5, -38.2, -21.5, -21.6,
            };
            var rng = new Random(7);
            for (int e = -1074; e <= 1023; e += 4)
            {
                double x = Math.ScaleB(1 + rng.NextDouble(), e);
                list.Add(x);
                list.Add(-x);
            }
            for (int e = -40; e <= 10; e++)
                for (int k = 0; k < 20; k++)
                {
                    double x = Math.ScaleB(1 + rng.NextDouble(), e);
                    list.Add(x);
                    list.Add(-x);
                }
            for (int i = 0; i < 4000; i++) list.Add(rng.NextDouble() * 90 - 45);
            while (list.Count % 8 != 0) list.Add(0.0);
            return list.ToArray();
        }
    }

    /// <summary>ULP distance (one implementation for the whole test project: <see cref="Infrastructure.Bits.UlpDistance{T}"/>).</summary>
    internal static class Ulp
    {
        public static long Distance(float a, float b) => Infrastructure.Bits.UlpDistance(a, b);

        public static long Distance(double a, double b) => Infrastructure.Bits.UlpDistance(a, b);
    }
}

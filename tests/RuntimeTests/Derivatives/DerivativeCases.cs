using System;
using System.Collections.Generic;
using FusedKernels.RuntimeTests.VectorMathTests;
using FusedKernels.Testing;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.Derivatives
{
    /// <summary>
    /// One activation derivative: its float and double overloads (scalar and the three vector widths, called
    /// directly), the references, the forward reference for the finite-difference check and, for derivatives
    /// with a zero, the magnitude of the largest term of the formula (the scale of the absolute-error bound there).
    /// <see cref="FloatUlp"/> and <see cref="FloatNearUlp"/> are the float bounds the tests enforce (ULP of the reference;
    /// ULP of the largest term near the zero): 1 and 4 for the derivatives evaluated in double and rounded once; a
    /// float-only derivative carries what its dense sweep measured (never looser than the 4 ULP of docs/accuracy.md).
    /// </summary>
    internal sealed record DerivativeCase(
        string Name, FloatFn Float, DoubleFn Double, Func<double, double> Forward, Func<double, double>? LargestTerm,
        bool KinkAtZero, double FiniteDifferenceRange, int FloatUlp = 1, double FloatNearUlp = 4);

    internal static class DerivativeCases
    {
        private const double SA = 1.6732632423543772, SG = 1.0507009873554805;
        private const float SAF = (float)SA, SGF = (float)SG;
        private const double C1 = 1.5957691216057308, C3 = 0.07135481627260025; // 2√(2/π), 2√(2/π)·0.044715

        private static double Sigma(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));

        // Largest terms (plain double; only their magnitude matters).
        private static double SiluTerms(double x, double beta)
        {
            double t = beta * x;
            return Math.Max(Sigma(t), Math.Abs(t) * Sigma(t) * Sigma(-t));
        }

        private static double GeluTerms(double x) =>
            Math.Max(0.5 * Reference.Erfc(-x * 0.70710678118654752), Math.Abs(x) * Math.Exp(-0.5 * x * x) * 0.3989422804014327);

        private static double GeluTanhTerms(double x)
        {
            double v = x * (C1 + C3 * x * x);
            return Math.Max(Sigma(v), Math.Abs(x * (C1 + 3 * C3 * x * x)) * Sigma(v) * Sigma(-v));
        }

        private static double MishTerms(double x)
        {
            double sp = x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));
            double c = Math.Cosh(sp);
            return Math.Max(Math.Tanh(sp), Math.Abs(x) / (c * c) * Sigma(x));
        }

        private static DerivativeCase Make(string name, FloatFn f, DoubleFn d, Func<double, double> fwd, Func<double, double>? terms = null, bool kink = false, double fdRange = 30, int floatUlp = 1, double floatNearUlp = 4) =>
            new(name, f, d, fwd, terms, kink, fdRange, floatUlp, floatNearUlp);

        public static readonly DerivativeCase[] All =
        {
            Make("sigmoid",
                new("sigmoid", Reference.SigmoidDerivative, VM.SigmoidDerivative, VM.SigmoidDerivative, VM.SigmoidDerivative, VM.SigmoidDerivative),
                new("sigmoid", Reference.SigmoidDerivative, VM.SigmoidDerivative, VM.SigmoidDerivative, VM.SigmoidDerivative, VM.SigmoidDerivative, 4),
                Reference.Sigmoid),
            Make("tanh",
                new("tanh", Reference.TanhDerivative, VM.TanhDerivative, VM.TanhDerivative, VM.TanhDerivative, VM.TanhDerivative),
                new("tanh", Reference.TanhDerivative, VM.TanhDerivative, VM.TanhDerivative, VM.TanhDerivative, VM.TanhDerivative, 4),
                Reference.Tanh),
            Make("elu",
                new("elu", x => Reference.EluDerivative(x, 1f), x => VM.EluDerivative(x, 1f), x => VM.EluDerivative(x, 1f), x => VM.EluDerivative(x, 1f), x => VM.EluDerivative(x, 1f)),
                new("elu", x => Reference.EluDerivative(x, 1.0), x => VM.EluDerivative(x, 1.0), x => VM.EluDerivative(x, 1.0), x => VM.EluDerivative(x, 1.0), x => VM.EluDerivative(x, 1.0), 4),
                x => Reference.Elu(x, 1.0), kink: true),
            Make("elu(α=0.3)",
                new("elu(α=0.3)", x => Reference.EluDerivative(x, 0.3f), x => VM.EluDerivative(x, 0.3f), x => VM.EluDerivative(x, 0.3f), x => VM.EluDerivative(x, 0.3f), x => VM.EluDerivative(x, 0.3f)),
                new("elu(α=0.3)", x => Reference.EluDerivative(x, 0.3), x => VM.EluDerivative(x, 0.3), x => VM.EluDerivative(x, 0.3), x => VM.EluDerivative(x, 0.3), x => VM.EluDerivative(x, 0.3), 4),
                x => Reference.Elu(x, 0.3), kink: true),
            Make("selu",
                new("selu", x => Reference.SeluDerivative(x, SAF, SGF), x => VM.SeluDerivative(x, SAF, SGF), x => VM.SeluDerivative(x, SAF, SGF), x => VM.SeluDerivative(x, SAF, SGF), x => VM.SeluDerivative(x, SAF, SGF)),
                new("selu", x => Reference.SeluDerivative(x, SA, SG), x => VM.SeluDerivative(x, SA, SG), x => VM.SeluDerivative(x, SA, SG), x => VM.SeluDerivative(x, SA, SG), x => VM.SeluDerivative(x, SA, SG), 4),
                x => Reference.Selu(x, SA, SG), kink: true),
            Make("celu",
                new("celu", x => Reference.CeluDerivative(x, 1f), x => VM.CeluDerivative(x, 1f), x => VM.CeluDerivative(x, 1f), x => VM.CeluDerivative(x, 1f), x => VM.CeluDerivative(x, 1f)),
                new("celu", x => Reference.CeluDerivative(x, 1.0), x => VM.CeluDerivative(x, 1.0), x => VM.CeluDerivative(x, 1.0), x => VM.CeluDerivative(x, 1.0), x => VM.CeluDerivative(x, 1.0), 4),
                x => Reference.Celu(x, 1.0), kink: true),
            Make("celu(α=2.5)",
                new("celu(α=2.5)", x => Reference.CeluDerivative(x, 2.5f), x => VM.CeluDerivative(x, 2.5f), x => VM.CeluDerivative(x, 2.5f), x => VM.CeluDerivative(x, 2.5f), x => VM.CeluDerivative(x, 2.5f)),
                new("celu(α=2.5)", x => Reference.CeluDerivative(x, 2.5), x => VM.CeluDerivative(x, 2.5), x => VM.CeluDerivative(x, 2.5), x => VM.CeluDerivative(x, 2.5), x => VM.CeluDerivative(x, 2.5), 4),
                x => Reference.Celu(x, 2.5), kink: true),
            Make("celu(α=0.3)",
                new("celu(α=0.3)", x => Reference.CeluDerivative(x, 0.3f), x => VM.CeluDerivative(x, 0.3f), x => VM.CeluDerivative(x, 0.3f), x => VM.CeluDerivative(x, 0.3f), x => VM.CeluDerivative(x, 0.3f)),
                new("celu(α=0.3)", x => Reference.CeluDerivative(x, 0.3), x => VM.CeluDerivative(x, 0.3), x => VM.CeluDerivative(x, 0.3), x => VM.CeluDerivative(x, 0.3), x => VM.CeluDerivative(x, 0.3), 4),
                x => Reference.Celu(x, 0.3), kink: true, fdRange: 8),
            Make("gelu",
                new("gelu", Reference.GeluDerivative, VM.GeluDerivative, VM.GeluDerivative, VM.GeluDerivative, VM.GeluDerivative),
                new("gelu", Reference.GeluDerivative, VM.GeluDerivative, VM.GeluDerivative, VM.GeluDerivative, VM.GeluDerivative, 4),
                // Float gelu′ is float-only (16 lanes per zmm): every 13th float of all 2^32 on every path measures at most
                // 2 ULP away from the zero and 1.0 ULP of the largest term near it (src/Runtime/Math/Derivatives/
                // VectorMath.GeluDerivative.cs.in; docs/accuracy.md allows 4 and 4).
                Reference.Gelu, GeluTerms, fdRange: 8, floatUlp: 2, floatNearUlp: 1.5),
            Make("gelu_tanh",
                new("gelu_tanh", Reference.GeluTanhDerivative, VM.GeluTanhDerivative, VM.GeluTanhDerivative, VM.GeluTanhDerivative, VM.GeluTanhDerivative),
                new("gelu_tanh", Reference.GeluTanhDerivative, VM.GeluTanhDerivative, VM.GeluTanhDerivative, VM.GeluTanhDerivative, VM.GeluTanhDerivative, 4),
                Reference.GeluTanh, GeluTanhTerms, fdRange: 8),
            Make("silu",
                new("silu", x => Reference.SiluDerivative(x, 1f), x => VM.SiluDerivative(x, 1f), x => VM.SiluDerivative(x, 1f), x => VM.SiluDerivative(x, 1f), x => VM.SiluDerivative(x, 1f)),
                new("silu", x => Reference.SiluDerivative(x, 1.0), x => VM.SiluDerivative(x, 1.0), x => VM.SiluDerivative(x, 1.0), x => VM.SiluDerivative(x, 1.0), x => VM.SiluDerivative(x, 1.0), 4),
                x => Reference.Silu(x, 1.0), x => SiluTerms(x, 1.0)),
            Make("silu(β=1.702)",
                new("silu(β=1.702)", x => Reference.SiluDerivative(x, 1.702f), x => VM.SiluDerivative(x, 1.702f), x => VM.SiluDerivative(x, 1.702f), x => VM.SiluDerivative(x, 1.702f), x => VM.SiluDerivative(x, 1.702f)),
                new("silu(β=1.702)", x => Reference.SiluDerivative(x, 1.702), x => VM.SiluDerivative(x, 1.702), x => VM.SiluDerivative(x, 1.702), x => VM.SiluDerivative(x, 1.702), x => VM.SiluDerivative(x, 1.702), 4),
                x => Reference.Silu(x, 1.702), x => SiluTerms(x, 1.702)),
            Make("mish",
                new("mish", Reference.MishDerivative, VM.MishDerivative, VM.MishDerivative, VM.MishDerivative, VM.MishDerivative),
                new("mish", Reference.MishDerivative, VM.MishDerivative, VM.MishDerivative, VM.MishDerivative, VM.MishDerivative, 4),
                Reference.Mish, MishTerms),
            Make("softplus",
                new("softplus", x => Reference.SoftplusDerivative(x, 1f), x => VM.SoftplusDerivative(x, 1f), x => VM.SoftplusDerivative(x, 1f), x => VM.SoftplusDerivative(x, 1f), x => VM.SoftplusDerivative(x, 1f)),
                new("softplus", x => Reference.SoftplusDerivative(x, 1.0), x => VM.SoftplusDerivative(x, 1.0), x => VM.SoftplusDerivative(x, 1.0), x => VM.SoftplusDerivative(x, 1.0), x => VM.SoftplusDerivative(x, 1.0), 4),
                x => Reference.Softplus(x, 1.0)),
            Make("softplus(β=2)",
                new("softplus(β=2)", x => Reference.SoftplusDerivative(x, 2f), x => VM.SoftplusDerivative(x, 2f), x => VM.SoftplusDerivative(x, 2f), x => VM.SoftplusDerivative(x, 2f), x => VM.SoftplusDerivative(x, 2f)),
                new("softplus(β=2)", x => Reference.SoftplusDerivative(x, 2.0), x => VM.SoftplusDerivative(x, 2.0), x => VM.SoftplusDerivative(x, 2.0), x => VM.SoftplusDerivative(x, 2.0), x => VM.SoftplusDerivative(x, 2.0), 4),
                x => Reference.Softplus(x, 2.0)),
        };

        /// <summary>The VectorMath inputs plus points that matter for derivatives: the zeros, the tails, the clamps.</summary>
        public static float[] FloatInputs()
        {
            var list = new List<float>(MathCases.FloatInputs());
            var rng = new Random(1234);
            foreach (double z in new[] { -1.2785, -1.2785 / 1.702, -0.7518, -0.7522, -1.1924 })
                for (int i = 0; i < 2000; i++) list.Add((float)(z + (rng.NextDouble() - 0.5) * 0.02));
            for (int i = 0; i < 4000; i++) list.Add((float)(-rng.NextDouble() * 120));
            for (int i = 0; i < 2000; i++) list.Add((float)(rng.NextDouble() * 200 - 100));
            // gelu′'s table form: its domain |x| < 4 densely, and both sides of every interval edge j/4.
            for (int i = 0; i < 4000; i++) list.Add((float)(rng.NextDouble() * 9 - 4.5));
            for (int j = -16; j <= 16; j++)
            {
                list.Add(j / 4f);
                list.Add(MathF.BitDecrement(j / 4f));
                list.Add(MathF.BitIncrement(j / 4f));
            }
            foreach (float f in new[] { -20f, 20f, -39f, 39f, -60f, 60f, -103f, -104f, -105f, -110f, -120f, 120f, -200f, 200f, -708f, 708f })
            {
                list.Add(f);
                list.Add(MathF.BitDecrement(f));
                list.Add(MathF.BitIncrement(f));
            }
            while (list.Count % 16 != 0) list.Add(0f);
            return list.ToArray();
        }

        public static double[] DoubleInputs()
        {
            var list = new List<double>(MathCases.DoubleInputs());
            var rng = new Random(4321);
            foreach (double z in new[] { -1.2785, -1.2785 / 1.702, -0.7518, -0.7522, -1.1924 })
                for (int i = 0; i < 500; i++) list.Add(z + (rng.NextDouble() - 0.5) * 0.02);
            for (int i = 0; i < 1000; i++) list.Add(-rng.NextDouble() * 800);
            for (int i = 0; i < 500; i++) list.Add(-700 - rng.NextDouble() * 70);
            for (int i = 0; i < 300; i++) list.Add(-360 - rng.NextDouble() * 40);
            for (int i = 0; i < 300; i++) list.Add(-36 - rng.NextDouble() * 4);
            for (int i = 0; i < 300; i++) list.Add(-20 - rng.NextDouble() * 6);
            for (int i = 0; i < 1000; i++) list.Add(rng.NextDouble() * 16 - 8);
            foreach (double f in new[] { -20.0, 20.0, -30.0, 30.0, -39.0, 39.0, -40.0, 40.0, -700.0, -745.0, -760.0, -800.0, 800.0 })
            {
                list.Add(f);
                list.Add(Math.BitDecrement(f));
                list.Add(Math.BitIncrement(f));
            }
            while (list.Count % 8 != 0) list.Add(0.0);
            return list.ToArray();
        }
    }
}

using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;
using FusedKernels.Testing;

namespace FusedKernels.Accuracy
{
    /// <summary>
    /// One measured function: its row label, its reference, and, for functions whose derivative has a zero, the
    /// magnitude of the largest term of the formula (docs/activations.md, derivatives: there the error is absolute, in ULP of that term).
    /// </summary>
    internal abstract record Case(string Name, string Parameters, Func<double, double>? LargestTerm)
    {
        /// <summary>False for what is measured but not bounded by docs/accuracy.md (the from-y formulas, TensorPrimitives).</summary>
        public bool Bounded { get; init; } = true;

        public abstract PathResult[] Measure(Options opt, bool[] accelerated);

        /// <summary>What the row was measured on, for its "measured" cell.</summary>
        public abstract string Inputs(Options opt);
    }

    /// <summary>A float function: all 2^32 inputs (or one chunk in <c>--stride</c>), every path it has.</summary>
    internal sealed record FloatCase(string Name, string Parameters, Func<float, float> Ref, Action<float[], float[]>?[] Paths,
        Func<double, double>? LargestTerm = null) : Case(Name, Parameters, LargestTerm)
    {
        public override PathResult[] Measure(Options opt, bool[] accelerated) => Measurement.FloatExhaustive(this, opt.Stride, accelerated);
        public override string Inputs(Options opt) => opt.Stride == 1 ? "all 2^32" : $"stride {opt.Stride} (2^32/{opt.Stride} inputs)";
    }

    /// <summary>A double function: the seeded samples, every path it has.</summary>
    internal sealed record DoubleCase(string Name, string Parameters, Func<double, double> Ref, Action<double[], double[]>?[] Paths,
        Func<double, double>? LargestTerm = null) : Case(Name, Parameters, LargestTerm)
    {
        public override PathResult[] Measure(Options opt, bool[] accelerated) => Measurement.DoubleSampled(this, Measurement.DoubleSamples(opt.DoubleSamples), accelerated);
        public override string Inputs(Options opt) => $"{opt.DoubleSamples:N0} samples";
    }

    /// <summary>The case tables, one per kind: forward activations, derivatives (from x and from y), the TensorPrimitives baseline.</summary>
    internal static class Cases
    {
        // Default parameters (the catalogue's defaults).
        private const double SeluAlpha = 1.6732632423543772, SeluGamma = 1.0507009873554805;
        private const float SeluAlphaF = (float)SeluAlpha, SeluGammaF = (float)SeluGamma;
        private const string FromY = "from y";

        /// <summary>A kernel per path (scalar, Vector128, Vector256, Vector512), each applied to a whole array.</summary>
        private static Action<T[], T[]>?[] OnPaths<T>(Func<T, T> scalar, Func<Vector128<T>, Vector128<T>> v128,
            Func<Vector256<T>, Vector256<T>> v256, Func<Vector512<T>, Vector512<T>> v512) =>
        [
            (x, y) => { for (int i = 0; i < x.Length; i++) y[i] = scalar(x[i]); },
            (x, y) => { for (int i = 0; i < x.Length; i += Vector128<T>.Count) v128(Vector128.LoadUnsafe(ref Ref(x), (nuint)i)).StoreUnsafe(ref Ref(y), (nuint)i); },
            (x, y) => { for (int i = 0; i < x.Length; i += Vector256<T>.Count) v256(Vector256.LoadUnsafe(ref Ref(x), (nuint)i)).StoreUnsafe(ref Ref(y), (nuint)i); },
            (x, y) => { for (int i = 0; i < x.Length; i += Vector512<T>.Count) v512(Vector512.LoadUnsafe(ref Ref(x), (nuint)i)).StoreUnsafe(ref Ref(y), (nuint)i); },
        ];

        private static ref T Ref<T>(T[] a) => ref MemoryMarshal.GetArrayDataReference(a);

        private static FloatCase F(string name, string parameters, Func<float, float> reference, Func<float, float> s,
            Func<Vector128<float>, Vector128<float>> v128, Func<Vector256<float>, Vector256<float>> v256,
            Func<Vector512<float>, Vector512<float>> v512, Func<double, double>? largestTerm = null) =>
            new(name, parameters, reference, OnPaths(s, v128, v256, v512), largestTerm);

        private static DoubleCase D(string name, string parameters, Func<double, double> reference, Func<double, double> s,
            Func<Vector128<double>, Vector128<double>> v128, Func<Vector256<double>, Vector256<double>> v256,
            Func<Vector512<double>, Vector512<double>> v512, Func<double, double>? largestTerm = null) =>
            new(name, parameters, reference, OnPaths(s, v128, v256, v512), largestTerm);

        public static readonly Case[] Float =
        [
            F("sigmoid", "", Reference.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid),
            F("tanh", "", Reference.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh),
            F("elu", "α = 1", x => Reference.Elu(x, 1f), x => VectorMath.Elu(x, 1f), x => VectorMath.Elu(x, 1f), x => VectorMath.Elu(x, 1f), x => VectorMath.Elu(x, 1f)),
            F("selu", "α, γ = SELU constants", x => Reference.Selu(x, SeluAlphaF, SeluGammaF), x => VectorMath.Selu(x, SeluAlphaF, SeluGammaF), x => VectorMath.Selu(x, SeluAlphaF, SeluGammaF), x => VectorMath.Selu(x, SeluAlphaF, SeluGammaF), x => VectorMath.Selu(x, SeluAlphaF, SeluGammaF)),
            F("celu", "α = 1", x => Reference.Celu(x, 1f), x => VectorMath.Celu(x, 1f), x => VectorMath.Celu(x, 1f), x => VectorMath.Celu(x, 1f), x => VectorMath.Celu(x, 1f)),
            F("gelu", "", Reference.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu),
            F("gelu_tanh", "", Reference.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh),
            F("silu", "β = 1", x => Reference.Silu(x, 1f), x => VectorMath.Silu(x, 1f), x => VectorMath.Silu(x, 1f), x => VectorMath.Silu(x, 1f), x => VectorMath.Silu(x, 1f)),
            F("silu", "β = 1.702", x => Reference.Silu(x, 1.702f), x => VectorMath.Silu(x, 1.702f), x => VectorMath.Silu(x, 1.702f), x => VectorMath.Silu(x, 1.702f), x => VectorMath.Silu(x, 1.702f)),
            F("mish", "", Reference.Mish, VectorMath.Mish, VectorMath.Mish, VectorMath.Mish, VectorMath.Mish),
            F("softplus", "β = 1", x => Reference.Softplus(x, 1f), x => VectorMath.Softplus(x, 1f), x => VectorMath.Softplus(x, 1f), x => VectorMath.Softplus(x, 1f), x => VectorMath.Softplus(x, 1f)),
            F("softplus", "β = 2", x => Reference.Softplus(x, 2f), x => VectorMath.Softplus(x, 2f), x => VectorMath.Softplus(x, 2f), x => VectorMath.Softplus(x, 2f), x => VectorMath.Softplus(x, 2f)),
        ];

        public static readonly Case[] Double =
        [
            D("sigmoid", "", Reference.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid),
            D("tanh", "", Reference.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh),
            D("elu", "α = 1", x => Reference.Elu(x, 1.0), x => VectorMath.Elu(x, 1.0), x => VectorMath.Elu(x, 1.0), x => VectorMath.Elu(x, 1.0), x => VectorMath.Elu(x, 1.0)),
            D("selu", "α, γ = SELU constants", x => Reference.Selu(x, SeluAlpha, SeluGamma), x => VectorMath.Selu(x, SeluAlpha, SeluGamma), x => VectorMath.Selu(x, SeluAlpha, SeluGamma), x => VectorMath.Selu(x, SeluAlpha, SeluGamma), x => VectorMath.Selu(x, SeluAlpha, SeluGamma)),
            D("celu", "α = 1", x => Reference.Celu(x, 1.0), x => VectorMath.Celu(x, 1.0), x => VectorMath.Celu(x, 1.0), x => VectorMath.Celu(x, 1.0), x => VectorMath.Celu(x, 1.0)),
            D("gelu", "", Reference.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu),
            D("gelu_tanh", "", Reference.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh),
            D("silu", "β = 1", x => Reference.Silu(x, 1.0), x => VectorMath.Silu(x, 1.0), x => VectorMath.Silu(x, 1.0), x => VectorMath.Silu(x, 1.0), x => VectorMath.Silu(x, 1.0)),
            D("mish", "", Reference.Mish, VectorMath.Mish, VectorMath.Mish, VectorMath.Mish, VectorMath.Mish),
            D("softplus", "β = 1", x => Reference.Softplus(x, 1.0), x => VectorMath.Softplus(x, 1.0), x => VectorMath.Softplus(x, 1.0), x => VectorMath.Softplus(x, 1.0), x => VectorMath.Softplus(x, 1.0)),
            D("erfc", "(building block)", Reference.Erfc, VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc),
        ];

        /// <summary>
        /// TensorPrimitives picks its path once per process (the widest accelerated one), so it is measured on that
        /// path only; run the tool under DOTNET_EnableAVX512=0 etc. for the others.
        /// </summary>
        public static readonly Case[] TensorPrimitivesFloat =
        [
            new FloatCase("sigmoid", "", Reference.Sigmoid, OnWidestPath((x, y) => TensorPrimitives.Sigmoid(x, y))) { Bounded = false },
            new FloatCase("tanh", "", Reference.Tanh, OnWidestPath((x, y) => TensorPrimitives.Tanh(x, y))) { Bounded = false },
        ];

        public static int WidestPath => Vector512.IsHardwareAccelerated ? 3 : Vector256.IsHardwareAccelerated ? 2 : Vector128.IsHardwareAccelerated ? 1 : 0;

        private static Action<float[], float[]>?[] OnWidestPath(Action<float[], float[]> apply)
        {
            var paths = new Action<float[], float[]>?[4];
            paths[WidestPath] = apply;
            return paths;
        }

        // ---------------------------------------------------------------- derivatives

        // The largest term of each derivative with a zero, as tests/RuntimeTests/Derivatives/DerivativeCases.cs
        // defines it (the Runtime exposes nothing for it), so that the tool and the tests draw the same
        // neighbourhood of the zero. Plain double: only the magnitude matters.
        private const double C1 = 1.5957691216057308, C3 = 0.07135481627260025; // 2√(2/π), 2√(2/π)·0.044715

        private static double Sigma(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));

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

        // From y, the kernel's formula cancels instead: y − y² (sigmoid), 1 − y² (tanh), y + α (elu), y + γα (selu),
        // y/α + 1 (celu). Its largest term (|y| = σ(x), 1, α, γα, 1) scales the absolute error the same way.
        // A NaN y passes dy (·γ for selu) in the elu family, as PyTorch's elu_backward(is_result) and
        // Reference.EluGradientFromOutput do (y ≤ 0 is false), so the reference takes that convention at NaN.

        /// <summary>The derivatives VectorMath has (what the generated gradient kernels call), then the catalogue's from-y formulas (the generated kernels of <see cref="FromOutput"/>).</summary>
        public static readonly Case[] FloatGradients =
        [
            F("sigmoid", "", Reference.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative),
            F("tanh", "", Reference.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative),
            F("softplus", "β = 1", x => Reference.SoftplusDerivative(x, 1f), x => VectorMath.SoftplusDerivative(x, 1f), x => VectorMath.SoftplusDerivative(x, 1f), x => VectorMath.SoftplusDerivative(x, 1f), x => VectorMath.SoftplusDerivative(x, 1f)),
            F("softplus", "β = 2", x => Reference.SoftplusDerivative(x, 2f), x => VectorMath.SoftplusDerivative(x, 2f), x => VectorMath.SoftplusDerivative(x, 2f), x => VectorMath.SoftplusDerivative(x, 2f), x => VectorMath.SoftplusDerivative(x, 2f)),
            F("elu", "α = 1", x => Reference.EluDerivative(x, 1f), x => VectorMath.EluDerivative(x, 1f), x => VectorMath.EluDerivative(x, 1f), x => VectorMath.EluDerivative(x, 1f), x => VectorMath.EluDerivative(x, 1f)),
            F("elu", "α = 0.3", x => Reference.EluDerivative(x, 0.3f), x => VectorMath.EluDerivative(x, 0.3f), x => VectorMath.EluDerivative(x, 0.3f), x => VectorMath.EluDerivative(x, 0.3f), x => VectorMath.EluDerivative(x, 0.3f)),
            F("selu", "α, γ = SELU constants", x => Reference.SeluDerivative(x, SeluAlphaF, SeluGammaF), x => VectorMath.SeluDerivative(x, SeluAlphaF, SeluGammaF), x => VectorMath.SeluDerivative(x, SeluAlphaF, SeluGammaF), x => VectorMath.SeluDerivative(x, SeluAlphaF, SeluGammaF), x => VectorMath.SeluDerivative(x, SeluAlphaF, SeluGammaF)),
            F("celu", "α = 1", x => Reference.CeluDerivative(x, 1f), x => VectorMath.CeluDerivative(x, 1f), x => VectorMath.CeluDerivative(x, 1f), x => VectorMath.CeluDerivative(x, 1f), x => VectorMath.CeluDerivative(x, 1f)),
            F("celu", "α = 2.5", x => Reference.CeluDerivative(x, 2.5f), x => VectorMath.CeluDerivative(x, 2.5f), x => VectorMath.CeluDerivative(x, 2.5f), x => VectorMath.CeluDerivative(x, 2.5f), x => VectorMath.CeluDerivative(x, 2.5f)),
            F("celu", "α = 0.3", x => Reference.CeluDerivative(x, 0.3f), x => VectorMath.CeluDerivative(x, 0.3f), x => VectorMath.CeluDerivative(x, 0.3f), x => VectorMath.CeluDerivative(x, 0.3f), x => VectorMath.CeluDerivative(x, 0.3f)),
            F("silu", "β = 1", x => Reference.SiluDerivative(x, 1f), x => VectorMath.SiluDerivative(x, 1f), x => VectorMath.SiluDerivative(x, 1f), x => VectorMath.SiluDerivative(x, 1f), x => VectorMath.SiluDerivative(x, 1f), x => SiluTerms(x, 1.0)),
            F("silu", "β = 1.702", x => Reference.SiluDerivative(x, 1.702f), x => VectorMath.SiluDerivative(x, 1.702f), x => VectorMath.SiluDerivative(x, 1.702f), x => VectorMath.SiluDerivative(x, 1.702f), x => VectorMath.SiluDerivative(x, 1.702f), x => SiluTerms(x, 1.702)),
            F("gelu", "", Reference.GeluDerivative, VectorMath.GeluDerivative, VectorMath.GeluDerivative, VectorMath.GeluDerivative, VectorMath.GeluDerivative, GeluTerms),
            F("gelu_tanh", "", Reference.GeluTanhDerivative, VectorMath.GeluTanhDerivative, VectorMath.GeluTanhDerivative, VectorMath.GeluTanhDerivative, VectorMath.GeluTanhDerivative, GeluTanhTerms),
            F("mish", "", Reference.MishDerivative, VectorMath.MishDerivative, VectorMath.MishDerivative, VectorMath.MishDerivative, VectorMath.MishDerivative, MishTerms),

            F("sigmoid", FromY, Reference.SigmoidDerivative, x => FromOutput.Sigmoid(VectorMath.Sigmoid(x), 1f), x => FromOutput.Sigmoid(VectorMath.Sigmoid(x), Vector128<float>.One), x => FromOutput.Sigmoid(VectorMath.Sigmoid(x), Vector256<float>.One), x => FromOutput.Sigmoid(VectorMath.Sigmoid(x), Vector512<float>.One), Sigma) with { Bounded = false },
            F("tanh", FromY, Reference.TanhDerivative, x => FromOutput.Tanh(VectorMath.Tanh(x), 1f), x => FromOutput.Tanh(VectorMath.Tanh(x), Vector128<float>.One), x => FromOutput.Tanh(VectorMath.Tanh(x), Vector256<float>.One), x => FromOutput.Tanh(VectorMath.Tanh(x), Vector512<float>.One), _ => 1) with { Bounded = false },
            F("elu", "α = 1, " + FromY, x => float.IsNaN(x) ? 1f : Reference.EluDerivative(x, 1f), x => FromOutput.Elu(VectorMath.Elu(x, 1f), 1f), x => FromOutput.Elu(VectorMath.Elu(x, 1f), Vector128<float>.One), x => FromOutput.Elu(VectorMath.Elu(x, 1f), Vector256<float>.One), x => FromOutput.Elu(VectorMath.Elu(x, 1f), Vector512<float>.One), _ => 1) with { Bounded = false },
            F("selu", "SELU constants, " + FromY, x => float.IsNaN(x) ? SeluGammaF : Reference.SeluDerivative(x, SeluAlphaF, SeluGammaF), x => FromOutput.Selu(VectorMath.Selu(x, SeluAlphaF, SeluGammaF), 1f), x => FromOutput.Selu(VectorMath.Selu(x, SeluAlphaF, SeluGammaF), Vector128<float>.One), x => FromOutput.Selu(VectorMath.Selu(x, SeluAlphaF, SeluGammaF), Vector256<float>.One), x => FromOutput.Selu(VectorMath.Selu(x, SeluAlphaF, SeluGammaF), Vector512<float>.One), _ => SeluGamma * SeluAlpha) with { Bounded = false },
            F("celu", "α = 1, " + FromY, x => float.IsNaN(x) ? 1f : Reference.CeluDerivative(x, 1f), x => FromOutput.Celu(VectorMath.Celu(x, 1f), 1f), x => FromOutput.Celu(VectorMath.Celu(x, 1f), Vector128<float>.One), x => FromOutput.Celu(VectorMath.Celu(x, 1f), Vector256<float>.One), x => FromOutput.Celu(VectorMath.Celu(x, 1f), Vector512<float>.One), _ => 1) with { Bounded = false },
        ];

        public static readonly Case[] DoubleGradients =
        [
            D("sigmoid", "", Reference.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative),
            D("tanh", "", Reference.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative),
            D("softplus", "β = 1", x => Reference.SoftplusDerivative(x, 1.0), x => VectorMath.SoftplusDerivative(x, 1.0), x => VectorMath.SoftplusDerivative(x, 1.0), x => VectorMath.SoftplusDerivative(x, 1.0), x => VectorMath.SoftplusDerivative(x, 1.0)),
            D("softplus", "β = 2", x => Reference.SoftplusDerivative(x, 2.0), x => VectorMath.SoftplusDerivative(x, 2.0), x => VectorMath.SoftplusDerivative(x, 2.0), x => VectorMath.SoftplusDerivative(x, 2.0), x => VectorMath.SoftplusDerivative(x, 2.0)),
            D("elu", "α = 1", x => Reference.EluDerivative(x, 1.0), x => VectorMath.EluDerivative(x, 1.0), x => VectorMath.EluDerivative(x, 1.0), x => VectorMath.EluDerivative(x, 1.0), x => VectorMath.EluDerivative(x, 1.0)),
            D("elu", "α = 0.3", x => Reference.EluDerivative(x, 0.3), x => VectorMath.EluDerivative(x, 0.3), x => VectorMath.EluDerivative(x, 0.3), x => VectorMath.EluDerivative(x, 0.3), x => VectorMath.EluDerivative(x, 0.3)),
            D("selu", "α, γ = SELU constants", x => Reference.SeluDerivative(x, SeluAlpha, SeluGamma), x => VectorMath.SeluDerivative(x, SeluAlpha, SeluGamma), x => VectorMath.SeluDerivative(x, SeluAlpha, SeluGamma), x => VectorMath.SeluDerivative(x, SeluAlpha, SeluGamma), x => VectorMath.SeluDerivative(x, SeluAlpha, SeluGamma)),
            D("celu", "α = 1", x => Reference.CeluDerivative(x, 1.0), x => VectorMath.CeluDerivative(x, 1.0), x => VectorMath.CeluDerivative(x, 1.0), x => VectorMath.CeluDerivative(x, 1.0), x => VectorMath.CeluDerivative(x, 1.0)),
            D("celu", "α = 2.5", x => Reference.CeluDerivative(x, 2.5), x => VectorMath.CeluDerivative(x, 2.5), x => VectorMath.CeluDerivative(x, 2.5), x => VectorMath.CeluDerivative(x, 2.5), x => VectorMath.CeluDerivative(x, 2.5)),
            D("celu", "α = 0.3", x => Reference.CeluDerivative(x, 0.3), x => VectorMath.CeluDerivative(x, 0.3), x => VectorMath.CeluDerivative(x, 0.3), x => VectorMath.CeluDerivative(x, 0.3), x => VectorMath.CeluDerivative(x, 0.3)),
            D("silu", "β = 1", x => Reference.SiluDerivative(x, 1.0), x => VectorMath.SiluDerivative(x, 1.0), x => VectorMath.SiluDerivative(x, 1.0), x => VectorMath.SiluDerivative(x, 1.0), x => VectorMath.SiluDerivative(x, 1.0), x => SiluTerms(x, 1.0)),
            D("silu", "β = 1.702", x => Reference.SiluDerivative(x, 1.702), x => VectorMath.SiluDerivative(x, 1.702), x => VectorMath.SiluDerivative(x, 1.702), x => VectorMath.SiluDerivative(x, 1.702), x => VectorMath.SiluDerivative(x, 1.702), x => SiluTerms(x, 1.702)),
            D("gelu", "", Reference.GeluDerivative, VectorMath.GeluDerivative, VectorMath.GeluDerivative, VectorMath.GeluDerivative, VectorMath.GeluDerivative, GeluTerms),
            D("gelu_tanh", "", Reference.GeluTanhDerivative, VectorMath.GeluTanhDerivative, VectorMath.GeluTanhDerivative, VectorMath.GeluTanhDerivative, VectorMath.GeluTanhDerivative, GeluTanhTerms),
            D("mish", "", Reference.MishDerivative, VectorMath.MishDerivative, VectorMath.MishDerivative, VectorMath.MishDerivative, VectorMath.MishDerivative, MishTerms),

            D("sigmoid", FromY, Reference.SigmoidDerivative, x => FromOutput.Sigmoid(VectorMath.Sigmoid(x), 1.0), x => FromOutput.Sigmoid(VectorMath.Sigmoid(x), Vector128<double>.One), x => FromOutput.Sigmoid(VectorMath.Sigmoid(x), Vector256<double>.One), x => FromOutput.Sigmoid(VectorMath.Sigmoid(x), Vector512<double>.One), Sigma) with { Bounded = false },
            D("tanh", FromY, Reference.TanhDerivative, x => FromOutput.Tanh(VectorMath.Tanh(x), 1.0), x => FromOutput.Tanh(VectorMath.Tanh(x), Vector128<double>.One), x => FromOutput.Tanh(VectorMath.Tanh(x), Vector256<double>.One), x => FromOutput.Tanh(VectorMath.Tanh(x), Vector512<double>.One), _ => 1) with { Bounded = false },
            D("elu", "α = 1, " + FromY, x => double.IsNaN(x) ? 1.0 : Reference.EluDerivative(x, 1.0), x => FromOutput.Elu(VectorMath.Elu(x, 1.0), 1.0), x => FromOutput.Elu(VectorMath.Elu(x, 1.0), Vector128<double>.One), x => FromOutput.Elu(VectorMath.Elu(x, 1.0), Vector256<double>.One), x => FromOutput.Elu(VectorMath.Elu(x, 1.0), Vector512<double>.One), _ => 1) with { Bounded = false },
            D("selu", "SELU constants, " + FromY, x => double.IsNaN(x) ? SeluGamma : Reference.SeluDerivative(x, SeluAlpha, SeluGamma), x => FromOutput.Selu(VectorMath.Selu(x, SeluAlpha, SeluGamma), 1.0), x => FromOutput.Selu(VectorMath.Selu(x, SeluAlpha, SeluGamma), Vector128<double>.One), x => FromOutput.Selu(VectorMath.Selu(x, SeluAlpha, SeluGamma), Vector256<double>.One), x => FromOutput.Selu(VectorMath.Selu(x, SeluAlpha, SeluGamma), Vector512<double>.One), _ => SeluGamma * SeluAlpha) with { Bounded = false },
            D("celu", "α = 1, " + FromY, x => double.IsNaN(x) ? 1.0 : Reference.CeluDerivative(x, 1.0), x => FromOutput.Celu(VectorMath.Celu(x, 1.0), 1.0), x => FromOutput.Celu(VectorMath.Celu(x, 1.0), Vector128<double>.One), x => FromOutput.Celu(VectorMath.Celu(x, 1.0), Vector256<double>.One), x => FromOutput.Celu(VectorMath.Celu(x, 1.0), Vector512<double>.One), _ => 1) with { Bounded = false },
        ];
    }
}

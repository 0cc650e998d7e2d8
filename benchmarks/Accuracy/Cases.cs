using System;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.Accuracy
{
    /// <summary>One float activation: the reference and the four paths of <see cref="VectorMath"/>.</summary>
    internal sealed record FloatCase(
        string Name, string Parameters,
        Func<float, float> Ref, Func<float, float> Scalar,
        Func<Vector128<float>, Vector128<float>> V128,
        Func<Vector256<float>, Vector256<float>> V256,
        Func<Vector512<float>, Vector512<float>> V512);

    /// <summary>One double activation: the double-double reference and the four paths.</summary>
    internal sealed record DoubleCase(
        string Name, string Parameters,
        Func<double, double> Ref, Func<double, double> Scalar,
        Func<Vector128<double>, Vector128<double>> V128,
        Func<Vector256<double>, Vector256<double>> V256,
        Func<Vector512<double>, Vector512<double>> V512);

    internal static class Cases
    {
        // Default parameters (the catalogue's defaults).
        private const double SeluAlpha = 1.6732632423543772, SeluGamma = 1.0507009873554805;
        private const float SeluAlphaF = (float)SeluAlpha, SeluGammaF = (float)SeluGamma;

        public static readonly FloatCase[] Float =
        {
            new("sigmoid", "", Reference.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid),
            new("tanh", "", Reference.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh),
            new("elu", "α = 1", x => Reference.Elu(x, 1f), x => VectorMath.Elu(x, 1f), x => VectorMath.Elu(x, 1f), x => VectorMath.Elu(x, 1f), x => VectorMath.Elu(x, 1f)),
            new("selu", "α, γ = SELU constants", x => Reference.Selu(x, SeluAlphaF, SeluGammaF), x => VectorMath.Selu(x, SeluAlphaF, SeluGammaF), x => VectorMath.Selu(x, SeluAlphaF, SeluGammaF), x => VectorMath.Selu(x, SeluAlphaF, SeluGammaF), x => VectorMath.Selu(x, SeluAlphaF, SeluGammaF)),
            new("celu", "α = 1", x => Reference.Celu(x, 1f), x => VectorMath.Celu(x, 1f), x => VectorMath.Celu(x, 1f), x => VectorMath.Celu(x, 1f), x => VectorMath.Celu(x, 1f)),
            new("gelu", "", Reference.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu),
            new("gelu_tanh", "", Reference.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh),
            new("silu", "β = 1", x => Reference.Silu(x, 1f), x => VectorMath.Silu(x, 1f), x => VectorMath.Silu(x, 1f), x => VectorMath.Silu(x, 1f), x => VectorMath.Silu(x, 1f)),
            new("mish", "", Reference.Mish, VectorMath.Mish, VectorMath.Mish, VectorMath.Mish, VectorMath.Mish),
            new("softplus", "β = 1", x => Reference.Softplus(x, 1f), x => VectorMath.Softplus(x, 1f), x => VectorMath.Softplus(x, 1f), x => VectorMath.Softplus(x, 1f), x => VectorMath.Softplus(x, 1f)),
        };

        public static readonly DoubleCase[] Double =
        {
            new("sigmoid", "", Reference.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid),
            new("tanh", "", Reference.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh),
            new("elu", "α = 1", x => Reference.Elu(x, 1.0), x => VectorMath.Elu(x, 1.0), x => VectorMath.Elu(x, 1.0), x => VectorMath.Elu(x, 1.0), x => VectorMath.Elu(x, 1.0)),
            new("selu", "α, γ = SELU constants", x => Reference.Selu(x, SeluAlpha, SeluGamma), x => VectorMath.Selu(x, SeluAlpha, SeluGamma), x => VectorMath.Selu(x, SeluAlpha, SeluGamma), x => VectorMath.Selu(x, SeluAlpha, SeluGamma), x => VectorMath.Selu(x, SeluAlpha, SeluGamma)),
            new("celu", "α = 1", x => Reference.Celu(x, 1.0), x => VectorMath.Celu(x, 1.0), x => VectorMath.Celu(x, 1.0), x => VectorMath.Celu(x, 1.0), x => VectorMath.Celu(x, 1.0)),
            new("gelu", "", Reference.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu),
            new("gelu_tanh", "", Reference.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh),
            new("silu", "β = 1", x => Reference.Silu(x, 1.0), x => VectorMath.Silu(x, 1.0), x => VectorMath.Silu(x, 1.0), x => VectorMath.Silu(x, 1.0), x => VectorMath.Silu(x, 1.0)),
            new("mish", "", Reference.Mish, VectorMath.Mish, VectorMath.Mish, VectorMath.Mish, VectorMath.Mish),
            new("softplus", "β = 1", x => Reference.Softplus(x, 1.0), x => VectorMath.Softplus(x, 1.0), x => VectorMath.Softplus(x, 1.0), x => VectorMath.Softplus(x, 1.0), x => VectorMath.Softplus(x, 1.0)),
            new("erfc", "(building block)", Reference.Erfc, VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc),
        };
    }
}

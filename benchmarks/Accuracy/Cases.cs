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
        };

        public static readonly DoubleCase[] Double =
        {
            new("sigmoid", "", Reference.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid),
            new("tanh", "", Reference.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh),
        };
    }
}

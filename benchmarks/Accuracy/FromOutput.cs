using System.Runtime.Intrinsics;

namespace FusedKernels.Accuracy
{
    /// <summary>
    /// Gradient kernels from the saved output y (docs/activations.md, derivatives), written by the real generator at the catalogue's default
    /// parameters, in the scalar and one-vector shapes so that each path can be called directly. dy = 1 gives f′.
    /// </summary>
    internal static partial class FromOutput
    {
        [ActivationGradient("sigmoid")] public static partial float Sigmoid(float y, float dy);
        [ActivationGradient("sigmoid")] public static partial Vector128<float> Sigmoid(Vector128<float> y, Vector128<float> dy);
        [ActivationGradient("sigmoid")] public static partial Vector256<float> Sigmoid(Vector256<float> y, Vector256<float> dy);
        [ActivationGradient("sigmoid")] public static partial Vector512<float> Sigmoid(Vector512<float> y, Vector512<float> dy);
        [ActivationGradient("tanh")] public static partial float Tanh(float y, float dy);
        [ActivationGradient("tanh")] public static partial Vector128<float> Tanh(Vector128<float> y, Vector128<float> dy);
        [ActivationGradient("tanh")] public static partial Vector256<float> Tanh(Vector256<float> y, Vector256<float> dy);
        [ActivationGradient("tanh")] public static partial Vector512<float> Tanh(Vector512<float> y, Vector512<float> dy);
        [ActivationGradient("elu")] public static partial float Elu(float y, float dy);
        [ActivationGradient("elu")] public static partial Vector128<float> Elu(Vector128<float> y, Vector128<float> dy);
        [ActivationGradient("elu")] public static partial Vector256<float> Elu(Vector256<float> y, Vector256<float> dy);
        [ActivationGradient("elu")] public static partial Vector512<float> Elu(Vector512<float> y, Vector512<float> dy);
        [ActivationGradient("selu")] public static partial float Selu(float y, float dy);
        [ActivationGradient("selu")] public static partial Vector128<float> Selu(Vector128<float> y, Vector128<float> dy);
        [ActivationGradient("selu")] public static partial Vector256<float> Selu(Vector256<float> y, Vector256<float> dy);
        [ActivationGradient("selu")] public static partial Vector512<float> Selu(Vector512<float> y, Vector512<float> dy);
        [ActivationGradient("celu")] public static partial float Celu(float y, float dy);
        [ActivationGradient("celu")] public static partial Vector128<float> Celu(Vector128<float> y, Vector128<float> dy);
        [ActivationGradient("celu")] public static partial Vector256<float> Celu(Vector256<float> y, Vector256<float> dy);
        [ActivationGradient("celu")] public static partial Vector512<float> Celu(Vector512<float> y, Vector512<float> dy);

        [ActivationGradient("sigmoid")] public static partial double Sigmoid(double y, double dy);
        [ActivationGradient("sigmoid")] public static partial Vector128<double> Sigmoid(Vector128<double> y, Vector128<double> dy);
        [ActivationGradient("sigmoid")] public static partial Vector256<double> Sigmoid(Vector256<double> y, Vector256<double> dy);
        [ActivationGradient("sigmoid")] public static partial Vector512<double> Sigmoid(Vector512<double> y, Vector512<double> dy);
        [ActivationGradient("tanh")] public static partial double Tanh(double y, double dy);
        [ActivationGradient("tanh")] public static partial Vector128<double> Tanh(Vector128<double> y, Vector128<double> dy);
        [ActivationGradient("tanh")] public static partial Vector256<double> Tanh(Vector256<double> y, Vector256<double> dy);
        [ActivationGradient("tanh")] public static partial Vector512<double> Tanh(Vector512<double> y, Vector512<double> dy);
        [ActivationGradient("elu")] public static partial double Elu(double y, double dy);
        [ActivationGradient("elu")] public static partial Vector128<double> Elu(Vector128<double> y, Vector128<double> dy);
        [ActivationGradient("elu")] public static partial Vector256<double> Elu(Vector256<double> y, Vector256<double> dy);
        [ActivationGradient("elu")] public static partial Vector512<double> Elu(Vector512<double> y, Vector512<double> dy);
        [ActivationGradient("selu")] public static partial double Selu(double y, double dy);
        [ActivationGradient("selu")] public static partial Vector128<double> Selu(Vector128<double> y, Vector128<double> dy);
        [ActivationGradient("selu")] public static partial Vector256<double> Selu(Vector256<double> y, Vector256<double> dy);
        [ActivationGradient("selu")] public static partial Vector512<double> Selu(Vector512<double> y, Vector512<double> dy);
        [ActivationGradient("celu")] public static partial double Celu(double y, double dy);
        [ActivationGradient("celu")] public static partial Vector128<double> Celu(Vector128<double> y, Vector128<double> dy);
        [ActivationGradient("celu")] public static partial Vector256<double> Celu(Vector256<double> y, Vector256<double> dy);
        [ActivationGradient("celu")] public static partial Vector512<double> Celu(Vector512<double> y, Vector512<double> dy);
    }
}

using System.Linq;
using FusedKernels.GeneratorTests.Infrastructure;

namespace FusedKernels.GeneratorTests
{
    /// <summary>The generated source of representative kernels, against approved snapshots.</summary>
    public class SnapshotTests
    {
        [Theory]
        [InlineData("Relu_OutOfPlace_Float", "[Activation(\"relu\")] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);")]
        [InlineData("Relu_InPlace_Int", "[Activation(\"relu\")] internal static partial void Relu(Span<int> values);")]
        [InlineData("LeakyRelu_OutOfPlace_Float", "[Activation(\"leaky_relu\", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);")]
        [InlineData("LeakyRelu_Steep_Double", "[Activation(\"LRELU\", Alpha = 1.5)] public static partial void Steep(ReadOnlySpan<double> x, Span<double> y);")]
        [InlineData("LeakyRelu_Scalar_Double", "[Activation(\"leaky_relu\")] public static partial double LeakyRelu(double x);")]
        [InlineData("Relu_Vector256_Float", "[Activation(\"relu\")] public static partial Vector256<float> Relu(Vector256<float> x);")]
        [InlineData("Identity_Half", "[Activation(\"linear\")] public static partial void Copy(ReadOnlySpan<Half> x, Span<Half> y);")]
        [InlineData("Relu6_InPlace_Half", "[Activation(\"relu6\")] public static partial void Relu6(Span<Half> x);")]
        [InlineData("ScaleBiasLeaky_Fused", "[Activation(\"leaky_relu\", Alpha = 0.1)] public static partial void Epilogue(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y);")]
        [InlineData("PRelu_PerChannel", "[Activation(\"prelu\")] public static partial void PRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);")]
        [InlineData("Relu_Residual_Preactivation", "[Activation(\"relu\")] public static partial void Block(ReadOnlySpan<float> x, ReadOnlySpan<float> residual, Span<float> preactivation, Span<float> y);")]
        [InlineData("Gradient_BiasGelu_Dbias", "[ActivationGradient(\"gelu\")] public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);")]
        [InlineData("Gradient_Sigmoid_FromY_InPlace", "[ActivationGradient(\"sigmoid\")] public static partial void SigmoidBackward(ReadOnlySpan<float> y, Span<float> dy);")]
        [InlineData("Gradient_PRelu_Dalpha", "[ActivationGradient(\"prelu\")] public static partial void PReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dalpha);")]
        [InlineData("Gradient_SwiGlu", "[ActivationGradient(\"silu\")] public static partial void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);")]
        [InlineData("Gradient_Relu_Scalar_Double", "[ActivationGradient(\"relu\")] public static partial double ReluBackward(double x, double dy);")]
        [InlineData("Softmax_ScaleMask_Rows", "[Activation(\"softmax\")] public static partial void AttentionSoftmax(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);")]
        [InlineData("LogSoftmax_InPlace_Half", "[Activation(\"log_softmax\")] public static partial void LogSoftmax(Span<Half> x);")]
        [InlineData("Gradient_Softmax_InPlace", "[ActivationGradient(\"softmax\")] public static partial void SoftmaxBackward(ReadOnlySpan<float> y, Span<float> dy, int rowLength);")]
        [InlineData("Gelu_Parallel", "[Activation(\"gelu\", Parallel = true)] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);")]
        [InlineData("Gradient_BiasGelu_Dbias_Parallel", "[ActivationGradient(\"gelu\", Parallel = true)] public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);")]
        [InlineData("Softmax_ScaleMask_Rows_Parallel", "[Activation(\"softmax\", Parallel = true)] public static partial void AttentionSoftmax(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);")]
        public void Kernel(string name, string declaration)
        {
            var (_, result) = GeneratorHarness.Run(TestSource.Kernels(declaration));
            Snapshot.Verify(name, GeneratorHarness.GeneratedSources(result).Values.Single());
        }

        [Fact]
        public void Nested_instance_kernel_in_global_namespace()
        {
            const string source = TestSource.Usings + """
                public partial struct Outer<T>
                {
                    internal partial record Inner
                    {
                        [Activation("Relu")] private partial float Apply(float x);
                    }
                }
                """;
            var (_, result) = GeneratorHarness.Run(source);
            Snapshot.Verify("Nested_Instance_GlobalNamespace", GeneratorHarness.GeneratedSources(result).Values.Single());
        }
    }
}

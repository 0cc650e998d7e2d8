using System.Linq;
using FusedKernels.GeneratorTests.Infrastructure;

namespace FusedKernels.GeneratorTests
{
    /// <summary>
    /// Which kernels name a <c>PipelinedMath</c> function for the driver (docs/design.md, "Pipelined math"): float and Half
    /// forward kernels whose activation is a pipelined entry's function of z (silu, softplus, elu and celu with any β or α
    /// the attribute fixes or the kernel takes at run time, a fixed celu α above 0; selu with its default α and γ),
    /// whatever roles surround it (the driver decides which of them Half runs in stages); double,
    /// gradients and other activations keep <c>Post</c>. The runtime tests check that the bits do not change.
    /// </summary>
    public class PipelinedMathTests
    {
        private static string Generate(string declaration)
        {
            var (output, result) = GeneratorHarness.Run(TestSource.Kernels(declaration));
            Assert.Empty(GeneratorHarness.Problems(output));
            return GeneratorHarness.GeneratedSources(result).Values.Single();
        }

        [Theory]
        [InlineData("sigmoid", "Sigmoid", "ReadOnlySpan<float> x, Span<float> y")]
        [InlineData("logistic", "Sigmoid", "Span<float> x")]
        [InlineData("sigmoid", "Sigmoid", "ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y")]
        [InlineData("tanh", "Tanh", "ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y, Span<float> preactivation")]
        [InlineData("silu", "Silu", "ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y")]
        [InlineData("swish", "Silu", "ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y")]
        [InlineData("softplus", "Softplus", "Span<float> x")]
        [InlineData("gelu_tanh", "GeluTanh", "ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y")]
        [InlineData("gelu", "Gelu", "ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y")]
        [InlineData("sigmoid", "Sigmoid", "ReadOnlySpan<Half> x, Span<Half> y")]
        [InlineData("silu", "Silu", "ReadOnlySpan<Half> x, ReadOnlySpan<Half> multiplier, Span<Half> y")]
        [InlineData("gelu", "Gelu", "ReadOnlySpan<Half> x, Span<Half> y")]
        [InlineData("elu", "Elu", "ReadOnlySpan<float> x, Span<float> y")]
        [InlineData("elu", "Elu", "ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y")]
        [InlineData("selu", "Selu", "ReadOnlySpan<float> x, Span<float> y")]
        [InlineData("celu", "Celu", "ReadOnlySpan<float> x, Span<float> y")]
        [InlineData("celu", "Celu", "ReadOnlySpan<Half> x, Span<Half> y")]
        public void Float_and_Half_kernels_of_pipelined_entries_name_their_function(string activation, string function, string parameters)
        {
            string source = Generate($"[Activation(\"{activation}\")] public static partial void K({parameters});");
            Assert.Contains($"Pipelined => global::FusedKernels.CompilerServices.PipelinedMath.{function};", source);
        }

        [Theory]
        [InlineData("elu", "Elu", "Alpha = 0.5", "0.5f")]
        [InlineData("celu", "Celu", "Alpha = 2.5", "2.5f")]
        [InlineData("celu", "Celu", "Alpha = 0.3", "0.3f")]
        [InlineData("silu", "Silu", "Beta = 1.702", "1.702f")]
        [InlineData("swish", "Silu", "Beta = -0.5", "-0.5f")]
        [InlineData("softplus", "Softplus", "Beta = 2", "2f")]
        public void Kernels_with_another_parameter_pass_it_to_the_stages(string activation, string function, string parameter, string literal)
        {
            string source = Generate($"[Activation(\"{activation}\", {parameter})] public static partial void K(ReadOnlySpan<float> x, Span<float> y);");
            Assert.Contains($"Pipelined => global::FusedKernels.CompilerServices.PipelinedMath.{function};", source);
            Assert.Contains($"PipelinedParameter => {literal};", source);
        }

        [Theory]
        [InlineData("elu", "Elu")]
        [InlineData("celu", "Celu")]
        public void Elu_and_celu_with_a_runtime_alpha_pass_it_to_the_stages_at_run_time(string activation, string function)
        {
            string source = Generate($"[Activation(\"{activation}\")] public static partial void K(ReadOnlySpan<float> x, float alpha, Span<float> y);");
            Assert.Contains($"Pipelined => global::FusedKernels.CompilerServices.PipelinedMath.{function};", source);
            Assert.Contains("PipelinedParameterAtRunTime => true;", source);
            Assert.DoesNotContain("PipelinedParameter =>", source);
        }

        [Fact]
        public void By_name_kernels_with_one_runtime_parameter_pass_it_to_the_stages()
        {
            var sources = GeneratorHarness.GeneratedSources(GeneratorHarness.Run("""
                namespace FusedKernels.CompilerServices { internal sealed class GenerateCatalogueKernelsAttribute : System.Attribute { } }
                namespace Lookup { [FusedKernels.CompilerServices.GenerateCatalogueKernels] public static partial class ByName { } }
                """).Result);
            foreach (var (name, kernel) in new[] { ("Silu", "SiluSingleRuntime"), ("Softplus", "SoftplusSingleRuntime"), ("Elu", "EluSingleAlpha"), ("Celu", "CeluSingleAlpha") })
            {
                string runtime = sources.Single(s => s.Key.Contains($".{kernel}.")).Value;
                Assert.Contains($"Pipelined => global::FusedKernels.CompilerServices.PipelinedMath.{name};", runtime);
                Assert.Contains("PipelinedParameterAtRunTime => true;", runtime);
            }

            // Two runtime parameters (selu's α and γ): not pipelined.
            Assert.DoesNotContain("Pipelined", sources.Single(s => s.Key.Contains(".SeluSingleRuntime.")).Value);
        }

        [Fact]
        public void Kernels_with_the_parameter_1_name_none()
        {
            Assert.DoesNotContain("PipelinedParameter", Generate("[Activation(\"celu\")] public static partial void K(ReadOnlySpan<float> x, Span<float> y);"));
            Assert.DoesNotContain("PipelinedParameter", Generate("[Activation(\"silu\")] public static partial void K(ReadOnlySpan<float> x, Span<float> y);"));
        }

        [Theory]
        [InlineData("[Activation(\"tanh\")] public static partial void K(ReadOnlySpan<double> x, Span<double> y);")]
        [InlineData("[Activation(\"mish\")] public static partial void K(ReadOnlySpan<float> x, Span<float> y);")]
        [InlineData("[Activation(\"selu\", Alpha = 1)] public static partial void K(ReadOnlySpan<float> x, Span<float> y);")]
        [InlineData("[Activation(\"selu\")] public static partial void K(ReadOnlySpan<float> x, float alpha, Span<float> y);")]
        [InlineData("[Activation(\"selu\", Gamma = 1)] public static partial void K(ReadOnlySpan<float> x, Span<float> y);")]
        [InlineData("[Activation(\"celu\", Alpha = -1)] public static partial void K(ReadOnlySpan<float> x, Span<float> y);")]
        [InlineData("[Activation(\"celu\")] public static partial void K(ReadOnlySpan<double> x, Span<double> y);")]
        [InlineData("[ActivationGradient(\"sigmoid\")] public static partial void K(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);")]
        public void Other_kernels_do_not(string declaration) =>
            Assert.DoesNotContain("Pipelined", Generate(declaration));
    }
}

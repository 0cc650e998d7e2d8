using System.Linq;
using FusedKernels.Generator;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FusedKernels.GeneratorTests
{
    /// <summary>The pipeline caches: an unrelated edit regenerates nothing; editing one kernel regenerates only it.</summary>
    public class IncrementalityTests
    {
        private static readonly string Source = TestSource.Kernels(
            "[Activation(\"relu\")] public static partial void A(ReadOnlySpan<float> x, Span<float> y);",
            "[Activation(\"leaky_relu\", Alpha = 0.2)] public static partial void B(ReadOnlySpan<float> x, Span<float> y);");

        [Fact]
        public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation(Source);
            GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(compilation);

            CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other { class Unrelated { int F() => 1; } }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
            GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            foreach (string step in new[] { TrackingNames.Parse, TrackingNames.Valid })
            {
                Assert.True(result.TrackedSteps.ContainsKey(step), "missing tracked step " + step);
                Assert.All(
                    result.TrackedSteps[step].SelectMany(s => s.Outputs),
                    output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
            }

            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        [Fact]
        public void Editing_one_kernel_regenerates_only_that_kernel()
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation(Source);
            GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(compilation);

            SyntaxTree tree = compilation.SyntaxTrees.Single();
            SyntaxTree editedTree = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(tree.ToString().Replace("Alpha = 0.2", "Alpha = 0.3")));
            GeneratorRunResult result = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree)).GetRunResult().Results.Single();

            var reasons = result.TrackedSteps[TrackingNames.Valid].SelectMany(s => s.Outputs).Select(o => (((Generator.Model.ParsedKernel)o.Value).Spec!.Name, o.Reason)).ToList();
            Assert.Contains(reasons, r => r.Name == "A" && r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            Assert.Contains(("B", IncrementalStepRunReason.Modified), reasons);
            Assert.Contains("0.3f", result.GeneratedSources.Single(s => s.HintName.Contains(".B.")).SourceText.ToString());
        }
    }
}

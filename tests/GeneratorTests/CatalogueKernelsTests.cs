using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.GeneratorTests.Infrastructure;
using FusedKernels.Generator.Model;

namespace FusedKernels.GeneratorTests
{
    /// <summary>
    /// The runtime's by-name kernels come from the catalogue, not from a second list: for the class carrying the
    /// <c>[GenerateCatalogueKernels]</c> marker the generator writes every element-wise entry, its aliases and parameters.
    /// (The code compiles where it is meant to, in the runtime's own build; ByName tests in tests/RuntimeTests check its bits.)
    /// </summary>
    public class CatalogueKernelsTests
    {
        private const string Marked = """
            namespace FusedKernels.CompilerServices { internal sealed class GenerateCatalogueKernelsAttribute : System.Attribute { } }
            namespace Lookup { [FusedKernels.CompilerServices.GenerateCatalogueKernels] public static partial class ByName { } }
            """;

        private static IReadOnlyDictionary<string, string> Generate(string source) => GeneratorHarness.GeneratedSources(GeneratorHarness.Run(source).Result);

        [Fact]
        public void Every_entry_gets_its_kernels_and_a_lookup_case()
        {
            IReadOnlyDictionary<string, string> sources = Generate(Marked);
            ActivationEntry[] entries = ActivationCatalogue.Entries.Where(e => !e.RowWise).ToArray();
            // Per entry and float/double/Half: plain, bias, multiplier, gradient, gradient in place; twice where the entry has
            // parameters (folded defaults, and all of them at run time; prelu only the latter); and where max(x, α·x) serves an
            // α in (0, 1] (leaky_relu, prelu), the three forward ones again.
            string[] unitAlpha = { "leaky_relu", "prelu" };
            int kernels = entries.Sum(e => 3 * (5 * (e.Alpha == AlphaRole.Required ? 1 : e.Parameters.Length > 0 ? 2 : 1) + (unitAlpha.Contains(e.Name) ? 3 : 0)));
            // Per row-wise entry and type: plain, scale, bias, scale and bias, gradient, gradient in place.
            int rowWiseKernels = ActivationCatalogue.Entries.Count(e => e.RowWise) * 3 * 6;
            Assert.Equal(kernels + rowWiseKernels + 1, sources.Count);
            string lookup = sources["Lookup.ByName.Catalogue.g.cs"];
            foreach (ActivationEntry entry in entries)
            {
                Assert.Contains(string.Join(" or ", new[] { entry.Name }.Concat(entry.Aliases).Select(n => "\"" + n + "\"")) + " =>", lookup);
                Assert.Contains($"new CatalogueActivation(\"{entry.Name}\", CatalogueAlpha.{entry.Alpha},", lookup);
            }

            // Row-wise entries have their own lookup (GetRowWise), not a case of the element-wise one.
            string elementWiseLookup = lookup.Substring(lookup.IndexOf("private static int IndexOf(", System.StringComparison.Ordinal));
            elementWiseLookup = elementWiseLookup.Substring(0, elementWiseLookup.IndexOf("};", System.StringComparison.Ordinal));
            string rowWiseLookup = lookup.Substring(lookup.IndexOf("private static int RowWiseIndexOf(", System.StringComparison.Ordinal));
            foreach (ActivationEntry rowWise in ActivationCatalogue.Entries.Where(e => e.RowWise))
            {
                Assert.DoesNotContain($"\"{rowWise.Name}\" =>", elementWiseLookup);
                Assert.Contains($"\"{rowWise.Name}\" =>", rowWiseLookup);
            }

            Assert.All(sources.Keys.Where(k => k != "Lookup.ByName.Catalogue.g.cs"), k => Assert.StartsWith("Lookup.ByName.", k));
        }

        [Fact]
        public void Every_parameter_is_taken_at_run_time_in_one_of_the_drivers_two_value_slots()
        {
            // The drivers pass two runtime values (alpha, second): an entry with more parameters would be offered at its
            // defaults only, so none may have more.
            Assert.All(ActivationCatalogue.Entries, e => Assert.True(e.Parameters.Length + (e.Alpha == AlphaRole.Required ? 1 : 0) <= 2, e.Name));
            IReadOnlyDictionary<string, string> sources = Generate(Marked);
            string clip = sources.Single(s => s.Key.Contains(".ClipSingleRuntime.")).Value;
            // Both bounds are operands, always applied, bound first (max(NaN, x) is x: "no bound" at run time).
            Assert.Contains("public static float Post(float z, float min, float max, float multiplier)", clip);
            Assert.Contains("global::FusedKernels.CompilerServices.Simd.Min(max, global::FusedKernels.CompilerServices.Simd.Max(min, z))", clip);
            Assert.Contains("AlphaValue = min, SecondValue = max", clip);
            // Over Half, the plain clip with runtime bounds runs on the bit patterns (no operation: HalfClamp is the loop).
            string clipHalf = sources.Single(s => s.Key.Contains(".ClipHalfRuntime.")).Value;
            Assert.Contains("global::FusedKernels.CompilerServices.HalfClamp.Run(input, destination, min, max);", clipHalf);
            Assert.DoesNotContain("struct Operation", clipHalf);
            Assert.Contains("ActivationDriver.Run<", sources.Single(s => s.Key.Contains(".ClipHalfRuntimeBias.")).Value);
            string lookup = sources["Lookup.ByName.Catalogue.g.cs"];
            Assert.Contains("new ClipSingleRuntimeKernel(info, (float)NoBoundAsNaN(values![0], double.NegativeInfinity), (float)NoBoundAsNaN(values![1], double.PositiveInfinity))", lookup);
            Assert.Contains("new SeluHalfRuntimeGradientKernel(info, (float)values![0], (float)values![1])", lookup);
            // prelu's α is rounded to Half first, as a declared Half prelu takes it as T.
            Assert.Contains("new PreluHalfAlphaGradientKernel(info, (float)(global::System.Half)values![0])", lookup);
            Assert.DoesNotContain("NotSupportedException", lookup);
        }

        [Fact]
        public void Without_the_marker_nothing_is_generated()
        {
            Assert.Empty(Generate("namespace Lookup { public static partial class ByName { } }"));
        }
    }
}

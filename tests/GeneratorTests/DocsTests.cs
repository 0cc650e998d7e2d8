using System.IO;
using FusedKernels.Generator.Catalogue;
using FusedKernels.GeneratorTests.Infrastructure;

namespace FusedKernels.GeneratorTests
{
    /// <summary>docs/activations.md describes the catalogue the generator actually has.</summary>
    public class DocsTests
    {
        [Fact]
        public void Every_catalogue_name_and_alias_is_documented()
        {
            string docs = File.ReadAllText(Path.Combine(GeneratorHarness.FindRepositoryRoot(), "docs", "activations.md"));
            foreach (ActivationEntry entry in ActivationCatalogue.Entries)
            {
                Assert.Contains("| " + entry.Name + " ", docs);
                foreach (string alias in entry.Aliases)
                {
                    Assert.Contains("[" + alias + "]", docs);
                }

                foreach (ActivationParameter parameter in entry.Parameters)
                {
                    Assert.Contains(parameter.Name + " (", docs);
                }
            }
        }

        /// <summary>
        /// Each catalogue row shows its picture (benchmarks/Report draws them from the kernels; CI's drift check compares
        /// their bytes, this test that none is missing).
        /// </summary>
        [Fact]
        public void Every_catalogue_activation_has_its_picture_on_its_row()
        {
            string root = GeneratorHarness.FindRepositoryRoot();
            string[] rows = File.ReadAllLines(Path.Combine(root, "docs", "activations.md"));
            foreach (ActivationEntry entry in ActivationCatalogue.Entries)
            {
                string image = "images/" + entry.Name + ".svg";
                Assert.Contains(rows, row => row.StartsWith("| " + entry.Name + " ", System.StringComparison.Ordinal) && row.Contains("](" + image + ")", System.StringComparison.Ordinal));
                Assert.True(File.Exists(Path.Combine(root, "docs", image)), image + " is missing: dotnet run --project benchmarks/Report -c Release -- --activations");
            }
        }
    }
}

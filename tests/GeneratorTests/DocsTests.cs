using System.IO;
using FusedKernels.Generator.Catalogue;
using FusedKernels.GeneratorTests.Infrastructure;

namespace FusedKernels.GeneratorTests
{
    /// <summary>
    /// The docs describe what the code has: docs/activations.md the catalogue and its pictures, the package's README the
    /// diagnostics.
    /// </summary>
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

        /// <summary>
        /// No FK diagnostic links anywhere until the project has a public address for its docs: a link to a place that does
        /// not exist is worse than none (DiagnosticDescriptors.HelpLinkBase; docs/packaging.md, "Package metadata").
        /// </summary>
        [Fact]
        public void Diagnostics_have_no_help_link_while_there_is_no_public_address()
        {
            Assert.Null(FusedKernels.Generator.Diagnostics.DiagnosticDescriptors.HelpLinkBase);
            Assert.All(FusedKernels.Generator.Diagnostics.DiagnosticDescriptors.All, d => Assert.Equal("", d.HelpLinkUri));
        }

        /// <summary>
        /// The package's README (src/Package/README.md, shown wherever the package is browsed) stands on its own: every FK
        /// ID explained, since the diagnostics carry no help link, and nothing that only works inside this repository
        /// (solution or project paths, links relative to the repository).
        /// </summary>
        [Fact]
        public void Package_readme_lists_every_diagnostic_and_no_repository_instructions()
        {
            string readme = File.ReadAllText(Path.Combine(GeneratorHarness.FindRepositoryRoot(), "src", "Package", "README.md"));
            foreach (var descriptor in FusedKernels.Generator.Diagnostics.DiagnosticDescriptors.All)
            {
                Assert.Contains("| " + descriptor.Id + " |", readme);
            }

            foreach (string inRepository in new[] { "Generator.sln", "ProjectReference", "dotnet test", "samples/", "src/", "tests/", "docs/", "](" })
            {
                Assert.DoesNotContain(inRepository, readme);
            }
        }
    }
}

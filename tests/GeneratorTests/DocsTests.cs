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
    }
}

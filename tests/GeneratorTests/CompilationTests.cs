using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FusedKernels.GeneratorTests
{
    /// <summary>Generated code compiles with zero warnings for every catalogue entry, shape and type, on C# 12/net8.0 and latest/net10.0.</summary>
    public class CompilationTests
    {
        public static IEnumerable<object[]> Entries() => ActivationCatalogue.Entries.Select(e => new object[] { e.Name });

        [Theory]
        [MemberData(nameof(Entries))]
        public void Every_entry_compiles_without_warnings_in_every_shape(string activation)
        {
            string source = TestSource.Kernels(CatalogueDeclarations.For(activation).ToArray());
            foreach ((LanguageVersion version, var references, string label) in new[]
            {
                (LanguageVersion.Latest, GeneratorHarness.Net10References, "latest/net10.0"),
                (LanguageVersion.CSharp12, GeneratorHarness.Net8References, "C# 12/net8.0"),
            })
            {
                var (output, result) = GeneratorHarness.Run(source, version, references);
                Assert.Empty(result.Diagnostics);
                Assert.All(result.Results, r => Assert.Null(r.Exception));
                Assert.NotEmpty(result.GeneratedTrees);
                IReadOnlyList<Diagnostic> problems = GeneratorHarness.Problems(output);
                Assert.True(problems.Count == 0, $"{activation} ({label}):\n" + string.Join("\n", problems.Take(10)));
            }
        }
    }
}

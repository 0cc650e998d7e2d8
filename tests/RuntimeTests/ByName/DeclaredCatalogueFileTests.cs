using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace FusedKernels.RuntimeTests.ByName
{
    /// <summary>The committed DeclaredCatalogue.cs is what <see cref="DeclaredCatalogueWriter"/> writes.</summary>
    public class DeclaredCatalogueFileTests
    {
        private const string Command = "FK_WRITE_DECLARED=1 dotnet test tests/RuntimeTests --filter FullyQualifiedName~DeclaredCatalogueFileTests";

        [Fact]
        public void DeclaredCatalogue_cs_is_what_the_writer_writes()
        {
            string path = Path.Combine(Path.GetDirectoryName(ThisFile())!, "DeclaredCatalogue.cs");
            string expected = DeclaredCatalogueWriter.Write();
            if (Environment.GetEnvironmentVariable("FK_WRITE_DECLARED") == "1")
            {
                File.WriteAllText(path, expected);
                return;
            }

            string actual = File.ReadAllText(path).Replace("\r\n", "\n");
            Assert.True(expected == actual, $"{path} differs from what DeclaredCatalogueWriter writes; rewrite it with `{Command}`, then rebuild.");
        }

        private static string ThisFile([CallerFilePath] string path = "") => path;
    }
}

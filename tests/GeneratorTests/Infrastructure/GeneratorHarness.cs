using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FusedKernels.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FusedKernels.GeneratorTests.Infrastructure
{
    /// <summary>Runs the real generator over a source text with <c>CSharpGeneratorDriver</c>, as the compiler does.</summary>
    public static class GeneratorHarness
    {
        /// <summary>Reference assemblies of .NET 10 plus the FusedKernels attributes and runtime.</summary>
        public static readonly ImmutableArray<MetadataReference> Net10References =
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                .Concat(OurAssemblies("net10.0"))
                .ToImmutableArray();

        /// <summary>Reference assemblies of .NET 8 plus the net8.0 builds of the FusedKernels runtime.</summary>
        public static readonly ImmutableArray<MetadataReference> Net8References =
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Concat(OurAssemblies("net8.0"))
                .ToImmutableArray();

        public static CSharpCompilation Compilation(string source, LanguageVersion version = LanguageVersion.Latest, ImmutableArray<MetadataReference>? references = null) =>
            CSharpCompilation.Create(
                "Demo",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(version), path: "Kernels.cs") },
                references ?? Net10References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>A driver that parses generated code with <paramref name="parseOptions"/> (the user's language version), as the compiler does.</summary>
        public static GeneratorDriver Driver(CSharpParseOptions? parseOptions = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new KernelGenerator().AsSourceGenerator() },
                parseOptions: parseOptions ?? new CSharpParseOptions(LanguageVersion.Latest),
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator; returns the output compilation and the driver's result.</summary>
        public static (Compilation Output, GeneratorDriverRunResult Result) Run(string source, LanguageVersion version = LanguageVersion.Latest, ImmutableArray<MetadataReference>? references = null)
        {
            CSharpCompilation compilation = Compilation(source, version, references);
            GeneratorDriver driver = Driver((CSharpParseOptions)compilation.SyntaxTrees.First().Options).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
            return (output, driver.GetRunResult());
        }

        /// <summary>Generated files by hint name.</summary>
        public static IReadOnlyDictionary<string, string> GeneratedSources(GeneratorDriverRunResult result) =>
            result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        /// <summary>Every warning or error of the compilation with generated code, as the user's warnings-as-errors build sees them.</summary>
        public static IReadOnlyList<Diagnostic> Problems(Compilation output) =>
            output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        private static IEnumerable<MetadataReference> OurAssemblies(string targetFramework)
        {
            yield return MetadataReference.CreateFromFile(typeof(ActivationAttribute).Assembly.Location);
            string runtime = typeof(FusedKernels.CompilerServices.KernelGuard).Assembly.Location;
            if (targetFramework != "net10.0")
            {
                // The same configuration's build for the other target framework, beside this one.
                string candidate = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "src", "Runtime", "bin", BuildConfiguration, targetFramework, "FusedKernels.Runtime.dll"));
                runtime = File.Exists(candidate) ? candidate : throw new FileNotFoundException("Build src/Runtime for " + targetFramework + " first.", candidate);
            }

            yield return MetadataReference.CreateFromFile(runtime);
        }

#if DEBUG
        private const string BuildConfiguration = "Debug";
#else
        private const string BuildConfiguration = "Release";
#endif

        internal static string FindRepositoryRoot()
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

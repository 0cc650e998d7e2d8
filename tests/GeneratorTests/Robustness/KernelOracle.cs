using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FusedKernels.Generator.Analyzers;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FusedKernels.GeneratorTests.Robustness
{
    /// <summary>
    /// What the generator guarantees (docs/design.md, "What the generator guarantees"), checked on any source: it never
    /// throws; every accepted declaration compiles; every rejected one leaves an FK error and never vanishes (it gets a
    /// stub that throws, or the compiler reports an error on it). Used by the hygiene tests and by the fuzz test.
    /// </summary>
    internal static class KernelOracle
    {
        /// <summary>The outcome of one source: what was generated, what was reported, and every broken guarantee.</summary>
        public sealed record Verdict(
            IReadOnlyList<string> Violations,
            IReadOnlyList<Diagnostic> FkErrors,
            IReadOnlyList<Diagnostic> Errors,
            IReadOnlyDictionary<string, string> Generated,
            bool UserCodeHasErrors);

        public static Verdict Check(string source, LanguageVersion version = LanguageVersion.Latest)
        {
            var parseOptions = new CSharpParseOptions(version);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Checked",
                new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: "Kernels.cs") },
                GeneratorHarness.Net10References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));

            // The user's own errors, without the ones the generator exists to remove (a partial method without its part).
            bool userErrors = compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795");
            var violations = new List<string>();

            GeneratorDriver driver = GeneratorHarness.Driver(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null)
            {
                violations.Add("the generator threw: " + result.Exception);
            }

            violations.AddRange(generatorDiagnostics.Where(d => d.Id == "CS8785").Select(d => "generator failure: " + d));
            ImmutableArray<Diagnostic> analyzer = Analyze(output, violations);
            // The build sees the analyzer's diagnostics and the generator's own (FK0012) alike.
            List<Diagnostic> fk = analyzer.Concat(generatorDiagnostics).Where(d => d.Id.StartsWith("FK") && d.Severity == DiagnosticSeverity.Error).ToList();
            List<Diagnostic> errors = output.GetDiagnostics().Concat(generatorDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var generated = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

            if (!userErrors)
            {
                foreach (Diagnostic error in errors.Where(e => e.Location.SourceTree is { } tree && tree.FilePath != "Kernels.cs" && !e.Id.StartsWith("FK")))
                {
                    violations.Add("generated code does not compile: " + error);
                }

                if (fk.Count == 0 && errors.Count > 0) // (FK errors are errors too: this is about compiler errors alone)
                {
                    violations.Add("errors without any FK error: " + string.Join("; ", errors));
                }

                CheckEveryKernelIsAccountedFor(output, fk, errors, violations);
            }

            return new Verdict(violations, fk, errors, generated, userErrors);
        }

        /// <summary>
        /// Every method carrying one of our attributes is either implemented without an FK error, or has an FK error and
        /// is implemented by a stub that throws or carries a compiler error: a kernel never disappears without a word.
        /// </summary>
        private static void CheckEveryKernelIsAccountedFor(Compilation output, List<Diagnostic> fk, List<Diagnostic> errors, List<string> violations)
        {
            SyntaxTree tree = output.SyntaxTrees.First(t => t.FilePath == "Kernels.cs");
            SemanticModel model = output.GetSemanticModel(tree);
            foreach (MethodDeclarationSyntax method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(method) is not IMethodSymbol symbol || !IsKernel(symbol))
                {
                    continue;
                }

                // On the method, or on a containing type's name (FK0003, FK0012).
                bool OnKernel(Diagnostic d) => Within(d, method) ||
                    (d.Location.SourceTree == tree && method.Ancestors().OfType<TypeDeclarationSyntax>().Any(t => t.Identifier.Span.Contains(d.Location.SourceSpan)));
                bool reported = fk.Any(OnKernel);
                IMethodSymbol? implementation = symbol.PartialImplementationPart;
                bool generated = implementation is not null && implementation.Locations.Any(l => l.SourceTree is { } t && t.FilePath != "Kernels.cs");
                bool stub = generated && implementation!.DeclaringSyntaxReferences.Any(r => r.GetSyntax().ToString().Contains("NotSupportedException"));
                bool compilerError = errors.Any(OnKernel);
                string name = symbol.ToDisplayString();
                if (generated && !stub && reported)
                {
                    violations.Add($"{name}: a kernel was generated although an FK error was reported");
                }
                else if (stub && !reported)
                {
                    violations.Add($"{name}: a throwing stub was generated without an FK error");
                }
                else if (!generated && !reported)
                {
                    violations.Add($"{name}: no kernel was generated and no FK error says why");
                }
                else if (!generated && symbol.IsPartialDefinition && implementation is null && !compilerError && symbol.ReturnsVoid)
                {
                    violations.Add($"{name}: rejected, and its calls compile as removed calls (no stub, no compiler error)");
                }
            }
        }

        private static bool Within(Diagnostic diagnostic, SyntaxNode node) =>
            diagnostic.Location.SourceTree == node.SyntaxTree && node.FullSpan.Contains(diagnostic.Location.SourceSpan);

        private static bool IsKernel(IMethodSymbol method) =>
            method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is "FusedKernels.ActivationAttribute" or "FusedKernels.ActivationGradientAttribute");

        private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, List<string> violations)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => violations.Add($"{analyzer} threw: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            ImmutableArray<Diagnostic> diagnostics = compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KernelAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            violations.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => "analyzer failure: " + d));
            return diagnostics;
        }
    }
}

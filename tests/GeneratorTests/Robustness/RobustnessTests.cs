using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using FusedKernels.Generator.Analyzers;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FusedKernels.GeneratorTests.Robustness
{
    /// <summary>
    /// Malformed and unusual declarations go through the generator and the analyzer: neither may throw (no
    /// <c>GeneratorRunResult.Exception</c>, no CS8785, no AD0001), both finish in bounded time, and valid kernels
    /// beside the broken ones still generate and compile.
    /// </summary>
    public class RobustnessTests
    {
        /// <summary>Each case is a whole file; the comment says what it exercises.</summary>
        public static TheoryData<string, string> Corpus() => new()
        {
            { "null name", Kernels("[Activation(null)] static partial void M(Span<float> x);") },
            { "empty name", Kernels("[Activation(\"\")] static partial void M(Span<float> x);") },
            { "whitespace name", Kernels("[Activation(\"  \")] static partial void M(Span<float> x);") },
            { "non-constant name", Kernels("static string n = \"relu\"; [Activation(n)] static partial void M(Span<float> x);") },
            { "name of the wrong type", Kernels("[Activation(42)] static partial void M(Span<float> x);") },
            { "no arguments", Kernels("[Activation] static partial void M(Span<float> x);") },
            { "too many arguments", Kernels("[Activation(\"relu\", \"extra\")] static partial void M(Span<float> x);") },
            { "unknown named argument", Kernels("[Activation(\"relu\", Slope = 1)] static partial void M(Span<float> x);") },
            { "non-constant named argument", Kernels("static double a = 1; [Activation(\"leaky_relu\", Alpha = a)] static partial void M(Span<float> x);") },
            { "Alpha = NaN", Kernels("[Activation(\"leaky_relu\", Alpha = double.NaN)] static partial void M(Span<float> x);") },
            { "Alpha = +Inf", Kernels("[Activation(\"leaky_relu\", Alpha = double.PositiveInfinity)] static partial void M(Span<float> x);") },
            { "Alpha as a string", Kernels("[Activation(\"leaky_relu\", Alpha = \"0.2\")] static partial void M(Span<float> x);") },
            { "duplicate attribute", Kernels("[Activation(\"relu\")][Activation(\"relu\")] static partial void M(Span<float> x);") },
            { "both attributes", Kernels("[Activation(\"relu\")][ActivationGradient(\"relu\")] static partial void M(Span<float> x);") },
            { "syntax error mid-declaration", Kernels("[Activation(\"relu\")] public static partial void M(ReadOnlySpan<float> x, Span<float>") },
            { "unterminated attribute", Kernels("[Activation(\"relu\" public static partial void M(Span<float> x);") },
            { "missing parameter type", Kernels("[Activation(\"relu\")] static partial void M(x, Span<float> y);") },
            { "unknown types", Kernels("[Activation(\"relu\")] static partial void M(ReadOnlySpan<Foo> x, Bar<float> y);") },
            { "unknown return type", Kernels("[Activation(\"relu\")] public static partial Unknown M(Unknown x);") },
            { "generic method", Kernels("[Activation(\"relu\")] static partial void M<T>(Span<T> x) where T : struct;") },
            { "method with a body", Kernels("[Activation(\"relu\")] public static void M(Span<float> x) { x.Clear(); }") },
            { "partial with a body only", Kernels("[Activation(\"relu\")] public static partial void M(Span<float> x) { }") },
            { "user-written implementation", Kernels("[Activation(\"relu\")] public static partial void M(Span<float> x);", "public static partial void M(Span<float> x) { }") },
            { "extern", Kernels("[Activation(\"relu\")] public static extern void M(Span<float> x);") },
            { "extern partial", Kernels("[Activation(\"relu\")] public static extern partial void M(Span<float> x);") },
            { "abstract", Usings + "public abstract partial class K { [Activation(\"relu\")] public abstract void M(Span<float> x); }" },
            { "abstract partial", Usings + "public abstract partial class K { [Activation(\"relu\")] public abstract partial void M(Span<float> x); }" },
            { "virtual partial", Usings + "public partial class K { [Activation(\"relu\")] public virtual partial void M(Span<float> x); }" },
            { "interface member", Usings + "public partial interface I { [Activation(\"relu\")] static partial void M(Span<float> x); }" },
            { "accessor", Usings + "public partial class K { public int P { [Activation(\"relu\")] get; set; } }" },
            { "local function", Usings + "public partial class K { void F() { [Activation(\"relu\")] static void L(Span<float> x) { } } }" },
            { "operator", Usings + "public partial struct S { [Activation(\"relu\")] public static S operator +(S a, S b) => a; }" },
            { "ref return", Kernels("[Activation(\"relu\")] public static partial ref float M(ref float x);") },
            { "in and out parameters", Kernels("[Activation(\"relu\")] public static partial void M(in float x, out float y);") },
            { "params span", Kernels("[Activation(\"relu\")] static partial void M(params Span<float> x);") },
            { "scoped and this", Kernels("[Activation(\"relu\")] static partial void M(this Span<float> x);") },
            { "pointer", Usings + "public static unsafe partial class K { [Activation(\"relu\")] static partial void M(float* x, int n); }" },
            { "role twice", Kernels("[Activation(\"relu\")] static partial void M(ReadOnlySpan<float> x, float bias, float Bias, Span<float> y);") },
            { "escaped identifiers", Kernels("[Activation(\"relu\")] public static partial void @void(ReadOnlySpan<float> @in, Span<float> @out);") },
            { "non-partial nested in generic", Usings + "public class G<T> { public partial class N { [Activation(\"relu\")] static partial void M(Span<float> x); } }" },
            { "namespace and type with the same name", Usings + "namespace Kernels { public static partial class Kernels { [Activation(\"relu\")] static partial void M(Span<float> x); } }" },
            { "ref struct", Usings + "public ref partial struct R { [Activation(\"relu\")] public static partial void M(Span<float> x); }" },
            { "attribute on a class", Usings + "[Activation(\"relu\")] public partial class K { }" },
            { "empty file", "" },
            { "only the attribute", "[FusedKernels.Activation(\"relu\")]" },
        };

        /// <summary>Valid declarations in unusual places: they must generate and compile with no diagnostics at all.</summary>
        public static TheoryData<string, string> ValidUnusual() => new()
        {
            { "generic containing types", Usings + "namespace N { public partial class Outer<T> where T : class { public static partial class Inner<U, V> { [Activation(\"relu\")] public static partial void M(ReadOnlySpan<float> x, Span<float> y); } } }" },
            { "record", Usings + "namespace N; public partial record R(int Id) { [Activation(\"relu\")] public static partial void M(Span<float> x); }" },
            { "record struct", Usings + "namespace N; public readonly partial record struct S(int Id) { [Activation(\"relu\")] public static partial float M(float x); }" },
            { "ref struct", Usings + "namespace N; public ref partial struct R { [Activation(\"relu\")] public static partial void M(Span<float> x); }" },
            { "file-scoped namespace", Usings + "namespace A.B.C; internal static partial class K { [Activation(\"relu\")] internal static partial void M(Span<double> x); }" },
            { "global namespace", Usings + "public partial class K { [Activation(\"relu\")] public partial void M(ReadOnlySpan<float> x, Span<float> y); }" },
            { "instance method in a struct", Usings + "public partial struct S { [Activation(\"relu\")] public readonly partial void M(Span<float> x); }" },
            { "escaped identifiers", Usings + "public static partial class @class { [Activation(\"relu\")] public static partial void @void(ReadOnlySpan<float> @in, Span<float> @out); }" },
            { "overloads", Usings + "public static partial class K { [Activation(\"relu\")] public static partial void M(Span<float> x); [Activation(\"relu\")] public static partial void M(Span<double> x); [Activation(\"relu\")] public static partial float M(float x); }" },
        };

        [Theory]
        [MemberData(nameof(Corpus))]
        public void Malformed_input_never_crashes_the_generator_or_the_analyzer(string name, string source)
        {
            (Compilation output, ImmutableArray<Diagnostic> analyzer) = RunBoth(source);
            Assert.False(string.IsNullOrEmpty(name));
            Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id is "CS8785" or "AD0001");
        }

        [Theory]
        [MemberData(nameof(ValidUnusual))]
        public void Valid_kernels_in_unusual_places_generate_and_compile_cleanly(string name, string source)
        {
            (Compilation output, ImmutableArray<Diagnostic> analyzer) = RunBoth(source);
            Assert.False(string.IsNullOrEmpty(name));
            Assert.Empty(analyzer);
            Assert.Empty(GeneratorHarness.Problems(output));
            Assert.NotEqual(1, output.SyntaxTrees.Count()); // something was generated
        }

        [Fact]
        public void Valid_kernels_beside_every_malformed_one_still_generate_and_compile()
        {
            // The whole corpus in one compilation, each case in its own file, plus valid kernels.
            var trees = new List<SyntaxTree>();
            int i = 0;
            foreach (object[] row in Corpus())
            {
                // Each case in its own namespace, so that equal names in different cases do not collide.
                string source = (string)row[1];
                if (source.Contains("namespace Demo\n"))
                {
                    trees.Add(CSharpSyntaxTree.ParseText(source.Replace("namespace Demo\n", $"namespace Demo{i}\n"), new CSharpParseOptions(LanguageVersion.Latest), path: $"Case{i}.cs"));
                }

                i++;
            }

            string valid = TestSource.Kernels(
                "[Activation(\"relu\")] public static partial void Good1(ReadOnlySpan<float> x, Span<float> y);",
                "[Activation(\"leaky_relu\", Alpha = 0.2)] public static partial double Good2(double x);");
            trees.Add(CSharpSyntaxTree.ParseText(valid, new CSharpParseOptions(LanguageVersion.Latest), path: "Valid.cs"));

            CSharpCompilation compilation = CSharpCompilation.Create("Demo", trees, GeneratorHarness.Net10References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
            // Generated trees parsed like the user's (C# latest), as the compiler does: `params Span<T>` needs C# 13.
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                    new[] { new FusedKernels.Generator.KernelGenerator().AsSourceGenerator() },
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();

            Assert.Null(result.Exception);
            Assert.Contains(result.GeneratedSources, s => s.HintName.Contains("Good1"));
            Assert.Contains(result.GeneratedSources, s => s.HintName.Contains("Good2"));

            // Nothing is reported in Valid.cs or in generated code: the broken files keep their errors to themselves.
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && (tree.FilePath == "Valid.cs" || !tree.FilePath.StartsWith("Case"))));
            Assert.Empty(Analyze(output).Where(d => d.Location.SourceTree?.FilePath == "Valid.cs"));
        }

        [Fact]
        public void A_thousand_kernels_in_one_file_run_in_bounded_time()
        {
            // Valid and invalid kernels mixed: every 10th one is misspelt.
            var members = new List<string>();
            for (int i = 0; i < 1000; i++)
            {
                string name = i % 10 == 9 ? "rellu" : i % 2 == 0 ? "relu" : "leaky_relu";
                members.Add($"[Activation(\"{name}\")] public static partial void K{i}(ReadOnlySpan<float> x, Span<float> y);");
            }

            // Timed: the generator and the analyzer on the user's source. Not timed: the compiler binding the 1,000
            // generated files, which any build of such a project pays whoever generates them.
            CSharpCompilation compilation = GeneratorHarness.Compilation(TestSource.Kernels(members.ToArray()));
            var stopwatch = Stopwatch.StartNew();
            GeneratorDriver driver = GeneratorHarness.Driver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            TimeSpan generator = stopwatch.Elapsed;
            ImmutableArray<Diagnostic> analyzer = Analyze(compilation);
            stopwatch.Stop();

            Assert.Null(driver.GetRunResult().Results.Single().Exception);
            Assert.DoesNotContain(generatorDiagnostics, d => d.Id == "CS8785");
            Assert.Equal(100, analyzer.Count(d => d.Id == "FK0001"));
            Assert.Equal(100, analyzer.Length);
            Assert.Equal(1001, output.SyntaxTrees.Count()); // the source, 900 kernels and 100 stubs that throw naming FK0001
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)); // no CS8795: the FK0001s fail the build
            // Generous: a few seconds here; the bound only catches a quadratic blow-up or a hang.
            Assert.True(stopwatch.Elapsed.TotalSeconds < 30, $"1,000 kernels took {stopwatch.Elapsed.TotalSeconds:F1} s (generator {generator.TotalSeconds:F1} s)");
        }

        [Fact]
        public void A_kernel_declared_twice_does_not_crash_the_generator()
        {
            RunBoth(Kernels(
                "[Activation(\"relu\")] public static partial void M(Span<float> x);",
                "[Activation(\"relu\")] public static partial void M(Span<float> x);"));
        }

        [Fact]
        public void The_generator_reports_nothing_that_the_analyzer_reports()
        {
            // Diagnostics are the analyzer's job (the generator reports only FK0012, which no stub can make visible, and
            // this corpus has none); the generator stays silent even on a file full of mistakes.
            var trees = Corpus().Select(row => (string)row[1]);
            foreach (string source in trees)
            {
                (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(source);
                Assert.Empty(result.Diagnostics);
            }
        }

        private const string Usings = TestSource.Usings;

        private static string Kernels(params string[] members) => TestSource.Kernels(members);

        /// <summary>Generator first (as the compiler runs it), then the analyzer on the result; asserts neither threw.</summary>
        private static (Compilation Output, ImmutableArray<Diagnostic> Analyzer) RunBoth(string source)
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation(source).WithOptions(
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
            GeneratorDriver driver = GeneratorHarness.Driver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            Assert.DoesNotContain(generatorDiagnostics, d => d.Id == "CS8785");
            return (output, Analyze(output));
        }

        private static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => Assert.Fail($"{analyzer} threw: {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            ImmutableArray<Diagnostic> diagnostics = compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KernelAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FusedKernels.Generator;
using FusedKernels.Generator.Analyzers;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FusedKernels.GeneratorTests.Diagnostics
{
    /// <summary>
    /// Markup tests (<c>{|FK0001:"leaky_rellu"|}</c>) for <see cref="KernelAnalyzer"/> and the code fixes, as a user's
    /// project sees them: the real generator runs first (so valid kernels get their implementation and compile),
    /// then the analyzer; compiler errors are compared too, so a cascade would fail the test.
    /// </summary>
    public static class KernelVerifier
    {
        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        public static Task VerifyCodeFixAsync<TFix>(string source, string fixedSource)
            where TFix : CodeFixProvider, new()
        {
            var test = new CodeFixTest<TFix> { TestCode = source, FixedCode = fixedSource };
            return test.RunAsync();
        }

        /// <summary>
        /// Reference assemblies built from Basic.Reference.Assemblies (no download) plus the FusedKernels
        /// attributes and runtime the generated code calls.
        /// </summary>
        internal static void Configure(SolutionState state)
        {
            state.AdditionalReferences.AddRange(GeneratorHarness.Net10References);
        }

        internal static readonly ReferenceAssemblies NoReferenceAssemblies = new("net10.0-basic");

        public sealed class AnalyzerTest : CSharpAnalyzerTest<KernelAnalyzer, DefaultVerifier>
        {
            public AnalyzerTest()
            {
                ReferenceAssemblies = NoReferenceAssemblies;
                Configure(TestState);
                TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            }

            protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(KernelGenerator) };
        }

        public sealed class CodeFixTest<TFix> : CSharpCodeFixTest<KernelAnalyzer, TFix, DefaultVerifier>
            where TFix : CodeFixProvider, new()
        {
            public CodeFixTest()
            {
                ReferenceAssemblies = NoReferenceAssemblies;
                Configure(TestState);
                Configure(FixedState);
                Configure(BatchFixedState);
                TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            }

            protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(KernelGenerator) };
        }
    }
}

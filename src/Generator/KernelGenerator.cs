using System;
using System.Collections.Immutable;
using System.Reflection;
using System.Threading;
using FusedKernels.Generator.Emit;
using FusedKernels.Generator.Model;
using FusedKernels.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FusedKernels.Generator
{
    /// <summary>
    /// The incremental generator: <c>[Activation]</c> methods → <see cref="KernelParser"/> →
    /// <see cref="KernelSpec"/> (value-equatable, so unrelated edits are cached) → <see cref="KernelEmitter"/>.
    /// Invalid declarations produce no code; <see cref="Analyzers.KernelAnalyzer"/> reports why.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class KernelGenerator : IIncrementalGenerator
    {
        /// <summary>The tool name in <c>[GeneratedCode]</c>.</summary>
        public const string ToolName = "FusedKernels.Generator";

        /// <summary>The tool version in <c>[GeneratedCode]</c>.</summary>
        public static readonly string ToolVersion = typeof(KernelGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

        /// <summary>Metadata name of the forward attribute.</summary>
        public const string ActivationAttributeName = "FusedKernels.ActivationAttribute";

        /// <summary>Metadata name of the gradient attribute.</summary>
        public const string ActivationGradientAttributeName = "FusedKernels.ActivationGradientAttribute";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // [Activation] and [ActivationGradient] run through the same steps: the parser tells them apart.
            foreach (string attribute in new[] { ActivationAttributeName, ActivationGradientAttributeName })
            {
                IncrementalValuesProvider<KernelSpec> valid = context.SyntaxProvider
                    .ForAttributeWithMetadataName(
                        attribute,
                        static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                        static (context, cancellationToken) => Parse(context, cancellationToken))
                    .WithTrackingName(TrackingNames.Parse)
                    .Where(static spec => spec is not null)
                    .Select(static (spec, _) => spec!)
                    .WithTrackingName(TrackingNames.Valid);

                context.RegisterSourceOutput(valid, static (context, spec) =>
                    context.AddSource(HintNames.For(spec), SourceText.From(KernelEmitter.Emit(spec), System.Text.Encoding.UTF8)));
            }
        }

        private static KernelSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length != 1)
            {
                return null;
            }

            try
            {
                return KernelParser.Parse(method, context.Attributes[0], diagnostics: null, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Defence in depth: a parser bug must cost the user one kernel, not the whole generator
                // (CS8785). The analyzer runs the same parser without this guard, so tests still see the bug.
                return null;
            }
        }
    }

    /// <summary>Names of the pipeline steps, for caching tests (<c>GeneratorRunResult.TrackedSteps</c>).</summary>
    public static class TrackingNames
    {
        /// <summary>Attributed methods parsed into specs (null for invalid ones).</summary>
        public const string Parse = nameof(Parse);

        /// <summary>Valid specs only.</summary>
        public const string Valid = nameof(Valid);
    }
}

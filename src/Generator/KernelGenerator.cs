using System;
using System.Collections.Immutable;
using System.Reflection;
using System.Threading;
using FusedKernels.Generator.Emit;
using FusedKernels.Generator.Helpers;
using FusedKernels.Generator.Model;
using FusedKernels.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FusedKernels.Generator
{
    /// <summary>
    /// The incremental generator: <c>[Activation]</c> methods → <see cref="KernelParser"/> →
    /// <see cref="KernelSpec"/> (value-equatable, so unrelated edits are cached) → <see cref="KernelEmitter"/>.
    /// Invalid declarations that can still be implemented get a stub that throws naming the FK error
    /// (<see cref="KernelStub"/>); <see cref="Analyzers.KernelAnalyzer"/> reports the error itself.
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

        /// <summary>
        /// Metadata name of the runtime's internal marker on <c>ActivationKernels</c>: the class that receives the whole
        /// catalogue as by-name kernels (<see cref="CatalogueKernelsEmitter"/>). Only the runtime project has it.
        /// </summary>
        public const string CatalogueKernelsAttributeName = "FusedKernels.CompilerServices.GenerateCatalogueKernelsAttribute";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<HierarchyInfo> catalogueTargets = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    CatalogueKernelsAttributeName,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                    static (context, _) => CatalogueTarget(context.TargetSymbol))
                .Where(static target => target is not null)
                .Select(static (target, _) => target!);
            context.RegisterSourceOutput(catalogueTargets, static (context, hierarchy) =>
            {
                foreach ((string hintName, string source) in CatalogueKernelsEmitter.Emit(hierarchy))
                {
                    context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
                }
            });

            // [Activation] and [ActivationGradient] run through the same steps: the parser tells them apart.
            foreach (string attribute in new[] { ActivationAttributeName, ActivationGradientAttributeName })
            {
                IncrementalValuesProvider<ParsedKernel> parsed = context.SyntaxProvider
                    .ForAttributeWithMetadataName(
                        attribute,
                        static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                        static (context, cancellationToken) => Parse(context, cancellationToken))
                    .WithTrackingName(TrackingNames.Parse)
                    .Where(static parsed => parsed is not null)
                    .Select(static (parsed, _) => parsed!)
                    .WithTrackingName(TrackingNames.Valid);

                context.RegisterSourceOutput(parsed, static (context, parsed) =>
                {
                    if (parsed.Report is { } report)
                    {
                        context.ReportDiagnostic(report);
                    }

                    if (parsed.Spec is { } spec)
                    {
                        context.AddSource(HintNames.For(spec), SourceText.From(KernelEmitter.Emit(spec), System.Text.Encoding.UTF8));
                    }
                    else if (parsed.Stub is { } stub)
                    {
                        context.AddSource(HintNames.For(stub), SourceText.From(StubEmitter.Emit(stub), System.Text.Encoding.UTF8));
                    }
                });
            }
        }

        /// <summary>The namespace and (partial, non-generic) classes around the marked class; null for anything else.</summary>
        private static HierarchyInfo? CatalogueTarget(ISymbol symbol)
        {
            var types = new System.Collections.Generic.List<TypeDeclarationInfo>();
            for (INamedTypeSymbol? type = symbol as INamedTypeSymbol; type is not null; type = type.ContainingType)
            {
                if (type.TypeKind != TypeKind.Class || type.IsGenericType)
                {
                    return null;
                }

                types.Insert(0, new TypeDeclarationInfo("class", type.Name, type.MetadataName));
            }

            INamespaceSymbol? ns = symbol.ContainingNamespace;
            return types.Count == 0 ? null : new HierarchyInfo(ns is null || ns.IsGlobalNamespace ? "" : ns.ToDisplayString(), types.ToEquatableArray());
        }

        private static ParsedKernel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length != 1)
            {
                return null;
            }

            try
            {
                ParsedKernel parsed = KernelParser.ParseForGenerator(method, context.Attributes[0], context.TargetNode, cancellationToken);
                return parsed.Spec is null && parsed.Stub is null && parsed.Report is null ? null : parsed;
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

        /// <summary>Kernels and stubs to write (methods for which nothing can be written are dropped).</summary>
        public const string Valid = nameof(Valid);
    }
}

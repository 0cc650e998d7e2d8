using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using FusedKernels.Generator.Diagnostics;
using FusedKernels.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FusedKernels.Generator.Analyzers
{
    /// <summary>
    /// Reports FK0001–FK0010 live in the IDE. It runs the generator's own <see cref="KernelParser"/> on every
    /// method carrying <c>[Activation]</c> (or <c>[ActivationGradient]</c>), so the IDE and the build apply
    /// exactly the same rules; the generator skips whatever the parser rejects and reports nothing itself.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KernelAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Metadata name of the gradient attribute (SPEC §7).</summary>
        public const string ActivationGradientAttributeName = "FusedKernels.ActivationGradientAttribute";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                INamedTypeSymbol? activation = start.Compilation.GetTypeByMetadataName(KernelGenerator.ActivationAttributeName);
                INamedTypeSymbol? gradient = start.Compilation.GetTypeByMetadataName(ActivationGradientAttributeName);
                if (activation is null && gradient is null)
                {
                    return; // the project does not reference FusedKernels
                }

                // FK0003 is found once per kernel but belongs to the type: report each location once.
                var reportedTypeDiagnostics = new ConcurrentDictionary<(string Id, Location Location), bool>();
                start.RegisterSymbolAction(context => Analyze(context, activation, gradient, reportedTypeDiagnostics), SymbolKind.Method);
            });
        }

        private static void Analyze(
            SymbolAnalysisContext context,
            INamedTypeSymbol? activation,
            INamedTypeSymbol? gradient,
            ConcurrentDictionary<(string Id, Location Location), bool> reportedTypeDiagnostics)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (method.PartialDefinitionPart is not null)
            {
                return; // an implementation part: its definition is analysed (and carries the same attributes)
            }

            ImmutableArray<AttributeData> attributes = method.GetAttributes();
            AttributeData? forward = Single(attributes, activation);
            AttributeData? backward = Single(attributes, gradient);
            if (forward is null && backward is null)
            {
                return;
            }

            var diagnostics = new List<Diagnostic>();
            if (forward is not null)
            {
                KernelParser.Parse(method, forward, diagnostics, context.CancellationToken);
            }

            if (backward is not null)
            {
                KernelParser.CheckGradient(method, backward, diagnostics, context.CancellationToken);
            }

            var seen = new HashSet<(string, Location)>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                (string, Location) key = (diagnostic.Id, diagnostic.Location);
                if (!seen.Add(key))
                {
                    continue; // both attributes on one method find the same partial-ness problem
                }

                if (diagnostic.Id == DiagnosticIds.ContainingTypeNotPartial && !reportedTypeDiagnostics.TryAdd(key, true))
                {
                    continue;
                }

                context.ReportDiagnostic(diagnostic);
            }
        }

        /// <summary>
        /// The attribute of class <paramref name="type"/>, or null when there is none or more than one (the
        /// compiler reports a duplicate; the generator skips such a method too).
        /// </summary>
        private static AttributeData? Single(ImmutableArray<AttributeData> attributes, INamedTypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            AttributeData? found = null;
            foreach (AttributeData attribute in attributes)
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type))
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = attribute;
                }
            }

            return found;
        }
    }
}

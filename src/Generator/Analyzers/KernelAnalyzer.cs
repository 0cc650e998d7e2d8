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
            // Not None: our own generated implementation carries [GeneratedCode], and attributes of partial methods
            // merge, so with None the analyzer driver treats a kernel the generator implemented as generated code
            // and never calls us for it: its warnings (FK0006) would vanish as soon as the build generated it.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                INamedTypeSymbol? activation = start.Compilation.GetTypeByMetadataName(KernelGenerator.ActivationAttributeName);
                INamedTypeSymbol? gradient = start.Compilation.GetTypeByMetadataName(ActivationGradientAttributeName);
                if (activation is null && gradient is null)
                {
                    return; // the project does not reference FusedKernels
                }

                start.RegisterSymbolAction(context => Analyze(context, activation, gradient), SymbolKind.Method);
            });
        }

        private static void Analyze(
            SymbolAnalysisContext context,
            INamedTypeSymbol? activation,
            INamedTypeSymbol? gradient)
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

                if (diagnostic.Id == DiagnosticIds.ContainingTypeNotPartial && !IsFirstKernelOfType(method, diagnostic.Location, activation, gradient))
                {
                    continue; // every kernel of the type finds it; the first one in source order reports it, once
                }

                context.ReportDiagnostic(diagnostic);
            }
        }

        /// <summary>
        /// Whether <paramref name="method"/> is the first kernel, in source order, inside the containing type
        /// declared at <paramref name="typeLocation"/> (nested types included). Deterministic whatever order the
        /// driver analyses methods in, so FK0003 appears once and always names the same kernel.
        /// </summary>
        private static bool IsFirstKernelOfType(IMethodSymbol method, Location typeLocation, INamedTypeSymbol? activation, INamedTypeSymbol? gradient)
        {
            INamedTypeSymbol? type = method.ContainingType;
            while (type is not null && !type.Locations.Contains(typeLocation))
            {
                type = type.ContainingType;
            }

            if (type is null || method.Locations.Length == 0)
            {
                return true;
            }

            Location mine = method.Locations[0];
            var pending = new Stack<INamedTypeSymbol>();
            pending.Push(type);
            while (pending.Count > 0)
            {
                foreach (ISymbol member in pending.Pop().GetMembers())
                {
                    if (member is INamedTypeSymbol nested)
                    {
                        pending.Push(nested);
                    }
                    else if (member is IMethodSymbol { PartialDefinitionPart: null } other &&
                        !SymbolEqualityComparer.Default.Equals(other, method) &&
                        other.Locations.Length > 0 &&
                        other.Locations[0].SourceTree == mine.SourceTree &&
                        other.Locations[0].SourceSpan.Start < mine.SourceSpan.Start &&
                        IsKernel(other, activation, gradient))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool IsKernel(IMethodSymbol method, INamedTypeSymbol? activation, INamedTypeSymbol? gradient)
        {
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, activation) ||
                    SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, gradient))
                {
                    return true;
                }
            }

            return false;
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

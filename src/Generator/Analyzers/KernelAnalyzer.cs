using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FusedKernels.Generator.Diagnostics;
using FusedKernels.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FusedKernels.Generator.Analyzers
{
    /// <summary>
    /// Reports the FK diagnostics live in the IDE and on the command line. It runs the generator's own <see cref="KernelParser"/> on every
    /// method carrying <c>[Activation]</c> (or <c>[ActivationGradient]</c>), so the IDE and the build apply
    /// exactly the same rules; the generator writes a throwing stub for what the parser rejects (so no compiler error
    /// such as CS8795 stops the compiler before it runs analyzers) and reports nothing itself.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KernelAnalyzer : DiagnosticAnalyzer
    {
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
                INamedTypeSymbol? gradient = start.Compilation.GetTypeByMetadataName(KernelGenerator.ActivationGradientAttributeName);
                if (activation is null && gradient is null)
                {
                    return; // the project does not reference FusedKernels
                }

                start.RegisterSymbolAction(context => AnalyzeMethod(context, activation, gradient), SymbolKind.Method);
                start.RegisterSymbolAction(context => AnalyzeType(context, activation, gradient), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeMethod(
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

            foreach (Diagnostic diagnostic in Parse(method, forward, backward, context.CancellationToken))
            {
                // FK0003 is located on the containing type: reported by AnalyzeType, so that it is a local
                // diagnostic of the type (the IDE shows non-local ones only after a full analysis) and appears once.
                if (diagnostic.Id != DiagnosticIds.ContainingTypeNotPartial)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary>FK0003 for a type: the parser's verdict on the first kernel (in source order) declared inside it.</summary>
        private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol? activation, INamedTypeSymbol? gradient)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return; // shortcut for the usual case: a partial type can have no FK0003 (the parser decides the rest)
                }
            }

            if (FirstKernel(type, activation, gradient) is not { } kernel)
            {
                return;
            }

            ImmutableArray<AttributeData> attributes = kernel.GetAttributes();
            foreach (Diagnostic diagnostic in Parse(kernel, Single(attributes, activation), Single(attributes, gradient), context.CancellationToken))
            {
                if (diagnostic.Id == DiagnosticIds.ContainingTypeNotPartial && type.Locations.Contains(diagnostic.Location))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        private static List<Diagnostic> Parse(IMethodSymbol method, AttributeData? forward, AttributeData? backward, CancellationToken cancellationToken)
        {
            var diagnostics = new List<Diagnostic>();
            if (forward is not null)
            {
                KernelParser.Parse(method, forward, diagnostics, cancellationToken);
            }

            if (backward is not null)
            {
                KernelParser.Parse(method, backward, diagnostics, cancellationToken);
            }

            // Both attributes on one method find the same partial-ness problems: keep one of each. What the generator
            // reports itself is left to it, so that nothing is reported twice.
            var seen = new HashSet<(string, Location)>();
            diagnostics.RemoveAll(d => !seen.Add((d.Id, d.Location)) || KernelParser.IsReportedByTheGenerator(d.Id));
            return diagnostics;
        }

        /// <summary>The kernel declared first in source inside <paramref name="type"/>, nested types included; null when there is none.</summary>
        private static IMethodSymbol? FirstKernel(INamedTypeSymbol type, INamedTypeSymbol? activation, INamedTypeSymbol? gradient)
        {
            IMethodSymbol? first = null;
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
                    else if (member is IMethodSymbol { PartialDefinitionPart: null, Locations.Length: > 0 } method &&
                        method.Locations[0].IsInSource &&
                        IsKernel(method, activation, gradient) &&
                        (first is null || IsBefore(method.Locations[0], first.Locations[0])))
                    {
                        first = method;
                    }
                }
            }

            return first;
        }

        private static bool IsBefore(Location a, Location b)
        {
            int byFile = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            return byFile != 0 ? byFile < 0 : a.SourceSpan.Start < b.SourceSpan.Start;
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

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using FusedKernels.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FusedKernels.CodeFixes
{
    /// <summary>
    /// FK0011: a gradient kernel that takes the output <c>y</c> of an activation whose derivative is not a function
    /// of its output; renaming the parameter to <c>x</c> makes it take the input instead. For a row-wise activation
    /// (softmax), whose gradient needs the output, the other way round: <c>x</c> becomes <c>y</c>. The kernel is a partial
    /// definition without a body, so the parameter has no references to rename with it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameOutputToInputCodeFix)), Shared]
    public sealed class RenameOutputToInputCodeFix : SyntaxFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.GradientFromOutputNotAllowed);

        /// <inheritdoc />
        protected override string EquivalenceKey => DiagnosticIds.GradientFromOutputNotAllowed;

        /// <inheritdoc />
        protected override string? Title(SyntaxNode root, Diagnostic diagnostic) =>
            Target(root, diagnostic) is { } parameter
                ? (parameter.Identifier.ValueText == "y" ? "Take the input 'x' instead of the output 'y'" : "Take the output 'y' instead of the input 'x'")
                : null;

        /// <inheritdoc />
        protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
        {
            var targets = new HashSet<ParameterSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Target(root, diagnostic) is { } parameter)
                {
                    targets.Add(parameter);
                }
            }

            return root.ReplaceNodes(targets, (_, rewritten) =>
                rewritten.WithIdentifier(SyntaxFactory.Identifier(rewritten.Identifier.LeadingTrivia, Other(rewritten.Identifier.ValueText), rewritten.Identifier.TrailingTrivia)));
        }

        // y → x for an element-wise activation whose derivative needs its input; x → y for a row-wise one (softmax), whose gradient needs its output.
        private static string Other(string name) => name == "y" ? "x" : "y";

        private static ParameterSyntax? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            ParameterSyntax? parameter = NodeAt<ParameterSyntax>(root, diagnostic);
            if (parameter is not { Parent: ParameterListSyntax list } || parameter.Identifier.ValueText is not ("y" or "x"))
            {
                return null;
            }

            foreach (ParameterSyntax other in list.Parameters)
            {
                if (other.Identifier.ValueText == Other(parameter.Identifier.ValueText))
                {
                    return null; // renaming would clash
                }
            }

            return parameter;
        }
    }
}

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
    /// <summary>FK0001: replaces the unknown activation name with the analyzer's suggestion (nearest name or alias by edit distance).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownActivationCodeFix)), Shared]
    public sealed class UnknownActivationCodeFix : SyntaxFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UnknownActivation);

        /// <inheritdoc />
        protected override string EquivalenceKey => DiagnosticIds.UnknownActivation;

        /// <inheritdoc />
        protected override string? Title(SyntaxNode root, Diagnostic diagnostic) =>
            Target(root, diagnostic) is (_, string suggestion) ? $"Use '{suggestion}'" : null;

        /// <inheritdoc />
        protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
        {
            var replacements = new Dictionary<ExpressionSyntax, string>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Target(root, diagnostic) is (ExpressionSyntax expression, string suggestion))
                {
                    replacements[expression] = suggestion;
                }
            }

            return root.ReplaceNodes(replacements.Keys, (original, _) =>
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacements[original]))
                    .WithTriviaFrom(original));
        }

        private static (ExpressionSyntax Expression, string Suggestion)? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticIds.SuggestionProperty, out string? suggestion) || string.IsNullOrEmpty(suggestion))
            {
                return null;
            }

            // The diagnostic spans the name argument's expression (usually the string literal itself).
            AttributeArgumentSyntax? argument = NodeAt<AttributeArgumentSyntax>(root, diagnostic);
            return argument is null || argument.NameEquals is not null ? null : (argument.Expression, suggestion!);
        }
    }
}

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
    /// <summary>FK0006: removes an attribute argument the activation does not use.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveUnusedArgumentCodeFix)), Shared]
    public sealed class RemoveUnusedArgumentCodeFix : SyntaxFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UnusedParameter);

        /// <inheritdoc />
        protected override string EquivalenceKey => DiagnosticIds.UnusedParameter;

        /// <inheritdoc />
        protected override string? Title(SyntaxNode root, Diagnostic diagnostic) =>
            Target(root, diagnostic) is { NameEquals: { } name } ? $"Remove '{name.Name.Identifier.ValueText}'" : null;

        /// <inheritdoc />
        protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
        {
            // Every argument to remove, grouped by its list, so that one list loses all of them in one edit.
            var removals = new Dictionary<AttributeArgumentListSyntax, HashSet<AttributeArgumentSyntax>>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Target(root, diagnostic) is { Parent: AttributeArgumentListSyntax list } argument)
                {
                    if (!removals.TryGetValue(list, out HashSet<AttributeArgumentSyntax>? set))
                    {
                        removals[list] = set = new HashSet<AttributeArgumentSyntax>();
                    }

                    set.Add(argument);
                }
            }

            return root.ReplaceNodes(removals.Keys, (original, _) =>
            {
                // Each kept argument keeps the separator that followed it (the last one needs none), so the
                // user's spacing and line breaks survive.
                SeparatedSyntaxList<AttributeArgumentSyntax> arguments = original.Arguments;
                SyntaxToken separatorAfter = default;
                var kept = new List<AttributeArgumentSyntax>();
                var separators = new List<SyntaxToken>();
                for (int i = 0; i < arguments.Count; i++)
                {
                    if (removals[original].Contains(arguments[i]))
                    {
                        continue;
                    }

                    if (kept.Count > 0)
                    {
                        separators.Add(separatorAfter);
                    }

                    kept.Add(arguments[i]);
                    separatorAfter = i < arguments.SeparatorCount ? arguments.GetSeparator(i) : default; // the last argument: nothing follows it
                }

                return original.WithArguments(SyntaxFactory.SeparatedList(kept, separators));
            });
        }

        private static AttributeArgumentSyntax? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            AttributeArgumentSyntax? argument = NodeAt<AttributeArgumentSyntax>(root, diagnostic);
            return argument?.NameEquals is null ? null : argument;
        }
    }
}

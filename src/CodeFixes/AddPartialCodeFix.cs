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
    /// FK0002: makes the kernel method a partial definition (adds <c>partial</c>; drops a body, <c>abstract</c> or
    /// <c>extern</c>, since the generator writes the implementation). FK0003: adds <c>partial</c> to the containing type.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
    public sealed class AddPartialCodeFix : SyntaxFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(DiagnosticIds.NotPartialDefinition, DiagnosticIds.ContainingTypeNotPartial);

        /// <inheritdoc />
        protected override string EquivalenceKey => "FK0002/FK0003 add partial";

        /// <inheritdoc />
        protected override string? Title(SyntaxNode root, Diagnostic diagnostic) => Target(root, diagnostic) switch
        {
            MethodDeclarationSyntax method when method.Body is not null || method.ExpressionBody is not null =>
                $"Make '{method.Identifier.ValueText}' a partial definition (the generator writes its body)",
            MethodDeclarationSyntax method => $"Make '{method.Identifier.ValueText}' partial",
            TypeDeclarationSyntax type => $"Make '{type.Identifier.ValueText}' partial",
            _ => null,
        };

        /// <inheritdoc />
        protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
        {
            var targets = new HashSet<MemberDeclarationSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Target(root, diagnostic) is { } target)
                {
                    targets.Add(target);
                }
            }

            // Types nest (and contain the methods): ReplaceNodes hands each callback the already rewritten node.
            return root.ReplaceNodes(targets, (_, rewritten) => rewritten switch
            {
                MethodDeclarationSyntax method => MakePartialDefinition(method),
                TypeDeclarationSyntax type => MakePartial(type),
                _ => rewritten,
            });
        }

        /// <summary>The method or type the diagnostic is on, when adding <c>partial</c> is what fixes it.</summary>
        private static MemberDeclarationSyntax? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            if (diagnostic.Id == DiagnosticIds.ContainingTypeNotPartial)
            {
                TypeDeclarationSyntax? type = NodeAt<TypeDeclarationSyntax>(root, diagnostic);
                return type is not null && !type.Modifiers.Any(SyntaxKind.PartialKeyword) ? type : null;
            }

            MethodDeclarationSyntax? method = NodeAt<MethodDeclarationSyntax>(root, diagnostic);
            if (method is null)
            {
                return null;
            }

            // A partial definition without a body is already right: FK0002 then means the user wrote an
            // implementation elsewhere, which we must not delete.
            bool isPartial = method.Modifiers.Any(SyntaxKind.PartialKeyword);
            bool hasBody = method.Body is not null || method.ExpressionBody is not null;
            return isPartial && !hasBody ? null : method;
        }

        private static MethodDeclarationSyntax MakePartialDefinition(MethodDeclarationSyntax method)
        {
            if (method.Body is not null || method.ExpressionBody is not null)
            {
                SyntaxToken closeParen = method.ParameterList.CloseParenToken;
                SyntaxTriviaList trailing = (method.Body?.CloseBraceToken ?? method.SemicolonToken).TrailingTrivia;
                method = method
                    .WithBody(null)
                    .WithExpressionBody(null)
                    .WithParameterList(method.ParameterList.WithCloseParenToken(closeParen.WithTrailingTrivia()))
                    .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(trailing));
            }

            // abstract and extern cannot be partial; the generated implementation is neither.
            SyntaxTokenList modifiers = method.Modifiers;
            for (int i = modifiers.Count - 1; i >= 0; i--)
            {
                if (modifiers[i].IsKind(SyntaxKind.AbstractKeyword) || modifiers[i].IsKind(SyntaxKind.ExternKeyword))
                {
                    SyntaxToken removed = modifiers[i];
                    modifiers = modifiers.RemoveAt(i);
                    if (i == 0 && modifiers.Count > 0)
                    {
                        modifiers = modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia(removed.LeadingTrivia));
                    }
                    else if (i == 0)
                    {
                        method = method.WithReturnType(method.ReturnType.WithLeadingTrivia(removed.LeadingTrivia));
                    }
                }
            }

            method = method.WithModifiers(modifiers);
            if (method.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return method;
            }

            if (method.Modifiers.Count == 0)
            {
                // partial takes the return type's leading trivia (the indentation after the attributes).
                SyntaxTriviaList leading = method.ReturnType.GetLeadingTrivia();
                return method
                    .WithReturnType(method.ReturnType.WithoutLeadingTrivia())
                    .WithModifiers(SyntaxFactory.TokenList(Partial().WithLeadingTrivia(leading)));
            }

            return method.WithModifiers(method.Modifiers.Add(Partial()));
        }

        private static TypeDeclarationSyntax MakePartial(TypeDeclarationSyntax type)
        {
            if (type.Modifiers.Count == 0)
            {
                SyntaxTriviaList leading = type.Keyword.LeadingTrivia;
                return type
                    .WithKeyword(type.Keyword.WithLeadingTrivia())
                    .WithModifiers(SyntaxFactory.TokenList(Partial().WithLeadingTrivia(leading)));
            }

            return type.WithModifiers(type.Modifiers.Add(Partial()));
        }

        /// <summary><c>partial</c> goes last: C# requires it right before the type keyword or the return type.</summary>
        private static SyntaxToken Partial() => SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
    }
}

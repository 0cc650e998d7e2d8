using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FusedKernels.CodeFixes
{
    /// <summary>
    /// A code fix that rewrites one document's syntax tree for a set of diagnostics at once. The single fix and
    /// Fix-all share that one rewrite, so fixing every occurrence in a document is one consistent edit (no
    /// overlapping text changes for the batch fixer to drop, e.g. two removed arguments of one attribute).
    /// </summary>
    public abstract class SyntaxFixProvider : CodeFixProvider
    {
        /// <summary>Fix-all groups by this key (the diagnostic ID: every occurrence gets its own correct edit).</summary>
        protected abstract string EquivalenceKey { get; }

        /// <summary>The title of the fix for <paramref name="diagnostic"/>, or null when it cannot be fixed here.</summary>
        protected abstract string? Title(SyntaxNode root, Diagnostic diagnostic);

        /// <summary>Applies the fix for every diagnostic in <paramref name="diagnostics"/> (skipping those it cannot fix).</summary>
        protected abstract SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics);

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (fixAllContext, document, diagnostics) =>
                diagnostics.IsEmpty ? document : await FixDocumentAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false));

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                string? title = Title(root, diagnostic);
                if (title is not null)
                {
                    Document document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(title, cancellationToken => FixDocumentAsync(document, ImmutableArray.Create(diagnostic), cancellationToken), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root is null ? document : document.WithSyntaxRoot(Fix(root, diagnostics));
        }

        /// <summary>The innermost node of type <typeparamref name="T"/> around the diagnostic's span, or null.</summary>
        protected static T? NodeAt<T>(SyntaxNode root, Diagnostic diagnostic)
            where T : SyntaxNode
        {
            if (diagnostic.Location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
            {
                return null;
            }

            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            for (SyntaxNode? current = node; current is not null; current = current.Parent)
            {
                if (current is T found)
                {
                    return found;
                }
            }

            return null;
        }
    }
}

using System.Collections.Generic;
using FusedKernels.Generator.Diagnostics;
using FusedKernels.Generator.Helpers;
using FusedKernels.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FusedKernels.Generator.Parsing
{
    internal sealed partial class KernelParser
    {
        /// <summary>The namespace and containing types; FK0003 for each containing type that is not partial.</summary>
        private HierarchyInfo? ParseHierarchy()
        {
            var types = new List<TypeDeclarationInfo>();
            bool ok = true;
            for (INamedTypeSymbol? type = _method.ContainingType; type is not null; type = type.ContainingType)
            {
                TypeDeclarationSyntax? partialDeclaration = null;
                TypeDeclarationSyntax? anyDeclaration = null;
                foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(_cancellationToken) is TypeDeclarationSyntax declaration)
                    {
                        anyDeclaration ??= declaration;
                        if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            partialDeclaration = declaration;
                        }
                    }
                }

                if (anyDeclaration is null)
                {
                    return null; // not declared in source (cannot happen for a source method); emit nothing
                }

                if (partialDeclaration is null)
                {
                    Report(DiagnosticDescriptors.ContainingTypeNotPartial, anyDeclaration.Identifier.GetLocation(), type.Name, _method.Name);
                    ok = false;
                }

                TypeDeclarationSyntax declared = partialDeclaration ?? anyDeclaration;
                types.Insert(0, new TypeDeclarationInfo(
                    Keyword(declared),
                    declared.Identifier.Text + (declared.TypeParameterList?.ToString() ?? ""), // Text keeps a leading @ (class @class)
                    type.MetadataName));
            }

            if (!ok || types.Count == 0)
            {
                return null;
            }

            INamespaceSymbol? ns = _method.ContainingType?.ContainingNamespace;
            string nsName = ns is null || ns.IsGlobalNamespace
                ? ""
                : ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)); // escapes keywords
            return new HierarchyInfo(nsName, types.ToEquatableArray());
        }

        private static string Keyword(TypeDeclarationSyntax declaration) => declaration switch
        {
            RecordDeclarationSyntax record when record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => "record struct",
            RecordDeclarationSyntax => "record",
            StructDeclarationSyntax => "struct",
            InterfaceDeclarationSyntax => "interface",
            _ => "class",
        };
    }
}

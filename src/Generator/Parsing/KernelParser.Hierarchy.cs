using System.Collections.Generic;
using System.Linq;
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

                if (anyDeclaration.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    // A file-local type cannot be extended from the generated file (it would be another type).
                    Report(DiagnosticDescriptors.FileLocalType, anyDeclaration.Identifier.GetLocation(), type.Name, _method.Name);
                    ok = false;
                }

                TypeDeclarationSyntax declared = partialDeclaration ?? anyDeclaration;
                types.Insert(0, new TypeDeclarationInfo(
                    Keyword(declared),
                    declared.Identifier.Text + TypeParameters(declared.TypeParameterList), // Text keeps a leading @ (class @class)
                    type.MetadataName));
            }

            if (!ok || types.Count == 0)
            {
                return null;
            }

            INamespaceSymbol? ns = _method.ContainingType?.ContainingNamespace;
            return new HierarchyInfo(SymbolNames.NamespaceText(ns), types.ToEquatableArray());
        }

        /// <summary>
        /// <c>&lt;in T, U&gt;</c>: names and variance only. Attributes on a type parameter belong to the user's part
        /// (repeating one is CS0579); constraints need not be repeated.
        /// </summary>
        private static string TypeParameters(TypeParameterListSyntax? list) =>
            list is null ? "" : "<" + string.Join(", ", list.Parameters.Select(p => (p.VarianceKeyword.IsKind(SyntaxKind.None) ? "" : p.VarianceKeyword.Text + " ") + p.Identifier.Text)) + ">";

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

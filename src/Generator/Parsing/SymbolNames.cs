using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>
    /// Name checks and type text without <c>ToDisplayString</c>. The parser runs for every kernel on every edit (the
    /// generator's transform re-runs whenever the compilation changes), and a display string costs microseconds: on
    /// 200 kernels the calls took most of a re-run (docs/benchmarks.md, "Generator speed").
    /// </summary>
    internal static class SymbolNames
    {
        /// <summary>Whether <paramref name="ns"/> is the namespace <paramref name="dotted"/>, e.g. <c>System.Runtime.Intrinsics</c>.</summary>
        public static bool IsNamespace(INamespaceSymbol? ns, string dotted)
        {
            int end = dotted.Length;
            while (ns is { IsGlobalNamespace: false })
            {
                if (end <= 0)
                {
                    return false;
                }

                int start = dotted.LastIndexOf('.', end - 1) + 1;
                string name = ns.Name;
                if (end - start != name.Length || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
                end = start - 1;
            }

            return end <= 0;
        }

        /// <summary>Whether <paramref name="type"/> is the top-level type <paramref name="fullName"/>, e.g. <c>FusedKernels.ActivationAttribute</c>.</summary>
        public static bool IsType(ITypeSymbol? type, string fullName)
        {
            if (type is null || type.ContainingType is not null)
            {
                return false;
            }

            int dot = fullName.LastIndexOf('.');
            string name = type.MetadataName;
            return fullName.Length - dot - 1 == name.Length
                && string.CompareOrdinal(fullName, dot + 1, name, 0, name.Length) == 0
                && IsNamespace(type.ContainingNamespace, dot < 0 ? "" : fullName.Substring(0, dot));
        }

        /// <summary>The namespace as C# writes it (<c>A.@class.B</c>), "" for the global namespace.</summary>
        public static string NamespaceText(INamespaceSymbol? ns)
        {
            string text = "";
            for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                string name = SyntaxFacts.GetKeywordKind(ns.Name) == SyntaxKind.None ? ns.Name : "@" + ns.Name;
                text = text.Length == 0 ? name : name + "." + text;
            }

            return text;
        }
    }
}

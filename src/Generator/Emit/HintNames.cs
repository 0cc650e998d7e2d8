using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// File names for generated kernels, unique per method by construction: the readable part (type and method name)
    /// is followed by a hash of the whole signature (containing types with their arity, the name as written, the type
    /// parameters and every parameter's modifiers, type and name). Two methods with the same text are the same method
    /// (CS0111; the parser generates only the first), so overloads, <c>@void</c> beside <c>_void</c>, <c>C&lt;T&gt;</c>
    /// beside <c>C_1</c> and names that join alike can no longer collide, which once made AddSource throw and took
    /// every kernel of the project with it.
    /// </summary>
    internal static class HintNames
    {
        public static string For(KernelSpec spec) =>
            Build(spec.Hierarchy, spec.Name, "", System.Linq.Enumerable.Select(spec.Parameters, p => p.Declaration));

        public static string For(KernelStub stub) => Build(stub.Hierarchy, stub.Name, stub.TypeParameters, stub.Parameters);

        /// <summary>The signature hash alone, which also names a kernel's implementation class.</summary>
        public static string Hash(KernelSpec spec) =>
            Fnv(Key(spec.Hierarchy, spec.Name, "", System.Linq.Enumerable.Select(spec.Parameters, p => p.Declaration)));

        private static string Build(HierarchyInfo hierarchy, string name, string typeParameters, IEnumerable<string> parameters)
        {
            var builder = new StringBuilder();
            foreach (char c in hierarchy.QualifiedName + "." + name.TrimStart('@'))
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
            }

            return builder.Append('.').Append(Fnv(Key(hierarchy, name, typeParameters, parameters))).Append(".g.cs").ToString();
        }

        private static string Key(HierarchyInfo hierarchy, string name, string typeParameters, IEnumerable<string> parameters)
        {
            var key = new StringBuilder(hierarchy.Namespace);
            foreach (TypeDeclarationInfo type in hierarchy.Types)
            {
                key.Append('\0').Append(type.NameWithTypeParameters).Append('\0').Append(type.MetadataName);
            }

            key.Append('\0').Append(name).Append('\0').Append(typeParameters);
            foreach (string parameter in parameters)
            {
                key.Append('\0').Append(parameter);
            }

            return key.ToString();
        }

        // FNV-1a, 64 bits: stable across processes and runtimes (string.GetHashCode is randomized per process).
        private static string Fnv(string text)
        {
            ulong hash = 14695981039346656037UL;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }
    }
}

using FusedKernels.Generator.Helpers;

namespace FusedKernels.Generator.Model
{
    /// <summary>
    /// Where a kernel lives: its namespace and the chain of containing types, outermost first
    /// (CommunityToolkit.Mvvm's HierarchyInfo idea). Text only, so the model stays value-equatable.
    /// </summary>
    /// <param name="Namespace">The namespace, or empty for the global namespace.</param>
    /// <param name="Types">Containing type declarations, outermost first.</param>
    internal sealed record HierarchyInfo(string Namespace, EquatableArray<TypeDeclarationInfo> Types)
    {
        /// <summary>Fully qualified metadata-like name used to make hint names unique.</summary>
        public string QualifiedName => (Namespace.Length == 0 ? "" : Namespace + ".") + string.Join(".", System.Linq.Enumerable.Select(Types, t => t.MetadataName));
    }

    /// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>interface</c>.</param>
    /// <param name="NameWithTypeParameters">The name as declared, with type parameters: <c>Outer&lt;T&gt;</c>.</param>
    /// <param name="MetadataName">The name with arity, for hint names: <c>Outer`1</c>.</param>
    internal sealed record TypeDeclarationInfo(string Keyword, string NameWithTypeParameters, string MetadataName);
}

using FusedKernels.Generator.Helpers;

namespace FusedKernels.Generator.Model
{
    /// <summary>
    /// Everything the emitter needs to write one kernel, and nothing else: a value-equatable record (no
    /// symbols, syntax or locations) so that the incremental pipeline caches it across edits.
    /// </summary>
    /// <param name="Hierarchy">Namespace and containing types.</param>
    /// <param name="Modifiers">The declaration's modifiers as written (<c>public static partial</c>); the implementation repeats them.</param>
    /// <param name="ReturnType">The return type, fully qualified.</param>
    /// <param name="Name">The method name.</param>
    /// <param name="Parameters">The parameters in declaration order, each bound to a role.</param>
    /// <param name="Shape">Which of the shapes of docs/design.md it is.</param>
    /// <param name="Element">The element type T.</param>
    /// <param name="Activation">The activation, with its parameters resolved and folded.</param>
    /// <param name="IsGradient">An <c>[ActivationGradient]</c> kernel (backward pass) rather than a forward one.</param>
    /// <param name="DeclaredAttributes">Attributes the user already put on the declaration, which the implementation must not repeat.</param>
    /// <param name="Parallel"><c>Parallel = true</c> on a span kernel: large calls are split across cores by the runtime driver.</param>
    internal sealed record KernelSpec(
        HierarchyInfo Hierarchy,
        string Modifiers,
        string ReturnType,
        string Name,
        EquatableArray<KernelParameter> Parameters,
        KernelShape Shape,
        ElementType Element,
        ActivationUse Activation,
        bool IsGradient = false,
        DeclaredAttributes DeclaredAttributes = DeclaredAttributes.None,
        bool Parallel = false);

    /// <summary>Attributes the generator would add to the implementation that the user's declaration already has (attributes of partial parts merge: adding one again is CS0579).</summary>
    [System.Flags]
    internal enum DeclaredAttributes
    {
        None = 0,
        GeneratedCode = 1,
        MethodImpl = 2,
    }

    /// <summary>A catalogue entry as used by one kernel.</summary>
    /// <param name="Name">The canonical catalogue name (aliases resolved).</param>
    /// <param name="Values">The value of each of the entry's attribute parameters, in the entry's order, defaults applied.</param>
    /// <param name="RuntimeAlphaInUnitInterval">A runtime α the caller guarantees to lie in (0, 1] (by-name kernels choose such a kernel from α's value; declared ones never are).</param>
    internal sealed record ActivationUse(string Name, EquatableArray<double> Values, bool RuntimeAlphaInUnitInterval = false);
}

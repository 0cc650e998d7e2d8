using FusedKernels.Generator.Helpers;

namespace FusedKernels.Generator.Model
{
    /// <summary>
    /// A declaration the parser rejected but whose implementation can still be written: the generator gives it a
    /// body that throws, naming the FK error (as the Regex generator does for a pattern it cannot compile). Without
    /// it a public partial method is error CS8795, and the compiler then never runs the analyzer whose FK error
    /// says what is wrong; a non-public <c>partial void</c> would compile as a removed call that does nothing.
    /// </summary>
    /// <param name="Hierarchy">Namespace and containing types.</param>
    /// <param name="Modifiers">The declaration's modifiers as written.</param>
    /// <param name="ReturnType">The return type as the implementation repeats it.</param>
    /// <param name="Name">The method name as written.</param>
    /// <param name="TypeParameters">The type parameter list of a generic method (<c>&lt;T&gt;</c>), else empty.</param>
    /// <param name="Constraints">Its constraint clauses (<c> where T : struct</c>), else empty.</param>
    /// <param name="Parameters">The parameter declarations as the implementation repeats them.</param>
    /// <param name="Message">The FK id and message of the first error, for the exception.</param>
    /// <param name="DeclaredAttributes">Attributes the declaration already has.</param>
    internal sealed record KernelStub(
        HierarchyInfo Hierarchy,
        string Modifiers,
        string ReturnType,
        string Name,
        string TypeParameters,
        string Constraints,
        EquatableArray<string> Parameters,
        string Message,
        DeclaredAttributes DeclaredAttributes);

    /// <summary>
    /// What the parser gives the generator for one attributed method: a kernel to write, a stub, or neither; and the
    /// one diagnostic the generator reports itself (<paramref name="Report"/>), for a rejection that neither a stub
    /// nor a compiler error would make visible (FK0012: a file-local type cannot be given an implementation part).
    /// </summary>
    internal sealed record ParsedKernel(KernelSpec? Spec, KernelStub? Stub, Microsoft.CodeAnalysis.Diagnostic? Report = null);
}

using System;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Marks the class that receives the whole activation catalogue as by-name kernels: the generator (referenced by this
    /// project as an analyzer) writes, for the marked class, one kernel per activation × float/double/Half × fusion and
    /// the lookup <see cref="ActivationKernels"/> uses (docs/design.md, "Activations by name"). Internal: only the runtime has it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class GenerateCatalogueKernelsAttribute : Attribute
    {
    }
}

using System;
using System.Diagnostics;

namespace FusedKernels
{
    /// <summary>
    /// Marks a <c>partial</c> method whose body FusedKernels generates: the backward pass of the named
    /// activation, <c>dx = dy · f′(x)</c> (or from the saved output <c>y</c> where the derivative is a
    /// function of it), optionally with fused <c>dbias</c>, <c>dalpha</c> and <c>dmultiplier</c> reductions.
    /// Takes the same names, aliases and properties as <see cref="ActivationAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    [Conditional("FUSEDKERNELS_KEEP_ATTRIBUTES")]
    public sealed class ActivationGradientAttribute : Attribute
    {
        /// <summary>Creates the attribute for the activation <paramref name="name"/> (snake_case, case-insensitive, aliases allowed).</summary>
        public ActivationGradientAttribute(string name) => Name = name;

        /// <summary>The activation's catalogue name or alias, e.g. <c>"gelu"</c>.</summary>
        public string Name { get; }

        /// <inheritdoc cref="ActivationAttribute.Alpha"/>
        public double Alpha { get; set; }

        /// <inheritdoc cref="ActivationAttribute.Beta"/>
        public double Beta { get; set; }

        /// <inheritdoc cref="ActivationAttribute.Gamma"/>
        public double Gamma { get; set; }

        /// <inheritdoc cref="ActivationAttribute.Min"/>
        public double Min { get; set; }

        /// <inheritdoc cref="ActivationAttribute.Max"/>
        public double Max { get; set; }

        /// <summary>
        /// As <see cref="ActivationAttribute.Parallel"/>; the <c>dbias</c>/<c>dalpha</c> sums are the same bits whatever
        /// the number of threads (each block sums on its own; the blocks' sums are added in order).
        /// </summary>
        public bool Parallel { get; set; }
    }
}

using System;
using System.Diagnostics;

namespace FusedKernels
{
    /// <summary>
    /// Marks a <c>partial</c> method whose body FusedKernels generates: a vectorized kernel that applies
    /// the named activation, optionally fused with <c>scale</c>, <c>bias</c>, <c>residual</c>,
    /// <c>alpha</c> and <c>multiplier</c> parameters recognised by name.
    /// </summary>
    /// <remarks>
    /// Property names follow ONNX's attribute names, so an ONNX node maps onto the attribute one to one.
    /// They are <see cref="double"/> so that <c>Alpha = 0.2</c> compiles for every element type; the
    /// generator converts them to the element type (exactly, for integer types) when it folds them in.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    [Conditional("FUSEDKERNELS_KEEP_ATTRIBUTES")]
    public sealed class ActivationAttribute : Attribute
    {
        /// <summary>Creates the attribute for the activation <paramref name="name"/> (snake_case, case-insensitive, aliases allowed).</summary>
        public ActivationAttribute(string name) => Name = name;

        /// <summary>The activation's catalogue name or alias, e.g. <c>"leaky_relu"</c>.</summary>
        public string Name { get; }

        /// <summary>α of the activation (leaky_relu slope, elu scale, thresholded_relu threshold, ...).</summary>
        public double Alpha { get; set; }

        /// <summary>β of the activation (silu and softplus sharpness, hard_sigmoid offset).</summary>
        public double Beta { get; set; }

        /// <summary>γ of the activation (selu's output scale).</summary>
        public double Gamma { get; set; }

        /// <summary>Lower bound of hard_tanh and clip.</summary>
        public double Min { get; set; }

        /// <summary>Upper bound of hard_tanh and clip.</summary>
        public double Max { get; set; }

        /// <summary>
        /// Whether a large call of this span kernel is split across cores (on row boundaries, with the same results):
        /// from 32K elements for transcendental activations and 128K for piecewise ones, up to
        /// <c>KernelParallelism.MaxDegreeOfParallelism</c> threads, and never when called from a thread-pool thread or
        /// a task (inside <c>Parallel.For</c>, for example), which runs it on the calling thread. Default false.
        /// </summary>
        public bool Parallel { get; set; }
    }
}

using System;
using System.ComponentModel;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The role operands a generated kernel hands its driver. Only the fields its operation declares
    /// (<see cref="IActivationOperation{TC}.Scale"/> …) are read; a span field is read when the role is a
    /// <see cref="OperandKind.Span"/>, a value field when it is a <see cref="OperandKind.Value"/>.
    /// </summary>
    /// <typeparam name="T">The element type of the spans.</typeparam>
    /// <typeparam name="TC">The type the operation computes in (float for Half).</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref struct ActivationOperands<T, TC>
    {
        /// <summary>A span scale role (<see cref="OperandKind.Span"/>).</summary>
        public ReadOnlySpan<T> Scale;
        /// <summary>A value scale role, in the compute type.</summary>
        public TC ScaleValue;
        /// <summary>A span bias role.</summary>
        public ReadOnlySpan<T> Bias;
        /// <summary>A value bias role, in the compute type.</summary>
        public TC BiasValue;
        /// <summary>The residual role (always a span).</summary>
        public ReadOnlySpan<T> Residual;
        /// <summary>A span alpha role (prelu, or a runtime α).</summary>
        public ReadOnlySpan<T> Alpha;
        /// <summary>A value alpha role, or the first attribute value a kernel takes at run time, in the compute type.</summary>
        public TC AlphaValue;
        /// <summary>
        /// The second attribute value a kernel takes at run time (a by-name kernel with every parameter at run time: selu's
        /// γ, hard_sigmoid's β, clip's upper bound), in the compute type; always a value.
        /// </summary>
        public TC SecondValue;
        /// <summary>The multiplier role (always a span).</summary>
        public ReadOnlySpan<T> Multiplier;
    }
}

namespace FusedKernels.Generator.Model
{
    /// <summary>What a kernel parameter is for. Roles other than input and destination are matched by name.</summary>
    internal enum ParameterRole
    {
        /// <summary>The activation's input (<c>x</c>); also the destination of an in-place kernel.</summary>
        Input,

        /// <summary>The destination span of an out-of-place kernel.</summary>
        Destination,

        Scale,
        Bias,
        Residual,
        Alpha,
        Multiplier,
        Preactivation,

        /// <summary>Row-wise activations: the <c>int</c> length of one row of x (absent: x is one row).</summary>
        RowLength,

        /// <summary>Gradient kernels: the activation's saved output <c>y</c>, read instead of <c>x</c>.</summary>
        Output,

        /// <summary>Gradient kernels: the upstream gradient <c>dy</c> (written too when there is no <c>dx</c>).</summary>
        UpstreamGradient,

        /// <summary>Gradient kernels: the result <c>dx</c>.</summary>
        InputGradient,

        /// <summary>Gradient kernels: Σ over rows of dx per channel.</summary>
        BiasGradient,

        /// <summary>Gradient kernels (prelu): Σ over rows of dy·x where x ≤ 0, per channel of α.</summary>
        AlphaGradient,

        /// <summary>Gradient kernels (gated units): dy·act(x) per element.</summary>
        MultiplierGradient,

        /// <summary>
        /// By-name kernels only (the runtime's <c>ActivationKernels</c>; the parser binds no parameter to these): the attribute
        /// parameter of the same name taken at run time, a value in the compute type.
        /// </summary>
        Beta,

        /// <inheritdoc cref="Beta"/>
        Gamma,

        /// <inheritdoc cref="Beta"/>
        Min,

        /// <inheritdoc cref="Beta"/>
        Max,
    }
}

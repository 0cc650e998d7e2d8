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
    }
}

namespace FusedKernels.Generator.Model
{
    /// <summary>One parameter of the user's declaration, as the implementation must repeat it.</summary>
    /// <param name="Name">The parameter name as written (escaped with @ when it is a keyword).</param>
    /// <param name="Declaration">The full parameter text for the implementing declaration, e.g. <c>scoped global::System.Span&lt;float&gt; y</c>.</param>
    /// <param name="Role">What the kernel does with it.</param>
    /// <param name="IsSpan">Whether it is a span (element-wise or per-channel) rather than one value.</param>
    internal sealed record KernelParameter(string Name, string Declaration, ParameterRole Role, bool IsSpan);
}

namespace FusedKernels.Generator.Model
{
    /// <summary>One parameter of the user's declaration, as the implementation must repeat it.</summary>
    /// <param name="Name">The parameter name as written (escaped with @ when it is a keyword).</param>
    /// <param name="Declaration">The full parameter text for the implementing declaration, e.g. <c>scoped global::System.Span&lt;float&gt; y</c>.</param>
    /// <param name="Role">What the kernel does with it.</param>
    /// <param name="IsSpan">Whether it is a span (element-wise or per-channel) rather than one value.</param>
    /// <param name="Display">The name error messages use (the user's, without @); null: <see cref="Name"/> without @.</param>
    internal sealed record KernelParameter(string Name, string Declaration, ParameterRole Role, bool IsSpan, string? Display = null)
    {
        /// <summary>The name exceptions and comments show: what the user wrote, without a keyword-escaping @.</summary>
        public string Shown => Display ?? Name.TrimStart('@');
    }
}

namespace FusedKernels.Generator.Catalogue
{
    /// <summary>An attribute property an activation reads (<c>Alpha</c>, <c>Beta</c>, <c>Gamma</c>, <c>Min</c>, <c>Max</c>).</summary>
    /// <param name="Name">The attribute property name.</param>
    /// <param name="Default">The value when the attribute does not set it.</param>
    /// <param name="IsBound">A clip bound: ±Inf is allowed and means "no bound" (FK0007 rejects infinities elsewhere).</param>
    /// <param name="MustBeNonZero">Zero is invalid (celu divides by α).</param>
    internal sealed record ActivationParameter(string Name, double Default, bool IsBound = false, bool MustBeNonZero = false);
}

namespace FusedKernels
{
    /// <summary>How an activation takes α (the catalogue's AlphaRole): not at all, as an attribute parameter that may also come at run time, or only at run time (prelu).</summary>
    internal enum CatalogueAlpha
    {
        None,
        Optional,
        Required,
    }

    /// <summary>One attribute parameter of a catalogue activation, as the generator's catalogue states it.</summary>
    /// <param name="Name">The attribute property (<c>Alpha</c>, <c>Beta</c>, <c>Gamma</c>, <c>Min</c>, <c>Max</c>).</param>
    /// <param name="Default">Its default value.</param>
    /// <param name="IsBound">A clip bound, which may be infinite (no bound).</param>
    /// <param name="MustBeNonZero">Zero is invalid (the formula divides by it).</param>
    internal sealed record CatalogueParameter(string Name, double Default, bool IsBound, bool MustBeNonZero);

    /// <summary>A catalogue activation offered by name: its canonical name, how it takes α, its attribute parameters.</summary>
    internal sealed record CatalogueActivation(string Name, CatalogueAlpha Alpha, CatalogueParameter[] Parameters);
}

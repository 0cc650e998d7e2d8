namespace FusedKernels.Generator.Catalogue
{
    /// <summary>What "correct" means for an activation (docs/design.md, "Accuracy").</summary>
    internal enum AccuracyClass
    {
        /// <summary>Bit-identical to the scalar reference on every path.</summary>
        Exact,

        /// <summary>Within the published ULP bound of a higher-precision result.</summary>
        Transcendental,
    }
}

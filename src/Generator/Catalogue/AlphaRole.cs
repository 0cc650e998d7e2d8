namespace FusedKernels.Generator.Catalogue
{
    /// <summary>Whether an activation takes α from an <c>alpha</c> parameter at run time (docs/design.md, "Shapes and roles" fusion roles).</summary>
    internal enum AlphaRole
    {
        /// <summary>No α at all; an <c>alpha</c> parameter is not a role of this activation.</summary>
        None,

        /// <summary>α comes from the attribute, or from an <c>alpha</c> parameter instead.</summary>
        Optional,

        /// <summary>α must come from an <c>alpha</c> parameter (prelu).</summary>
        Required,
    }
}

namespace FusedKernels.Generator.Diagnostics
{
    /// <summary>
    /// The diagnostic IDs and the keys of the properties a diagnostic carries for its code fix. This file is
    /// also compiled into FusedKernels.CodeFixes (linked), so the fixes and the analyzer share one spelling
    /// without the fix assembly depending on the generator assembly at run time.
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string UnknownActivation = "FK0001";
        public const string NotPartialDefinition = "FK0002";
        public const string ContainingTypeNotPartial = "FK0003";
        public const string UnsupportedShape = "FK0004";
        public const string UnsupportedElementType = "FK0005";
        public const string UnusedParameter = "FK0006";
        public const string InvalidParameterValue = "FK0007";
        public const string UnknownRole = "FK0008";
        public const string AlphaMisuse = "FK0009";
        public const string GenericOrMismatchedTypes = "FK0010";
        public const string GradientFromOutputNotAllowed = "FK0011";
        public const string FileLocalType = "FK0012";
        public const string BothAttributes = "FK0013";
        public const string LanguageVersionTooLow = "FK0014";
        public const string RowLengthMisuse = "FK0015";

        /// <summary>FK0001: the canonical catalogue name nearest to the unknown one (absent when nothing is close).</summary>
        public const string SuggestionProperty = "Suggestion";

        /// <summary>FK0006: the name of the attribute property that the activation does not use.</summary>
        public const string ParameterProperty = "Parameter";
    }
}

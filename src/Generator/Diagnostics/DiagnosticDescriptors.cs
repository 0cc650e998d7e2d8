using Microsoft.CodeAnalysis;

namespace FusedKernels.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic FusedKernels reports (SPEC §5). IDs are public API: never reuse or renumber one.
    /// Each has a section in docs/diagnostics.md and an entry in AnalyzerReleases.*.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "FusedKernels";
        private const string HelpBase = "https://github.com/fusedkernels/fusedkernels/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor UnknownActivation = Create(
            "FK0001", DiagnosticSeverity.Error,
            "Unknown activation",
            "Unknown activation '{0}'{1}");

        public static readonly DiagnosticDescriptor NotPartialDefinition = Create(
            "FK0002", DiagnosticSeverity.Error,
            "Kernel method must be a partial definition",
            "Method '{0}' must be declared 'partial' without a body so that FusedKernels can generate it");

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
            "FK0003", DiagnosticSeverity.Error,
            "Containing type must be partial",
            "Type '{0}' contains the kernel '{1}' and must be declared 'partial'");

        public static readonly DiagnosticDescriptor UnsupportedShape = Create(
            "FK0004", DiagnosticSeverity.Error,
            "Unsupported kernel shape",
            "Method '{0}' has an unsupported shape: {1}. Supported: void M(ReadOnlySpan<T> x, [roles...], Span<T> y); void M(Span<T> x, [roles...]); T M(T x, ...); Vector128/256/512<T> M(Vector128/256/512<T> x, ...).");

        public static readonly DiagnosticDescriptor UnsupportedElementType = Create(
            "FK0005", DiagnosticSeverity.Error,
            "Element type not supported by this activation",
            "Activation '{0}' does not support element type '{1}'; it supports {2}");

        public static readonly DiagnosticDescriptor UnusedParameter = Create(
            "FK0006", DiagnosticSeverity.Warning,
            "Attribute parameter is not used by this activation",
            "Activation '{0}' does not use '{1}'; it is ignored");

        public static readonly DiagnosticDescriptor InvalidParameterValue = Create(
            "FK0007", DiagnosticSeverity.Error,
            "Invalid activation parameter value",
            "'{0}' = {1} is invalid for '{2}': {3}");

        public static readonly DiagnosticDescriptor UnknownRole = Create(
            "FK0008", DiagnosticSeverity.Error,
            "Parameter is not a fusion role",
            "Parameter '{0}' is not a fusion role{1}; the roles are scale, bias, residual, alpha, multiplier and preactivation");

        public static readonly DiagnosticDescriptor AlphaMisuse = Create(
            "FK0009", DiagnosticSeverity.Error,
            "α must be given exactly one way",
            "{0}");

        public static readonly DiagnosticDescriptor GenericOrMismatchedTypes = Create(
            "FK0010", DiagnosticSeverity.Error,
            "Generic kernel or element types that do not agree",
            "Method '{0}': {1}");

        public static readonly DiagnosticDescriptor GradientFromOutputNotAllowed = Create(
            "FK0011", DiagnosticSeverity.Error,
            "Gradient cannot be computed from the output",
            "The derivative of '{0}' is not a function of its output; take the input 'x' instead of 'y'");

        private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, string title, string message) =>
            new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}

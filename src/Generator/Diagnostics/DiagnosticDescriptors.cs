using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FusedKernels.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic FusedKernels reports (docs/design.md, "Generated code"). IDs are public API: never reuse or renumber one.
    /// Each has a section in docs/diagnostics.md and an entry in AnalyzerReleases.*.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "FusedKernels";

        /// <summary>
        /// Where each ID's help would be (the ID in lower case is appended): none, because the project has no public
        /// address yet, and a link to a place that does not exist is worse than no link. The IDE then shows the ID
        /// without a link; the messages say what to do, and the package's README lists every ID. When the docs are
        /// published, set this to the address of docs/diagnostics.md followed by '#' (DocsTests checks the choice).
        /// </summary>
        internal static readonly string? HelpLinkBase = null;

        public static readonly DiagnosticDescriptor UnknownActivation = Create(
            DiagnosticIds.UnknownActivation, DiagnosticSeverity.Error,
            "Unknown activation",
            "Unknown activation '{0}'{1}");

        public static readonly DiagnosticDescriptor NotPartialDefinition = Create(
            DiagnosticIds.NotPartialDefinition, DiagnosticSeverity.Error,
            "Kernel method must be a partial definition",
            "Method '{0}' must be declared 'partial' without a body so that FusedKernels can generate it");

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
            DiagnosticIds.ContainingTypeNotPartial, DiagnosticSeverity.Error,
            "Containing type must be partial",
            "Type '{0}' contains the kernel '{1}' and must be declared 'partial'");

        public static readonly DiagnosticDescriptor UnsupportedShape = Create(
            DiagnosticIds.UnsupportedShape, DiagnosticSeverity.Error,
            "Unsupported kernel shape",
            "Method '{0}' has an unsupported shape: {1}. Supported: {2}.");

        public static readonly DiagnosticDescriptor UnsupportedElementType = Create(
            DiagnosticIds.UnsupportedElementType, DiagnosticSeverity.Error,
            "Element type not supported by this activation",
            "Activation '{0}' does not support element type '{1}'; it supports {2}");

        public static readonly DiagnosticDescriptor UnusedParameter = Create(
            DiagnosticIds.UnusedParameter, DiagnosticSeverity.Warning,
            "Attribute parameter is not used by this activation",
            "Activation '{0}' does not use '{1}'; it is ignored");

        public static readonly DiagnosticDescriptor InvalidParameterValue = Create(
            DiagnosticIds.InvalidParameterValue, DiagnosticSeverity.Error,
            "Invalid activation parameter value",
            "'{0}' = {1} is invalid for '{2}': {3}");

        public static readonly DiagnosticDescriptor UnknownRole = Create(
            DiagnosticIds.UnknownRole, DiagnosticSeverity.Error,
            "Parameter is not a fusion role",
            "Parameter '{0}' is not a fusion role{1}; the roles are scale, bias, residual, alpha, multiplier and preactivation");

        public static readonly DiagnosticDescriptor AlphaMisuse = Create(
            DiagnosticIds.AlphaMisuse, DiagnosticSeverity.Error,
            "α must be given exactly one way",
            "{0}");

        public static readonly DiagnosticDescriptor GenericOrMismatchedTypes = Create(
            DiagnosticIds.GenericOrMismatchedTypes, DiagnosticSeverity.Error,
            "Generic kernel or element types that do not agree",
            "Method '{0}': {1}");

        /// <summary>
        /// FK0011, both ways: y where the derivative needs x (element-wise activations), or x where the gradient needs y
        /// (row-wise ones: softmax, log_softmax). The message is one of <see cref="NeedsInput"/> and <see cref="NeedsOutput"/>.
        /// </summary>
        public static readonly DiagnosticDescriptor GradientFromOutputNotAllowed = Create(
            DiagnosticIds.GradientFromOutputNotAllowed, DiagnosticSeverity.Error,
            "Gradient takes the wrong saved value (the input x or the output y)",
            "{0}");

        public const string NeedsInput = "The derivative of '{0}' is not a function of its output; take the input 'x' instead of 'y'";

        public const string NeedsOutput = "The gradient of '{0}' is computed from its saved output; take the output 'y' instead of the input 'x'";

        public static readonly DiagnosticDescriptor RowLengthMisuse = Create(
            DiagnosticIds.RowLengthMisuse, DiagnosticSeverity.Error,
            "Row length parameter misused",
            "{0}");

        public static readonly DiagnosticDescriptor FileLocalType = Create(
            DiagnosticIds.FileLocalType, DiagnosticSeverity.Error,
            "Kernel inside a file-local type",
            "Type '{0}' contains the kernel '{1}' and is file-local; the generated implementation lives in another file, so declare the kernel in a type that is not 'file'");

        public static readonly DiagnosticDescriptor BothAttributes = Create(
            DiagnosticIds.BothAttributes, DiagnosticSeverity.Error,
            "Kernel with both [Activation] and [ActivationGradient]",
            "Method '{0}' has both [Activation] and [ActivationGradient]; a method is one kernel: declare the forward and the backward pass as two methods");

        public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
            DiagnosticIds.LanguageVersionTooLow, DiagnosticSeverity.Error,
            "C# language version too low for generated kernels",
            "Kernel '{0}' needs C# 12 or later; this project uses C# {1}: set <LangVersion>12</LangVersion> or later (12 is the default for net8.0)");

        /// <summary>Every descriptor, in ID order (the analyzer's <c>SupportedDiagnostics</c>). Declared after the fields it lists.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            UnknownActivation, NotPartialDefinition, ContainingTypeNotPartial, UnsupportedShape, UnsupportedElementType, UnusedParameter,
            InvalidParameterValue, UnknownRole, AlphaMisuse, GenericOrMismatchedTypes, GradientFromOutputNotAllowed,
            FileLocalType, BothAttributes, LanguageVersionTooLow, RowLengthMisuse);

        private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, string title, string message) =>
            new(id, title, message, Category, severity, isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase is null ? null : HelpLinkBase + id.ToLowerInvariant());
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FusedKernels.Generator.Helpers;
using FusedKernels.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FusedKernels.Generator.Parsing
{
    internal sealed partial class KernelParser
    {
        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>
        /// After a rejecting <see cref="Parse()"/>: the stub that keeps the rejected declaration compiling (see
        /// <see cref="KernelStub"/>), or null when no implementation can be written — the declaration is not a partial
        /// definition, a containing type is not partial or is file-local, the signature names a type that does not
        /// exist, or the method carries both attributes and this is the gradient's parse (the forward parse writes it).
        /// In each of those cases the compiler itself reports an error on the declaration.
        /// </summary>
        private KernelStub? Stub(List<Diagnostic> diagnostics)
        {
            if (_hierarchy is null || !_method.IsPartialDefinition ||
                (_method.PartialImplementationPart is { } implementation && !IsGeneratedByUs(implementation)) ||
                (_gradient && HasBothAttributes()) || IsDuplicateDeclaration() || HasSyntaxErrors() || SignatureHasErrorTypes())
            {
                return null;
            }

            Diagnostic? error = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            string message = error is null
                ? "FusedKernels could not generate this kernel: see the compiler's errors on its declaration."
                : $"{error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)} (docs/diagnostics.md#{error.Id.ToLowerInvariant()})";
            string refKind = _method.ReturnsByRefReadonly ? "ref readonly " : _method.ReturnsByRef ? "ref " : "";
            return new KernelStub(
                _hierarchy,
                ModifiersText(),
                refKind + (_method.ReturnsVoid ? "void" : _method.ReturnType.ToDisplayString(TypeFormat)),
                MethodNameText(),
                _method.IsGenericMethod ? "<" + string.Join(", ", _method.TypeParameters.Select(t => t.Name)) + ">" : "",
                ConstraintsText(),
                _method.Parameters.Select(ParameterDeclaration).ToEquatableArray(),
                message,
                DeclaredAttributesOf(_method));
        }

        private bool SignatureHasErrorTypes() =>
            IsError(_method.ReturnType) || _method.Parameters.Any(p => IsError(p.Type)) ||
            _method.TypeParameters.Any(t => t.ConstraintTypes.Any(IsError));

        private static bool IsError(ITypeSymbol type) => type switch
        {
            IErrorTypeSymbol => true,
            IArrayTypeSymbol array => IsError(array.ElementType),
            IPointerTypeSymbol pointer => IsError(pointer.PointedAtType),
            INamedTypeSymbol named => named.TypeArguments.Any(IsError),
            _ => false,
        };

        /// <summary>A generic method's constraint clauses, which an implementing declaration must repeat (CS0761).</summary>
        private string ConstraintsText()
        {
            var text = new System.Text.StringBuilder();
            foreach (ITypeParameterSymbol parameter in _method.TypeParameters)
            {
                var constraints = new List<string>();
                if (parameter.HasUnmanagedTypeConstraint) constraints.Add("unmanaged");
                else if (parameter.HasValueTypeConstraint) constraints.Add("struct");
                else if (parameter.HasReferenceTypeConstraint) constraints.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
                else if (parameter.HasNotNullConstraint) constraints.Add("notnull");
                constraints.AddRange(parameter.ConstraintTypes.Select(t => t.ToDisplayString(TypeFormat)));
                if (parameter.HasConstructorConstraint) constraints.Add("new()");
                if (constraints.Count > 0)
                {
                    text.Append(" where " + parameter.Name + " : " + string.Join(", ", constraints));
                }
            }

            return text.ToString();
        }
    }
}

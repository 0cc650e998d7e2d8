using System.Collections.Generic;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Diagnostics;
using FusedKernels.Generator.Helpers;
using FusedKernels.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FusedKernels.Generator.Parsing
{
    internal sealed partial class KernelParser
    {
        /// <summary>
        /// Binds every parameter to a role and recognises the shape (docs/design.md, "Shapes and roles"). Role parameters are found by
        /// name; the others are positional: the input first, the destination (if any) last.
        /// </summary>
        private ShapeInfo? ParseShape(ActivationEntry? entry)
        {
            if (!TryParseReturn(out ValueKind returnKind, out ElementType returnElement))
            {
                return null;
            }

            var positional = new List<IParameterSymbol>();
            var roles = new List<(IParameterSymbol Parameter, ParameterRole Role)>();
            IParameterSymbol? rowLength = null;
            foreach (IParameterSymbol parameter in _method.Parameters)
            {
                if (parameter.RefKind != RefKind.None)
                {
                    return Unsupported($"parameter '{parameter.Name}' is passed by reference");
                }

                if (parameter.IsParams)
                {
                    return Unsupported($"parameter '{parameter.Name}' is 'params'");
                }

                if (TryBindRowLength(entry, parameter, ref rowLength))
                {
                    if (SymbolEqualityComparer.Default.Equals(rowLength, parameter))
                    {
                        roles.Add((parameter, ParameterRole.RowLength));
                    }

                    continue;
                }

                ParameterRole? role = RoleNames.Find(parameter.Name);
                if (role is null)
                {
                    positional.Add(parameter);
                }
                else if (role == ParameterRole.Alpha && entry is not null && entry.Alpha == AlphaRole.None)
                {
                    Report(DiagnosticDescriptors.UnknownRole, parameter.Locations, parameter.Name, $" of '{entry.Name}', which has no α");
                }
                else if (roles.Exists(r => r.Role == role))
                {
                    return Unsupported($"the role '{role.Value.ToString().ToLowerInvariant()}' appears twice");
                }
                else
                {
                    roles.Add((parameter, role.Value));
                }
            }

            if (positional.Count == 0)
            {
                return Unsupported("it has no input parameter");
            }

            KernelShape shape;
            IParameterSymbol input = positional[0];
            IParameterSymbol? destination = null;
            ValueKind inputKind = TypeClassifier.Classify(input.Type, out ElementType element);
            ValueKind valueKind; // what each role of kind "value" must be
            if (_method.ReturnsVoid)
            {
                bool outOfPlace = positional.Count >= 2 && TypeClassifier.Classify(positional[positional.Count - 1].Type, out _) == ValueKind.Span;
                if (outOfPlace)
                {
                    destination = positional[positional.Count - 1];
                    shape = KernelShape.OutOfPlace;
                    if (inputKind is not (ValueKind.ReadOnlySpan or ValueKind.Span))
                    {
                        return Unsupported($"the input '{input.Name}' must be a ReadOnlySpan<T>");
                    }
                }
                else
                {
                    shape = KernelShape.InPlace;
                    if (inputKind != ValueKind.Span)
                    {
                        return Unsupported(inputKind == ValueKind.ReadOnlySpan
                            ? $"it has no destination: add a Span<T> parameter after '{input.Name}', or make '{input.Name}' a Span<T> to work in place"
                            : $"the input '{input.Name}' must be a ReadOnlySpan<T> (with a Span<T> destination) or a Span<T> (in place)");
                    }
                }

                valueKind = ValueKind.Element;
            }
            else
            {
                shape = returnKind == ValueKind.Element ? KernelShape.Scalar : TypeClassifier.VectorShape(returnKind)!.Value;
                if (inputKind != returnKind)
                {
                    return Unsupported($"the input '{input.Name}' must have the return type");
                }

                valueKind = returnKind;
            }

            // Positional parameters between the input and the destination have no role.
            int lastExtra = destination is null ? positional.Count : positional.Count - 1;
            // The destination written first, (Span<T> y, ReadOnlySpan<T> x): say where it goes rather than "not a role".
            bool outputFirst = destination is null && positional.Count >= 2 && inputKind == ValueKind.Span &&
                TypeClassifier.Classify(positional[positional.Count - 1].Type, out _) == ValueKind.ReadOnlySpan;
            for (int i = 1; i < lastExtra; i++)
            {
                string? suggestion = RoleNames.Suggest(positional[i].Name);
                string hint = outputFirst && i == positional.Count - 1
                    ? $" (the input comes first and the destination last: ({positional[i].Type.ToDisplayString()} {positional[i].Name}, [roles...], {input.Type.ToDisplayString()} {input.Name}))"
                    : suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
                Report(DiagnosticDescriptors.UnknownRole, positional[i].Locations, positional[i].Name, hint);
            }

            var parameters = new List<KernelParameter>();
            foreach (IParameterSymbol parameter in _method.Parameters)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                ParameterRole role;
                if (SymbolEqualityComparer.Default.Equals(parameter, input)) role = ParameterRole.Input;
                else if (SymbolEqualityComparer.Default.Equals(parameter, destination)) role = ParameterRole.Destination;
                else if (roles.Find(r => SymbolEqualityComparer.Default.Equals(r.Parameter, parameter)) is { Parameter: not null } bound) role = bound.Role;
                else continue; // reported above

                if (role == ParameterRole.RowLength)
                {
                    parameters.Add(new KernelParameter(ParameterName(parameter), ParameterDeclaration(parameter), role, IsSpan: false));
                    continue; // an int whatever T is (checked when bound)
                }

                ValueKind kind = TypeClassifier.Classify(parameter.Type, out ElementType parameterElement);
                if (!RoleAccepts(shape, role, kind, valueKind))
                {
                    Report(DiagnosticDescriptors.UnsupportedShape, parameter.Locations, _method.Name,
                        $"'{parameter.Name}' must be {(shape is KernelShape.OutOfPlace or KernelShape.InPlace ? RoleNames.Describe(role) : "of the input's type")}", Shapes);
                    continue;
                }

                if (parameterElement != element)
                {
                    Report(DiagnosticDescriptors.GenericOrMismatchedTypes, parameter.Locations, _method.Name,
                        $"'{parameter.Name}' has element type '{Display(parameterElement, parameter.Type)}' but the input has '{Display(element, input.Type)}'");
                    continue;
                }

                parameters.Add(new KernelParameter(
                    ParameterName(parameter),
                    ParameterDeclaration(parameter),
                    role,
                    kind is ValueKind.ReadOnlySpan or ValueKind.Span));
            }

            if (element == ElementType.None)
            {
                if (!_method.IsGenericMethod) // a type parameter: FK0010 already says why
                {
                    Report(DiagnosticDescriptors.UnsupportedElementType, input.Locations, entry?.Name ?? "?", input.Type.ToDisplayString(), "float, double, Half and the integer types");
                }

                return null;
            }

            if (!_method.ReturnsVoid && returnElement != element)
            {
                // float M(double x): the same kind of value in and out, but not of the same element type.
                Report(DiagnosticDescriptors.GenericOrMismatchedTypes, input.Locations, _method.Name,
                    $"'{input.Name}' has element type '{element.DisplayName()}' but the return type has '{Display(returnElement, _method.ReturnType)}'");
                return null;
            }

            if (entry is not null && (entry.Types & element) == 0)
            {
                Report(DiagnosticDescriptors.UnsupportedElementType, input.Locations, entry.Name, element.DisplayName(), DescribeTypes(entry.Types));
            }

            if (entry is { RowWise: true } && !CheckRowWiseShape(entry, shape, parameters))
            {
                return null;
            }

            // Integer arithmetic would wrap and, for the small types, widen to int: fusion is for floating point.
            if (element.IsInteger() && parameters.Exists(p => p.Role is ParameterRole.Scale or ParameterRole.Bias or ParameterRole.Residual or ParameterRole.Multiplier))
            {
                return Unsupported("scale, bias, residual and multiplier need a floating-point element type");
            }

            return new ShapeInfo(shape, element, parameters.ToEquatableArray());
        }

        /// <summary>The return type's kind (void, T or a vector of T); FK0004 when it is none of them or returns by reference.</summary>
        private bool TryParseReturn(out ValueKind kind, out ElementType element)
        {
            element = ElementType.None;
            kind = ValueKind.Other;
            if (_method.ReturnsByRef || _method.ReturnsByRefReadonly)
            {
                Unsupported("it returns by reference");
                return false;
            }

            if (_method.ReturnsVoid)
            {
                return true;
            }

            kind = TypeClassifier.Classify(_method.ReturnType, out element);
            if (kind is not (ValueKind.Element or ValueKind.Vector128 or ValueKind.Vector256 or ValueKind.Vector512))
            {
                Unsupported("the return type must be void, T or a Vector128/256/512<T>");
                return false;
            }

            return true;
        }

        private static bool RoleAccepts(KernelShape shape, ParameterRole role, ValueKind kind, ValueKind valueKind)
        {
            if (role is ParameterRole.Input or ParameterRole.Destination)
            {
                return true; // checked with the shape
            }

            if (shape is not (KernelShape.OutOfPlace or KernelShape.InPlace))
            {
                // One value in, one value out: every role is a value of the input's type; there is nowhere to store a preactivation.
                return role != ParameterRole.Preactivation && kind == valueKind;
            }

            (bool value, bool readOnlySpan, bool span) = RoleNames.SpanKernelKinds(role);
            return (value && kind == ValueKind.Element) || (readOnlySpan && kind == ValueKind.ReadOnlySpan) || (span && kind == ValueKind.Span);
        }

        private ShapeInfo? Unsupported(string reason)
        {
            Report(DiagnosticDescriptors.UnsupportedShape, _method.Locations, _method.Name, reason, Shapes);
            return null;
        }

        private string ParameterName(IParameterSymbol parameter) =>
            SyntaxOf(parameter)?.Identifier.Text ?? parameter.Name; // Text keeps a leading @ on keywords

        private string ParameterDeclaration(IParameterSymbol parameter)
        {
            ParameterSyntax? syntax = SyntaxOf(parameter);
            string modifiers = syntax is { Modifiers.Count: > 0 } ? syntax.Modifiers.ToString() + " " : "";
            return modifiers + TypeClassifier.Text(parameter.Type, TypeFormat) + " " + ParameterName(parameter);
        }

        /// <summary>
        /// The parameter's declaration, found by position in the method's own declaration: a parameter symbol's
        /// DeclaringSyntaxReferences searches the method's syntax on every call (measured: a tenth of a re-run).
        /// </summary>
        private ParameterSyntax? SyntaxOf(IParameterSymbol parameter)
        {
            if (_method.DeclaringSyntaxReferences.Length > 0 &&
                _method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is MethodDeclarationSyntax method &&
                parameter.Ordinal < method.ParameterList.Parameters.Count &&
                SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method))
            {
                return method.ParameterList.Parameters[parameter.Ordinal];
            }

            return null;
        }

        private static string Display(ElementType element, ITypeSymbol type) =>
            element == ElementType.None ? type.ToDisplayString() : element.DisplayName();

        private static string DescribeTypes(ElementType types)
        {
            var names = new List<string>();
            foreach (ElementType type in new[] { ElementType.Single, ElementType.Double, ElementType.Half, ElementType.SByte, ElementType.Byte, ElementType.Int16, ElementType.UInt16, ElementType.Int32, ElementType.UInt32, ElementType.Int64, ElementType.UInt64 })
            {
                if ((types & type) != 0)
                {
                    names.Add(type.DisplayName());
                }
            }

            return string.Join(", ", names);
        }
    }
}

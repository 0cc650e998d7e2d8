using System;
using System.Collections.Generic;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Diagnostics;
using FusedKernels.Generator.Helpers;
using FusedKernels.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FusedKernels.Generator.Parsing
{
    internal sealed partial class KernelParser
    {
        /// <summary>
        /// Binds the parameters of an <c>[ActivationGradient]</c> method by name and recognises its shape: span
        /// kernels (<c>void</c>; dx absent means dx overwrites dy) or one value/vector (<c>T M(T x, T dy, …)</c>).
        /// </summary>
        private ShapeInfo? ParseGradientShape(ActivationEntry? entry)
        {
            if (!TryParseReturn(out ValueKind returnKind, out ElementType returnElement))
            {
                return null;
            }

            var bound = new Dictionary<ParameterRole, IParameterSymbol>();
            IParameterSymbol? rowLength = null;
            foreach (IParameterSymbol parameter in _method.Parameters)
            {
                if (parameter.RefKind != RefKind.None)
                {
                    return Unsupported($"parameter '{parameter.Name}' is passed by reference");
                }

                if (parameter.IsParams)
                {
                    return Unsupported($"parameter '{parameter.Name}' is 'params'"); // as for forward kernels
                }

                if (TryBindRowLength(entry, parameter, ref rowLength))
                {
                    if (SymbolEqualityComparer.Default.Equals(rowLength, parameter))
                    {
                        bound[ParameterRole.RowLength] = parameter;
                    }

                    continue;
                }

                // All of a gradient kernel's parameters are matched by name (docs/activations.md, derivatives).
                ParameterRole? role = RoleNames.Find(parameter.Name, gradient: true);
                if (role is null)
                {
                    Report(DiagnosticDescriptors.UnsupportedShape, parameter.Locations, _method.Name, $"'{parameter.Name}' is not a parameter of a gradient kernel ({RoleNames.GradientList})", Shapes);
                    return null;
                }

                if (role == ParameterRole.Alpha && entry is not null && entry.Alpha == AlphaRole.None)
                {
                    Report(DiagnosticDescriptors.UnknownRole, parameter.Locations, parameter.Name, $" of '{entry.Name}', which has no α");
                    return null;
                }

                if (bound.ContainsKey(role.Value))
                {
                    return Unsupported($"'{parameter.Name}' appears twice");
                }

                bound[role.Value] = parameter;
            }

            bool fromOutput = bound.ContainsKey(ParameterRole.Output);
            if (bound.ContainsKey(ParameterRole.Input) == fromOutput)
            {
                return Unsupported("a gradient kernel takes exactly one of 'x' (the activation's input) and 'y' (its saved output)");
            }

            if (!bound.ContainsKey(ParameterRole.UpstreamGradient))
            {
                return Unsupported("a gradient kernel needs the upstream gradient 'dy'");
            }

            if (entry is { RowWise: true })
            {
                if (!fromOutput)
                {
                    // The row sums need the saved output; FK0011's fix renames x to y.
                    Report(DiagnosticDescriptors.GradientFromOutputNotAllowed, bound[ParameterRole.Input].Locations, string.Format(DiagnosticDescriptors.NeedsOutput, entry.Name));
                    return null;
                }

                foreach (ParameterRole role in bound.Keys)
                {
                    if (role is not (ParameterRole.Output or ParameterRole.UpstreamGradient or ParameterRole.InputGradient or ParameterRole.RowLength))
                    {
                        return Unsupported($"'{bound[role].Name}' is not a parameter of the '{entry.Name}' gradient, which takes y, dy, dx (absent: dx overwrites dy) and rowLength");
                    }
                }

                if (!_method.ReturnsVoid)
                {
                    return Unsupported($"'{entry.Name}' normalises a whole row: its gradient is a span kernel, void M(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, [int rowLength], Span<T> dx)");
                }
            }

            IParameterSymbol input = bound[fromOutput ? ParameterRole.Output : ParameterRole.Input];
            bool spans = _method.ReturnsVoid;
            KernelShape shape = spans
                ? (bound.ContainsKey(ParameterRole.InputGradient) ? KernelShape.OutOfPlace : KernelShape.InPlace)
                : returnKind == ValueKind.Element ? KernelShape.Scalar : TypeClassifier.VectorShape(returnKind)!.Value;

            if (bound.ContainsKey(ParameterRole.MultiplierGradient) && !bound.ContainsKey(ParameterRole.Multiplier))
            {
                return Unsupported("'dmultiplier' needs the gate 'multiplier'");
            }

            if (fromOutput && bound.ContainsKey(ParameterRole.Multiplier))
            {
                return Unsupported("a gated gradient needs 'x': act(x) cannot be recovered from y = act(x)·multiplier");
            }

            ValueKind inputKind = TypeClassifier.Classify(input.Type, out ElementType element);
            var parameters = new List<KernelParameter>();
            foreach (IParameterSymbol parameter in _method.Parameters)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (!System.Linq.Enumerable.Any(bound.Values, v => SymbolEqualityComparer.Default.Equals(v, parameter)))
                {
                    continue; // a misused int, reported as FK0015
                }

                ParameterRole role = Find(bound, parameter);
                if (role == ParameterRole.RowLength)
                {
                    parameters.Add(new KernelParameter(ParameterName(parameter), ParameterDeclaration(parameter), role, IsSpan: false));
                    continue; // an int whatever T is (checked when bound)
                }

                ValueKind kind = TypeClassifier.Classify(parameter.Type, out ElementType parameterElement);
                string? expected = ExpectedGradientKind(role, kind, spans, shape, returnKind, bound);
                if (expected is not null)
                {
                    Report(DiagnosticDescriptors.UnsupportedShape, parameter.Locations, _method.Name, $"'{parameter.Name}' must be {expected}", Shapes);
                    return null;
                }

                if (parameterElement != element)
                {
                    Report(DiagnosticDescriptors.GenericOrMismatchedTypes, parameter.Locations, _method.Name,
                        $"'{parameter.Name}' has element type '{Display(parameterElement, parameter.Type)}' but '{input.Name}' has '{Display(element, input.Type)}'");
                    return null;
                }

                parameters.Add(new KernelParameter(ParameterName(parameter), ParameterDeclaration(parameter), role, kind is ValueKind.ReadOnlySpan or ValueKind.Span));
            }

            if (element == ElementType.None)
            {
                Report(DiagnosticDescriptors.UnsupportedElementType, input.Locations, entry?.Name ?? "?", input.Type.ToDisplayString(), "float, double, Half and the integer types");
                return null;
            }

            if (!spans && returnElement != element)
            {
                Report(DiagnosticDescriptors.GenericOrMismatchedTypes, input.Locations, _method.Name,
                    $"'{input.Name}' has element type '{element.DisplayName()}' but the return type has '{Display(returnElement, _method.ReturnType)}'");
                return null;
            }

            if (entry is not null && (entry.Types & element) == 0)
            {
                Report(DiagnosticDescriptors.UnsupportedElementType, input.Locations, entry.Name, element.DisplayName(), DescribeTypes(entry.Types));
            }

            if (element.IsInteger() && (bound.ContainsKey(ParameterRole.BiasGradient) || bound.ContainsKey(ParameterRole.AlphaGradient) || bound.ContainsKey(ParameterRole.Multiplier)))
            {
                return Unsupported("gated gradients and reductions (dbias, dalpha) need a floating-point element type");
            }

            return new ShapeInfo(shape, element, parameters.ToEquatableArray());
        }

        /// <summary>FK0011: a gradient from y where the derivative is not a function of the output (for these parameters).</summary>
        private void CheckGradientFromOutput(ActivationEntry entry, ShapeInfo shape, ActivationUse use)
        {
            if (!shape.HasRole(ParameterRole.Output))
            {
                return;
            }

            var args = new FormulaArgs(entry.Parameters, System.Linq.Enumerable.ToArray(use.Values), shape.HasRole(ParameterRole.Alpha), shape.Element.ComputeType());  // only asks whether a from-y formula exists
            if (entry.GradientFromOutput?.Invoke(args) is null)
            {
                foreach (IParameterSymbol parameter in _method.Parameters)
                {
                    if (string.Equals(parameter.Name, "y", StringComparison.OrdinalIgnoreCase))
                    {
                        Report(DiagnosticDescriptors.GradientFromOutputNotAllowed, parameter.Locations, string.Format(DiagnosticDescriptors.NeedsInput, entry.Name));
                    }
                }
            }
        }

        private static ParameterRole Find(Dictionary<ParameterRole, IParameterSymbol> bound, IParameterSymbol parameter)
        {
            foreach (KeyValuePair<ParameterRole, IParameterSymbol> pair in bound)
            {
                if (SymbolEqualityComparer.Default.Equals(pair.Value, parameter))
                {
                    return pair.Key;
                }
            }

            throw new InvalidOperationException("every parameter was bound above");
        }

        /// <summary>Null when <paramref name="kind"/> suits the role; else what it must be.</summary>
        private static string? ExpectedGradientKind(ParameterRole role, ValueKind kind, bool spans, KernelShape shape, ValueKind valueKind, Dictionary<ParameterRole, IParameterSymbol> bound)
        {
            if (!spans)
            {
                // One value: x or y, dy, alpha and multiplier are values of the return type; nothing else fits.
                return role is ParameterRole.Input or ParameterRole.Output or ParameterRole.UpstreamGradient or ParameterRole.Alpha or ParameterRole.Multiplier
                    ? (kind == valueKind ? null : "of the return type")
                    : "absent: a one-value gradient kernel returns dx and has nowhere to store reductions";
            }

            return role switch
            {
                ParameterRole.Input or ParameterRole.Output => kind is ValueKind.ReadOnlySpan or ValueKind.Span ? null : "a ReadOnlySpan<T>",
                ParameterRole.UpstreamGradient when shape == KernelShape.InPlace => kind == ValueKind.Span ? null : "a Span<T>: without 'dx' the gradient overwrites 'dy'",
                ParameterRole.UpstreamGradient => kind is ValueKind.ReadOnlySpan or ValueKind.Span ? null : "a ReadOnlySpan<T>",
                ParameterRole.Alpha => kind is ValueKind.Element or ValueKind.ReadOnlySpan ? null : "T or ReadOnlySpan<T>",
                ParameterRole.Multiplier => kind == ValueKind.ReadOnlySpan ? null : "a ReadOnlySpan<T>",
                ParameterRole.AlphaGradient when !(bound.TryGetValue(ParameterRole.Alpha, out IParameterSymbol? alpha) && TypeClassifier.Classify(alpha.Type, out _) == ValueKind.ReadOnlySpan) =>
                    "used with an 'alpha' span: dalpha has one sum per element of alpha",
                _ => kind == ValueKind.Span ? null : "a Span<T>",
            };
        }
    }
}

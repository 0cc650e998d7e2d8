using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
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
        /// <summary>The catalogue entry the attribute names; FK0001 (with the nearest name) when there is none.</summary>
        private ActivationEntry? ParseActivationName()
        {
            if (_attribute.ConstructorArguments.Length != 1 || _attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
            {
                _failed = true; // the compiler already reports the malformed attribute
                return null;
            }

            string? name = _attribute.ConstructorArguments[0].Value as string;
            ActivationEntry? entry = ActivationCatalogue.Find(name);
            if (entry is null)
            {
                (string Advice, string? Rename)? known = NameSuggester.Equivalent(name);
                string? suggestion = known is { } k ? k.Rename : NameSuggester.Suggest(name, ActivationCatalogue.Candidates);
                Report(
                    DiagnosticDescriptors.UnknownActivation,
                    NameLocation(),
                    suggestion is null ? null : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticIds.SuggestionProperty, suggestion),
                    name is null ? "null" : name.Length <= 80 ? name : name.Substring(0, 77) + "...", // a pasted blob stays readable
                    NameSuggester.Advice(name, ActivationCatalogue.Candidates));
            }

            return entry;
        }

        /// <summary>Reads, validates and folds the attribute's named values for <paramref name="entry"/>.</summary>
        private ActivationUse? ParseActivationValues(ActivationEntry entry, bool runtimeAlpha, ElementType element)
        {
            var values = new double[entry.Parameters.Length];
            var set = new bool[entry.Parameters.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = entry.Parameters[i].Default;
            }

            foreach (KeyValuePair<string, TypedConstant> argument in _attribute.NamedArguments)
            {
                if (argument.Key == ParallelProperty)
                {
                    continue; // not an activation parameter: ParseParallel
                }

                int index = IndexOf(entry, argument.Key);
                if (index < 0)
                {
                    bool runtimeAlphaReplacesIt = argument.Key == "Alpha" && entry.Alpha != AlphaRole.None;
                    if (!runtimeAlphaReplacesIt)
                    {
                        Report(
                            DiagnosticDescriptors.UnusedParameter,
                            ArgumentLocation(argument.Key),
                            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticIds.ParameterProperty, argument.Key),
                            entry.Name,
                            argument.Key);
                        continue;
                    }
                }

                if (argument.Value.Value is not double value)
                {
                    _failed = true; // non-constant or wrongly typed: the compiler reports it
                    continue;
                }

                if (index >= 0)
                {
                    values[index] = value;
                    set[index] = true;
                }
            }

            bool alphaSetInAttribute = ArgumentIsSet("Alpha");
            if (entry.Alpha == AlphaRole.Required && !runtimeAlpha)
            {
                Report(DiagnosticDescriptors.AlphaMisuse, alphaSetInAttribute ? ArgumentLocation("Alpha") : _method.Locations.FirstOrDefault(), alphaSetInAttribute
                    ? $"'{entry.Name}' takes α from a parameter named 'alpha' (T or ReadOnlySpan<T>, learned per channel), not from the attribute; for a fixed slope use 'leaky_relu' with Alpha"
                    : $"'{entry.Name}' takes α from a parameter named 'alpha' (T or ReadOnlySpan<T>); '{_method.Name}' has none (for a fixed slope use 'leaky_relu' with Alpha)");
            }
            else if (runtimeAlpha && alphaSetInAttribute)
            {
                Report(DiagnosticDescriptors.AlphaMisuse, ArgumentLocation("Alpha"), $"α of '{_method.Name}' is given both by the attribute and by the 'alpha' parameter; keep one");
            }

            for (int i = 0; i < values.Length; i++)
            {
                if (runtimeAlpha && entry.Parameters[i].Name == "Alpha")
                {
                    continue;
                }

                values[i] = ValidateValue(entry, entry.Parameters[i], values[i], set[i], element);
            }

            if (entry.Parameters.Length >= 2 && IndexOf(entry, "Min") is int min and >= 0 && IndexOf(entry, "Max") is int max and >= 0 && values[min] > values[max])
            {
                Report(DiagnosticDescriptors.InvalidParameterValue, ArgumentLocation("Min"), "Min", Format(values[min]), entry.Name, "Min is greater than Max (" + Format(values[max]) + ")");
            }

            return new ActivationUse(entry.Name, values.ToEquatableArray());
        }

        /// <summary>The attribute property that opts a span kernel into splitting large calls across cores.</summary>
        internal const string ParallelProperty = "Parallel";

        /// <summary>
        /// <c>Parallel = true</c>: honoured for span kernels and row-wise forward kernels; on a one-value or one-vector
        /// kernel (nothing to split) and on a row-wise gradient (its row loops do not split yet) it is ignored, with the
        /// FK0006 warning.
        /// </summary>
        private bool ParseParallel(ActivationEntry entry, ShapeInfo shape)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in _attribute.NamedArguments)
            {
                if (argument.Key != ParallelProperty)
                {
                    continue;
                }

                if (argument.Value.Value is not bool parallel)
                {
                    _failed = true; // non-constant or wrongly typed: the compiler reports it
                    return false;
                }

                if (!parallel)
                {
                    return false;
                }

                bool span = shape.Shape is KernelShape.OutOfPlace or KernelShape.InPlace;
                if (!span || (entry.RowWise && _gradient))
                {
                    Report(
                        DiagnosticDescriptors.UnusedParameter,
                        ArgumentLocation(ParallelProperty),
                        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticIds.ParameterProperty, ParallelProperty),
                        entry.Name + (span ? " (row-wise gradient)" : " (one value at a time)"),
                        ParallelProperty);
                    return false;
                }

                return true;
            }

            return false;
        }

        /// <summary>FK0007 checks; returns the value to fold (integer clip bounds at ±Inf become the type's range).</summary>
        private double ValidateValue(ActivationEntry entry, ActivationParameter parameter, double value, bool set, ElementType element)
        {
            string? problem = null;
            if (double.IsNaN(value))
            {
                problem = "NaN is not a valid value";
            }
            else if (double.IsInfinity(value) && !parameter.IsBound)
            {
                problem = "an infinite value is only valid as a Min/Max bound";
            }
            else if (parameter.MustBeNonZero && value == 0)
            {
                problem = "it must not be zero";
            }
            else if (element.ComputeType() == ElementType.Single && !double.IsInfinity(value) && float.IsInfinity((float)value))
            {
                // The kernel folds the value as a float literal: it is validated as the kernel will use it.
                problem = $"it overflows float (the kernel computes {element.DisplayName()} in float), where it would be infinite";
            }
            else if (element.ComputeType() == ElementType.Single && parameter.MustBeNonZero && (float)value == 0)
            {
                problem = $"it rounds to 0 in float (the kernel computes {element.DisplayName()} in float)";
            }
            else if (element.IsInteger())
            {
                (double lo, double hi) = element.IntegerRange();
                if (parameter.IsBound && double.IsInfinity(value))
                {
                    return value < 0 ? lo : hi;
                }

                if (value != Math.Floor(value) || value < lo || value > hi)
                {
                    problem = $"it is not exactly representable in {element.DisplayName()}" + (set ? "" : " (this is the default; set it explicitly)");
                }
            }

            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidParameterValue, ArgumentLocation(set ? parameter.Name : null), parameter.Name, Format(value), entry.Name, problem);
            }

            return value;
        }

        private bool ArgumentIsSet(string name)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in _attribute.NamedArguments)
            {
                if (argument.Key == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static int IndexOf(ActivationEntry entry, string name)
        {
            for (int i = 0; i < entry.Parameters.Length; i++)
            {
                if (entry.Parameters[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>The name argument's expression (the string literal), without a <c>name:</c> prefix.</summary>
        private Location? NameLocation()
        {
            if (_attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) is AttributeSyntax { ArgumentList: { } list })
            {
                foreach (AttributeArgumentSyntax argument in list.Arguments)
                {
                    if (argument.NameEquals is null)
                    {
                        return argument.Expression.GetLocation();
                    }
                }
            }

            return ArgumentLocation(null);
        }

        /// <summary>
        /// The location of a named attribute argument, or of the name argument when <paramref name="name"/> is
        /// null; the whole attribute when it cannot be found.
        /// </summary>
        private Location? ArgumentLocation(string? name)
        {
            if (_attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) is not AttributeSyntax syntax)
            {
                return _method.Locations.Length > 0 ? _method.Locations[0] : null;
            }

            if (syntax.ArgumentList is { } list)
            {
                foreach (AttributeArgumentSyntax argument in list.Arguments)
                {
                    bool named = argument.NameEquals is not null;
                    if (name is null ? !named : named && argument.NameEquals!.Name.Identifier.ValueText == name)
                    {
                        return argument.GetLocation();
                    }
                }
            }

            return syntax.GetLocation();
        }
    }
}

using System;
using System.Collections.Generic;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Diagnostics;
using FusedKernels.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FusedKernels.Generator.Parsing
{
    internal sealed partial class KernelParser
    {
        private const string RowLengthName = RoleNames.RowLength;

        /// <summary>
        /// Binds the <c>int rowLength</c> parameter of a row-wise kernel (softmax, log_softmax), or reports its misuse (FK0015):
        /// on an element-wise activation; a second int; an int not named rowLength. True when the parameter was handled here.
        /// </summary>
        private bool TryBindRowLength(ActivationEntry? entry, IParameterSymbol parameter, ref IParameterSymbol? bound)
        {
            bool named = string.Equals(parameter.Name, RowLengthName, StringComparison.OrdinalIgnoreCase);
            bool isInt = parameter.Type.SpecialType == SpecialType.System_Int32;
            if (!named && !(isInt && entry is { RowWise: true }))
            {
                return false;
            }

            if (entry is null)
            {
                return true; // FK0001 already: whether a row length belongs here is unknown
            }

            if (!entry.RowWise)
            {
                Report(DiagnosticDescriptors.RowLengthMisuse, parameter.Locations,
                    $"'{parameter.Name}' is the row length of a row-wise activation (softmax, log_softmax); '{entry.Name}' is element-wise and takes none: remove it");
            }
            else if (!isInt)
            {
                Report(DiagnosticDescriptors.UnsupportedShape, parameter.Locations, _method.Name, $"'{parameter.Name}' must be an int (the length of one row)", Shapes);
            }
            else if (bound is not null)
            {
                Report(DiagnosticDescriptors.RowLengthMisuse, parameter.Locations,
                    $"Method '{_method.Name}' has a second int parameter '{parameter.Name}'; a row-wise kernel takes one, '{RowLengthName}' (the length of one row), after '{bound.Name}'");
            }
            else if (!named)
            {
                Report(DiagnosticDescriptors.RowLengthMisuse, parameter.Locations,
                    $"The int parameter '{parameter.Name}' of '{_method.Name}' must be named '{RowLengthName}': the length of one row of the input, which is [rows, {RowLengthName}] row-major");
            }
            else
            {
                bound = parameter;
            }

            return true;
        }

        /// <summary>FK0004 for what a row-wise kernel cannot be: one value or vector, or a role other than scale (T), bias (span) and rowLength.</summary>
        private bool CheckRowWiseShape(ActivationEntry entry, KernelShape shape, List<KernelParameter> parameters)
        {
            if (shape is not (KernelShape.OutOfPlace or KernelShape.InPlace))
            {
                Unsupported($"'{entry.Name}' normalises a whole row: declare a span kernel, void M(ReadOnlySpan<T> x, [float scale], [ReadOnlySpan<T> bias], [int rowLength], Span<T> y) or in place on a Span<T>");
                return false;
            }

            foreach (KernelParameter parameter in parameters)
            {
                string? problem = parameter.Role switch
                {
                    ParameterRole.Scale when parameter.IsSpan => "'scale' of a row-wise kernel must be one T (1/√d, a temperature)",
                    ParameterRole.Bias when !parameter.IsSpan => "'bias' of a row-wise kernel must be a ReadOnlySpan<T> (a constant bias cancels out of every row)",
                    ParameterRole.Input or ParameterRole.Destination or ParameterRole.Scale or ParameterRole.Bias or ParameterRole.RowLength => null,
                    _ => $"'{parameter.Shown}' is not a role of '{entry.Name}', which takes scale (T), bias (ReadOnlySpan<T>) and rowLength (int)",
                };
                if (problem is not null)
                {
                    Unsupported(problem);
                    return false;
                }
            }

            return true;
        }
    }
}

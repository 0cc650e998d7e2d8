using FusedKernels.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>What kind of value a parameter or return type is, and over which element type.</summary>
    internal enum ValueKind
    {
        Other,
        Element,
        ReadOnlySpan,
        Span,
        Vector128,
        Vector256,
        Vector512,
    }

    internal static class TypeClassifier
    {
        /// <summary>Classifies <paramref name="type"/>; <paramref name="element"/> is its element type, or None.</summary>
        public static ValueKind Classify(ITypeSymbol? type, out ElementType element)
        {
            element = ElementType.None;
            if (type is null)
            {
                return ValueKind.Other;
            }

            element = ToElementType(type);
            if (element != ElementType.None)
            {
                return ValueKind.Element;
            }

            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named)
            {
                ValueKind kind = GenericKind(named.ConstructedFrom);
                if (kind != ValueKind.Other)
                {
                    element = ToElementType(named.TypeArguments[0]);
                    return kind;
                }
            }

            return ValueKind.Other;
        }

        private static ValueKind GenericKind(INamedTypeSymbol definition)
        {
            string? ns = definition.ContainingNamespace?.ToDisplayString();
            return (ns, definition.MetadataName) switch
            {
                ("System", "ReadOnlySpan`1") => ValueKind.ReadOnlySpan,
                ("System", "Span`1") => ValueKind.Span,
                ("System.Runtime.Intrinsics", "Vector128`1") => ValueKind.Vector128,
                ("System.Runtime.Intrinsics", "Vector256`1") => ValueKind.Vector256,
                ("System.Runtime.Intrinsics", "Vector512`1") => ValueKind.Vector512,
                _ => ValueKind.Other,
            };
        }

        private static ElementType ToElementType(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Single => ElementType.Single,
            SpecialType.System_Double => ElementType.Double,
            SpecialType.System_SByte => ElementType.SByte,
            SpecialType.System_Byte => ElementType.Byte,
            SpecialType.System_Int16 => ElementType.Int16,
            SpecialType.System_UInt16 => ElementType.UInt16,
            SpecialType.System_Int32 => ElementType.Int32,
            SpecialType.System_UInt32 => ElementType.UInt32,
            SpecialType.System_Int64 => ElementType.Int64,
            SpecialType.System_UInt64 => ElementType.UInt64,
            _ when type.Name == "Half" && type.ContainingNamespace?.ToDisplayString() == "System" => ElementType.Half,
            _ => ElementType.None,
        };

        public static KernelShape? VectorShape(ValueKind kind) => kind switch
        {
            ValueKind.Vector128 => KernelShape.Vector128,
            ValueKind.Vector256 => KernelShape.Vector256,
            ValueKind.Vector512 => KernelShape.Vector512,
            _ => null,
        };
    }
}

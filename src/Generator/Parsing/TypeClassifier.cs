using FusedKernels.Generator.Emit;
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
            return definition.MetadataName switch
            {
                "ReadOnlySpan`1" when SymbolNames.IsNamespace(definition.ContainingNamespace, "System") => ValueKind.ReadOnlySpan,
                "Span`1" when SymbolNames.IsNamespace(definition.ContainingNamespace, "System") => ValueKind.Span,
                "Vector128`1" when SymbolNames.IsNamespace(definition.ContainingNamespace, "System.Runtime.Intrinsics") => ValueKind.Vector128,
                "Vector256`1" when SymbolNames.IsNamespace(definition.ContainingNamespace, "System.Runtime.Intrinsics") => ValueKind.Vector256,
                "Vector512`1" when SymbolNames.IsNamespace(definition.ContainingNamespace, "System.Runtime.Intrinsics") => ValueKind.Vector512,
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
            _ when type.Name == "Half" && type.ContainingType is null && SymbolNames.IsNamespace(type.ContainingNamespace, "System") => ElementType.Half,
            _ => ElementType.None,
        };

        /// <summary>
        /// The type as generated code writes it: built from the classification for the types kernels take (what
        /// <paramref name="format"/> would give, without its cost; see <see cref="SymbolNames"/>), else from the format.
        /// </summary>
        public static string Text(ITypeSymbol type, SymbolDisplayFormat format)
        {
            ValueKind kind = Classify(type, out ElementType element);
            if (element == ElementType.None)
            {
                return type.ToDisplayString(format);
            }

            string keyword = element.Keyword();
            return kind switch
            {
                ValueKind.Element => keyword,
                ValueKind.ReadOnlySpan => "global::System.ReadOnlySpan<" + keyword + ">",
                ValueKind.Span => "global::System.Span<" + keyword + ">",
                ValueKind.Vector128 => VectorWidth.V128.TypeOf(keyword),
                ValueKind.Vector256 => VectorWidth.V256.TypeOf(keyword),
                ValueKind.Vector512 => VectorWidth.V512.TypeOf(keyword),
                _ => type.ToDisplayString(format),
            };
        }

        public static KernelShape? VectorShape(ValueKind kind) => kind switch
        {
            ValueKind.Vector128 => KernelShape.Vector128,
            ValueKind.Vector256 => KernelShape.Vector256,
            ValueKind.Vector512 => KernelShape.Vector512,
            _ => null,
        };
    }
}

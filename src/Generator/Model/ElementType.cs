using System;

namespace FusedKernels.Generator.Model
{
    /// <summary>The element types a kernel can be declared over (docs/design.md, "Shapes and roles").</summary>
    [Flags]
    internal enum ElementType
    {
        None = 0,
        Single = 1 << 0,
        Double = 1 << 1,
        Half = 1 << 2,
        SByte = 1 << 3,
        Byte = 1 << 4,
        Int16 = 1 << 5,
        UInt16 = 1 << 6,
        Int32 = 1 << 7,
        UInt32 = 1 << 8,
        Int64 = 1 << 9,
        UInt64 = 1 << 10,

        /// <summary>Every type (piecewise activations that never leave the type's range).</summary>
        Integers = SByte | Byte | Int16 | UInt16 | Int32 | UInt32 | Int64 | UInt64,
        Floating = Single | Double | Half,
        All = Floating | Integers,
    }

    internal static class ElementTypeFacts
    {
        /// <summary>The C# keyword (or global-qualified name) of the type.</summary>
        public static string Keyword(this ElementType type) => type switch
        {
            ElementType.Single => "float",
            ElementType.Double => "double",
            ElementType.Half => "global::System.Half",
            ElementType.SByte => "sbyte",
            ElementType.Byte => "byte",
            ElementType.Int16 => "short",
            ElementType.UInt16 => "ushort",
            ElementType.Int32 => "int",
            ElementType.UInt32 => "uint",
            ElementType.Int64 => "long",
            ElementType.UInt64 => "ulong",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

        public static bool IsInteger(this ElementType type) => (type & ElementType.Integers) != 0;

        public static bool IsSigned(this ElementType type) =>
            (type & (ElementType.UInt64 | ElementType.UInt32 | ElementType.UInt16 | ElementType.Byte)) == 0;

        /// <summary>
        /// The type the kernel computes in: Half is widened to float and rounded once at the end
        /// (docs/design.md, "Shapes and roles"), everything else computes in itself.
        /// </summary>
        public static ElementType ComputeType(this ElementType type) => type == ElementType.Half ? ElementType.Single : type;

        /// <summary>The inclusive range of an integer type, for exactness checks on attribute values.</summary>
        public static (double Min, double Max) IntegerRange(this ElementType type) => type switch
        {
            ElementType.SByte => (sbyte.MinValue, sbyte.MaxValue),
            ElementType.Byte => (byte.MinValue, byte.MaxValue),
            ElementType.Int16 => (short.MinValue, short.MaxValue),
            ElementType.UInt16 => (ushort.MinValue, ushort.MaxValue),
            ElementType.Int32 => (int.MinValue, int.MaxValue),
            ElementType.UInt32 => (uint.MinValue, uint.MaxValue),
            ElementType.Int64 => (long.MinValue, long.MaxValue),
            ElementType.UInt64 => (ulong.MinValue, ulong.MaxValue),
            _ => (double.NegativeInfinity, double.PositiveInfinity),
        };

        public static string DisplayName(this ElementType type) => type == ElementType.Half ? "Half" : type.Keyword();
    }
}

using System;
using System.Globalization;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>Renders a folded constant as a C# literal of the element type that round-trips exactly.</summary>
    internal static class Literal
    {
        public static string Of(double value, ElementType type)
        {
            switch (type)
            {
                case ElementType.Single:
                case ElementType.Half: // Half computes in float
                    return Floating((float)value, "f", "float");
                case ElementType.Double:
                    return Floating(value, "d", "double");
                default:
                    return Integer(value, type);
            }
        }

        private static string Floating(double value, string suffix, string keyword)
        {
            if (double.IsNaN(value)) return keyword + ".NaN";
            if (double.IsPositiveInfinity(value)) return keyword + ".PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return keyword + ".NegativeInfinity";

            // "R" gives the shortest text on .NET Core 3.0+; on older hosts (the generator may run on .NET
            // Framework inside Visual Studio) it can fail to round-trip, so verify and fall back to G9/G17.
            string text;
            if (suffix == "f")
            {
                float f = (float)value;
                text = f.ToString("R", CultureInfo.InvariantCulture);
                if (float.Parse(text, CultureInfo.InvariantCulture) != f)
                {
                    text = f.ToString("G9", CultureInfo.InvariantCulture);
                }
            }
            else
            {
                text = value.ToString("R", CultureInfo.InvariantCulture);
                if (double.Parse(text, CultureInfo.InvariantCulture) != value)
                {
                    text = value.ToString("G17", CultureInfo.InvariantCulture);
                }
            }

            if (value == 0 && IsNegativeZero(value) && !text.StartsWith("-", StringComparison.Ordinal))
            {
                text = "-" + text;
            }

            return text + suffix;
        }

        private static bool IsNegativeZero(double value) => value == 0 && BitConverter.DoubleToInt64Bits(value) < 0;

        private static string Integer(double value, ElementType type)
        {
            // The parser has checked the value is an integer within the type's range (FK0007), so the
            // conversion is exact; the casts keep small types typed for Vector*.Create overload resolution.
            string text = type.IsSigned()
                ? ((long)value).ToString(CultureInfo.InvariantCulture)
                : ((ulong)value).ToString(CultureInfo.InvariantCulture);
            return type switch
            {
                ElementType.Int32 => text,
                ElementType.UInt32 => text + "u",
                ElementType.Int64 => text + "L",
                ElementType.UInt64 => text + "UL",
                _ => "((" + type.Keyword() + ")" + text + ")",
            };
        }
    }
}

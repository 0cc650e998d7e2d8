using System.Collections.Generic;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Model;

namespace FusedKernels.GeneratorTests.Infrastructure
{
    /// <summary>Valid declarations of one catalogue entry in every shape and supported element type.</summary>
    internal static class CatalogueDeclarations
    {
        private static readonly (ElementType Type, string Name)[] Types =
        {
            (ElementType.Single, "float"), (ElementType.Double, "double"), (ElementType.Half, "Half"),
            (ElementType.SByte, "sbyte"), (ElementType.Byte, "byte"), (ElementType.Int16, "short"), (ElementType.UInt16, "ushort"),
            (ElementType.Int32, "int"), (ElementType.UInt32, "uint"), (ElementType.Int64, "long"), (ElementType.UInt64, "ulong"),
        };

        public static IEnumerable<string> For(string activation)
        {
            ActivationEntry entry = ActivationCatalogue.Find(activation)!;
            if (entry.RowWise)
            {
                foreach (string declaration in RowWise(entry))
                {
                    yield return declaration;
                }

                yield break;
            }

            string attribute = $"[Activation(\"{entry.Name}\"{ValidArguments(entry)})]";
            string alpha = entry.Alpha == AlphaRole.Required ? ", {0} alpha" : "";
            string spanAlpha = entry.Alpha == AlphaRole.Required ? ", ReadOnlySpan<{0}> alpha" : "";
            int i = 0;
            foreach ((ElementType type, string t) in Types)
            {
                if ((entry.Types & type) == 0)
                {
                    continue;
                }

                i++;
                yield return attribute + $" public static partial void Out{i}(ReadOnlySpan<{t}> x{string.Format(spanAlpha, t)}, Span<{t}> y);";
                yield return attribute + $" internal static partial void InPlace{i}(Span<{t}> x{string.Format(alpha, t)});";
                yield return attribute + $" public static partial {t} Scalar{i}({t} x{string.Format(alpha, t)});";
                if (type != ElementType.Half)
                {
                    foreach (int bits in new[] { 128, 256, 512 })
                    {
                        string v = $"Vector{bits}<{t}>";
                        yield return attribute + $" public static partial {v} V{bits}_{i}({v} x{string.Format(alpha, v)});";
                    }
                }

                // Gradient kernels: from x out of place, in place into dy, from y where the derivative allows it, one value.
                string g = attribute.Replace("[Activation(", "[ActivationGradient(");
                yield return g + $" public static partial void Grad{i}(ReadOnlySpan<{t}> x{string.Format(spanAlpha, t)}, ReadOnlySpan<{t}> dy, Span<{t}> dx);";
                yield return g + $" public static partial void GradInPlace{i}(ReadOnlySpan<{t}> x{string.Format(spanAlpha, t)}, Span<{t}> dy);";
                yield return g + $" public static partial {t} GradScalar{i}({t} x{string.Format(alpha, t)}, {t} dy);";
                if (GradientFromOutputAllowed(entry, type))
                {
                    yield return g + $" public static partial void GradFromY{i}(ReadOnlySpan<{t}> y, ReadOnlySpan<{t}> dy, Span<{t}> dx);";
                }

                if (!type.IsInteger())
                {
                    string a = entry.Alpha == AlphaRole.None ? "" : $", ReadOnlySpan<{t}> alpha";
                    string da = entry.Alpha == AlphaRole.None ? "" : $", Span<{t}> dalpha";
                    yield return g.Replace(", Alpha = 0.5", "") + $" public static partial void GradFused{i}(ReadOnlySpan<{t}> x{a}, ReadOnlySpan<{t}> multiplier, ReadOnlySpan<{t}> dy, Span<{t}> dx, Span<{t}> dmultiplier, Span<{t}> dbias{da});";
                }

                if (!type.IsInteger())
                {
                    // Every fusion role at once, per-channel spans included.
                    string a = entry.Alpha == AlphaRole.None ? "" : $", ReadOnlySpan<{t}> alpha";
                    yield return attribute.Replace(", Alpha = 0.5", "") + $" public static partial void Fused{i}(ReadOnlySpan<{t}> x, {t} scale, ReadOnlySpan<{t}> bias, ReadOnlySpan<{t}> residual{a}, ReadOnlySpan<{t}> multiplier, Span<{t}> preactivation, Span<{t}> y);";
                }
            }
        }

        /// <summary>A row-wise entry (softmax, log_softmax): span kernels only, with scale, bias and rowLength in every combination used.</summary>
        private static IEnumerable<string> RowWise(ActivationEntry entry)
        {
            string attribute = $"[Activation(\"{entry.Name}\")]";
            string gradient = $"[ActivationGradient(\"{entry.Name}\")]";
            int i = 0;
            foreach (string t in new[] { "float", "double", "Half" })
            {
                i++;
                yield return attribute + $" public static partial void Out{i}(ReadOnlySpan<{t}> x, Span<{t}> y);";
                yield return attribute + $" internal static partial void InPlace{i}(Span<{t}> x, int rowLength);";
                yield return attribute + $" public static partial void Fused{i}(ReadOnlySpan<{t}> x, {t} scale, ReadOnlySpan<{t}> bias, int rowLength, Span<{t}> y);";
                yield return attribute + $" public static partial void Scaled{i}(Span<{t}> x, {t} scale, int rowLength);";
                yield return attribute + $" public static partial void Masked{i}(ReadOnlySpan<{t}> x, ReadOnlySpan<{t}> bias, int rowLength, Span<{t}> y);";
                yield return gradient + $" public static partial void Grad{i}(ReadOnlySpan<{t}> y, ReadOnlySpan<{t}> dy, int rowLength, Span<{t}> dx);";
                yield return gradient + $" public static partial void GradInPlace{i}(ReadOnlySpan<{t}> y, Span<{t}> dy);";
            }
        }

        private static bool GradientFromOutputAllowed(ActivationEntry entry, ElementType type)
        {
            if (entry.GradientFromOutput is null || entry.Alpha == AlphaRole.Required)
            {
                return false;
            }

            var values = new List<double>();
            foreach (ActivationParameter parameter in entry.Parameters)
            {
                values.Add(parameter.Name == "Alpha" && entry.Name == "leaky_relu" ? 0.5 : parameter.Name == "Min" && entry.Name == "hard_tanh" ? 0 : parameter.Default);
            }

            return entry.GradientFromOutput(new FormulaArgs(entry.Parameters, values, runtimeAlpha: false, type)) is not null;
        }

        // Non-default values where they are valid for every supported type (integers need exact values).
        private static string ValidArguments(ActivationEntry entry)
        {
            var parts = new List<string>();
            foreach (ActivationParameter parameter in entry.Parameters)
            {
                if (parameter.Name == "Alpha" && entry.Name == "leaky_relu")
                {
                    parts.Add("Alpha = 0.5");
                }

                if (parameter.Name == "Min" && entry.Name == "hard_tanh")
                {
                    parts.Add("Min = 0"); // the default −1 is not a value of the unsigned types (FK0007)
                }
            }

            return parts.Count == 0 ? "" : ", " + string.Join(", ", parts);
        }
    }
}

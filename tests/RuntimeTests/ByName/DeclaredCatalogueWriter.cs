using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FusedKernels.RuntimeTests.ByName
{
    /// <summary>
    /// Writes DeclaredCatalogue.cs: for every element-wise activation, float/double/Half, its defaults and non-default
    /// parameter values, the declared kernels a by-name kernel must match bit for bit. C# so that regenerating needs only
    /// <c>dotnet</c>; <see cref="DeclaredCatalogueFileTests"/> fails when the committed file differs and says how to rewrite it.
    /// </summary>
    internal static class DeclaredCatalogueWriter
    {
        /// <summary>
        /// One activation: its name, whether α is a required T parameter of the kernel (prelu) rather than an attribute
        /// value, and the non-default parameter values to test (each a set of attribute values).
        /// </summary>
        private sealed record Act(string Name, bool RuntimeAlpha, params (string Parameter, double Value)[][] Values);

        private static (string, double)[] Alpha(double value) => new[] { ("alpha", value) };

        private static (string, double)[] Beta(double value) => new[] { ("beta", value) };

        private static (string, double)[] Gamma(double value) => new[] { ("gamma", value) };

        private static (string, double)[] Min(double value) => new[] { ("min", value) };

        private static (string, double)[] Max(double value) => new[] { ("max", value) };

        private static (string, double)[] With(params (string, double)[] values) => values;

        // Near the limits of what a float (and Half) kernel accepts: FK0007 rejects a value that overflows float or
        // rounds to a forbidden 0 in float.
        private const double NearFloatMax = 3.4e38;
        private const double TinyNonZero = 1e-44; // a float subnormal

        // ByNameLookupTests checks that these names are ActivationKernels.Names.
        private static readonly Act[] Acts =
        {
            new("identity", false),
            new("relu", false),
            new("relu6", false),
            new("leaky_relu", false, Alpha(0.3), Alpha(1.0), Alpha(-0.5), Alpha(1.5)),
            new("prelu", true, Alpha(0.25), Alpha(0.3), Alpha(-0.5), Alpha(1.5)),
            new("thresholded_relu", false, Alpha(0.7)),
            new("elu", false, Alpha(0.7)),
            new("selu", false, Alpha(1.2), Gamma(1.5), Gamma(-1.0), With(("alpha", -0.5), ("gamma", 2.0)), With(("alpha", 1.2), ("gamma", 0.8))),
            new("celu", false, Alpha(0.6)),
            new("gelu", false),
            new("gelu_tanh", false),
            new("silu", false, Beta(1.702), Beta(-0.5), Beta(0.0), Beta(NearFloatMax)),
            new("mish", false),
            new("sigmoid", false),
            new("hard_sigmoid", false, Alpha(0.3), Beta(0.4), Beta(-2.0), With(("alpha", -0.25), ("beta", 0.1)), With(("alpha", 0.2), ("beta", 0.5))),
            new("tanh", false),
            new("hard_tanh", false, Min(-2.0), Max(0.5), With(("min", double.PositiveInfinity), ("max", double.PositiveInfinity)), With(("min", -0.5), ("max", 3.0)), Min(double.NegativeInfinity), Max(double.PositiveInfinity),
                With(("min", double.NegativeInfinity), ("max", double.PositiveInfinity)), With(("min", 0.25), ("max", 0.25)), Min(-NearFloatMax)),
            new("clip", false, Max(6.0), Min(0.0), With(("min", -1.0), ("max", 1.0)), With(("min", 0.3), ("max", 0.3)),
                With(("min", -NearFloatMax), ("max", NearFloatMax)), With(("min", double.NegativeInfinity), ("max", -0.5)),
                Max(double.NegativeInfinity), Min(double.PositiveInfinity), // infinite bounds that do bound: y = −∞ (+∞) but NaN
                // Not Half values (rounded by the Half kernel's result, not by its compares), subnormal, beyond Half's range, −0.
                With(("min", -0.1), ("max", 0.7)), With(("min", -1e-7), ("max", 1e-7)), With(("min", -70000.0), ("max", 65519.0)), Max(-0.0),
                Min(1e-10), Max(-1e-10), Min(-1e-10)), // in Half these round to ±0, where −0 and +0 differ
            new("hard_swish", false),
            new("softplus", false, Beta(2.0), Beta(-1.5), Beta(TinyNonZero), Beta(NearFloatMax)),
            new("softsign", false),
        };

        // The row-wise activations (ByNameRowWiseTests checks they are all there is).
        private static readonly string[] RowWise = { "softmax", "log_softmax" };

        private static readonly (string Keyword, string Name)[] Types = { ("float", "Single"), ("double", "Double"), ("Half", "Half") };

        /// <summary>The text of DeclaredCatalogue.cs.</summary>
        public static string Write()
        {
            var declarations = new List<string>();
            var tables = Types.ToDictionary(t => t.Keyword, _ => new List<string>());
            foreach (Act act in Acts)
            {
                var variants = new List<((string Parameter, double Value)[] Values, string Tag)>();
                if (!act.RuntimeAlpha)
                {
                    variants.Add((System.Array.Empty<(string, double)>(), ""));
                }

                for (int i = 0; i < act.Values.Length; i++)
                {
                    variants.Add((act.Values[i], "A" + i));
                }

                foreach ((string t, string typeName) in Types)
                {
                    foreach (((string Parameter, double Value)[] values, string tag) in variants)
                    {
                        string b = Pascal(act.Name) + typeName + tag;
                        string attributeArgs = Quote(act.Name);
                        string ap = "", aa = "";
                        var given = new Dictionary<string, double>();
                        foreach ((string parameter, double value) in values)
                        {
                            given[parameter] = value;
                            if (act.RuntimeAlpha)
                            {
                                ap = $", {t} alpha";
                                aa = $", ({t})({Number(value)})";
                            }
                            else
                            {
                                attributeArgs += $", {Pascal(parameter)} = {Number(value)}";
                            }
                        }

                        string r = $"ReadOnlySpan<{t}>", w = $"Span<{t}>";
                        declarations.Add($"        [Activation({attributeArgs})] static partial void {b}({r} x{ap}, {w} y);");
                        declarations.Add($"        [Activation({attributeArgs})] static partial void {b}InPlace({w} x{ap});");
                        declarations.Add($"        [Activation({attributeArgs})] static partial void {b}Bias({r} x, {r} bias{ap}, {w} y);");
                        declarations.Add($"        [Activation({attributeArgs})] static partial void {b}Gated({r} x, {r} multiplier{ap}, {w} y);");
                        declarations.Add($"        [ActivationGradient({attributeArgs})] static partial void {b}Gradient({r} x, {r} dy{ap}, {w} dx);");
                        declarations.Add($"        [ActivationGradient({attributeArgs})] static partial void {b}GradientInPlace({r} x, {w} dy{ap});");
                        string[] entry = act.RuntimeAlpha
                            ? new[] { $"(x, y) => {b}(x{aa}, y)", $"x => {b}InPlace(x{aa})", $"(x, r, y) => {b}Bias(x, r{aa}, y)", $"(x, r, y) => {b}Gated(x, r{aa}, y)", $"(x, r, y) => {b}Gradient(x, r{aa}, y)", $"(x, dy) => {b}GradientInPlace(x, dy{aa})" }
                            : new[] { b, b + "InPlace", b + "Bias", b + "Gated", b + "Gradient", b + "GradientInPlace" };
                        string parameters = string.Join(", ", new[] { "alpha", "beta", "gamma", "min", "max" }.Select(p => given.TryGetValue(p, out double v) ? Number(v) : "null"));
                        tables[t].Add($"            yield return new Declared<{t}>({Quote(act.Name)}, {parameters}, {string.Join(", ", entry)});");
                    }
                }
            }

            // The row-wise activations: every fusion a by-name row-wise kernel offers.
            var rowTables = Types.ToDictionary(t => t.Keyword, _ => new List<string>());
            foreach (string name in RowWise)
            {
                foreach ((string t, string typeName) in Types)
                {
                    string b = Pascal(name) + typeName;
                    string a = Quote(name), r = $"ReadOnlySpan<{t}>", w = $"Span<{t}>";
                    declarations.Add($"        [Activation({a})] static partial void {b}(ReadOnlySpan<{t}> x, int rowLength, {w} y);");
                    declarations.Add($"        [Activation({a})] static partial void {b}Scale({r} x, {t} scale, int rowLength, {w} y);");
                    declarations.Add($"        [Activation({a})] static partial void {b}Bias({r} x, {r} bias, int rowLength, {w} y);");
                    declarations.Add($"        [Activation({a})] static partial void {b}ScaleBias({r} x, {t} scale, {r} bias, int rowLength, {w} y);");
                    declarations.Add($"        [Activation({a})] static partial void {b}InPlace({w} x, int rowLength);");
                    declarations.Add($"        [ActivationGradient({a})] static partial void {b}Gradient({r} y, {r} dy, int rowLength, {w} dx);");
                    declarations.Add($"        [ActivationGradient({a})] static partial void {b}GradientInPlace({r} y, {w} dy, int rowLength);");
                    rowTables[t].Add($"            yield return new DeclaredRowWise<{t}>({a}, {b}, {b}Scale, {b}Bias, {b}ScaleBias, {b}InPlace, {b}Gradient, {b}GradientInPlace);");
                }
            }

            var text = new StringBuilder();
            text.Append(Header);
            foreach (string line in declarations)
            {
                text.Append(line).Append('\n');
            }

            foreach ((string t, string typeName) in Types)
            {
                text.Append('\n');
                text.Append($"        public static IEnumerable<DeclaredRowWise<{t}>> RowWise{typeName}()\n");
                text.Append("        {\n");
                foreach (string line in rowTables[t])
                {
                    text.Append(line).Append('\n');
                }

                text.Append("        }\n");
            }

            foreach ((string t, string typeName) in Types)
            {
                text.Append('\n');
                text.Append($"        public static IEnumerable<Declared<{t}>> {typeName}()\n");
                text.Append("        {\n");
                foreach (string line in tables[t])
                {
                    text.Append(line).Append('\n');
                }

                text.Append("        }\n");
            }

            text.Append("    }\n}\n");
            return text.ToString();
        }

        private const string Header = @"// <auto-generated/> by DeclaredCatalogueWriter beside it, from its list of the catalogue (ByNameLookupTests checks that
// the list matches ActivationKernels.Names): for every element-wise activation, float/double/Half, its defaults and
// non-default parameter values, the declared kernels a by-name kernel must match bit for bit (forward out of place, in place,
// bias, multiplier; gradient, gradient in place); and for softmax/log_softmax the row-wise ones. Rewrite it with
// FK_WRITE_DECLARED=1 dotnet test tests/RuntimeTests --filter FullyQualifiedName~DeclaredCatalogueFileTests
#nullable enable
using System;
using System.Collections.Generic;

namespace FusedKernels.RuntimeTests.ByName
{
    internal delegate void Unary<T>(ReadOnlySpan<T> x, Span<T> y);
    internal delegate void InPlace<T>(Span<T> x);
    internal delegate void Binary<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> other, Span<T> y);
    internal delegate void GradientInPlace<T>(ReadOnlySpan<T> x, Span<T> dy);

    /// <summary>The declared kernels of one activation, element type and set of parameter values (null: the default).</summary>
    internal sealed record Declared<T>(string Name, double? Alpha, double? Beta, double? Gamma, double? Min, double? Max, Unary<T> Plain, InPlace<T> InPlace, Binary<T> Bias, Binary<T> Gated, Binary<T> Gradient, GradientInPlace<T> GradientInPlace);

    internal delegate void RowUnary<T>(ReadOnlySpan<T> x, int rowLength, Span<T> y);
    internal delegate void RowScale<T>(ReadOnlySpan<T> x, T scale, int rowLength, Span<T> y);
    internal delegate void RowBinary<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> other, int rowLength, Span<T> y);
    internal delegate void RowScaleBias<T>(ReadOnlySpan<T> x, T scale, ReadOnlySpan<T> bias, int rowLength, Span<T> y);
    internal delegate void RowInPlace<T>(Span<T> x, int rowLength);
    internal delegate void RowGradientInPlace<T>(ReadOnlySpan<T> y, Span<T> dy, int rowLength);

    /// <summary>The declared kernels of one row-wise activation and element type.</summary>
    internal sealed record DeclaredRowWise<T>(string Name, RowUnary<T> Plain, RowScale<T> Scale, RowBinary<T> Bias, RowScaleBias<T> ScaleBias, RowInPlace<T> InPlace, RowBinary<T> Gradient, RowGradientInPlace<T> GradientInPlace);

    internal static partial class DeclaredCatalogue
    {
";

        private static string Pascal(string name) =>
            string.Concat(name.Split('_').Select(part => part.Length == 0 ? "" : char.ToUpperInvariant(part[0]) + part.Substring(1)));

        private static string Quote(string text) => "\"" + text + "\"";

        /// <summary>A C# double literal of <paramref name="value"/> (1.0, not 1; infinities by name).</summary>
        private static string Number(double value)
        {
            if (double.IsPositiveInfinity(value))
            {
                return "double.PositiveInfinity";
            }

            if (double.IsNegativeInfinity(value))
            {
                return "double.NegativeInfinity";
            }

            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.') || text.Contains('E') ? text : text + ".0";
        }
    }
}

using System.Text;

namespace FusedKernels.GeneratorBenchmarks
{
    /// <summary>The two 200-method files the generators are timed on, and the unrelated file that gets edited.</summary>
    internal static class Sources
    {
        public const int Count = 200;

        /// <summary>200 kernels over the foundation's activations, every shape, some fused (names that have existed since the first catalogue).</summary>
        public static string Kernels()
        {
            string[] declarations =
            {
                "[Activation(\"relu\")] public static partial void K{0}(ReadOnlySpan<float> x, Span<float> y);",
                "[Activation(\"leaky_relu\", Alpha = 0.2)] public static partial void K{0}(ReadOnlySpan<float> x, Span<float> y);",
                "[Activation(\"relu\")] public static partial void K{0}(Span<double> x);",
                "[Activation(\"lrelu\")] public static partial float K{0}(float x);",
                "[Activation(\"identity\")] public static partial Vector256<float> K{0}(Vector256<float> x);",
                "[Activation(\"leaky_relu\")] public static partial void K{0}(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y);",
                "[Activation(\"prelu\")] public static partial void K{0}(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);",
                "[Activation(\"relu\")] public static partial void K{0}(ReadOnlySpan<int> x, Span<int> y);",
            };

            var text = new StringBuilder("using System;\nusing System.Runtime.Intrinsics;\nusing FusedKernels;\n\nnamespace Bench\n{\n    public static partial class Kernels\n    {\n");
            for (int i = 0; i < Count; i++)
            {
                text.Append("        ").AppendFormat(declarations[i % declarations.Length], i).Append('\n');
            }

            return text.Append("    }\n}\n").ToString();
        }

        /// <summary>200 <c>[GeneratedRegex]</c> methods of comparable variety.</summary>
        public static string Regexes()
        {
            string[] patterns =
            {
                @"^\d{{{0}}}-[a-z]+$",
                @"(?<word>\w+)\s+{0}",
                @"[A-Z]{{2,{0}}}\d*",
                @"^(foo|bar|baz{0})+$",
                @"\b{0}\b(?:\.\d+)?",
            };

            var text = new StringBuilder("using System.Text.RegularExpressions;\n\nnamespace Bench\n{\n    public static partial class Patterns\n    {\n");
            for (int i = 0; i < Count; i++)
            {
                string pattern = string.Format(patterns[i % patterns.Length], i + 1);
                text.Append("        [GeneratedRegex(@\"").Append(pattern.Replace("\"", "\"\"")).Append("\", RegexOptions.CultureInvariant)] public static partial Regex R").Append(i).Append("();\n");
            }

            return text.Append("    }\n}\n").ToString();
        }

        /// <summary>The file an "unrelated edit" changes: the user types in a method body elsewhere.</summary>
        public static string Unrelated(int version) =>
            "namespace Bench.Other\n{\n    public static class Calculator\n    {\n        public static int Add(int a, int b) => a + b + " + version + ";\n    }\n}\n";
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Model;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FusedKernels.GeneratorTests.Robustness
{
    /// <summary>
    /// A seeded mutation fuzzer through the real generator and analyzer: valid kernel declarations of every activation,
    /// role, shape and containing-type kind, mutated as a hostile user would (names that collide with the generator's,
    /// wrong types, modifiers, attribute values, overloads, both attributes…), each checked by <see cref="KernelOracle"/>:
    /// no exception, no generated code that fails to compile, no kernel lost without an FK error.
    /// <c>dotnet test</c> runs a short run; a long one is <c>FK_FUZZ_MUTATIONS=5000 dotnet test tests/GeneratorTests
    /// -c Release --filter FuzzTests</c> (FK_FUZZ_SEED picks another sequence). Every failure prints its case number
    /// and the source, which becomes a hygiene test once fixed.
    /// </summary>
    public class FuzzTests
    {
        private readonly ITestOutputHelper _output;

        public FuzzTests(ITestOutputHelper output) => _output = output;

        /// <summary>Containing-type kinds; {0} is where the members go.</summary>
        public static readonly (string Kind, string Template)[] Containers =
        {
            ("static class in a namespace", "namespace Demo {{ public static partial class Kernels {{ {0} }} }}"),
            ("struct", "namespace Demo {{ public partial struct S {{ {0} }} }}"),
            ("record", "namespace Demo {{ public partial record R {{ {0} }} }}"),
            ("record struct", "namespace Demo {{ public readonly partial record struct RS {{ {0} }} }}"),
            ("nested in a generic type", "namespace Demo {{ public partial class Outer<T> where T : struct {{ internal static partial class Inner {{ {0} }} }} }}"),
            ("global namespace", "public static partial class G {{ {0} }}"),
            ("file-scoped namespace", "namespace A.B.C; internal partial class K {{ {0} }}"),
            ("interface", "namespace Demo {{ public partial interface I {{ {0} }} }}"),
            ("file-local type", "namespace Demo {{ file static partial class F {{ {0} }} }}"),
            ("type that is not partial", "namespace Demo {{ public static class NotPartial {{ {0} }} }}"),
        };

        private static readonly string[] Names =
        {
            "z", "x", "y", "w", "i", "n", "last", "__n", "__x", "__y", "__bias", "Run512", "Run256", "RunScalar", "Pre512", "PostScalar", "Operation", "Pre", "Post", "Gradient",
            "biasPeriod", "biasRented", "biasScratch", "dbiasAcc", "input", "destination", "Invoke", "nuint", "nint", "value", "global",
            "@void", "@class", "_void", "bias", "Bias", "scale", "residual", "alpha", "multiplier", "preactivation", "dy", "dx", "dbias",
            "dalpha", "dmultiplier", "b", "gate", "up", "a_b", "b_c", "T", "Kernels", "System", "FusedKernels", "Kernel_0000000000000000",
        };

        private static readonly string[] Types = { "float", "double", "Half", "int", "sbyte", "ulong", "decimal", "bool", "string", "T", "nuint", "object" };

        private static readonly string[] Generics = { "ReadOnlySpan", "Span", "Memory", "ReadOnlyMemory", "Vector128", "Vector256", "Vector512", "Vector" };

        private static readonly string[] Values =
        {
            "0", "-0.0", "1e-50", "1e39", "0.2", "-3", "1", "2.5", "double.NaN", "double.PositiveInfinity", "double.NegativeInfinity", "1e300", "5e-324", "0.5f", "\"x\"",
        };

        private static readonly string[] Modifiers = { "public ", "private ", "internal ", "protected ", "static ", "partial ", "new ", "unsafe ", "readonly ", "virtual ", "extern ", "async " };

        private static readonly string[] ParameterModifiers = { "params ", "scoped ", "this ", "ref ", "in ", "out ", "ref readonly " };

        private static readonly string[] Attributes =
        {
            "[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]",
            "[System.CodeDom.Compiler.GeneratedCode(\"mine\", \"1.0\")]", "[Obsolete]", "[ActivationGradient(\"relu\")]", "[Activation(\"sigmoid\")]",
        };

        /// <summary>The seed corpus: every catalogue entry in every shape and type, plus the roles CatalogueDeclarations does not use.</summary>
        public static IReadOnlyList<string> Seeds { get; } = ActivationCatalogue.Entries.SelectMany(e => CatalogueDeclarations.For(e.Name)).Concat(new[]
        {
            "[Activation(\"relu\")] public static partial void SpanScale(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, float bias, Span<float> y);",
            "[Activation(\"leaky_relu\")] public static partial void ValueAlpha(ReadOnlySpan<float> x, float alpha, Span<float> y);",
            "[Activation(\"silu\")] public static partial void SwiGlu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> multiplier, Span<Half> y);",
            "[Activation(\"gelu\")] public partial void Instance(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, Span<double> y);",
        }).ToList();

        [Fact]
        public void The_seed_corpus_covers_every_activation_role_shape_and_container()
        {
            string all = string.Join("\n", Seeds);
            foreach (ActivationEntry entry in ActivationCatalogue.Entries)
            {
                Assert.Contains($"(\"{entry.Name}\"", all);
            }

            foreach (string role in new[] { "scale", "bias", "residual", "alpha", "multiplier", "preactivation", "dy", "dx", "dbias", "dalpha", "dmultiplier" })
            {
                Assert.Matches($@"(ReadOnlySpan<\w+>|Span<\w+>|float|double|Half) {role}[,)]", all);
            }

            foreach (string shape in new[] { "void", "Span<", "Vector128<", "Vector256<", "Vector512<", "static partial float " })
            {
                Assert.Contains(shape, all);
            }

            Assert.Equal(10, Containers.Select(c => c.Kind).Distinct().Count());
            _output.WriteLine($"{Seeds.Count} seed declarations, {Containers.Length} container kinds");
        }

        [Fact]
        public void Mutated_declarations_never_break_the_guarantees()
        {
            int count = int.TryParse(Environment.GetEnvironmentVariable("FK_FUZZ_MUTATIONS"), out int n) ? n : 150;
            int seed = int.TryParse(Environment.GetEnvironmentVariable("FK_FUZZ_SEED"), out int s) ? s : 20261203;
            var failures = new List<string>();
            int rejected = 0, generated = 0, broken = 0;
            var stopwatch = Stopwatch.StartNew();
            for (int i = 0; i < count && failures.Count < 5; i++)
            {
                var random = new Random(seed + i);
                (string source, LanguageVersion version) = Case(random);
                KernelOracle.Verdict verdict = KernelOracle.Check(source, version);
                broken += verdict.UserCodeHasErrors ? 1 : 0;
                rejected += !verdict.UserCodeHasErrors && verdict.FkErrors.Count > 0 ? 1 : 0;
                generated += !verdict.UserCodeHasErrors && verdict.FkErrors.Count == 0 ? 1 : 0;
                if (verdict.Violations.Count > 0)
                {
                    failures.Add($"case {i} (seed {seed + i}, C# {version.ToDisplayString()}):\n{source}\n  → {string.Join("\n  → ", verdict.Violations)}");
                }
            }

            _output.WriteLine($"{count} mutated files in {stopwatch.Elapsed.TotalSeconds:F1} s (seed {seed}): {generated} accepted, {rejected} rejected with an FK error, {broken} with compiler errors of the user's own");
            // A fuzzer that only produces broken files checks nothing: most cases must reach the generator's rules.
            Assert.True(broken < count * 0.6, $"{broken} of {count} cases were broken before the generator ran");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }

        /// <summary>One file: a container with one to three seed declarations, the first mutated one to three times.</summary>
        private static (string Source, LanguageVersion Version) Case(Random random)
        {
            var members = new List<string>();
            int declarations = random.Next(1, 4);
            for (int d = 0; d < declarations; d++)
            {
                members.Add(Seeds[random.Next(Seeds.Count)]);
            }

            int mutations = random.Next(1, 4);
            for (int m = 0; m < mutations; m++)
            {
                members[0] = Mutate(members[0], random, members);
            }

            string container = Containers[random.Next(Containers.Length)].Template;
            string source = TestSource.Usings + string.Format(CultureInfo.InvariantCulture, container, string.Join("\n    ", members));
            LanguageVersion version = random.Next(10) switch { 0 => LanguageVersion.CSharp11, 1 => LanguageVersion.Preview, _ => LanguageVersion.Latest };
            return (source, version);
        }

        private static string Mutate(string declaration, Random random, List<string> members)
        {
            T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
            MatchCollection identifiers = Regex.Matches(declaration, @"(?<=[ (,<])[A-Za-z_@][A-Za-z0-9_]*(?=[,)> (;])");
            switch (random.Next(13))
            {
                case 0 when identifiers.Count > 0: // a name the generator might also use
                    Match identifier = identifiers[random.Next(identifiers.Count)];
                    return declaration.Substring(0, identifier.Index) + Pick(Names) + declaration.Substring(identifier.Index + identifier.Length);
                case 1: // another element type
                    return Regex.Replace(declaration, @"\b(float|double|Half|int|sbyte|byte|short|ushort|uint|long|ulong)\b", _ => random.Next(3) == 0 ? Pick(Types) : _.Value);
                case 2: // another generic wrapper
                    return Regex.Replace(declaration, @"\b(ReadOnlySpan|Span|Vector128|Vector256|Vector512)<", match => random.Next(3) == 0 ? Pick(Generics) + "<" : match.Value);
                case 3: // drop, duplicate or swap parameters
                    return EditParameters(declaration, random);
                case 4: // another activation name: a real one, an alias, a misspelling, empty or huge
                    string name = random.Next(5) switch
                    {
                        0 => Pick(ActivationCatalogue.Entries).Name,
                        1 => "swish",
                        2 => Pick(ActivationCatalogue.Entries).Name.Remove(0, 1),
                        3 => "",
                        _ => new string('g', random.Next(1, 3000)),
                    };
                    return Regex.Replace(declaration, "\\(\"[^\"]*\"", "(\"" + name + "\"");
                case 5: // an attribute value
                    string property = Pick(new[] { "Alpha", "Beta", "Gamma", "Min", "Max" });
                    return Regex.Replace(declaration, "\\(\"([^\"]*)\"", m => m.Value + $", {property} = {Pick(Values)}", RegexOptions.None, TimeSpan.FromSeconds(1));
                case 6: // add or remove a modifier
                    return random.Next(2) == 0
                        ? declaration.Replace("] ", "] " + Pick(Modifiers))
                        : declaration.Replace(Pick(Modifiers), "");
                case 7: // a parameter modifier
                    return Regex.Replace(declaration, @"(?<=[(,] ?)(?=(ReadOnlySpan|Span|float|double|Half|Vector))", _ => random.Next(3) == 0 ? Pick(ParameterModifiers) : "");
                case 8: // another attribute beside ours
                    return Pick(Attributes) + declaration;
                case 9: // another return type
                    return Regex.Replace(declaration, @"partial (void|\w+|Vector\d+<\w+>) ", _ => "partial " + Pick(new[] { "void", "float", "double", "Vector256<float>", "Half", "int", "ref float", "Vector128<Half>" }) + " ");
                case 10: // the same declaration again, or an overload
                    members.Add(random.Next(2) == 0 ? declaration : declaration.Replace("Span<", "ReadOnlySpan<").Replace("ReadOnlyReadOnly", "ReadOnly"));
                    return declaration;
                case 11: // a generic method
                    return Regex.Replace(declaration, @"(partial [\w<>]+ \w+)\(", m => m.Groups[1].Value + "<T>(", RegexOptions.None, TimeSpan.FromSeconds(1));
                default: // a body, or none
                    return random.Next(2) == 0 ? declaration.TrimEnd(';') + " { }" : declaration.Replace("partial ", "");
            }
        }

        private static string EditParameters(string declaration, Random random)
        {
            int open = declaration.LastIndexOf('(');
            int close = declaration.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                return declaration;
            }

            List<string> parameters = declaration.Substring(open + 1, close - open - 1).Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (parameters.Count == 0)
            {
                return declaration;
            }

            int a = random.Next(parameters.Count), b = random.Next(parameters.Count);
            switch (random.Next(3))
            {
                case 0: parameters.RemoveAt(a); break;
                case 1: parameters.Insert(b, parameters[a]); break;
                default: (parameters[a], parameters[b]) = (parameters[b], parameters[a]); break;
            }

            return declaration.Substring(0, open + 1) + string.Join(", ", parameters) + declaration.Substring(close);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FusedKernels.Generator;
using Xunit;

namespace FusedKernels.GeneratorTests.CommandLine
{
    /// <summary>
    /// Real <c>dotnet build</c>s of projects whose kernels are <c>public</c>, as the README declares them. The compiler
    /// runs analyzers only on a compilation without errors, and a public partial method without an implementation is
    /// error CS8795: before rejected declarations got a throwing stub, every FK error below printed only CS8795.
    /// Each FK error must appear with its file, line and message, and no compiler error may stand in its place.
    /// </summary>
    public class CommandLineBuildTests
    {
        private const string Usings = "using System;\nusing System.Runtime.Intrinsics;\nusing FusedKernels;\n\nnamespace Demo;\n\n";

        /// <summary>One file per FK id that a stub can make visible: (id, file text, line of the diagnostic).</summary>
        private static readonly (string Id, string Member)[] OnePerFile =
        {
            ("FK0001", "[Activation(\"gleu\")]\n    public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);"),
            ("FK0004", "[Activation(\"relu\")]\n    public static partial void Arrays(float[] x, float[] y);"),
            ("FK0005", "[Activation(\"gelu\")]\n    public static partial void OnInts(ReadOnlySpan<int> x, Span<int> y);"),
            ("FK0006", "[Activation(\"relu\", Alpha = 0.5)]\n    public static partial void Unused(Span<float> x);"),
            ("FK0007", "[Activation(\"celu\", Alpha = 1e-50)]\n    public static partial void Tiny(Span<float> x);"),
            ("FK0008", "[Activation(\"relu\")]\n    public static partial void B(ReadOnlySpan<float> x, ReadOnlySpan<float> b, Span<float> y);"),
            ("FK0009", "[Activation(\"prelu\")]\n    public static partial void NoAlpha(ReadOnlySpan<float> x, Span<float> y);"),
            ("FK0010", "[Activation(\"relu\")]\n    public static partial void Mixed(ReadOnlySpan<float> x, Span<double> y);"),
            ("FK0011", "[ActivationGradient(\"gelu\")]\n    public static partial void FromY(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx);"),
            ("FK0015", "[Activation(\"relu\")]\n    public static partial void Rows(Span<float> x, int rowLength);"),
            ("FK0013", "[Activation(\"relu\")]\n    [ActivationGradient(\"relu\")]\n    public static partial void Both(Span<float> x);"),
        };

        [Fact]
        public void Every_FK_error_on_a_public_kernel_reaches_dotnet_build_without_CS8795()
        {
            var files = new Dictionary<string, string>();
            foreach ((string id, string member) in OnePerFile)
            {
                files[id + ".cs"] = Usings + $"public static partial class K{id}\n{{\n    {member}\n}}\n";
            }

            // Several mistakes in one file, beside a valid kernel that must still be generated.
            files["Several.cs"] = Usings + "public static partial class Several\n{\n" +
                "    [Activation(\"rellu\")]\n    public static partial void A(ReadOnlySpan<float> x, Span<float> y);\n" +
                "    [Activation(\"relu\")]\n    public static partial void Good(ReadOnlySpan<float> x, Span<float> y);\n" +
                "    [Activation(\"leaky_relu\", Alpha = double.NaN)]\n    public static partial float C(float x);\n" +
                "    [Activation(\"silu\")]\n    public static partial void D(ReadOnlySpan<float> x, ReadOnlySpan<float> gate, Span<float> y);\n}\n";

            (int exitCode, List<Line> lines, string log) = Build(files);
            Assert.NotEqual(0, exitCode);
            Assert.DoesNotContain(lines, l => l.Id.StartsWith("CS"));
            foreach ((string id, string member) in OnePerFile)
            {
                int line = Usings.Split('\n').Length + 2 + (id == "FK0013" ? 2 : 1); // the method name's line
                string severity = id == "FK0006" ? "warning" : "error";
                Assert.True(lines.Any(l => l.File == id + ".cs" && l.Id == id && l.Severity == severity && Math.Abs(l.Row - line) <= 1 && l.Message.Length > 20),
                    $"{id} missing or misplaced:\n{log}");
            }

            int first = Usings.Split('\n').Length + 2;
            Assert.Contains(lines, l => l.File == "Several.cs" && l.Id == "FK0001" && l.Row == first && l.Message.Contains("did you mean 'relu'?"));
            Assert.Contains(lines, l => l.File == "Several.cs" && l.Id == "FK0007" && l.Row == first + 4);
            Assert.Contains(lines, l => l.File == "Several.cs" && l.Id == "FK0008" && l.Row == first + 7 && l.Message.Contains("'gate'"));
            Assert.DoesNotContain(lines, l => l.File == "Several.cs" && l.Row == first + 3); // Good
        }

        [Fact]
        public void A_language_version_below_12_is_FK0014_on_dotnet_build()
        {
            var files = new Dictionary<string, string>
            {
                ["Old.cs"] = Usings + "public static partial class Old\n{\n    [Activation(\"relu\")]\n    public static partial void M(ReadOnlySpan<float> x, Span<float> y);\n}\n",
            };
            (_, List<Line> lines, string log) = Build(files, "<LangVersion>11</LangVersion>");
            Assert.True(lines.Any(l => l.Id == "FK0014" && l.File == "Old.cs" && l.Message.Contains("C# 11")), log);
            Assert.DoesNotContain(lines, l => l.Id.StartsWith("CS"));
        }

        [Fact]
        public void A_kernel_in_a_file_local_type_is_FK0012_on_dotnet_build()
        {
            // No implementation part can be written for it: the generator reports FK0012 itself. The compiler's CS8795
            // stays beside it (nothing can remove it), and FK0012 says what to change.
            var files = new Dictionary<string, string>
            {
                ["Local.cs"] = Usings + "file static partial class Local\n{\n    [Activation(\"relu\")]\n    public static partial void M(Span<float> x);\n}\n",
            };
            (_, List<Line> lines, string log) = Build(files);
            Assert.True(lines.Any(l => l.Id == "FK0012" && l.File == "Local.cs" && l.Message.Contains("file-local")), log);
        }

        private sealed record Line(string File, int Row, string Severity, string Id, string Message);

        private static (int ExitCode, List<Line> Lines, string Log) Build(Dictionary<string, string> files, string extraProperties = "")
        {
            string directory = Path.Combine(Path.GetTempPath(), "fk-cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                // The assemblies this test run uses, referenced the way a package delivers them (the generator as an analyzer).
                File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />"); // nothing from above the temp folder
                File.WriteAllText(Path.Combine(directory, "Probe.csproj"), $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>enable</Nullable>
                        <EnableDefaultCompileItems>true</EnableDefaultCompileItems>
                        {extraProperties}
                      </PropertyGroup>
                      <ItemGroup>
                        <Reference Include="{typeof(ActivationAttribute).Assembly.Location}" />
                        <Reference Include="{typeof(FusedKernels.CompilerServices.KernelGuard).Assembly.Location}" />
                        <Analyzer Include="{typeof(KernelGenerator).Assembly.Location}" />
                      </ItemGroup>
                    </Project>
                    """);
                foreach ((string name, string text) in files)
                {
                    File.WriteAllText(Path.Combine(directory, name), text);
                }

                var start = new ProcessStartInfo("dotnet", "build -nologo -clp:NoSummary -p:UseSharedCompilation=false")
                {
                    WorkingDirectory = directory,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
                start.Environment["DOTNET_NOLOGO"] = "1";
                using Process process = Process.Start(start)!;
                string log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                process.WaitForExit();

                var lines = new List<Line>();
                foreach (Match match in Regex.Matches(log, @"(?m)^(?:.*[/\\])?(?<file>[^/\\(]+)\((?<line>\d+),\d+\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?\r?$"))
                {
                    lines.Add(new Line(match.Groups["file"].Value, int.Parse(match.Groups["line"].Value), match.Groups["severity"].Value, match.Groups["id"].Value, match.Groups["message"].Value));
                }

                return (process.ExitCode, lines.Distinct().ToList(), log);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}

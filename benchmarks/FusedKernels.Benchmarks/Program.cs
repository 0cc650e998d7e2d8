using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using FusedKernels.Benchmarking;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// Entry point. Our own switches are taken off the command line, the rest goes to BenchmarkDotNet:
    /// <list type="bullet">
    /// <item><c>--short</c>: ShortRun job (smoke runs); the default is the publishing job (see <see cref="Mode.Base"/>).</item>
    /// <item><c>--kernels relu,leaky_relu</c>, <c>--sizes 4096</c> (or 4K, 16M): a subset of the case table.</item>
    /// <item><c>--verify-ratios</c>: the independent Stopwatch harness instead of BenchmarkDotNet.</item>
    /// <item><c>--verify-nt</c>: the non-temporal store comparison in the same harness.</item>
    /// <item><c>--verify-gradients</c>: the gradient cases (bias+gelu backward with dbias, SwiGLU backward) in the same harness.</item>
    /// <item><c>--verify-broadcast</c>: per-channel bias with and without the wrap-extended copy.</item>
    /// <item><c>--verify-parallel</c>: single-thread kernels against the same run chunked over every core and against the
    /// <c>Parallel = true</c> kernels, at sizes from 16K to 16M (how the grains were chosen; <see cref="ParallelBenchmarks"/> is the measurement).</item>
    /// <item><c>--verify-softmax</c> (after <c>--shapes 4K/1024,...</c> if any): the softmax routes in the same kind of harness.</item>
    /// <item><c>--data uniform1|normal|uniform10</c>: x uniform in [−1, 1] (default), N(0, 1) or uniform in [−10, 10].</item>
    /// <item><c>--list-kernels</c>: print the case table.</item>
    /// <item><c>--artifacts dir</c>: where results go (default benchmarks/BenchmarkDotNet.Artifacts, which the report reads).</item>
    /// </list>
    /// Examples: <c>--filter '*.Kernels.*'</c> (all cases; a bare <c>*Kernels*</c> also matches every suite, since the namespace is
    /// FusedKernels.Benchmarks), <c>--filter '*.VectorPaths.*'</c>, <c>'*.NonTemporalStores.*'</c>, <c>'*.Gradients.*'</c>,
    /// <c>--filter '*.Kernels.Fused' --short --kernels leaky_relu --sizes 4096</c> (the CI smoke run), <c>--disasm</c> for the JIT's code.
    /// A partial run writes the same result files as a full one: give it its own <c>--artifacts</c> directory, or it
    /// replaces the suite's results that the report reads.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var rest = new List<string>();
            bool verify = false, verifyNt = false, verifyGradients = false;
            Func<int>? probe = null; // run after every option is read, so that --kernels and --shapes may come after it
            string? artifacts = null;
            try
            {
                for (int i = 0; i < args.Length; i++)
                {
                    switch (args[i])
                    {
                        case "--short":
                            Mode.Short = true;
                            break;
                        case "--verify-ratios":
                            verify = true;
                            break;
                        case "--verify-nt":
                            verifyNt = true;
                            break;
                        case "--verify-gradients":
                            verifyGradients = true;
                            break;
                        case "--verify-broadcast":
                            probe = VerifyRatios.RunBroadcast;
                            break;
                        case "--verify-softmax":
                            probe = VerifySoftmax.Run;
                            break;
                        case "--verify-parallel":
                            probe = VerifyParallel.Run;
                            break;
                        case "--shapes" when i + 1 < args.Length:
                            VerifySoftmax.Shapes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                            foreach (string shape in VerifySoftmax.Shapes) Sizes.ParseShape(shape); // throws on a malformed one
                            break;
                        case "--kernels" when i + 1 < args.Length:
                            Cases.Selected = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                            foreach (string k in Cases.Selected.Where(k => Cases.All.All(c => c.Name != k) && GradCases.All.All(c => c.Name != k)))
                            {
                                Console.Error.WriteLine($"unknown kernel '{k}'; known: {string.Join(", ", Cases.All.Select(c => c.Name).Concat(GradCases.All.Select(c => c.Name)))}");
                                return 2;
                            }

                            break;
                        case "--artifacts" when i + 1 < args.Length:
                            artifacts = Path.GetFullPath(args[++i]);
                            break;
                        case "--sizes" when i + 1 < args.Length:
                            Cases.Sizes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Sizes.Parse(s, "--sizes")).ToArray();
                            break;
                        case "--data" when i + 1 < args.Length:
                            Buffers.Data = args[++i] switch
                            {
                                "normal" => Distribution.Normal,
                                "uniform10" => Distribution.Uniform10,
                                "uniform1" => Distribution.Uniform1,
                                string d => throw new ArgumentException($"--data {d}: uniform1, normal or uniform10."),
                            };
                            break;
                        case "--list-kernels":
                            foreach (Case c in Cases.All)
                            {
                                Console.WriteLine($"{c.Name,-24} TensorPrimitives: {c.TpDescription}");
                            }

                            return 0;
                        default:
                            rest.Add(args[i]);
                            break;
                    }
                }
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            if (probe is not null)
            {
                return probe();
            }

            Mode.ArtifactsPath = artifacts ?? Path.Combine(RepoRoot(), "benchmarks", "BenchmarkDotNet.Artifacts");
            WriteCaseTable(Mode.ArtifactsPath);
            if (verifyNt)
            {
                return VerifyRatios.RunNonTemporal(Mode.ArtifactsPath);
            }

            if (verifyGradients)
            {
                return VerifyGradients.Run(Mode.ArtifactsPath);
            }

            if (verify)
            {
                return VerifyRatios.Run(Mode.ArtifactsPath);
            }

            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray());
            // A smoke run must fail loudly when a benchmark could not build or run.
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        /// <summary>cases.json: what the report needs to know about each case (bytes moved, the TP chain).</summary>
        private static void WriteCaseTable(string artifacts)
        {
            Directory.CreateDirectory(artifacts);
            var table = Cases.All.Select(c => new { c.Name, c.Streams, c.ElementSize, TensorPrimitives = c.TpDescription });
            File.WriteAllText(Path.Combine(artifacts, "cases.json"), System.Text.Json.JsonSerializer.Serialize(table));
        }

        /// <summary>The repository root (where Generator.sln is), else the current directory.</summary>
        public static string RepoRoot()
        {
            foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                {
                    if (File.Exists(Path.Combine(d.FullName, "Generator.sln")))
                    {
                        return d.FullName;
                    }
                }
            }

            return Environment.CurrentDirectory;
        }
    }
}

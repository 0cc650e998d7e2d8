using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using FusedKernels.Benchmarking;

// FusedKernels against its peers: TensorPrimitives, ONNX Runtime (MLAS) and LibTorch (TorchSharp), single-threaded,
// with each peer's accuracy (max ULP) beside its speed. Not part of Generator.sln, CI or `dotnet test` (it restores
// ~1.7 GB of native packages). Run it on demand from the repository root:
//
//   dotnet run -c Release --project benchmarks/Peers                            # BenchmarkDotNet: key ops, 4K/64K/16M, N(0,1); then accuracy (~15 min)
//   dotnet run -c Release --project benchmarks/Peers -- --quick --accuracy      # the interleaved harness instead (~11 min)
//   dotnet run -c Release --project benchmarks/Peers -- --ops gelu,silu --sizes 4096 --no-accuracy   # a subset
//   dotnet run -c Release --project benchmarks/Peers -- --ops all --data all    # every activation and distribution (hours)
//   dotnet run -c Release --project benchmarks/Peers -- --accuracy-only --ops all
//   dotnet run -c Release --project benchmarks/Peers -- --list                  # what each peer calls
//   dotnet run -c Release --project benchmarks/Peers -- --softmax               # softmax(scale·x + mask) rows (Softmax.cs; --shapes 4K/1024,...)
//
// Switches: --ops a,b|all (default: the key ops, Acts.Key), --sizes n,m (counts or 4K, 64K, 16M; default 4K,64K,16M),
// --data normal,uniform1,uniform10|all (default normal), --quick, --accuracy / --no-accuracy / --accuracy-only,
// --stride S (accuracy: every S-th float bit pattern, default 256), --all-threads (adds ONNX Runtime, LibTorch and FusedKernels' Parallel kernels on every core),
// --no-torch, --no-torch-patch, --artifacts dir (default benchmarks/BenchmarkDotNet.Artifacts/peers). Anything else
// goes to BenchmarkDotNet (e.g. --filter '*PeerBenchmarks.OnnxRuntime*'). docs/benchmarks.md ("Against ONNX Runtime
// and LibTorch") has the results.
namespace FusedKernels.Peers
{
    public static class Program
    {
        public static string ArtifactsPath { get; private set; } = "";

        public static int Main(string[] args)
        {
            var rest = new List<string>();
            bool quick = false, accuracy = false, noAccuracy = false, softmax = false;
            int stride = 256;
            string? artifacts = null;
            try
            {
                for (int i = 0; i < args.Length; i++)
                {
                    switch (args[i])
                    {
                        case "--quick":
                            quick = true;
                            break;
                        case "--softmax":
                            softmax = true;
                            break;
                        case "--shapes" when i + 1 < args.Length:
                            SoftmaxPeers.Shapes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                            foreach (string shape in SoftmaxPeers.Shapes) Sizes.ParseShape(shape); // throws on a malformed one
                            break;
                        case "--accuracy":
                            accuracy = true;
                            break;
                        case "--no-accuracy":
                            noAccuracy = true;
                            break;
                        case "--accuracy-only":
                            accuracy = true;
                            quick = false;
                            rest.Add("--accuracy-only");
                            break;
                        case "--stride" when i + 1 < args.Length:
                            stride = Sizes.Parse(args[++i], "--stride");
                            break;
                        case "--no-torch":
                            TorchPeer.Disabled = true;
                            break;
                        case "--no-torch-patch":
                            TorchPeer.NoPatch = true;
                            break;
                        case "--all-threads":
                            Settings.AllThreads = true;
                            break;
                        case "--ops" when i + 1 < args.Length:
                            string ops = args[++i];
                            Settings.Activations = ops == "all" ? Acts.All.Select(a => a.Name).ToArray() : ops.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                            foreach (string o in Settings.Activations) Acts.Get(o); // throws on an unknown name, listing the known ones
                            break;
                        case "--sizes" when i + 1 < args.Length:
                            Settings.Sizes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Sizes.Parse(s, "--sizes")).ToArray();
                            break;
                        case "--data" when i + 1 < args.Length:
                            string data = args[++i];
                            Settings.Data = data == "all" ? Distributions.All : data.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                            foreach (string d in Settings.Data) Distributions.Check(d);
                            break;
                        case "--artifacts" when i + 1 < args.Length:
                            artifacts = Path.GetFullPath(args[++i]);
                            break;
                        case "--list":
                            foreach (Act a in Acts.All)
                            {
                                Console.WriteLine($"{a.Name,-12} TP: {a.TpDescription}; ONNX: {a.Onnx.Description}; LibTorch: {a.TorchDescription}");
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

            ArtifactsPath = artifacts ?? Path.Combine(RepoRoot(), "benchmarks", "BenchmarkDotNet.Artifacts", "peers");
            if (softmax)
            {
                return SoftmaxPeers.Run(ArtifactsPath);
            }

            Console.WriteLine($"activations: {string.Join(", ", Settings.Activations)}; sizes: {string.Join(", ", Settings.Sizes.Select(Sizes.Format))}; data: {string.Join(", ", Settings.Data)}");
            if (TorchPeer.Available)
            {
                Console.WriteLine($"LibTorch {TorchPeer.Version} loaded, torch.set_num_threads(1){(TorchPeer.PatchNote.Length > 0 ? "; " + TorchPeer.PatchNote : "")}.");
            }
            else
            {
                Console.WriteLine(TorchPeer.SkipMessage);
            }

            List<Timing> timings;
            string source;
            if (rest.Remove("--accuracy-only"))
            {
                timings = new();
                source = "accuracy only";
            }
            else if (quick)
            {
                timings = Quick.Run(out _);
                source = "quick harness (fastest batch)";
            }
            else
            {
                if (!rest.Contains("--filter"))
                {
                    rest.AddRange(["--filter", "*PeerBenchmarks*"]);
                }

                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray()).ToList();
                timings = PeerBenchmarks.Collect(summaries);
                source = "BenchmarkDotNet (medians)";
                if (summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)))
                {
                    Console.Error.WriteLine("some benchmarks failed; see the log above");
                }

                accuracy |= !noAccuracy;
            }

            var acc = accuracy && !noAccuracy ? PeerAccuracy.Run(stride) : new List<AccuracyResult>();
            Report.Write(source, timings, acc);
            return 0;
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

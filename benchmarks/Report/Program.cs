using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FusedKernels.Report
{
    /// <summary>
    /// Turns BenchmarkDotNet's full JSON exports (benchmarks/BenchmarkDotNet.Artifacts/results) and the
    /// --verify-ratios harness output into docs/benchmarks.md (summary.md first, notes.md after the tables) and
    /// docs/images/benchmarks.png, and the peer tables of notes.md into docs/images/peers.svg (PeerChart).
    /// Usage: dotnet run --project benchmarks/Report [-- artifactsDir docsDir]
    /// With --peers it draws only docs/images/peers.svg (no benchmark results needed):
    /// dotnet run --project benchmarks/Report -c Release -- --peers [docsDir]
    /// With --activations it draws docs/images/&lt;activation&gt;.svg from the generated kernels instead (ActivationPlots):
    /// dotnet run --project benchmarks/Report -c Release -- --activations [--check] [docsDir]
    /// Times are BenchmarkDotNet medians (robust on a shared 2-core machine); ratios compare medians of the same run.
    /// </summary>
    public static class Program
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static int Main(string[] args)
        {
            string root = RepoRoot();
            if (args.Length > 0 && args[0] == "--activations")
            {
                bool check = args.Contains("--check");
                string[] rest = args.Skip(1).Where(a => a != "--check").ToArray();
                return ActivationPlots.Run(rest.Length > 0 ? rest[0] : Path.Combine(root, "docs"), check);
            }

            string notesFile = Path.Combine(root, "benchmarks", "Report", "notes.md");
            if (args.Length > 0 && args[0] == "--peers")
            {
                return PeerChart.Run(notesFile, args.Length > 1 ? args[1] : Path.Combine(root, "docs"));
            }

            string artifacts = args.Length > 0 ? args[0] : Path.Combine(root, "benchmarks", "BenchmarkDotNet.Artifacts");
            string docs = args.Length > 1 ? args[1] : Path.Combine(root, "docs");
            string results = Path.Combine(artifacts, "results");

            var cases = Load<List<CaseInfo>>(Path.Combine(artifacts, "cases.json")) ?? throw new InvalidOperationException("cases.json missing: run the benchmarks first");
            SetMainFile(Path.Combine(results, "FusedKernels.Benchmarks.Kernels-report-full.json"));
            var main = Results(Path.Combine(results, "FusedKernels.Benchmarks.Kernels-report-full.json"));
            var paths = Results(Path.Combine(results, "FusedKernels.Benchmarks.VectorPaths-report-full.json"));
            var nt = Results(Path.Combine(results, "FusedKernels.Benchmarks.NonTemporalStores-report-full.json"));
            var verify = Load<VerifyFile>(Path.Combine(artifacts, "verify-ratios.json"));
            _verifyNt = Load<NtFile>(Path.Combine(artifacts, "verify-nt.json"));
            string notes = File.Exists(notesFile) ? File.ReadAllText(notesFile) : "";
            string summaryFile = Path.Combine(root, "benchmarks", "Report", "summary.md");
            string summary = File.Exists(summaryFile) ? File.ReadAllText(summaryFile) : "";

            if (main.Rows.Count == 0)
            {
                Console.Error.WriteLine($"no results in {results}: run the Kernels suite first");
                return 1;
            }

            Directory.CreateDirectory(docs);
            string md = Markdown(cases, main, paths, nt, verify, summary, notes);
            File.WriteAllText(Path.Combine(docs, "benchmarks.md"), md);
            Directory.CreateDirectory(Path.Combine(docs, "images"));
            Chart.Save(Path.Combine(docs, "images", "benchmarks.png"), cases, main);
            Console.WriteLine($"written {Path.Combine(docs, "benchmarks.md")} and images/benchmarks.png");
            return notes.Length > 0 ? PeerChart.Run(notesFile, docs) : 0;
        }

        // ------------------------------------------------------------------ model

        public sealed record CaseInfo(string Name, int Streams, int ElementSize, string TensorPrimitives);

        public sealed record VerifyRow(string Kernel, int N, string Path, double NaiveNs, double TensorPrimitivesNs, double FusedNs, double CopyToNs,
            double FusedVsNaive, double FusedVsTensorPrimitives, double FusedVsCopyTo,
            double MedianFusedVsNaive, double MedianFusedVsTensorPrimitives, double MedianFusedVsCopyTo);

        public sealed record VerifyFile(DateTime Date, string Path, List<VerifyRow> Rows);

        public sealed record NtRow(int N, int Offset, double GeneratedNs, double AlignedNs, double NonTemporalNs, double CopyToNs,
            double NonTemporalSpeedup, double MedianNonTemporalSpeedup, double NonTemporalVsCopyTo, double GeneratedVsCopyTo);

        public sealed record NtFile(DateTime Date, List<NtRow> Rows);

        /// <summary>One benchmark: method, job, parameters, median and mean in ns, allocated bytes per op.</summary>
        public sealed record Row(string Method, string Job, Dictionary<string, string> Params, double MedianNs, double MeanNs, double StdDevNs, long Allocated)
        {
            public string P(string name) => Params.TryGetValue(name, out string? v) ? v : "";

            public int N => int.Parse(P("N"), Inv);
        }

        public sealed class ResultSet
        {
            public List<Row> Rows { get; } = new();

            public JsonElement? Host { get; set; }

            public Row? Find(string method, string kernel, int n, string? job = null) =>
                Rows.FirstOrDefault(r => r.Method == method && r.P("Kernel") == kernel && r.N == n && (job == null || r.Job == job));
        }

        private static ResultSet Results(string file)
        {
            var set = new ResultSet();
            if (!File.Exists(file))
            {
                return set;
            }

            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            set.Host = doc.RootElement.GetProperty("HostEnvironmentInfo").Clone();
            foreach (JsonElement b in doc.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (!b.TryGetProperty("Statistics", out JsonElement s) || s.ValueKind != JsonValueKind.Object)
                {
                    continue; // failed benchmark
                }

                string display = b.GetProperty("DisplayInfo").GetString() ?? "";
                // "Type.Method: Job(characteristics) [params]"
                Match m = Regex.Match(display, @":\s*([^\(\[\s]+)");
                string job = m.Success ? m.Groups[1].Value : "";
                // Parameters from FullName (`Type.Method(Kernel: "scale_bias_leaky_relu", N: 4096)`): BenchmarkDotNet's
                // Parameters field shortens long values ("scale(...)_relu [21]").
                string full = b.GetProperty("FullName").GetString() ?? "";
                var ps = Regex.Matches(full, @"(\w+): (?:""([^""]*)""|([^,\)]+))")
                    .ToDictionary(pm => pm.Groups[1].Value, pm => pm.Groups[2].Success ? pm.Groups[2].Value : pm.Groups[3].Value.Trim());
                long alloc = b.TryGetProperty("Memory", out JsonElement mem) && mem.ValueKind == JsonValueKind.Object
                    ? mem.GetProperty("BytesAllocatedPerOperation").GetInt64() : 0;
                set.Rows.Add(new Row(b.GetProperty("MethodTitle").GetString() ?? "", job, ps,
                    s.GetProperty("Median").GetDouble(), s.GetProperty("Mean").GetDouble(), s.GetProperty("StandardDeviation").GetDouble(), alloc));
            }

            return set;
        }

        private static T? Load<T>(string file) where T : class =>
            File.Exists(file) ? JsonSerializer.Deserialize<T>(File.ReadAllText(file)) : null;

        // ------------------------------------------------------------------ markdown

        private const int Small = 4096;
        private const int Large = 16 * 1024 * 1024;

        private static string Markdown(List<CaseInfo> cases, ResultSet main, ResultSet paths, ResultSet nt, VerifyFile? verify, string summary, string notes)
        {
            var sb = new StringBuilder();
            sb.AppendLine("# Benchmarks");
            sb.AppendLine();
            sb.AppendLine("<!-- Generated by benchmarks/Report from BenchmarkDotNet's exports; edit benchmarks/Report/summary.md for the summary, notes.md for the analysis. -->");
            sb.AppendLine();
            if (summary.Length > 0)
            {
                sb.AppendLine(summary.TrimEnd());
                sb.AppendLine();
            }

            sb.AppendLine("Generated FusedKernels kernels against a naive scalar loop, `System.Numerics.Tensors.TensorPrimitives` 11.0.0 " +
                          "(single call where it exists, else the chain a user writes) and `Span<T>.CopyTo` (the memory-bandwidth ceiling), " +
                          "at 4K elements (cache-resident) and 16M elements (DRAM).");
            sb.AppendLine();
            sb.AppendLine("![throughput per kernel against the CopyTo ceiling](images/benchmarks.png)");
            sb.AppendLine();
            Environment(sb, main);
            Targets(sb, cases, main, verify);
            foreach (int n in new[] { Small, Large })
            {
                MainTable(sb, cases, main, n);
            }

            PathTable(sb, cases, paths);
            NtTable(sb, nt);
            VerifyTable(sb, main, verify);
            if (notes.Length > 0)
            {
                sb.AppendLine(notes.TrimEnd());
                sb.AppendLine();
            }

            sb.AppendLine("## Reproduce");
            sb.AppendLine();
            sb.AppendLine("```bash");
            sb.AppendLine("cd benchmarks/FusedKernels.Benchmarks");
            sb.AppendLine("dotnet run -c Release -- --filter '*.Kernels.*'            # every case, default path (about 20 min here)");
            sb.AppendLine("dotnet run -c Release -- --filter '*.VectorPaths.*'        # relu, leaky_relu, scale+bias+leaky on each vector path");
            sb.AppendLine("dotnet run -c Release -- --filter '*.NonTemporalStores.*'  # the non-temporal store experiment");
            sb.AppendLine("dotnet run -c Release -- --verify-ratios                    # the independent Stopwatch harness");
            sb.AppendLine("dotnet run -c Release -- --verify-nt                        # the NT experiment in the same harness");
            sb.AppendLine("dotnet run -c Release -- --verify-softmax                   # softmax rows against the TensorPrimitives route (thread CPU time)");
            sb.AppendLine("dotnet run -c Release -- --filter '*ByName*'               # kernels by name (ActivationKernels.Get) against declared ones, 4K");
            sb.AppendLine("dotnet run -c Release -- --filter '*Parallel*'              # Parallel = true kernels against one thread, 16K and 16M");
            sb.AppendLine("dotnet run -c Release -- --verify-parallel                  # the grain probe: one thread against all cores, 16K … 16M");
            sb.AppendLine("cd ../.. && dotnet run -c Release --project benchmarks/Report   # this page and its charts");
            sb.AppendLine("dotnet run -c Release --project benchmarks/Report -- --peers   # only the peer chart, from the table in notes.md");
            sb.AppendLine("dotnet run -c Release --project benchmarks/Peers              # against ONNX Runtime and LibTorch (about 15 min; not in the solution)");
            sb.AppendLine("dotnet run -c Release --project benchmarks/Peers -- --softmax # softmax rows against TensorPrimitives, ONNX Runtime and LibTorch (about 4 min)");
            sb.AppendLine("```");
            sb.AppendLine();
            sb.AppendLine("`--short` swaps in BenchmarkDotNet's ShortRun job, `--kernels a,b` and `--sizes n,m` select a subset, `--list-kernels` " +
                          "prints the table of cases (benchmarks/FusedKernels.Benchmarks/Cases.cs: one line per kernel), and `--disasm` adds " +
                          "BenchmarkDotNet's disassembler. `bash benchmarks/smoke.sh` is the CI smoke run (ShortRun, one case, no timing assertion).");
            return sb.ToString();
        }

        private static void Environment(StringBuilder sb, ResultSet main)
        {
            sb.AppendLine("## Machine and run");
            sb.AppendLine();
            JsonElement h = main.Host!.Value;
            string Get(string p) => h.TryGetProperty(p, out JsonElement e) ? e.ToString() : "";
            var lscpu = Lscpu();
            string model = lscpu.GetValueOrDefault("Model name", Get("ProcessorName"));
            string family = lscpu.TryGetValue("CPU family", out string? fam) ? $", family {fam} model {lscpu.GetValueOrDefault("Model", "?")}" : "";
            string caches = string.Join(", ", new[] { "L1d", "L2", "L3" }.Where(lscpu.ContainsKey).Select(k => $"{k} {lscpu[k]}"));
            if (caches.Length == 0)
            {
                caches = GetconfCaches(); // a VM's lscpu may list no caches
            }

            sb.AppendLine("| | |");
            sb.AppendLine("|---|---|");
            sb.AppendLine($"| machine | {model}{family} (lscpu), {Get("LogicalCoreCount")} cores, {caches}; shared and noisy: compare ratios within one run |");
            sb.AppendLine($"| OS | {Get("OsVersion")} |");
            sb.AppendLine($"| runtime | {Get("RuntimeVersion")}, SDK {Get("DotNetCliVersion")}, {Get("Architecture")} |");
            sb.AppendLine($"| BenchmarkDotNet | {Get("BenchmarkDotNetVersion")}, job `{main.Rows[0].Job}` (default job: pilot, auto warmup, 250 ms iterations, 10–25 of them; medians) |");
            sb.AppendLine($"| measured | {File.GetLastWriteTimeUtc(ResultsFileOf(main)).ToString("yyyy-MM-dd", Inv)} (results file) |");
            sb.AppendLine("| data | 64-byte aligned native buffers, seeded uniform data in [−1, 1] (half negative); per-channel roles have L = 1024 channels |");
            sb.AppendLine("| throughput | bytes of the full-length arrays read and written (x and y; an element-wise bias adds one) / median time |");
            sb.AppendLine();
        }

        private static string _mainFile = "";

        private static NtFile? _verifyNt;

        private static string ResultsFileOf(ResultSet _) => _mainFile;

        private static double Ratio(Row? a, Row? b) => a == null || b == null ? double.NaN : a.MedianNs / b.MedianNs;

        private static string X(double v) => double.IsNaN(v) ? "–" : v.ToString(v >= 10 ? "F1" : "F2", Inv) + "×";

        private static string Ns(Row? r) => r == null ? "–" : Time(r.MedianNs);

        private static string Time(double ns) =>
            ns >= 1e6 ? (ns / 1e6).ToString("F2", Inv) + " ms" : ns >= 1e3 ? (ns / 1e3).ToString("F2", Inv) + " µs" : ns.ToString("F1", Inv) + " ns";

        private static double GBps(CaseInfo c, int n, Row? r) => r == null ? double.NaN : (double)c.Streams * n * c.ElementSize / r.MedianNs;

        private static void Targets(StringBuilder sb, List<CaseInfo> cases, ResultSet main, VerifyFile? verify)
        {
            sb.AppendLine("## Targets");
            sb.AppendLine();
            sb.AppendLine("Met/missed is judged on BenchmarkDotNet's ratio of medians; the harness column gives its best-of ratio and, in brackets, its median of per-round ratios (see \"How to read these numbers\").");
            sb.AppendLine();
            sb.AppendLine("| target | measured (BenchmarkDotNet) | independent harness | |");
            sb.AppendLine("|---|---|---|---|");

            string V(string kernel, int n, Func<VerifyRow, (double Best, double Median)> f) =>
                verify?.Rows.FirstOrDefault(r => r.Kernel == kernel && r.N == n) is { } v ? $"{X(f(v).Best)} [{X(f(v).Median)}]" : "–";

            foreach (string k in new[] { "relu", "leaky_relu", "bias_relu_channel", "scale_bias_leaky_relu" })
            {
                double r = Ratio(main.Find("CopyTo", k, Large), main.Find("Fused", k, Large));
                Line(sb, $"{k} at 16M ≥ 0.9× CopyTo throughput", r, 0.9, V(k, Large, v => (v.FusedVsCopyTo, v.MedianFusedVsCopyTo)));
            }

            foreach (int n in new[] { Small, Large })
            {
                Line(sb, $"leaky_relu ≥ 2× TensorPrimitives (Multiply + Max) at {Size(n)}", Ratio(main.Find("TensorPrimitives", "leaky_relu", n), main.Find("Fused", "leaky_relu", n)), 2.0,
                    V("leaky_relu", n, v => (v.FusedVsTensorPrimitives, v.MedianFusedVsTensorPrimitives)));
            }

            foreach (int n in new[] { Small, Large })
            {
                Line(sb, $"scale+bias+relu ≥ 2.5× the three-call chain at {Size(n)}", Ratio(main.Find("TensorPrimitives", "scale_bias_relu", n), main.Find("Fused", "scale_bias_relu", n)), 2.5,
                    V("scale_bias_relu", n, v => (v.FusedVsTensorPrimitives, v.MedianFusedVsTensorPrimitives)));
            }

            foreach (CaseInfo c in cases.Where(c => main.Find("Fused", c.Name, Small) != null))
            {
                Line(sb, $"{c.Name} ≥ 8× the naive loop at 4K", Ratio(main.Find("Naive", c.Name, Small), main.Find("Fused", c.Name, Small)), 8.0,
                    V(c.Name, Small, v => (v.FusedVsNaive, v.MedianFusedVsNaive)));
            }

            foreach (string k in new[] { "sigmoid", "tanh" })
            {
                if (main.Find("Fused", k, Small) == null)
                {
                    sb.AppendLine($"| {k} ≥ 1.0× TensorPrimitives at 4K | not in this run | | not measured |");
                    continue;
                }

                double r = Ratio(main.Find("TensorPrimitives", k, Small), main.Find("Fused", k, Small));
                Line(sb, $"{k} ≥ 1.0× TensorPrimitives.{(k == "tanh" ? "Tanh" : "Sigmoid")} at 4K (aim 1.5×)", r, 1.0, V(k, Small, v => (v.FusedVsTensorPrimitives, v.MedianFusedVsTensorPrimitives)));
            }

            sb.AppendLine();
            sb.AppendLine("Ratios are speed-ups (other time / fused time; for CopyTo, fused throughput / copy throughput at equal bytes).");
            sb.AppendLine();
        }

        private static void Line(StringBuilder sb, string what, double r, double goal, string harness) =>
            sb.AppendLine($"| {what} | {X(r)} | {harness} | {(double.IsNaN(r) ? "not measured" : r >= goal ? "**met**" : "**missed**")} |");

        private static string Size(int n) => n >= 1024 * 1024 ? $"{n / (1024 * 1024)}M" : $"{n / 1024}K";

        private static void MainTable(StringBuilder sb, List<CaseInfo> cases, ResultSet main, int n)
        {
            sb.AppendLine($"## All kernels, {Size(n)} elements (default path)");
            sb.AppendLine();
            sb.AppendLine("| kernel | TensorPrimitives (what a user writes) | naive | TensorPrimitives | fused | CopyTo | fused GB/s | copy GB/s | fused vs naive | fused vs TP | fused / copy |");
            sb.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            foreach (CaseInfo c in cases)
            {
                Row? f = main.Find("Fused", c.Name, n);
                if (f == null)
                {
                    continue;
                }

                Row? naive = main.Find("Naive", c.Name, n), tp = main.Find("TensorPrimitives", c.Name, n), copy = main.Find("CopyTo", c.Name, n);
                double copyGBps = copy == null ? double.NaN : 2.0 * n * c.ElementSize / copy.MedianNs;
                sb.AppendLine($"| {c.Name} | {c.TensorPrimitives} | {Ns(naive)} | {Ns(tp)} | {Ns(f)} | {Ns(copy)} | {GBps(c, n, f):F1} | {copyGBps:F1} | " +
                              $"{X(Ratio(naive, f))} | {X(Ratio(tp, f))} | {X(GBps(c, n, f) / copyGBps)} |");
            }

            long allocated = main.Rows.Where(r => r.N == n).Select(r => r.Allocated).DefaultIfEmpty().Max();
            sb.AppendLine();
            sb.AppendLine(allocated == 0
                ? "MemoryDiagnoser: nothing allocates."
                : $"MemoryDiagnoser: at most {allocated} B per operation. At this size an iteration is one or two calls, so a one-off allocation (the ArrayPool's first rent, the runtime's own tier-up work) shows up per operation; no kernel allocates per call (0 B at 4K, where it is averaged over thousands of calls).");
            sb.AppendLine();
        }

        private static void PathTable(StringBuilder sb, List<CaseInfo> cases, ResultSet paths)
        {
            if (paths.Rows.Count == 0)
            {
                return;
            }

            string[] order = ["Vector512", "Vector256", "Vector128", "Scalar"];
            string[] jobs = paths.Rows.Select(r => r.Job).Distinct().OrderBy(j => Array.IndexOf(order, j) is int k && k >= 0 ? k : order.Length).ToArray();
            sb.AppendLine("## Vector paths side by side");
            sb.AppendLine();
            sb.AppendLine("One job per path (`DOTNET_PreferredVectorBitWidth=512` → Vector512, `DOTNET_EnableAVX512=0` → Vector256, " +
                          "`DOTNET_EnableAVX2=0` → Vector128, `DOTNET_EnableHWIntrinsic=0` → scalar); TensorPrimitives follows the same switches. " +
                          "Each cell: fused time, its speed-up over TensorPrimitives, and fused / copy throughput.");
            sb.AppendLine();
            sb.AppendLine("| kernel | N | " + string.Join(" | ", jobs) + " |");
            sb.AppendLine("|---|--:|" + string.Concat(jobs.Select(_ => "--:|")));
            foreach (string k in paths.Rows.Select(r => r.P("Kernel")).Distinct())
            {
                foreach (int n in paths.Rows.Select(r => r.N).Distinct().OrderBy(v => v))
                {
                    var cells = jobs.Select(j =>
                    {
                        Row? f = paths.Find("Fused", k, n, j), tp = paths.Find("TensorPrimitives", k, n, j), copy = paths.Find("CopyTo", k, n, j);
                        return f == null ? "–" : $"{Ns(f)}, {X(Ratio(tp, f))} TP, {X(Ratio(copy, f))} copy";
                    });
                    sb.AppendLine($"| {k} | {Size(n)} | {string.Join(" | ", cells)} |");
                }
            }

            sb.AppendLine();
        }

        private static void NtTable(StringBuilder sb, ResultSet nt)
        {
            if (nt.Rows.Count == 0 && _verifyNt == null)
            {
                return;
            }

            sb.AppendLine("## Non-temporal stores (leaky_relu, hand-written variant)");
            sb.AppendLine();
            if (nt.Rows.Count == 0)
            {
                sb.AppendLine("`Generated` is the generator's kernel; `AlignedStores` the same loop after aligning the destination to 64 bytes; " +
                              "`AlignedNonTemporal` also stores with `StoreAlignedNonTemporal` (+ `sfence`), out of place past 256 KiB " +
                              "(benchmarks/FusedKernels.Benchmarks/NonTemporal.cs). Offset 1 shifts every buffer one float off 64-byte alignment. " +
                              "(The BenchmarkDotNet `NonTemporalStores` suite did not complete in this run; the harness numbers follow.)");
                sb.AppendLine();
            }

            if (nt.Rows.Count > 0)
            {
                sb.AppendLine("`Generated` is the generator's kernel; `AlignedStores` the same loop after aligning the destination to 64 bytes; " +
                              "`AlignedNonTemporal` also stores with `StoreAlignedNonTemporal` (+ `sfence`), out of place past 256 KiB " +
                              "(benchmarks/FusedKernels.Benchmarks/NonTemporal.cs). Offset 1 shifts every buffer one float off 64-byte alignment.");
                sb.AppendLine();
                sb.AppendLine("| N | offset | Generated | AlignedStores | AlignedNonTemporal | CopyTo | NT speed-up | NT / copy throughput | generated / copy |");
                sb.AppendLine("|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
                foreach (var g in nt.Rows.GroupBy(r => (r.N, Offset: r.P("Offset"))).OrderBy(g => g.Key.N).ThenBy(g => g.Key.Offset))
                {
                    Row? gen = g.FirstOrDefault(r => r.Method == "Generated"), al = g.FirstOrDefault(r => r.Method == "AlignedStores"),
                        ntr = g.FirstOrDefault(r => r.Method == "AlignedNonTemporal"), copy = g.FirstOrDefault(r => r.Method == "CopyTo");
                    sb.AppendLine($"| {Size(g.Key.N)} | {g.Key.Offset} | {Ns(gen)} | {Ns(al)} | {Ns(ntr)} | {Ns(copy)} | {X(Ratio(gen, ntr))} | {X(Ratio(copy, ntr))} | {X(Ratio(copy, gen))} |");
                }

                sb.AppendLine();
            }

            if (_verifyNt != null)
            {
                sb.AppendLine("The same comparison in the independent harness (`--verify-nt`: interleaved, fastest batch; NT speed-up also as the median of per-round ratios):");
                sb.AppendLine();
                sb.AppendLine("| N | offset | Generated | AlignedStores | AlignedNonTemporal | CopyTo | NT speed-up [median] | NT / copy throughput | generated / copy |");
                sb.AppendLine("|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
                foreach (NtRow r in _verifyNt.Rows)
                {
                    sb.AppendLine($"| {Size(r.N)} | {r.Offset} | {Time(r.GeneratedNs)} | {Time(r.AlignedNs)} | {Time(r.NonTemporalNs)} | {Time(r.CopyToNs)} | {X(r.NonTemporalSpeedup)} [{X(r.MedianNonTemporalSpeedup)}] | {X(r.NonTemporalVsCopyTo)} | {X(r.GeneratedVsCopyTo)} |");
                }

                sb.AppendLine();
            }
        }

        private static void VerifyTable(StringBuilder sb, ResultSet main, VerifyFile? verify)
        {
            if (verify == null)
            {
                return;
            }

            sb.AppendLine("## Independent harness");
            sb.AppendLine();
            sb.AppendLine($"`--verify-ratios` (measured {verify.Date:yyyy-MM-dd}, path {verify.Path}): no BenchmarkDotNet, one process, Stopwatch; after a warm-up " +
                          "that puts every operation in tier-1 code, each of 101 rounds (15 at 16M) times a ~0.25 ms batch (at least one call) of every operation back to back in rotating order. " +
                          "Each cell: BenchmarkDotNet (ratio of medians) / harness (ratio of each operation's fastest batch) [harness: median of the per-round ratios].");
            sb.AppendLine();
            sb.AppendLine("| kernel | N | fused vs naive | fused vs TP | fused / copy |");
            sb.AppendLine("|---|--:|--:|--:|--:|");
            int agree = 0, total = 0;
            foreach (VerifyRow v in verify.Rows)
            {
                Row? f = main.Find("Fused", v.Kernel, v.N);
                double bn = Ratio(main.Find("Naive", v.Kernel, v.N), f), bt = Ratio(main.Find("TensorPrimitives", v.Kernel, v.N), f), bc = Ratio(main.Find("CopyTo", v.Kernel, v.N), f);
                foreach ((double a, double b) in new[] { (bn, v.FusedVsNaive), (bt, v.FusedVsTensorPrimitives), (bc, v.FusedVsCopyTo) })
                {
                    if (!double.IsNaN(a))
                    {
                        total++;
                        agree += Math.Abs(a / b - 1) <= 0.15 ? 1 : 0;
                    }
                }

                sb.AppendLine($"| {v.Kernel} | {Size(v.N)} | {X(bn)} / {X(v.FusedVsNaive)} [{X(v.MedianFusedVsNaive)}] | {X(bt)} / {X(v.FusedVsTensorPrimitives)} [{X(v.MedianFusedVsTensorPrimitives)}] | {X(bc)} / {X(v.FusedVsCopyTo)} [{X(v.MedianFusedVsCopyTo)}] |");
            }

            sb.AppendLine();
            sb.AppendLine($"{agree} of {total} ratios agree within ±15 %.");
            sb.AppendLine();
        }

        // ------------------------------------------------------------------ helpers

        private static Dictionary<string, string> Lscpu()
        {
            var d = new Dictionary<string, string>();
            try
            {
                var psi = new ProcessStartInfo("lscpu") { RedirectStandardOutput = true, UseShellExecute = false };
                using Process p = Process.Start(psi)!;
                foreach (string line in p.StandardOutput.ReadToEnd().Split('\n'))
                {
                    int c = line.IndexOf(':');
                    if (c > 0)
                    {
                        d.TryAdd(line[..c].Trim().Replace(" cache", ""), line[(c + 1)..].Trim());
                    }
                }

                p.WaitForExit();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // no lscpu: BenchmarkDotNet's processor name is used
            }

            return d;
        }

        private static string GetconfCaches()
        {
            try
            {
                var psi = new ProcessStartInfo("getconf", "-a") { RedirectStandardOutput = true, UseShellExecute = false };
                using Process p = Process.Start(psi)!;
                var parts = new List<string>();
                foreach (string line in p.StandardOutput.ReadToEnd().Split('\n'))
                {
                    string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (f.Length == 2 && long.TryParse(f[1], out long bytes) && bytes > 0 &&
                        (f[0] == "LEVEL1_DCACHE_SIZE" || f[0] == "LEVEL2_CACHE_SIZE" || f[0] == "LEVEL3_CACHE_SIZE"))
                    {
                        string name = f[0] == "LEVEL1_DCACHE_SIZE" ? "L1d" : f[0] == "LEVEL2_CACHE_SIZE" ? "L2" : "L3";
                        parts.Add($"{name} {(bytes >= 1 << 20 ? $"{bytes >> 20} MiB" : $"{bytes >> 10} KiB")}");
                    }
                }

                p.WaitForExit();
                return string.Join(", ", parts) + (parts.Count > 0 ? " (getconf, as the hypervisor reports them)" : "");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "";
            }
        }

        public static string RepoRoot()
        {
            for (var d = new DirectoryInfo(System.Environment.CurrentDirectory); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "Generator.sln")))
                {
                    return d.FullName;
                }
            }

            return System.Environment.CurrentDirectory;
        }

        internal static void SetMainFile(string f) => _mainFile = f;
    }
}

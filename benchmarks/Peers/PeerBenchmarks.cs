using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FusedKernels.Peers
{
    /// <summary>
    /// In-process job (the peers' native libraries are loaded once, and BenchmarkDotNet does not rebuild a project
    /// that drags ~1 GB of native packages into its output): 150 ms iterations, 3 warm-ups, 6–12 iterations. In one
    /// process, tier-1 code is not a given: in the first run here the bias+gelu kernel was still tier-0 code (1 ms
    /// per 4K call instead of 24 µs) for 8 of its 12 measured iterations, the tiering thread starved on a loaded
    /// box. So the global setup of an activation's first case runs its every column as the quick harness warms up
    /// (<see cref="Quick.Warm"/>: three passes of ≥ 150 ms with pauses for the tiering thread).
    /// Columns that cannot run here (LibTorch when it did not load, ONNX Runtime with all threads unless
    /// --all-threads, in place where LibTorch has no in-place op) are filtered out rather than timed empty.
    /// </summary>
    public sealed class PeerConfig : ManualConfig
    {
        public PeerConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150))
                .WithWarmupCount(3).WithMinIterationCount(6).WithMaxIterationCount(12).WithId("Peers"));
            AddColumn(StatisticColumn.Median);
            AddExporter(JsonExporter.Full);
            WithArtifactsPath(Program.ArtifactsPath);
            WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend).WithMaxParameterColumnWidth(32));
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared, BenchmarkDotNet.Order.MethodOrderPolicy.Declared));
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByParams);
            AddFilter(new SimpleFilter(Runs));
        }

        private static bool Runs(BenchmarkDotNet.Running.BenchmarkCase bc)
        {
            string column = PeerBenchmarks.ColumnOf(bc.Descriptor.WorkloadMethod.Name);
            var act = Acts.Get((string)bc.Parameters["Activation"]);
            return column switch
            {
                Columns.OrtAll => Settings.AllThreads,
                Columns.FusedAll => Settings.AllThreads && KP.AllCores.ContainsKey(act.Name),
                Columns.TorchAll => Settings.AllThreads && TorchPeer.Available,
                Columns.Torch => TorchPeer.Available,
                Columns.FusedInPlace or Columns.TorchInPlace => TorchPeer.Available && act.TorchInPlace is not null && act.FusedInPlace is not null,
                _ => true,
            };
        }
    }

    /// <summary>Every selected activation × size × distribution; FusedKernels is the baseline, so Ratio = peer time ÷ FusedKernels time.</summary>
    [Config(typeof(PeerConfig))]
    public class PeerBenchmarks
    {
        private static readonly HashSet<string> Warmed = new();
        private CaseRunner? _runner;
        private Action _fused = () => { }, _tp = () => { }, _ort = () => { }, _ortAll = () => { }, _fusedAll = () => { }, _torch = () => { }, _torchAll = () => { }, _fusedInPlace = () => { }, _torchInPlace = () => { };

        public static IEnumerable<string> ActivationValues() => Settings.Activations;

        public static IEnumerable<int> SizeValues() => Settings.Sizes;

        public static IEnumerable<string> DataValues() => Settings.Data;

        [ParamsSource(nameof(ActivationValues))]
        public string Activation { get; set; } = "";

        [ParamsSource(nameof(SizeValues))]
        public int N { get; set; }

        [ParamsSource(nameof(DataValues))]
        public string Data { get; set; } = "";

        public static string ColumnOf(string method) => method switch
        {
            nameof(FusedKernels) => Columns.Fused,
            nameof(TensorPrimitives) => Columns.Tp,
            nameof(OnnxRuntime) => Columns.Ort,
            nameof(OnnxRuntimeAllThreads) => Columns.OrtAll,
            nameof(FusedKernelsAllCores) => Columns.FusedAll,
            nameof(LibTorchAllThreads) => Columns.TorchAll,
            nameof(LibTorch) => Columns.Torch,
            nameof(FusedKernelsInPlace) => Columns.FusedInPlace,
            nameof(LibTorchInPlace) => Columns.TorchInPlace,
            _ => method,
        };

        [GlobalSetup]
        public void Setup()
        {
            int before = TorchPeer.OneThreadHere();
            Console.WriteLine($"// LibTorch intra-op threads on the benchmark thread: {before}, set to 1");
            _runner = new CaseRunner(Acts.Get(Activation), N, Data, Settings.AllThreads);
            Action Get(string c) => _runner.Ops.TryGetValue(c, out Action? a) ? a : () => throw new InvalidOperationException($"{c} does not run for {Activation}");
            (_fused, _tp, _ort, _ortAll, _fusedAll, _torch, _torchAll, _fusedInPlace, _torchInPlace) =
                (Get(Columns.Fused), Get(Columns.Tp), Get(Columns.Ort), Get(Columns.OrtAll), Get(Columns.FusedAll), Get(Columns.Torch), Get(Columns.TorchAll), Get(Columns.FusedInPlace), Get(Columns.TorchInPlace));
            if (Warmed.Add(Activation))
            {
                Quick.Warm([.. _runner.Ops.Values]); // tiering is per method: once per activation serves every size
            }
        }

        [GlobalCleanup]
        public void Cleanup() => _runner?.Dispose();

        [Benchmark(Baseline = true)]
        public void FusedKernels() => _fused();

        [Benchmark]
        public void TensorPrimitives() => _tp();

        [Benchmark]
        public void OnnxRuntime() => _ort();

        [Benchmark]
        public void OnnxRuntimeAllThreads() => _ortAll();

        [Benchmark]
        public void FusedKernelsAllCores() => _fusedAll();

        [Benchmark]
        public void LibTorch() => _torch();

        [Benchmark]
        public void LibTorchAllThreads() => _torchAll();

        [Benchmark]
        public void FusedKernelsInPlace() => _fusedInPlace();

        [Benchmark]
        public void LibTorchInPlace() => _torchInPlace();

        /// <summary>The medians of a finished run, as (activation, N, data, column) → ns per call.</summary>
        public static List<Timing> Collect(IEnumerable<Summary> summaries) =>
            summaries.SelectMany(s => s.Reports)
                .Where(r => r.Success && r.ResultStatistics is not null)
                .Select(r => new Timing((string)r.BenchmarkCase.Parameters["Activation"], (int)r.BenchmarkCase.Parameters["N"],
                    (string)r.BenchmarkCase.Parameters["Data"], ColumnOf(r.BenchmarkCase.Descriptor.WorkloadMethod.Name), r.ResultStatistics!.Median))
                .ToList();
    }

    /// <summary>One measured time: ns per call.</summary>
    public sealed record Timing(string Activation, int N, string Data, string Column, double Ns);
}

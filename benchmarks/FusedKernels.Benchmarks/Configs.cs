using System;
using System.IO;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace FusedKernels.Benchmarks
{
    /// <summary>Run-wide switches set by Program from the command line (read in the host process only).</summary>
    public static class Mode
    {
        /// <summary>--short: BenchmarkDotNet's ShortRun (1 launch, 3 warmups, 3 iterations) for smoke runs.</summary>
        public static bool Short { get; set; }

        /// <summary>Where BenchmarkDotNet.Artifacts go: benchmarks/BenchmarkDotNet.Artifacts in the repository.</summary>
        public static string ArtifactsPath { get; set; } = Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts");

        /// <summary>
        /// The publishing job: BenchmarkDotNet's default job (pilot, automatic warmup, iterations until the
        /// error is small) with 250 ms iterations and at most 25 of them, so that the whole suite finishes in
        /// about half an hour on a 2-core machine; --short swaps in ShortRun.
        /// </summary>
        public static Job Base(string id)
        {
            Job job = Short
                ? Job.ShortRun
                : Job.Default.WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
                    .WithMinIterationCount(10).WithMaxIterationCount(25);
            return job.WithId(id);
        }
    }

    /// <summary>Common to every suite: memory diagnoser, ratio columns, JSON/CSV/Markdown exports.</summary>
    public class SuiteConfig : ManualConfig
    {
        public SuiteConfig()
        {
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.Median);
            AddExporter(JsonExporter.Full); // CSV, GitHub markdown and HTML come with BenchmarkDotNet's default config
            WithArtifactsPath(Mode.ArtifactsPath);
            // BenchmarkDotNet's 2-minute build timeout is not enough for a clean build of generator + runtime +
            // benchmarks on a loaded 2-core machine.
            WithBuildTimeout(TimeSpan.FromMinutes(15));
            WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend).WithMaxParameterColumnWidth(32));
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared, BenchmarkDotNet.Order.MethodOrderPolicy.Declared));
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByParams, BenchmarkLogicalGroupRule.ByJob);
        }
    }

    /// <summary>The main suite: whatever vector path this machine defaults to.</summary>
    public sealed class MainConfig : SuiteConfig
    {
        public MainConfig() => AddJob(Mode.Base(Mode.Short ? "Short" : "Publish"));
    }

    /// <summary>
    /// One job per vector path, by the environment variables of docs/design.md (the runtime reads them at start-up,
    /// so each job is its own process): Vector512, Vector256, Vector128, scalar.
    /// </summary>
    public sealed class PathsConfig : SuiteConfig
    {
        public PathsConfig()
        {
            AddJob(Mode.Base("Vector512").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_PreferredVectorBitWidth", "512")));
            AddJob(Mode.Base("Vector256").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableAVX512", "0")));
            AddJob(Mode.Base("Vector128").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableAVX2", "0")));
            AddJob(Mode.Base("Scalar").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableHWIntrinsic", "0")));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using FusedKernels.Benchmarking;

namespace FusedKernels.Compare
{
    /// <summary>Baseline against current for every case, at 4K (in cache) and 16M (past the last-level cache).</summary>
    [SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
    [IterationTime(200)]
    public class BaselineVsCurrent
    {
        public static IEnumerable<string> CaseNames => Cases.All.Keys;

        [ParamsSource(nameof(CaseNames))]
        public string Case { get; set; } = "";

        /// <summary>4K and 16M elements, or the sizes in <c>COMPARE_SIZES</c> (comma-separated; BenchmarkDotNet has no filter on parameters).</summary>
        public static IEnumerable<int> Sizes =>
            Environment.GetEnvironmentVariable("COMPARE_SIZES") is { Length: > 0 } sizes ? sizes.Split(',').Select(int.Parse) : [4096, 16 * 1024 * 1024];

        [ParamsSource(nameof(Sizes))]
        public int N { get; set; }

        private Buffers _buffers = null!;
        private Cases.Kernel _baseline = null!, _current = null!;

        [GlobalSetup]
        public void Setup()
        {
            Cases.Case c = Cases.All[Case];
            _buffers = new Buffers(N, c.NormalX);
            (_baseline, _current) = (c.Baseline, c.Current);
        }

        [GlobalCleanup]
        public void Cleanup() => _buffers.Dispose();

        [Benchmark(Baseline = true)]
        public void Baseline() => _baseline(_buffers);

        [Benchmark]
        public void Current() => _current(_buffers);
    }

    public static class Program
    {
        /// <summary>
        /// BenchmarkDotNet by default (its arguments, e.g. <c>--filter '*' --anyCategories</c>); or
        /// <c>--interleaved N [case,case…]</c>: both generators' kernels in alternating batches in one process, after a
        /// warm-up past tiering: the ratio of the bests of 61 batches each, and the median and quartiles of the 61 ratios of
        /// adjacent batches, which keep a shared machine's load out of the ratio better than sequential runs.
        /// </summary>
        public static int Main(string[] args)
        {
            if (args.Length >= 2 && args[0] == "--interleaved")
            {
                int n;
                try
                {
                    n = Sizes.Parse(args[1], "--interleaved");
                }
                catch (ArgumentException e)
                {
                    Console.Error.WriteLine(e.Message);
                    return 2;
                }

                string[] names = args.Length > 2 ? args[2].Split(',') : Cases.All.Keys.ToArray();
                foreach (string unknown in names.Where(name => !Cases.All.ContainsKey(name)))
                {
                    Console.Error.WriteLine($"unknown case '{unknown}'; known: {string.Join(", ", Cases.All.Keys)}");
                    return 2;
                }

                Console.WriteLine($"{"case",-24} {"N",9} {"baseline ns/elem",17} {"current ns/elem",16} {"current/baseline",17} {"median of pairs",15} (quartiles)");
                foreach (string name in names)
                {
                    Cases.Case c = Cases.All[name];
                    using var buffers = new Buffers(n, c.NormalX);
                    double baseline = double.MaxValue, current = double.MaxValue;
                    int calls = Math.Max(1, 40_000_000 / n);

                    // Both kernels past tiering first: only the driver's loops are compiled optimized at once; the
                    // generated method and the chain inlined into it run at Tier0, then instrumented, until a background
                    // compile replaces them, which waits for 100 ms without new Tier0 code. Batches of ~40 ms per case
                    // measured the current kernels there in some processes (identity at 4K 1.07–1.42 of the baseline,
                    // leaky_relu backward 1.05–1.47): warm up until nothing has been compiled for half a second.
                    long compiled = -1;
                    var quiet = Stopwatch.StartNew();
                    for (var warm = Stopwatch.StartNew(); quiet.ElapsedMilliseconds < 500 && warm.ElapsedMilliseconds < 20_000;)
                    {
                        Time(c.Baseline, buffers, calls / 10 + 1);
                        Time(c.Current, buffers, calls / 10 + 1);
                        long now = System.Runtime.JitInfo.GetCompiledMethodCount();
                        if (now != compiled)
                        {
                            (compiled, quiet) = (now, Stopwatch.StartNew());
                        }
                    }

                    // Pairs of batches back to back, which build goes first alternating from pair to pair: a pair's ratio
                    // shares the machine's state of that moment, and the pairs' median is steadier than the bests' ratio.
                    var ratios = new double[Pairs];
                    for (int pair = 0; pair < Pairs; pair++)
                    {
                        bool baselineFirst = pair % 2 == 0;
                        double first = Time(baselineFirst ? c.Baseline : c.Current, buffers, calls);
                        double second = Time(baselineFirst ? c.Current : c.Baseline, buffers, calls);
                        (double b, double k) = baselineFirst ? (first, second) : (second, first);
                        (baseline, current, ratios[pair]) = (Math.Min(baseline, b), Math.Min(current, k), k / b);
                    }

                    Array.Sort(ratios);
                    Console.WriteLine($"{name,-24} {n,9} {baseline,17:F4} {current,16:F4} {current / baseline,17:F3} {ratios[Pairs / 2],13:F3} {ratios[Pairs / 4],6:F3}–{ratios[3 * Pairs / 4]:F3}");
                }

                return 0;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        /// <summary>Pairs of batches timed per case (<c>--interleaved</c>), after the warm-up.</summary>
        private const int Pairs = 61;

        private static double Time(Cases.Kernel kernel, Buffers buffers, int calls)
        {
            var stopwatch = Stopwatch.StartNew();
            for (int k = 0; k < calls; k++)
            {
                kernel(buffers);
            }

            return stopwatch.Elapsed.TotalNanoseconds / calls / buffers.N;
        }
    }
}

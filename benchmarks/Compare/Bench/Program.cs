using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

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
        /// <c>--interleaved N [case,case…]</c>: both generators' kernels in alternating batches in one process, best of 21
        /// batches each, which keeps a shared machine's load out of the ratio better than sequential runs.
        /// </summary>
        public static void Main(string[] args)
        {
            if (args.Length >= 2 && args[0] == "--interleaved")
            {
                int n = int.Parse(args[1]);
                string[] names = args.Length > 2 ? args[2].Split(',') : Cases.All.Keys.ToArray();
                Console.WriteLine($"{"case",-24} {"N",9} {"baseline ns/elem",17} {"current ns/elem",16} {"current/baseline",17}");
                foreach (string name in names)
                {
                    Cases.Case c = Cases.All[name];
                    using var buffers = new Buffers(n, c.NormalX);
                    double baseline = double.MaxValue, current = double.MaxValue;
                    int calls = Math.Max(1, 40_000_000 / n);
                    for (int batch = 0; batch < 21; batch++)
                    {
                        baseline = Math.Min(baseline, Time(c.Baseline, buffers, calls));
                        current = Math.Min(current, Time(c.Current, buffers, calls));
                    }

                    Console.WriteLine($"{name,-24} {n,9} {baseline,17:F4} {current,16:F4} {current / baseline,17:F3}");
                }

                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }

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

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using FusedKernels.Benchmarking;

namespace FusedKernels.Peers
{
    /// <summary>
    /// <c>--quick</c>: the interleaved harness (no BenchmarkDotNet) for fast ratio checks. Per case, every column
    /// is warmed up until tier-1 code is in place, then timed in rounds of short batches (~1 ms, at least one call,
    /// after one untimed call), all columns back to back in a new order each round, so the columns of one round see
    /// the same machine state. The time per column is its fastest batch (on a shared machine the estimator least
    /// polluted by preemption); the median of the per-round ratios against FusedKernels is kept beside it.
    /// </summary>
    public static class Quick
    {
        private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(1);

        private static int RoundsFor(int n) => n <= 1 << 20 ? 41 : 15;

        public static List<Timing> Run(out Dictionary<(string, int, string, string), double> medianRatios)
        {
            var timings = new List<Timing>();
            medianRatios = new();
            TorchPeer.OneThreadHere();
            Console.WriteLine($"quick harness: fastest of {RoundsFor(4096)} rounds (≤ 1M elements) / {RoundsFor(1 << 24)} (16M) of ~{Batch.TotalMilliseconds} ms batches, interleaved; ns per element, [peer ÷ FusedKernels, median of per-round ratios]");
            foreach (string name in Settings.Activations)
            {
                Act act = Acts.Get(name);
                foreach (string data in Settings.Data)
                {
                    foreach (int n in Settings.Sizes)
                    {
                        using var runner = new CaseRunner(act, n, data, Settings.AllThreads);
                        string[] columns = Columns.Order.Where(runner.Ops.ContainsKey).ToArray();
                        Action[] ops = columns.Select(c => runner.Ops[c]).ToArray();
                        double[][] t = Measure(ops, n, runner.B.Restore);
                        var line = new List<string>();
                        for (int k = 0; k < columns.Length; k++)
                        {
                            double min = t[k].Min();
                            timings.Add(new Timing(name, n, data, columns[k], min));
                            int baseline = Array.IndexOf(columns, Columns.BaselineOf(columns[k], runner.Ops.ContainsKey));
                            double median = Median(Enumerable.Range(0, t[k].Length).Select(r => t[k][r] / t[baseline][r]));
                            medianRatios[(name, n, data, columns[k])] = median;
                            line.Add($"{Short(columns[k])} {min / n:F3} [{median:F2}]");
                        }

                        Console.WriteLine($"{name,-12} {Sizes.Format(n),4} {data,-9} " + string.Join("  ", line));
                    }
                }
            }

            return timings;
        }

        private static string Short(string column) => column switch
        {
            Columns.Fused => "FK",
            Columns.Tp => "TP",
            Columns.Ort => "ORT",
            Columns.OrtAll => "ORT*",
            Columns.FusedAll => "FK*",
            Columns.TorchAll => "Torch*",
            Columns.Torch => "Torch",
            Columns.FusedInPlace => "FK=",
            Columns.TorchInPlace => "Torch=",
            _ => column,
        };

        /// <summary>ns per call, [column][round]; <paramref name="reset"/> runs before each column's batch.</summary>
        private static double[][] Measure(Action[] ops, int n, Action reset)
        {
            int[] reps = Warm(ops);
            int rounds = RoundsFor(n);
            var times = ops.Select(_ => new double[rounds]).ToArray();
            var shuffle = new Random(1);
            int[] order = Enumerable.Range(0, ops.Length).ToArray();
            for (int r = 0; r < rounds; r++)
            {
                // A new order each round (seeded), so that no column always follows the same one: at 16M the column
                // after LibTorch's out-of-place one (which allocates its result) ran 5–11% slower than the one after it,
                // whichever library's in-place kernel it held (2026-12-06, Intel; docs/benchmarks.md, "Against ONNX
                // Runtime and LibTorch").
                shuffle.Shuffle(order);
                for (int j = 0; j < ops.Length; j++)
                {
                    int k = order[j];
                    // Every batch starts from the same state: the reset (x copied into y, which leaves y dirty in the
                    // cache), then one untimed call. Without the reset, the out-of-place FusedKernels column, which
                    // followed an in-place one, stored y 1.5× slower, and with only the untimed call its fastest relu batch
                    // was still 0.74–0.85× TensorPrimitives' Max in five runs (with the reset, level: 2026-12-06, Intel).
                    reset();
                    ops[k]();
                    long start = Stopwatch.GetTimestamp();
                    for (int i = 0; i < reps[k]; i++)
                    {
                        ops[k]();
                    }

                    times[k][r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / reps[k];
                }
            }

            return times;
        }

        /// <summary>Runs every op until tier-1 code is in place (three passes of ≥ 150 ms and ≥ 35 calls, pauses for the tiering thread); returns calls per ~1 ms batch.</summary>
        public static int[] Warm(Action[] ops)
        {
            var reps = new int[ops.Length];
            for (int pass = 0; pass < 3; pass++)
            {
                for (int k = 0; k < ops.Length; k++)
                {
                    var sw = Stopwatch.StartNew();
                    int count = 0;
                    while (sw.ElapsedMilliseconds < 150 || count < (pass == 0 ? 35 : 3))
                    {
                        ops[k]();
                        count++;
                    }

                    reps[k] = Math.Max(1, (int)(count * Batch.TotalMilliseconds / sw.Elapsed.TotalMilliseconds));
                }

                Thread.Sleep(200); // the tiering thread installs optimized code
            }

            return reps;
        }

        private static double Median(IEnumerable<double> values)
        {
            double[] v = values.OrderBy(x => x).ToArray();
            return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
        }
    }
}

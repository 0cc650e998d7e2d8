using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// <c>--verify-ratios</c>: an independent harness (no BenchmarkDotNet) that measures the same ratios in
    /// one process, to cross-check the BenchmarkDotNet run. Per case and size: warm up every operation until
    /// tier-1 code is in place, then <see cref="Rounds"/> rounds, each timing a batch (≥ 20 ms) of every
    /// operation back to back in a rotating order, and takes the median of the per-round ratios (operations
    /// measured milliseconds apart see the same machine state, which is what makes ratios on a shared,
    /// noisy box trustworthy). Writes verify-ratios.json next to BenchmarkDotNet's results for the report.
    /// </summary>
    public static class VerifyRatios
    {
        private const int Rounds = 15;
        private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(20);

        public sealed record Row(string Kernel, int N, string Path, double NaiveNs, double TensorPrimitivesNs, double FusedNs, double CopyToNs,
            double FusedVsNaive, double FusedVsTensorPrimitives, double FusedVsCopyTo);

        public static int Run(string artifacts)
        {
            string path = CaseBenchmark.ActivePath();
            Console.WriteLine($"independent harness (Stopwatch, {Rounds} rounds, median of per-round ratios), vector path {path}");
            Console.WriteLine($"{"kernel",-24} {"N",9} {"naive ns",12} {"TP ns",12} {"fused ns",12} {"copy ns",12} {"×naive",8} {"×TP",7} {"copy/fused",10}");
            var rows = new List<Row>();
            foreach (Case c in Cases.All.Where(c => Cases.Selected.Length == 0 || Cases.Selected.Contains(c.Name)))
            {
                foreach (int n in Cases.Sizes)
                {
                    using Buffers b = Buffers.For(c, n);
                    Op copy = (c.Needs & Needs.Double) != 0 ? bb => bb.XD.CopyTo(bb.YD) : bb => bb.X.CopyTo(bb.Y);
                    Op[] ops = [c.Naive, c.TensorPrimitives, c.Fused, copy];
                    int[] reps = Warm(ops, b);
                    var times = new double[ops.Length][];
                    for (int k = 0; k < ops.Length; k++)
                    {
                        times[k] = new double[Rounds];
                    }

                    for (int r = 0; r < Rounds; r++)
                    {
                        for (int j = 0; j < ops.Length; j++)
                        {
                            int k = (j + r) % ops.Length; // rotate the order so no operation always follows the same one
                            times[k][r] = Time(ops[k], b, reps[k]);
                        }
                    }

                    double Ratio(int num, int den) => Median(Enumerable.Range(0, Rounds).Select(r => times[num][r] / times[den][r]));
                    var row = new Row(c.Name, n, path, Median(times[0]), Median(times[1]), Median(times[2]), Median(times[3]),
                        Ratio(0, 2), Ratio(1, 2), Ratio(3, 2));
                    rows.Add(row);
                    Console.WriteLine($"{row.Kernel,-24} {row.N,9} {row.NaiveNs,12:F0} {row.TensorPrimitivesNs,12:F0} {row.FusedNs,12:F0} {row.CopyToNs,12:F0} {row.FusedVsNaive,8:F2} {row.FusedVsTensorPrimitives,7:F2} {row.FusedVsCopyTo,10:F2}");
                }
            }

            Directory.CreateDirectory(artifacts);
            string file = Path.Combine(artifacts, "verify-ratios.json");
            File.WriteAllText(file, JsonSerializer.Serialize(new { Date = DateTime.UtcNow, Path = path, Rows = rows }, new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"written {file}");
            return 0;
        }

        /// <summary>Runs every op until tier-1 code is installed; returns invocations per ~20 ms batch.</summary>
        private static int[] Warm(Op[] ops, Buffers b)
        {
            var reps = new int[ops.Length];
            for (int pass = 0; pass < 2; pass++)
            {
                for (int k = 0; k < ops.Length; k++)
                {
                    var sw = Stopwatch.StartNew();
                    int count = 0;
                    while (sw.ElapsedMilliseconds < 150 || count < 40)
                    {
                        ops[k](b);
                        count++;
                    }

                    reps[k] = Math.Max(1, (int)(count * Batch.TotalMilliseconds / sw.Elapsed.TotalMilliseconds));
                }

                Thread.Sleep(200); // let the tiering thread install the optimized code
            }

            return reps;
        }

        /// <summary>Nanoseconds per invocation over one batch.</summary>
        private static double Time(Op op, Buffers b, int reps)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < reps; i++)
            {
                op(b);
            }

            return Stopwatch.GetElapsedTime(start).TotalNanoseconds / reps;
        }

        private static double Median(IEnumerable<double> values)
        {
            double[] v = values.OrderBy(x => x).ToArray();
            return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
        }
    }
}

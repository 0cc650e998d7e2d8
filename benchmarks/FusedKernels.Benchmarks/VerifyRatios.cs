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
    /// tier-1 code is in place, then many rounds (<see cref="RoundsFor"/>), each timing a short batch (~0.25 ms, at least one call) of every
    /// operation back to back in a rotating order, and takes the median of the per-round ratios (operations
    /// measured milliseconds apart see the same machine state, which is what makes ratios on a shared,
    /// noisy box trustworthy). It also keeps each operation's fastest batch: on a machine whose other tenants
    /// preempt us (load average far above the core count), the minimum is the estimator least polluted by time
    /// spent descheduled, so the report uses the ratio of minima and keeps the median of ratios beside it.
    /// Writes verify-ratios.json next to BenchmarkDotNet's results for the report.
    /// </summary>
    public static class VerifyRatios
    {
        // Short batches: on a box whose other tenants keep the run queue long (load average well above the core
        // count), a batch shorter than a scheduler time slice has a fair chance to run undisturbed, and the
        // fastest of many is then the undisturbed cost. Large sizes cannot be that short; they get fewer rounds.
        private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(0.25);

        private static int RoundsFor(int n) => n <= 1 << 20 ? 101 : 41;

        public sealed record Row(string Kernel, int N, string Path, double NaiveNs, double TensorPrimitivesNs, double FusedNs, double CopyToNs,
            double FusedVsNaive, double FusedVsTensorPrimitives, double FusedVsCopyTo,
            double MedianFusedVsNaive, double MedianFusedVsTensorPrimitives, double MedianFusedVsCopyTo);

        public static int Run(string artifacts)
        {
            string path = CaseBenchmark.ActivePath();
            Console.WriteLine($"independent harness (Stopwatch, {RoundsFor(4096)} rounds of ~{Batch.TotalMilliseconds} ms batches at 4K, {RoundsFor(1 << 24)} at 16M; ns = fastest batch; ratios of minima, median of per-round ratios in brackets), vector path {path}");
            Console.WriteLine($"{"kernel",-24} {"N",9} {"naive ns",12} {"TP ns",12} {"fused ns",12} {"copy ns",12} {"×naive",8} {"×TP",7} {"copy/fused",10}");
            var rows = new List<Row>();
            foreach (Case c in Cases.All.Where(c => Cases.Selected.Length == 0 || Cases.Selected.Contains(c.Name)))
            {
                foreach (int n in Cases.Sizes)
                {
                    using Buffers b = Buffers.For(c, n);
                    Op copy = (c.Needs & Needs.Double) != 0 ? bb => bb.XD.CopyTo(bb.YD) : bb => bb.X.CopyTo(bb.Y);
                    Op[] ops = [c.Naive, c.TensorPrimitives, c.Fused, copy];
                    (double[][] times, int rounds) = Measure(ops, b, n);
                    double Ratio(int num, int den) => Median(Enumerable.Range(0, rounds).Select(r => times[num][r] / times[den][r]));
                    double Min(int k) => times[k].Min();
                    var row = new Row(c.Name, n, path, Min(0), Min(1), Min(2), Min(3),
                        Min(0) / Min(2), Min(1) / Min(2), Min(3) / Min(2), Ratio(0, 2), Ratio(1, 2), Ratio(3, 2));
                    rows.Add(row);
                    Console.WriteLine($"{row.Kernel,-24} {row.N,9} {row.NaiveNs,12:F0} {row.TensorPrimitivesNs,12:F0} {row.FusedNs,12:F0} {row.CopyToNs,12:F0} {row.FusedVsNaive,8:F2} {row.FusedVsTensorPrimitives,7:F2} {row.FusedVsCopyTo,10:F2}  [{row.MedianFusedVsNaive:F2} {row.MedianFusedVsTensorPrimitives:F2} {row.MedianFusedVsCopyTo:F2}]");
                }
            }

            Directory.CreateDirectory(artifacts);
            string file = Path.Combine(artifacts, "verify-ratios.json");
            File.WriteAllText(file, JsonSerializer.Serialize(new { Date = DateTime.UtcNow, Path = path, Rows = rows }, new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"written {file}");
            return 0;
        }

        /// <summary>Warms <paramref name="ops"/> up, then times them in interleaved rounds: ns per call, [op][round].</summary>
        internal static (double[][] Times, int Rounds) Measure(Op[] ops, Buffers b, int n, int rounds = 0)
        {
            int[] reps = Warm(ops, b);
            rounds = rounds > 0 ? rounds : RoundsFor(n);
            var times = new double[ops.Length][];
            for (int k = 0; k < ops.Length; k++)
            {
                times[k] = new double[rounds];
            }

            for (int r = 0; r < rounds; r++)
            {
                for (int j = 0; j < ops.Length; j++)
                {
                    int k = (j + r) % ops.Length; // rotate the order so no operation always follows the same one
                    times[k][r] = Time(ops[k], b, reps[k]);
                }
            }

            return (times, rounds);
        }

        public sealed record NtRow(int N, int Offset, double GeneratedNs, double AlignedNs, double NonTemporalNs, double CopyToNs,
            double NonTemporalSpeedup, double MedianNonTemporalSpeedup, double NonTemporalVsCopyTo, double GeneratedVsCopyTo);

        /// <summary>
        /// <c>--verify-nt</c>: the NonTemporalStores comparison (leaky_relu) in this harness: generated kernel,
        /// aligned stores, aligned non-temporal stores and CopyTo, interleaved; writes verify-nt.json.
        /// </summary>
        public static int RunNonTemporal(string artifacts)
        {
            Console.WriteLine($"non-temporal stores, leaky_relu, vector path {CaseBenchmark.ActivePath()} (fastest batch; speed-up = generated / NT)");
            Console.WriteLine($"{"N",9} {"offset",6} {"generated",12} {"aligned",12} {"aligned NT",12} {"copy",12} {"NT ×",6} {"[median]",8} {"NT/copy",8} {"gen/copy",8}");
            var rows = new List<NtRow>();
            Case c = Cases.Get("leaky_relu");
            foreach (int n in new[] { 1 << 20, 1 << 21, 3 << 20, 1 << 22, 1 << 24 })
            {
                foreach (int offset in new[] { 0, 1 })
                {
                    using Buffers b = Buffers.For(c, n, offset);
                    Op[] ops = [bb => K.LeakyRelu(bb.X, bb.Y), bb => HandWritten.LeakyRelu(bb.X, bb.Y, nonTemporal: false),
                        bb => HandWritten.LeakyRelu(bb.X, bb.Y, nonTemporal: true), bb => bb.X.CopyTo(bb.Y)];
                    (double[][] t, int rounds) = Measure(ops, b, n, rounds: 101); // no slow naive loop here: afford many rounds at 16M too
                    double Min(int k) => t[k].Min();
                    var row = new NtRow(n, offset, Min(0), Min(1), Min(2), Min(3), Min(0) / Min(2),
                        Median(Enumerable.Range(0, rounds).Select(r => t[0][r] / t[2][r])), Min(3) / Min(2), Min(3) / Min(0));
                    rows.Add(row);
                    Console.WriteLine($"{n,9} {offset,6} {row.GeneratedNs,12:F0} {row.AlignedNs,12:F0} {row.NonTemporalNs,12:F0} {row.CopyToNs,12:F0} {row.NonTemporalSpeedup,6:F2} {row.MedianNonTemporalSpeedup,8:F2} {row.NonTemporalVsCopyTo,8:F2} {row.GeneratedVsCopyTo,8:F2}");
                }
            }

            Directory.CreateDirectory(artifacts);
            File.WriteAllText(Path.Combine(artifacts, "verify-nt.json"), JsonSerializer.Serialize(new { Date = DateTime.UtcNow, Rows = rows }, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        /// <summary>
        /// <c>--verify-broadcast</c>: the generated per-channel bias+relu (L = 1024) against the hand-written twin
        /// that reads the bias directly (<see cref="HandWrittenBroadcast"/>), and the element-wise kernel for scale.
        /// </summary>
        public static int RunBroadcast()
        {
            Console.WriteLine($"per-channel bias+relu, L = {Buffers.Channels}, vector path {CaseBenchmark.ActivePath()} (fastest batch)");
            Console.WriteLine($"{"N",9} {"generated",12} {"direct",12} {"speed-up",9} {"[median]",9}");
            Case c = Cases.Get("bias_relu_channel");
            foreach (int n in new[] { 4096, 1 << 16, 1 << 24 })
            {
                using Buffers b = Buffers.For(c, n);
                Op[] ops = [bb => K.BiasRelu(bb.X, bb.Bias, bb.Y), bb => HandWrittenBroadcast.BiasReluDirect(bb.X, bb.Bias, bb.Y)];
                (double[][] t, int rounds) = Measure(ops, b, n);
                Console.WriteLine($"{n,9} {t[0].Min(),12:F0} {t[1].Min(),12:F0} {t[0].Min() / t[1].Min(),9:F2} {Median(Enumerable.Range(0, rounds).Select(r => t[0][r] / t[1][r])),9:F2}");
            }

            return 0;
        }

        /// <summary>Runs every op until tier-1 code is installed; returns invocations per batch.</summary>
        private static int[] Warm(Op[] ops, Buffers b)
        {
            // Four passes of at least 250 ms (and 35 calls: 30 trigger tier-1) per operation, with pauses for the
            // tiering thread. Two passes of 150 ms were not enough on a loaded box: the float sigmoid kernel and
            // TensorPrimitives' generic operators were still timed as tier-0 code (JIT log), 20× too slow.
            var reps = new int[ops.Length];
            for (int pass = 0; pass < 4; pass++)
            {
                for (int k = 0; k < ops.Length; k++)
                {
                    var sw = Stopwatch.StartNew();
                    int count = 0;
                    while (sw.ElapsedMilliseconds < 250 || count < (pass == 0 ? 35 : 3))
                    {
                        ops[k](b);
                        count++;
                    }

                    reps[k] = Math.Max(1, (int)(count * Batch.TotalMilliseconds / sw.Elapsed.TotalMilliseconds));
                }

                Thread.Sleep(500); // let the tiering thread install the optimized code
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

        internal static double Median(IEnumerable<double> values)
        {
            double[] v = values.OrderBy(x => x).ToArray();
            return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
        }
    }
}

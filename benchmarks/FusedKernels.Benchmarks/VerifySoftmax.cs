using System;
using System.Diagnostics;
using System.Linq;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Threading;
using FusedKernels.Benchmarking;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// <c>--verify-softmax</c>: <see cref="SoftmaxBenchmarks"/>' two routes in the interleaved Stopwatch harness (no
    /// BenchmarkDotNet): per shape, warm both, then many rounds each timing a short batch of both back to back in a rotating
    /// order; prints each route's fastest batch and the median of the per-round ratios. <c>--shapes 4K/1024,16M/64</c> picks
    /// shapes. A quick check while changing the row loops, not the published figures.
    /// </summary>
    public static class VerifySoftmax
    {
        public static string[] Shapes { get; set; } = ["4K/64", "4K/1024", "16M/64", "16M/1024", "16M/32768"];

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        /// <summary>
        /// This thread's CPU time in ns (CLOCK_THREAD_CPUTIME_ID): time spent descheduled by other tenants is left out,
        /// which wall-clock batches cannot do on a box whose load average is many times its core count (memory
        /// bandwidth taken by others still counts).
        /// </summary>
        private static long ThreadTime()
        {
            ClockGetTime(3, out TimeSpec t);
            return t.Seconds * 1_000_000_000 + t.Nanoseconds;
        }

        public static int Run()
        {
            Console.WriteLine($"softmax(0.125·x + mask) per row, thread CPU time: fastest batch and [median of per-round TP/fused ratios]");
            Console.WriteLine($"{"shape",-10} {"TP ns",12} {"fused ns",12} {"ns/elem",8} {"TP/fused",9} {"[median]",9}");
            foreach (string shape in Shapes)
            {
                var bench = new SoftmaxBenchmarks { Shape = shape };
                bench.Setup();
                Action[] ops = [bench.TensorPrimitivesRoute, bench.Fused];
                int n = Sizes.ParseShape(shape).Total;
                int rounds = n <= 4096 ? 201 : 21;
                double batchMs = n <= 4096 ? 0.25 : 30;
                int[] reps = new int[2];
                for (int pass = 0; pass < 3; pass++)
                {
                    for (int k = 0; k < 2; k++)
                    {
                        var sw = Stopwatch.StartNew();
                        int count = 0;
                        while (sw.ElapsedMilliseconds < 200 || count < (pass == 0 ? 35 : 3))
                        {
                            ops[k]();
                            count++;
                        }

                        reps[k] = Math.Max(1, (int)(count * batchMs / sw.Elapsed.TotalMilliseconds));
                    }

                    Thread.Sleep(300);
                }

                var t = new double[2][];
                t[0] = new double[rounds];
                t[1] = new double[rounds];
                for (int r = 0; r < rounds; r++)
                {
                    for (int j = 0; j < 2; j++)
                    {
                        int k = (j + r) % 2;
                        long start = ThreadTime();
                        for (int i = 0; i < reps[k]; i++)
                        {
                            ops[k]();
                        }

                        t[k][r] = (double)(ThreadTime() - start) / reps[k];
                    }
                }

                double median = VerifyRatios.Median(Enumerable.Range(0, rounds).Select(r => t[0][r] / t[1][r]));
                Console.WriteLine($"{shape,-10} {t[0].Min(),12:F0} {t[1].Min(),12:F0} {t[1].Min() / n,8:F3} {t[0].Min() / t[1].Min(),9:F2} {median,9:F2}");
            }

            return 0;
        }
    }
}

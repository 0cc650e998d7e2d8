using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace FusedKernels.Benchmarks
{
    /// <summary>The operands of a <see cref="ParallelBenchmarks"/> case: 64-byte aligned native memory, seeded.</summary>
    public sealed unsafe class ParallelBuffers : IDisposable
    {
        private readonly int _n;
        private readonly float* _x, _dy, _y, _bias, _dbias;

        public ParallelBuffers(int n)
        {
            _n = n;
            var rng = new Random(20261204);
            _x = Alloc(n, rng, -4, 4);
            _dy = Alloc(n, rng, -1, 1);
            _y = Alloc(n, rng, 0, 0);
            _bias = Alloc(Buffers.Channels, rng, -1, 1);
            _dbias = Alloc(Buffers.Channels, rng, 0, 0);
        }

        public Span<float> X => new(_x, _n);
        public Span<float> Dy => new(_dy, _n);
        public Span<float> Y => new(_y, _n);
        public Span<float> Bias => new(_bias, Buffers.Channels);
        public Span<float> DBias => new(_dbias, Buffers.Channels);

        public void Dispose()
        {
            NativeMemory.AlignedFree(_x);
            NativeMemory.AlignedFree(_dy);
            NativeMemory.AlignedFree(_y);
            NativeMemory.AlignedFree(_bias);
            NativeMemory.AlignedFree(_dbias);
        }

        private static float* Alloc(int count, Random rng, double lo, double hi)
        {
            float* p = (float*)NativeMemory.AlignedAlloc((nuint)count * sizeof(float), 64);
            for (int i = 0; i < count; i++)
            {
                p[i] = (float)(lo + (hi - lo) * rng.NextDouble());
            }

            return p;
        }
    }

    /// <summary>
    /// A kernel declared with <c>Parallel = true</c> (<see cref="AllCores"/>) against the same kernel declared without it
    /// (<see cref="OneThread"/>, the baseline), from the benchmark's main thread with the default
    /// <see cref="KernelParallelism.MaxDegreeOfParallelism"/> (every core): compute-bound kernels (gelu, silu, bias + gelu
    /// backward with dbias over 1,024 channels) and memory-bound ones (relu, leaky_relu, bias + relu per channel), at 16M
    /// elements and at 16K, below every grain, where the two must cost the same and allocate nothing.
    /// <c>dotnet run -c Release --project benchmarks/FusedKernels.Benchmarks -- --filter '*Parallel*'</c>
    /// </summary>
    [Config(typeof(MainConfig))]
    public class ParallelBenchmarks
    {
        private ParallelBuffers _b = null!;

        [Params("gelu", "silu", "bias_gelu_backward", "relu", "leaky_relu", "bias_relu")]
        public string Kernel { get; set; } = "gelu";

        [Params(16 * 1024, 16 * 1024 * 1024)]
        public int Size { get; set; }

        [GlobalSetup]
        public void Setup() => _b = new ParallelBuffers(Size);

        [GlobalCleanup]
        public void Cleanup() => _b.Dispose();

        [Benchmark(Baseline = true, Description = "OneThread")]
        public void OneThread() => ParallelCases.Run(Kernel, _b, parallel: false);

        [Benchmark(Description = "AllCores")]
        public void AllCores() => ParallelCases.Run(Kernel, _b, parallel: true);
    }

    /// <summary>The cases of <see cref="ParallelBenchmarks"/>, by name.</summary>
    public static class ParallelCases
    {
        public static readonly string[] Names = { "gelu", "silu", "bias_gelu_backward", "relu", "leaky_relu", "bias_relu" };

        public static void Run(string kernel, ParallelBuffers b, bool parallel)
        {
            switch (kernel)
            {
                case "gelu":
                    if (parallel) PK.Gelu(b.X, b.Y); else PK.GeluOne(b.X, b.Y);
                    break;
                case "silu":
                    if (parallel) PK.Silu(b.X, b.Y); else PK.SiluOne(b.X, b.Y);
                    break;
                case "bias_gelu_backward":
                    if (parallel) PK.BiasGeluBackward(b.X, b.Dy, b.Y, b.DBias); else PK.BiasGeluBackwardOne(b.X, b.Dy, b.Y, b.DBias);
                    break;
                case "relu":
                    if (parallel) PK.Relu(b.X, b.Y); else PK.ReluOne(b.X, b.Y);
                    break;
                case "leaky_relu":
                    if (parallel) PK.LeakyRelu(b.X, b.Y); else PK.LeakyReluOne(b.X, b.Y);
                    break;
                case "bias_relu":
                    if (parallel) PK.BiasRelu(b.X, b.Bias, b.Y); else PK.BiasReluOne(b.X, b.Bias, b.Y);
                    break;
                default:
                    throw new ArgumentException($"unknown parallel case '{kernel}'");
            }
        }
    }

    /// <summary>
    /// <c>--verify-parallel</c>: how the grains were chosen. For each case and size, one call of the single-thread kernel
    /// against the same kernel run by <c>Parallel.For</c> over row-aligned chunks of 64K elements (what a split call
    /// does, at any size: the kernels' own grain would not split the small ones), interleaved rounds in one process,
    /// median per-element times. Where the chunked run stops losing is the grain.
    /// </summary>
    public static class VerifyParallel
    {
        public static int Run()
        {
            int[] sizes = { 16 << 10, 32 << 10, 64 << 10, 128 << 10, 256 << 10, 512 << 10, 1 << 20, 2 << 20, 4 << 20, 16 << 20 };
            MemoryRoof();
            Console.WriteLine($"cores {Environment.ProcessorCount}; ns/element: one thread, chunked over all cores, ratio (one / chunked); the Parallel kernel and its ratio");
            foreach (string kernel in ParallelCases.Names)
            {
                if (Cases.Selected.Length > 0 && Array.IndexOf(Cases.Selected, kernel) < 0)
                {
                    continue; // --kernels
                }

                foreach (int n in sizes)
                {
                    using var b = new ParallelBuffers(n);
                    int chunk = Math.Max(Buffers.Channels, Math.Min(64 << 10, n / Environment.ProcessorCount));
                    int chunks = (n + chunk - 1) / chunk;
                    Action one = () => ParallelCases.Run(kernel, b, parallel: false);
                    Action kernelParallel = () => ParallelCases.Run(kernel, b, parallel: true);
                    Action split = () => Parallel.For(0, chunks, c =>
                    {
                        int start = c * chunk, length = Math.Min(chunk, n - start);
                        new ParallelSlice(b, start, length).Run(kernel);
                    });
                    int reps = Math.Max(3, (64 << 20) / n);
                    var oneTimes = new double[9];
                    var splitTimes = new double[9];
                    var parallelTimes = new double[9];
                    one();
                    split();
                    kernelParallel();
                    for (int round = 0; round < 9; round++)
                    {
                        oneTimes[round] = Time(one, reps) / n;
                        splitTimes[round] = Time(split, reps) / n;
                        parallelTimes[round] = Time(kernelParallel, reps) / n;
                    }

                    Array.Sort(oneTimes);
                    Array.Sort(splitTimes);
                    Array.Sort(parallelTimes);
                    Console.WriteLine($"{kernel,-20} {n,10} {oneTimes[4],8:F3} {splitTimes[4],8:F3} {oneTimes[4] / splitTimes[4],6:F2}   Parallel kernel {parallelTimes[4],8:F3} {oneTimes[4] / parallelTimes[4],6:F2}");
                }
            }

            return 0;
        }

        /// <summary>
        /// The memory roof a split call runs into: 16M floats streamed from one input (x → y) and from two (x + dy → y, a gradient's
        /// traffic) with non-temporal stores, as the kernels store at that size, on one thread and split over every core; the
        /// fastest of 20 rounds, ns per element. No kernel that moves the same bytes can be faster than this row on this machine,
        /// so a kernel's best speed-up from <c>Parallel</c> is its one-thread time over the all-core figure.
        /// </summary>
        private static unsafe void MemoryRoof()
        {
            if (!Vector256.IsHardwareAccelerated)
            {
                Console.WriteLine("memory roof: skipped (no Vector256)");
                return;
            }

            const int n = 16 << 20;
            float* x = (float*)NativeMemory.AlignedAlloc(n * sizeof(float), 4096);
            float* dy = (float*)NativeMemory.AlignedAlloc(n * sizeof(float), 4096);
            float* y = (float*)NativeMemory.AlignedAlloc(n * sizeof(float), 4096);
            try
            {
                new Span<float>(x, n).Fill(1f);
                new Span<float>(dy, n).Fill(2f);
                new Span<float>(y, n).Clear();
                void Copy(int lo, int hi)
                {
                    for (int i = lo; i < hi; i += 8) Vector256.Load(x + i).StoreAlignedNonTemporal(y + i);
                }

                void Add(int lo, int hi)
                {
                    for (int i = lo; i < hi; i += 8) (Vector256.Load(x + i) + Vector256.Load(dy + i)).StoreAlignedNonTemporal(y + i);
                }

                int cores = Environment.ProcessorCount, part = n / cores;
                foreach (var (name, body, bytes) in new (string, Action<int, int>, int)[] { ("x → y", Copy, 8), ("x + dy → y", Add, 12) })
                {
                    double one = Fastest(() => body(0, n)) / n;
                    double all = Fastest(() => Parallel.For(0, cores, c => body(c * part, c == cores - 1 ? n : (c + 1) * part))) / n;
                    Console.WriteLine($"memory roof, {name} at 16M (non-temporal stores): one thread {one:F3} ns/element ({bytes / one:F1} GB/s), "
                        + $"all cores {all:F3} ({bytes / all:F1} GB/s)");
                }
            }
            finally
            {
                NativeMemory.AlignedFree(x);
                NativeMemory.AlignedFree(dy);
                NativeMemory.AlignedFree(y);
            }

            static double Fastest(Action action)
            {
                double best = double.MaxValue;
                for (int round = 0; round < 20; round++)
                {
                    best = Math.Min(best, Time(action, 1));
                }

                return best;
            }
        }

        private static double Time(Action action, int reps)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < reps; i++)
            {
                action();
            }

            return Stopwatch.GetElapsedTime(start).TotalNanoseconds / reps;
        }

        /// <summary>One chunk of a case's spans (the bias and dbias whole: chunks start on rows; dbias per chunk is not summed here).</summary>
        private readonly ref struct ParallelSlice
        {
            private readonly ParallelBuffers _b;
            private readonly int _start, _length;

            public ParallelSlice(ParallelBuffers b, int start, int length) => (_b, _start, _length) = (b, start, length);

            public void Run(string kernel)
            {
                Span<float> x = _b.X.Slice(_start, _length), dy = _b.Dy.Slice(_start, _length), y = _b.Y.Slice(_start, _length);
                switch (kernel)
                {
                    case "gelu": PK.GeluOne(x, y); break;
                    case "silu": PK.SiluOne(x, y); break;
                    case "bias_gelu_backward": PK.BiasGeluBackwardOne(x, dy, y, stackalloc float[Buffers.Channels]); break;
                    case "relu": PK.ReluOne(x, y); break;
                    case "leaky_relu": PK.LeakyReluOne(x, y); break;
                    case "bias_relu": PK.BiasReluOne(x, _b.Bias, y); break;
                }
            }
        }
    }
}

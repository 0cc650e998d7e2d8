using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// Shared by the suites: one case (a kernel from <see cref="Cases"/>) at one size, its generated kernel
    /// against TensorPrimitives (the baseline) and the Span.CopyTo ceiling. Every method calls through a
    /// delegate (about 1 ns, the same for all, against ≥ 100 ns of work at 4K).
    /// </summary>
    public abstract class CaseBenchmark
    {
        private Buffers? _buffers;
        private Case? _case;

        protected Buffers B => _buffers!;

        protected Case C => _case!;

        public abstract string Kernel { get; set; }

        public abstract int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _case = Cases.Get(Kernel);
            _buffers = Buffers.For(_case, N);
            // The path the generated kernel takes in this process (the environment of the job decides it).
            Console.WriteLine($"// FusedKernels vector path: {ActivePath()}");
        }

        [GlobalCleanup]
        public void Cleanup() => _buffers?.Dispose();

        [Benchmark(Baseline = true, Description = "TensorPrimitives")]
        public void TensorPrimitives() => C.TensorPrimitives(B);

        [Benchmark(Description = "Fused")]
        public void Fused() => C.Fused(B);

        /// <summary>The memory-bandwidth ceiling: copy x to y (same element type and length).</summary>
        [Benchmark(Description = "CopyTo")]
        public void CopyTo()
        {
            if ((C.Needs & Needs.Double) != 0)
            {
                B.XD.CopyTo(B.YD);
            }
            else
            {
                B.X.CopyTo(B.Y);
            }
        }

        public static string ActivePath() =>
            Vector512.IsHardwareAccelerated ? "Vector512"
            : Vector256.IsHardwareAccelerated ? "Vector256"
            : Vector128.IsHardwareAccelerated ? "Vector128"
            : "scalar";
    }

    /// <summary>Every case at 4K and 16M elements on this machine's default path, with the naive loop.</summary>
    [Config(typeof(MainConfig))]
    public class Kernels : CaseBenchmark
    {
        public static IEnumerable<string> KernelNames() => Cases.Names(Array.ConvertAll(Cases.All, c => c.Name));

        public static IEnumerable<int> SizeValues() => Cases.Sizes;

        [ParamsSource(nameof(KernelNames))]
        public override string Kernel { get; set; } = "";

        [ParamsSource(nameof(SizeValues))]
        public override int N { get; set; }

        [Benchmark(Description = "Naive")]
        public void NaiveLoop() => C.Naive(B);
    }

    /// <summary>The representative subset once per vector path (jobs in <see cref="PathsConfig"/>).</summary>
    [Config(typeof(PathsConfig))]
    public class VectorPaths : CaseBenchmark
    {
        public static IEnumerable<string> KernelNames() => Cases.Names(Cases.PathSubset);

        public static IEnumerable<int> SizeValues() => Cases.Sizes;

        [ParamsSource(nameof(KernelNames))]
        public override string Kernel { get; set; } = "";

        [ParamsSource(nameof(SizeValues))]
        public override int N { get; set; }
    }
}

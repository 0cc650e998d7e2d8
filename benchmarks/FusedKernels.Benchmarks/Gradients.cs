using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace FusedKernels.Benchmarks
{
    /// <summary>Buffers of the gradient cases: x, dy, multiplier (full length), dx, dmultiplier, dbias (L = 1024), and scratch for the TP chains.</summary>
    public sealed unsafe class GradBuffers : IDisposable
    {
        private readonly int _n;
        private readonly float* _x, _dy, _m, _dx, _dm, _dbias, _t1, _t2, _t3, _xWide;

        public GradBuffers(int n)
        {
            _n = n;
            var rng = new Random(20261124);
            _x = Alloc(n, rng, -4, 4); // gelu′ non-trivial: every table interval and both signs, as real pre-activations
            _dy = Alloc(n, rng, -1, 1);
            _m = Alloc(n, rng, -1, 1);
            _dx = Alloc(n, rng, 0, 0);
            _dm = Alloc(n, rng, 0, 0);
            _dbias = Alloc(Buffers.Channels, rng, 0, 0);
            _t1 = Alloc(n, rng, 0, 0);
            _t2 = Alloc(n, rng, 0, 0);
            _t3 = Alloc(n, rng, 0, 0);
            // gelu′'s worst case: about half the lanes have |x| ≥ 4, where its table form falls back to the rational form,
            // so every vector computes both (drawn last, so the buffers above hold the same data as before it existed).
            _xWide = Alloc(n, rng, -8, 8);
        }

        public Span<float> X => new(_x, _n);
        public Span<float> XWide => new(_xWide, _n);
        public Span<float> Dy => new(_dy, _n);
        public Span<float> M => new(_m, _n);
        public Span<float> Dx => new(_dx, _n);
        public Span<float> Dm => new(_dm, _n);
        public Span<float> DBias => new(_dbias, Buffers.Channels);
        public Span<float> T1 => new(_t1, _n);
        public Span<float> T2 => new(_t2, _n);
        public Span<float> T3 => new(_t3, _n);

        public void Dispose()
        {
            NativeMemory.AlignedFree(_x);
            NativeMemory.AlignedFree(_dy);
            NativeMemory.AlignedFree(_m);
            NativeMemory.AlignedFree(_dx);
            NativeMemory.AlignedFree(_dm);
            NativeMemory.AlignedFree(_dbias);
            NativeMemory.AlignedFree(_t1);
            NativeMemory.AlignedFree(_t2);
            NativeMemory.AlignedFree(_t3);
            NativeMemory.AlignedFree(_xWide);
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

    /// <summary>One operation of a gradient case.</summary>
    public delegate void GradOp(GradBuffers b);

    /// <summary>
    /// A gradient case: the generated kernel, the TensorPrimitives chain, and the bandwidth floor of its streams:
    /// <see cref="Stream"/> is a hand-written kernel that reads and writes exactly the full-length arrays the fused
    /// kernel must (gelu backward: read x, dy, write dx; SwiGLU backward: read x, m, dy, write dx, dm) with one add.
    /// </summary>
    public sealed record GradCase(string Name, string TpDescription, string StreamDescription, GradOp TensorPrimitives, GradOp Fused, GradOp Stream);

    public static class GradCases
    {
        public static readonly GradCase[] All =
        [
            new("bias_gelu_backward",
                "Φ by the tanh form (TP has no erf/gelu′): Multiply(x,x), Multiply(·,c·0.044715), Add(·,c), Multiply(·,x), Tanh, Add(·,1), Multiply(·,½); φ: Multiply(x,x), Multiply(·,−½), Exp, Multiply(·,1/√(2π)), Multiply(·,x); Add(Φ, xφ), Multiply(·,dy); dbias: Clear + Add(dbias, row) per row (float accumulation)",
                "Read2Write1: dx[i] = x[i] + dy[i] (Vector512/256/128)",
                b => TpGrad.BiasGeluBackward(b.X, b.Dy, b.Dx, b.DBias, b.T1, b.T2),
                b => K.BiasGeluBackward(b.X, b.Dy, b.Dx, b.DBias),
                b => StreamKernels.Read2Write1(b.X, b.Dy, b.Dx)),
            new("bias_gelu_backward_wide",
                "as bias_gelu_backward, on x uniform in [−8, 8]",
                "Read2Write1 (as bias_gelu_backward)",
                b => TpGrad.BiasGeluBackward(b.XWide, b.Dy, b.Dx, b.DBias, b.T1, b.T2),
                b => K.BiasGeluBackward(b.XWide, b.Dy, b.Dx, b.DBias),
                b => StreamKernels.Read2Write1(b.XWide, b.Dy, b.Dx)),
            new("swiglu_backward",
                "Sigmoid(x)=s, Multiply(x,s)=silu, Multiply(dy,silu)=dm, Multiply(silu,s), Subtract(silu,·), Add(·,s)=silu′, Multiply(·,m), Multiply(·,dy)=dx",
                "Read3Write2: dx[i] = x[i] + dy[i], dm[i] = m[i] + dy[i] (Vector512/256/128)",
                b => TpGrad.SwiGluBackward(b.X, b.M, b.Dy, b.Dx, b.Dm, b.T1, b.T2, b.T3),
                b => K.SwiGluBackward(b.X, b.M, b.Dy, b.Dx, b.Dm),
                b => StreamKernels.Read3Write2(b.X, b.M, b.Dy, b.Dx, b.Dm)),
        ];

        public static GradCase Get(string name) => All.First(c => c.Name == name);
    }

    /// <summary>The TensorPrimitives 11.0.0 sequences a user writes for the two backward passes.</summary>
    public static class TpGrad
    {
        private const float C = 0.7978845608028654f; // √(2/π)
        private const float InvSqrt2Pi = 0.3989422804014327f;

        public static void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias, Span<float> t1, Span<float> t2)
        {
            // Φ(x) ≈ ½·(1 + tanh(√(2/π)·(x + 0.044715·x³))) into t1
            TensorPrimitives.Multiply(x, x, t1);
            TensorPrimitives.Multiply(t1, C * 0.044715f, t1);
            TensorPrimitives.Add(t1, C, t1);
            TensorPrimitives.Multiply(t1, x, t1);
            TensorPrimitives.Tanh(t1, t1);
            TensorPrimitives.Add(t1, 1f, t1);
            TensorPrimitives.Multiply(t1, 0.5f, t1);
            // x·φ(x) into t2
            TensorPrimitives.Multiply(x, x, t2);
            TensorPrimitives.Multiply(t2, -0.5f, t2);
            TensorPrimitives.Exp(t2, t2);
            TensorPrimitives.Multiply(t2, InvSqrt2Pi, t2);
            TensorPrimitives.Multiply(t2, x, t2);
            TensorPrimitives.Add(t1, t2, dx);
            TensorPrimitives.Multiply(dx, dy, dx);
            dbias.Clear();
            int l = dbias.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                TensorPrimitives.Add(dbias, dx.Slice(r, l), dbias);
            }
        }

        public static void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> m, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dm, Span<float> s, Span<float> silu, Span<float> t)
        {
            TensorPrimitives.Sigmoid(x, s);
            TensorPrimitives.Multiply(x, s, silu);
            TensorPrimitives.Multiply(dy, silu, dm);
            // silu′ = s·(1 + x·(1 − s)) = s + silu − silu·s
            TensorPrimitives.Multiply(silu, s, t);
            TensorPrimitives.Subtract(silu, t, t);
            TensorPrimitives.Add(t, s, t);
            TensorPrimitives.Multiply(t, m, dx);
            TensorPrimitives.Multiply(dx, dy, dx);
        }
    }

    /// <summary>
    /// Bandwidth floors: the cheapest kernels that touch the same full-length arrays as the fused backward passes
    /// (one add per output, so they are memory-bound at every size that leaves the cache).
    /// </summary>
    public static class StreamKernels
    {
        /// <summary>dx[i] = x[i] + dy[i]: read two arrays, write one, once.</summary>
        public static void Read2Write1(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx)
        {
            nuint n = (nuint)x.Length, i = 0;
            ref float xr = ref MemoryMarshal.GetReference(x);
            ref float yr = ref MemoryMarshal.GetReference(dy);
            ref float dr = ref MemoryMarshal.GetReference(dx.Slice(0, x.Length));
            if (Vector512.IsHardwareAccelerated)
            {
                for (; i + 16 <= n; i += 16)
                {
                    Vector512.StoreUnsafe(Vector512.LoadUnsafe(ref xr, i) + Vector512.LoadUnsafe(ref yr, i), ref dr, i);
                }
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                for (; i + 8 <= n; i += 8)
                {
                    Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref xr, i) + Vector256.LoadUnsafe(ref yr, i), ref dr, i);
                }
            }
            else if (Vector128.IsHardwareAccelerated)
            {
                for (; i + 4 <= n; i += 4)
                {
                    Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref xr, i) + Vector128.LoadUnsafe(ref yr, i), ref dr, i);
                }
            }

            for (; i < n; i++)
            {
                Unsafe.Add(ref dr, i) = Unsafe.Add(ref xr, i) + Unsafe.Add(ref yr, i);
            }
        }

        /// <summary>dx[i] = x[i] + dy[i], dm[i] = m[i] + dy[i]: read three arrays, write two, once.</summary>
        public static void Read3Write2(ReadOnlySpan<float> x, ReadOnlySpan<float> m, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dm)
        {
            nuint n = (nuint)x.Length, i = 0;
            ref float xr = ref MemoryMarshal.GetReference(x);
            ref float mr = ref MemoryMarshal.GetReference(m.Slice(0, x.Length));
            ref float yr = ref MemoryMarshal.GetReference(dy.Slice(0, x.Length));
            ref float dr = ref MemoryMarshal.GetReference(dx.Slice(0, x.Length));
            ref float dmr = ref MemoryMarshal.GetReference(dm.Slice(0, x.Length));
            if (Vector512.IsHardwareAccelerated)
            {
                for (; i + 16 <= n; i += 16)
                {
                    Vector512<float> g = Vector512.LoadUnsafe(ref yr, i);
                    Vector512.StoreUnsafe(Vector512.LoadUnsafe(ref xr, i) + g, ref dr, i);
                    Vector512.StoreUnsafe(Vector512.LoadUnsafe(ref mr, i) + g, ref dmr, i);
                }
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                for (; i + 8 <= n; i += 8)
                {
                    Vector256<float> g = Vector256.LoadUnsafe(ref yr, i);
                    Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref xr, i) + g, ref dr, i);
                    Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref mr, i) + g, ref dmr, i);
                }
            }
            else if (Vector128.IsHardwareAccelerated)
            {
                for (; i + 4 <= n; i += 4)
                {
                    Vector128<float> g = Vector128.LoadUnsafe(ref yr, i);
                    Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref xr, i) + g, ref dr, i);
                    Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref mr, i) + g, ref dmr, i);
                }
            }

            for (; i < n; i++)
            {
                float g = Unsafe.Add(ref yr, i);
                Unsafe.Add(ref dr, i) = Unsafe.Add(ref xr, i) + g;
                Unsafe.Add(ref dmr, i) = Unsafe.Add(ref mr, i) + g;
            }
        }
    }

    /// <summary>
    /// <c>--verify-gradients</c>: the gradient cases in the --verify-ratios harness (interleaved rounds; ratio of
    /// minima, median of per-round ratios in brackets). "fused/stream" is the fraction of the stream kernel's
    /// bandwidth the fused kernel reaches (stream time / fused time; the target for bias+gelu backward is ≥ 0.8, docs/benchmarks.md).
    /// </summary>
    public static class VerifyGradients
    {
        public sealed record Row(string Kernel, int N, string Path, double TensorPrimitivesNs, double FusedNs, double StreamNs, double CopyToNs,
            double FusedVsTensorPrimitives, double FusedVsStream, double FusedVsCopyTo,
            double MedianFusedVsTensorPrimitives, double MedianFusedVsStream, double MedianFusedVsCopyTo);

        public static int Run(string artifacts)
        {
            string path = CaseBenchmark.ActivePath();
            Console.WriteLine($"gradient kernels, independent harness (Stopwatch), vector path {path}; ns = fastest batch; ratios of minima, medians of per-round ratios in brackets");
            Console.WriteLine($"{"kernel",-20} {"N",9} {"TP ns",12} {"fused ns",12} {"stream ns",12} {"copy ns",12} {"×TP",7} {"stream/fused",12} {"copy/fused",10}");
            var rows = new List<Row>();
            using var dummy = new Buffers(1, Needs.None);
            foreach (GradCase c in GradCases.All.Where(c => Cases.Selected.Length == 0 || Cases.Selected.Contains(c.Name)))
            {
                foreach (int n in Cases.Sizes)
                {
                    using var g = new GradBuffers(n);
                    Op[] ops = [_ => c.TensorPrimitives(g), _ => c.Fused(g), _ => c.Stream(g), _ => g.X.CopyTo(g.Dx)];
                    (double[][] t, int rounds) = VerifyRatios.Measure(ops, dummy, n);
                    double Min(int k) => t[k].Min();
                    double Med(int num, int den) => VerifyRatios.Median(Enumerable.Range(0, rounds).Select(r => t[num][r] / t[den][r]));
                    var row = new Row(c.Name, n, path, Min(0), Min(1), Min(2), Min(3), Min(0) / Min(1), Min(2) / Min(1), Min(3) / Min(1), Med(0, 1), Med(2, 1), Med(3, 1));
                    rows.Add(row);
                    Console.WriteLine($"{row.Kernel,-20} {row.N,9} {row.TensorPrimitivesNs,12:F0} {row.FusedNs,12:F0} {row.StreamNs,12:F0} {row.CopyToNs,12:F0} {row.FusedVsTensorPrimitives,7:F2} {row.FusedVsStream,12:F2} {row.FusedVsCopyTo,10:F2}  [{row.MedianFusedVsTensorPrimitives:F2} {row.MedianFusedVsStream:F2} {row.MedianFusedVsCopyTo:F2}]");
                }
            }

            Directory.CreateDirectory(artifacts);
            string file = Path.Combine(artifacts, "verify-gradients.json");
            File.WriteAllText(file, JsonSerializer.Serialize(new { Date = DateTime.UtcNow, Path = path, Rows = rows }, new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"written {file}");
            return 0;
        }
    }

    /// <summary>BenchmarkDotNet: the gradient cases (TensorPrimitives chain as baseline, fused, stream floor, CopyTo).</summary>
    [Config(typeof(MainConfig))]
    public class Gradients
    {
        private GradBuffers? _b;
        private GradCase? _c;

        public static IEnumerable<string> KernelNames() => GradCases.All.Select(c => c.Name).Where(n => Cases.Selected.Length == 0 || Cases.Selected.Contains(n));

        public static IEnumerable<int> SizeValues() => Cases.Sizes;

        [ParamsSource(nameof(KernelNames))]
        public string Kernel { get; set; } = "";

        [ParamsSource(nameof(SizeValues))]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _c = GradCases.Get(Kernel);
            _b = new GradBuffers(N);
            Console.WriteLine($"// FusedKernels vector path: {CaseBenchmark.ActivePath()}");
        }

        [GlobalCleanup]
        public void Cleanup() => _b?.Dispose();

        [Benchmark(Baseline = true, Description = "TensorPrimitives")]
        public void TensorPrimitives() => _c!.TensorPrimitives(_b!);

        [Benchmark(Description = "Fused")]
        public void Fused() => _c!.Fused(_b!);

        [Benchmark(Description = "Stream")]
        public void Stream() => _c!.Stream(_b!);

        [Benchmark(Description = "CopyTo")]
        public void CopyTo() => _b!.X.CopyTo(_b!.Dx);
    }
}

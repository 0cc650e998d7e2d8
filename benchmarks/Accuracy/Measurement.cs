using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace FusedKernels.Accuracy
{
    /// <summary>The error of one function on one path: the maximum ULP and where, and near a zero of a derivative the maximum in ULP of the largest term.</summary>
    internal sealed class PathResult
    {
        public bool Checked;
        public long MaxUlp;
        public double ArgMax;
        public double Near;
        public double NearAt;
        public long Count;
        public long Over1;

        /// <summary>
        /// A hash of every result's bits (NaN counted as one pattern, so that payloads do not count), the same whatever the
        /// order the chunks ran in: equal hashes on two paths, or two machines, mean the same bits (<c>--hash</c> prints it).
        /// </summary>
        public ulong Hash;

        /// <summary>
        /// One result y against its reference r at input x. Where the reference is below half of the largest term of
        /// the formula (docs/activations.md, derivatives, the neighbourhood of a zero), the error is |y − r| in ULP of that term, exactly as
        /// tests/RuntimeTests/Derivatives/DerivativeAccuracyTests measures it; elsewhere the ULP distance.
        /// </summary>
        public void Add<T>(T y, T r, double x, Func<double, double>? largestTerm) where T : IBinaryFloatingPointIeee754<T>
        {
            Count++;
            if (largestTerm is not null && !T.IsNaN(y))
            {
                double big = largestTerm(x);
                if (Math.Abs(double.CreateTruncating(r)) < 0.5 * big)
                {
                    T b = T.CreateTruncating(big);
                    double units = Math.Abs(double.CreateTruncating(y) - double.CreateTruncating(r)) / double.CreateTruncating(T.BitIncrement(b) - b);
                    if (units > 1) Over1++;
                    if (units > Near) { Near = units; NearAt = x; }
                    return;
                }
            }
            long d = Ulp.Distance(y, r);
            if (d > 1) Over1++;
            if (d > MaxUlp || (d == MaxUlp && Count == 1)) { MaxUlp = d; ArgMax = x; }
        }

        /// <summary>Adds a chunk: bit-identical results (almost all) are counted without computing a distance.</summary>
        public void AddChunk<T>(T[] x, T[] y, T[] r, Func<double, double>? largestTerm) where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            Hash += ChunkHash(x, y);
            int start = 0;
            while (start < y.Length)
            {
                int same = MemoryMarshal.AsBytes(y.AsSpan(start)).CommonPrefixLength(MemoryMarshal.AsBytes(r.AsSpan(start))) / Unsafe.SizeOf<T>();
                Count += same;
                int i = start + same;
                if (i >= y.Length) break;
                Add(y[i], r[i], double.CreateTruncating(x[i]), largestTerm);
                start = i + 1;
            }
        }

        /// <summary>FNV-1a over the results' bits, keyed by the chunk's first input and mixed (SplitMix64's finalizer), so that a sum of chunks is a hash of the whole.</summary>
        private static ulong ChunkHash<T>(T[] x, T[] y) where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            ulong h = 14695981039346656037UL;
            foreach (T v in y)
            {
                h = (h ^ (T.IsNaN(v) ? ulong.MaxValue : Bits(v))) * 1099511628211UL;
            }

            h ^= Bits(x[0]);
            h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
            h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
            return h ^ (h >> 31);

            static ulong Bits(T v) => Unsafe.SizeOf<T>() == sizeof(uint) ? Unsafe.As<T, uint>(ref v) : Unsafe.As<T, ulong>(ref v);
        }

        public void Merge(PathResult o)
        {
            Hash += o.Hash;
            Checked |= o.Checked;
            Count += o.Count;
            Over1 += o.Over1;
            if (o.MaxUlp > MaxUlp) { MaxUlp = o.MaxUlp; ArgMax = o.ArgMax; }
            if (o.Near > Near) { Near = o.Near; NearAt = o.NearAt; }
        }

        public override string ToString() =>
            !Checked ? "n/a" : (MaxUlp == long.MaxValue ? $"NaN! at {ArgMax:R}" : $"{MaxUlp} (at {ArgMax:R})") + (Near > 0 ? $" near zero {Near:F2} (at {NearAt:R})" : "");
    }

    internal static class Measurement
    {
        private const int Chunk = 1 << 16;

        /// <summary>All 2^32 float bit patterns in chunks of 65536 consecutive ones; with a stride S, every S-th chunk (every binade keeps 2^7/S of its 2^7 chunks).</summary>
        public static PathResult[] FloatExhaustive(FloatCase c, int stride, bool[] accelerated) =>
            Run(c.Ref, c.Paths, c.LargestTerm, accelerated, ((1 << 16) + stride - 1) / stride, _ => Chunk, (k, x) =>
            {
                uint high = (uint)(k * stride) << 16;
                for (int i = 0; i < x.Length; i++) x[i] = BitConverter.UInt32BitsToSingle(high | (uint)i);
            });

        public static PathResult[] DoubleSampled(DoubleCase c, double[] samples, bool[] accelerated) =>
            Run(c.Ref, c.Paths, c.LargestTerm, accelerated, (samples.Length + Chunk - 1) / Chunk,
                k => Math.Min(Chunk, samples.Length - k * Chunk), (k, x) => samples.AsSpan(k * Chunk, x.Length).CopyTo(x));

        /// <summary>Chunks in parallel: fill the inputs, the reference, then every path the case has and this machine accelerates.</summary>
        private static PathResult[] Run<T>(Func<T, T> reference, Action<T[], T[]>?[] paths, Func<double, double>? largestTerm, bool[] accelerated,
            int chunks, Func<int, int> length, Action<int, T[]> fill) where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            bool[] run = Enumerable.Range(0, 4).Select(p => accelerated[p] && paths[p] is not null).ToArray();
            PathResult[] NewResults() => run.Select(r => new PathResult { Checked = r }).ToArray();
            var total = NewResults();
            object gate = new();
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => (x: Array.Empty<T>(), r: Array.Empty<T>(), y: Array.Empty<T>(), res: NewResults()),
                (k, _, st) =>
                {
                    int n = length(k);
                    if (st.x.Length != n) st = (new T[n], new T[n], new T[n], st.res);
                    fill(k, st.x);
                    for (int i = 0; i < n; i++) st.r[i] = reference(st.x[i]);
                    for (int p = 0; p < 4; p++)
                    {
                        if (!run[p]) continue;
                        paths[p]!(st.x, st.y);
                        st.res[p].AddChunk(st.x, st.y, st.r, largestTerm);
                    }
                    return st;
                },
                st => { lock (gate) for (int p = 0; p < 4; p++) total[p].Merge(st.res[p]); });
            return total;
        }

        private static readonly Dictionary<int, double[]> SampleCache = new();

        /// <summary>
        /// Seeded double inputs (a multiple of 8 long): the special values, then 40% |x| with a uniform binade in
        /// [2^-40, 2^10] (random mantissa and sign), 40% uniform in [−45, 45], 20% any finite double
        /// (uniform binade over the whole range, subnormals included).
        /// </summary>
        public static double[] DoubleSamples(int n)
        {
            if (SampleCache.TryGetValue(n, out var cached)) return cached;
            int length = (n + 7) / 8 * 8;
            var rng = new Random(20240611);
            var list = new List<double>
            {
                0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.Epsilon, -double.Epsilon,
                double.MaxValue, double.MinValue, 1, -1, 0.5, -0.5, 2, -2, 20, -20, 40, -40, 709.78, -709.78, 745, -745, 800, -800,
                1e-300, -1e-300, 2.2250738585072014E-308, -2.2250738585072014E-308,
            };
            while (list.Count < length)
            {
                double u = rng.NextDouble();
                double x;
                if (u < 0.4) x = Math.ScaleB(1 + rng.NextDouble(), rng.Next(-40, 11));
                else if (u < 0.8) { list.Add(rng.NextDouble() * 90 - 45); continue; }
                else
                {
                    long bits = rng.NextInt64(0, 0x7FF0_0000_0000_0000L);
                    x = BitConverter.Int64BitsToDouble(bits);
                }
                list.Add(rng.Next(2) == 0 ? x : -x);
            }
            return SampleCache[n] = list.Take(length).ToArray();
        }
    }
}

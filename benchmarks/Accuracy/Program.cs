using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Threading.Tasks;

namespace FusedKernels.Accuracy
{
    /// <summary>
    /// The exhaustive accuracy tool: every float activation on every path over all 2^32 inputs, every double
    /// activation on a seeded sample, against the references in FusedKernels.Runtime.Reference; writes
    /// docs/accuracy.md. <c>--help</c> lists the options.
    /// </summary>
    internal static class Program
    {
        private static readonly string[] PathNames = { "scalar", "Vector128", "Vector256", "Vector512" };

        private static int Main(string[] args)
        {
            var opt = Options.Parse(args);
            if (opt is null) return 2;
            if (opt.Bench) { Bench.Run(); return 0; }

            var floatCases = Cases.Float.Where(c => opt.Only is null || opt.Only.Contains(c.Name)).ToArray();
            var doubleCases = Cases.Double.Where(c => opt.Only is null || opt.Only.Contains(c.Name)).ToArray();
            bool[] accelerated = { true, Vector128.IsHardwareAccelerated, Vector256.IsHardwareAccelerated, Vector512.IsHardwareAccelerated };
            Console.WriteLine($"paths accelerated: V128={accelerated[1]} V256={accelerated[2]} V512={accelerated[3]}; {Environment.ProcessorCount} threads");

            var floatResults = new List<(FloatCase Case, PathResult[] Paths, TimeSpan Time)>();
            if (!opt.DoubleOnly)
            {
                foreach (var c in floatCases)
                {
                    var sw = Stopwatch.StartNew();
                    var r = FloatExhaustive(c, opt.Stride, accelerated);
                    sw.Stop();
                    floatResults.Add((c, r, sw.Elapsed));
                    Console.WriteLine($"float  {c.Name,-10} {string.Join("  ", r.Select((p, i) => $"{PathNames[i]}: {p}"))}   ({sw.Elapsed.TotalSeconds:F0} s)");
                }
            }

            var doubleResults = new List<(DoubleCase Case, PathResult[] Paths, TimeSpan Time)>();
            if (!opt.FloatOnly)
            {
                double[] samples = DoubleSamples(opt.DoubleSamples);
                foreach (var c in doubleCases)
                {
                    var sw = Stopwatch.StartNew();
                    var r = DoubleSampled(c, samples, accelerated);
                    sw.Stop();
                    doubleResults.Add((c, r, sw.Elapsed));
                    Console.WriteLine($"double {c.Name,-10} {string.Join("  ", r.Select((p, i) => $"{PathNames[i]}: {p}"))}   ({sw.Elapsed.TotalSeconds:F0} s)");
                }
            }

            bool full = opt.Only is null && opt.Stride == 1 && !opt.FloatOnly && !opt.DoubleOnly;
            if (opt.Write ?? full)
            {
                string md = Markdown(floatResults, doubleResults, opt, accelerated);
                string path = opt.Output ?? FindDocs();
                File.WriteAllText(path, md);
                Console.WriteLine($"wrote {path}");
            }

            long worstFloat = floatResults.SelectMany(r => r.Paths).Where(p => p.Checked).Select(p => p.MaxUlp).DefaultIfEmpty(0).Max();
            long worstDouble = doubleResults.SelectMany(r => r.Paths).Where(p => p.Checked).Select(p => p.MaxUlp).DefaultIfEmpty(0).Max();
            Console.WriteLine($"worst float {worstFloat} ULP, worst double {worstDouble} ULP");
            return worstFloat <= 4 && worstDouble <= 4 ? 0 : 1;
        }

        internal sealed class PathResult
        {
            public bool Checked;
            public long MaxUlp;
            public double ArgMax;
            public long Count;
            public long Over1;

            public void Add(long ulp, double x)
            {
                Count++;
                if (ulp > 1) Over1++;
                if (ulp > MaxUlp || (ulp == MaxUlp && Count == 1)) { MaxUlp = ulp; ArgMax = x; }
            }

            /// <summary>Adds a chunk: bit-identical results (almost all) are counted without computing a distance.</summary>
            public void AddChunk(float[] x, float[] y, float[] r)
            {
                ReadOnlySpan<int> yi = MemoryMarshal.Cast<float, int>(y), ri = MemoryMarshal.Cast<float, int>(r);
                int start = 0;
                while (start < yi.Length)
                {
                    int off = yi[start..].CommonPrefixLength(ri[start..]);
                    Count += off;
                    int i = start + off;
                    if (i >= yi.Length) break;
                    Add(Ulp.Distance(y[i], r[i]), x[i]);
                    start = i + 1;
                }
            }

            public void Merge(PathResult o)
            {
                Checked |= o.Checked;
                Count += o.Count;
                Over1 += o.Over1;
                if (o.MaxUlp > MaxUlp) { MaxUlp = o.MaxUlp; ArgMax = o.ArgMax; }
            }

            public override string ToString() => !Checked ? "n/a" : MaxUlp == long.MaxValue ? $"NaN! at {ArgMax:R}" : $"{MaxUlp} (at {ArgMax:R})";
        }

        private static PathResult[] FloatExhaustive(FloatCase c, int stride, bool[] accelerated)
        {
            const int ChunkBits = 16, Chunk = 1 << ChunkBits;
            var total = NewResults(accelerated);
            object gate = new();
            Parallel.For(0, 1 << (32 - ChunkBits), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => (x: new float[Chunk], r: new float[Chunk], y: new float[Chunk], res: NewResults(accelerated)),
                (chunk, _, st) =>
                {
                    if (stride > 1 && chunk % stride != 0) return st;
                    float[] x = st.x, r = st.r, y = st.y;
                    for (int i = 0; i < Chunk; i++) x[i] = BitConverter.Int32BitsToSingle((int)(((uint)chunk << ChunkBits) | (uint)i));
                    for (int i = 0; i < Chunk; i++) r[i] = c.Ref(x[i]);
                    for (int p = 0; p < 4; p++)
                    {
                        if (!accelerated[p]) continue;
                        Apply(c, p, x, y);
                        st.res[p].AddChunk(x, y, r);
                    }
                    return st;
                },
                st => { lock (gate) for (int p = 0; p < 4; p++) total[p].Merge(st.res[p]); });
            return total;
        }

        private static void Apply(FloatCase c, int path, float[] x, float[] y)
        {
            ref float xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref float yr = ref MemoryMarshal.GetArrayDataReference(y);
            switch (path)
            {
                case 0: for (int i = 0; i < x.Length; i++) y[i] = c.Scalar(x[i]); break;
                case 1: for (int i = 0; i < x.Length; i += 4) c.V128(Vector128.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref yr, (nuint)i); break;
                case 2: for (int i = 0; i < x.Length; i += 8) c.V256(Vector256.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref yr, (nuint)i); break;
                default: for (int i = 0; i < x.Length; i += 16) c.V512(Vector512.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref yr, (nuint)i); break;
            }
        }

        private static void Apply(DoubleCase c, int path, double[] x, double[] y)
        {
            ref double xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref double yr = ref MemoryMarshal.GetArrayDataReference(y);
            switch (path)
            {
                case 0: for (int i = 0; i < x.Length; i++) y[i] = c.Scalar(x[i]); break;
                case 1: for (int i = 0; i < x.Length; i += 2) c.V128(Vector128.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref yr, (nuint)i); break;
                case 2: for (int i = 0; i < x.Length; i += 4) c.V256(Vector256.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref yr, (nuint)i); break;
                default: for (int i = 0; i < x.Length; i += 8) c.V512(Vector512.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref yr, (nuint)i); break;
            }
        }

        private static PathResult[] NewResults(bool[] accelerated) =>
            Enumerable.Range(0, 4).Select(p => new PathResult { Checked = accelerated[p] }).ToArray();

        /// <summary>
        /// Seeded double inputs (a multiple of 8 long): the special values, then 40% |x| with a uniform binade in
        /// [2^-40, 2^10] (random mantissa and sign), 40% uniform in [−45, 45], 20% any finite double
        /// (uniform binade over the whole range, subnormals included).
        /// </summary>
        internal static double[] DoubleSamples(int n)
        {
            n = (n + 7) / 8 * 8;
            var rng = new Random(20240611);
            var list = new List<double>
            {
                0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.Epsilon, -double.Epsilon,
                double.MaxValue, double.MinValue, 1, -1, 0.5, -0.5, 2, -2, 20, -20, 40, -40, 709.78, -709.78, 745, -745, 800, -800,
                1e-300, -1e-300, 2.2250738585072014E-308, -2.2250738585072014E-308,
            };
            while (list.Count < n)
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
            return list.Take(n).ToArray();
        }

        private static PathResult[] DoubleSampled(DoubleCase c, double[] x, bool[] accelerated)
        {
            var r = new double[x.Length];
            Parallel.For(0, (x.Length + 4095) / 4096, b =>
            {
                int end = Math.Min(x.Length, (b + 1) * 4096);
                for (int i = b * 4096; i < end; i++) r[i] = c.Ref(x[i]);
            });
            var y = new double[x.Length];
            var res = NewResults(accelerated);
            for (int p = 0; p < 4; p++)
            {
                if (!accelerated[p]) continue;
                Apply(c, p, x, y);
                for (int i = 0; i < x.Length; i++) res[p].Add(Ulp.Distance(y[i], r[i]), x[i]);
            }
            return res;
        }

        private static string FindDocs()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) dir = dir.Parent;
            string root = dir?.FullName ?? Directory.GetCurrentDirectory();
            Directory.CreateDirectory(Path.Combine(root, "docs"));
            return Path.Combine(root, "docs", "accuracy.md");
        }

        private static string Cell(PathResult p) =>
            !p.Checked ? "n/a (not accelerated)" : p.MaxUlp == long.MaxValue ? $"**NaN** at {Fmt(p.ArgMax)}"
            : p.MaxUlp == 0 ? "0" : $"{p.MaxUlp} ({Fmt(p.ArgMax)})";

        private static string Fmt(double x) => x.ToString("R", CultureInfo.InvariantCulture);

        private static string Markdown(List<(FloatCase Case, PathResult[] Paths, TimeSpan Time)> fr,
            List<(DoubleCase Case, PathResult[] Paths, TimeSpan Time)> dr, Options opt, bool[] accelerated)
        {
            var sb = new StringBuilder();
            sb.AppendLine("# Accuracy of the transcendental activations");
            sb.AppendLine();
            sb.AppendLine("Written by `benchmarks/Accuracy` (do not edit by hand). Reproduce with");
            sb.AppendLine();
            sb.AppendLine("```");
            sb.AppendLine("dotnet run -c Release --project benchmarks/Accuracy");
            sb.AppendLine("```");
            sb.AppendLine();
            sb.AppendLine("(`-- --only sigmoid,tanh`, `--float-only`, `--double-only`, `--stride 16`, `--double-samples N` for a subset; a subset run does not rewrite this file unless `--write` is given.)");
            sb.AppendLine();
            sb.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            sb.AppendLine($"- Machine: {CpuName()}, {Environment.ProcessorCount} hardware threads, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
            sb.AppendLine($"- Hardware-accelerated paths: Vector128 {accelerated[1]}, Vector256 {accelerated[2]}, Vector512 {accelerated[3]}" +
                          (accelerated[3] ? "" : " (the Vector512 overloads were not measured: not accelerated here)"));
            sb.AppendLine("- Error = distance between the ordered integer images of the result and the correctly rounded reference: adjacent values are 1 apart, ±0 coincide, a result in the subnormal range counts in units of the smallest subnormal. Each cell: the maximum, and in parentheses the input where it first occurs.");
            sb.AppendLine();
            sb.AppendLine("## float: all 2^32 inputs, every path");
            sb.AppendLine();
            sb.AppendLine("Reference: `FusedKernels.Runtime.Reference` float overloads — the formula in double with `System.Math` and careful expm1/log1p/erfc, rounded once. The kernels evaluate in double and round once, so a result is either the correctly rounded one or its neighbour.");
            sb.AppendLine();
            sb.AppendLine("| activation | parameters | scalar | Vector128 | Vector256 | Vector512 | results ≠ reference by > 1 ULP | wall time (incl. reference; depends on machine load) |");
            sb.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var (c, p, t) in fr)
                sb.AppendLine($"| {c.Name} | {c.Parameters} | {Cell(p[0])} | {Cell(p[1])} | {Cell(p[2])} | {Cell(p[3])} | {p.Sum(q => q.Over1)} | {t.TotalSeconds:F0} s |");
            sb.AppendLine();
            sb.AppendLine($"## double: {opt.DoubleSamples:N0} seeded samples, every path");
            sb.AppendLine();
            sb.AppendLine("Reference: `FusedKernels.Runtime.Reference` double overloads — double-double arithmetic (~106 bits), rounded once. Samples: the special values; 40% |x| with a uniform binade in [2^-40, 2^10]; 40% uniform in [−45, 45]; 20% uniform binade over all finite doubles (subnormals included); random signs.");
            sb.AppendLine();
            sb.AppendLine("| activation | parameters | scalar | Vector128 | Vector256 | Vector512 | time |");
            sb.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var (c, p, t) in dr)
                sb.AppendLine($"| {c.Name} | {c.Parameters} | {Cell(p[0])} | {Cell(p[1])} | {Cell(p[2])} | {Cell(p[3])} | {t.TotalSeconds:F0} s |");
            sb.AppendLine();
            sb.AppendLine("The tests in `tests/RuntimeTests/VectorMath` enforce these bounds on sampled inputs (float ≤ 1 ULP, double ≤ the bound in the table, never looser than 4).");
            sb.AppendLine();
            sb.AppendLine("## How the kernels compute (src/Runtime/Math; each template documents its own)");
            sb.AppendLine();
            sb.AppendLine("- **Float activations** are evaluated in double on two widened halves and narrowed once. Every double intermediate is good to better than 2^-27 relative, so the float result is within 1 ULP of the exact value and usually the correctly rounded one.");
            sb.AppendLine("- **Float sigmoid / tanh hot path**: clamp in float (sigmoid to [−110, 40], tanh |x| to 10), widen, 2^z with z = x·log2 e split as n + r (|r| ≤ ½, exact), 2^r by a degree-6 near-minimax polynomial fitted here (2^-28.4; tanh uses r·Q(r), Q degree 6, 2^-31, for 2^z − 1), 2^n added into the exponent bits; 1/d by `vrcp14pd` and one Newton step (2^-28) on AVX-512, a division elsewhere. tanh = sign(x)·m/(m + 2), m = expm1(2|x|): no cancellation near 0 and tanh(−0) = −0.");
            sb.AppendLine("- **exp / expm1 (double and the other float activations)**: Cody–Waite reduction x = n·ln2 + r (fdlibm's Ln2Hi/Ln2Lo split), e^r − 1 = r + r²·q(r) with q a near-minimax fit of degree 10 (2^-59, double) or 6 (2^-35, float via double); double results scaled by 2^n in two steps (subnormal results rounded once), expm1 as 2·(2^(n−1)·(e^r − 1) + (2^(n−1) − ½)). Arguments that are products (β·x, the gelu_tanh cubic, −x/√2, z²) are carried as double-doubles into the double exp, since e^t has condition number |t|.");
            sb.AppendLine("- **log1p** (softplus): fdlibm's log1p scheme — u = 1 + x with its exact rounding error, u = 2^k·m from the bits, log(m) = f − f²/2 + s(f²/2 + R(s²)), R a degree-6 near-minimax fit (2^-61).");
            sb.AppendLine("- **erfc** (gelu): fdlibm's s_erf.c rational approximations (Sun Microsystems, 1993) on its four intervals, vectorized by selecting coefficients per lane; e^(−z²) with z² as a double-double; gelu passes x²/2 exactly and corrects for the low part of −x/√2.");
            sb.AppendLine("- **Compositions**: sigmoid (double) = (x < 0 ? e : 1)/(1 + e), e = e^−|x|; silu = x·σ(βx); gelu_tanh = x·σ(2u) (no 1 + tanh cancellation); mish = x·n/(n + 2), n = eˣ(eˣ + 2); softplus = (t > 0 ? x : 0) + log1p(e^−|t|)/β; elu/selu/celu with expm1. Far tails whose result is subnormal apply the outer factor before the final scaling.");
            return sb.ToString();
        }

        private static string CpuName()
        {
            try
            {
                if (File.Exists("/proc/cpuinfo"))
                {
                    string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                    if (line is not null) return line[(line.IndexOf(':') + 1)..].Trim();
                }
            }
            catch (IOException) { }
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    internal sealed class Options
    {
        public HashSet<string>? Only;
        public int Stride = 1;
        public int DoubleSamples = 2_000_000;
        public bool FloatOnly, DoubleOnly, Bench;
        public bool? Write;
        public string? Output;

        public static Options? Parse(string[] args)
        {
            var o = new Options();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--only": o.Only = new HashSet<string>(args[++i].Split(','), StringComparer.OrdinalIgnoreCase); break;
                    case "--stride": o.Stride = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--double-samples": o.DoubleSamples = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--float-only": o.FloatOnly = true; break;
                    case "--double-only": o.DoubleOnly = true; break;
                    case "--write": o.Write = true; break;
                    case "--no-write": o.Write = false; break;
                    case "--out": o.Output = args[++i]; break;
                    case "--bench": o.Bench = true; break;
                    default:
                        Console.WriteLine("usage: dotnet run -c Release --project benchmarks/Accuracy [-- options]");
                        Console.WriteLine("  --only a,b          only these activations (e.g. sigmoid,tanh)");
                        Console.WriteLine("  --stride S          float: check one 65536-input chunk in S (quick run)");
                        Console.WriteLine("  --double-samples N  double: number of seeded samples (default 2,000,000)");
                        Console.WriteLine("  --float-only | --double-only");
                        Console.WriteLine("  --write | --no-write  rewrite docs/accuracy.md (default: only after a full run)");
                        Console.WriteLine("  --out FILE          where to write the table");
                        Console.WriteLine("  --bench             time Sigmoid/Tanh against TensorPrimitives at 4K floats");
                        return null;
                }
            }
            return o;
        }
    }
}

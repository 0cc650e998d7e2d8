using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Intrinsics;

namespace FusedKernels.Accuracy
{
    /// <summary>
    /// The exhaustive accuracy tool: every float activation and derivative on every path over all 2^32 inputs,
    /// every double one on a seeded sample, against the references in FusedKernels.Testing.Reference, and
    /// TensorPrimitives as a baseline; writes docs/accuracy.md (<see cref="Doc"/>). <c>--help</c> lists the options.
    /// </summary>
    internal static partial class Program
    {
        private static int Main(string[] args)
        {
            var opt = Options.Parse(args);
            if (opt is null) return 2;
            if (opt.Bench) { Bench.Run(); return 0; }
            if (opt.BenchMath) { BenchMath.Run(); return 0; }
            if (opt.DocCheck) return CheckDoc();

            bool[] accelerated = [true, Vector128.IsHardwareAccelerated, Vector256.IsHardwareAccelerated, Vector512.IsHardwareAccelerated];
            Console.WriteLine($"paths accelerated: V128={accelerated[1]} V256={accelerated[2]} V512={accelerated[3]}; {Environment.ProcessorCount} threads");

            var measured = new Dictionary<string, string[]>();
            bool withinBounds = true;
            foreach (var t in Doc.Tables.Where(opt.Selects))
            {
                foreach (var c in t.Cases.Where(c => opt.Only is null || opt.Only.Contains(c.Name) || opt.Only.Contains($"{c.Name} {c.Parameters}")))
                {
                    var sw = Stopwatch.StartNew();
                    PathResult[] r = c.Measure(opt, accelerated);
                    sw.Stop();
                    measured[t.Id + "/" + t.Key(c)] = t.Row(c, r, sw.Elapsed, $"{DateTime.UtcNow:yyyy-MM-dd}, {c.Inputs(opt)}");
                    Console.WriteLine($"{t.Id,-17} {c.Name + t.Suffix,-10} {c.Parameters,-22} {string.Join("  ", r.Select((p, i) => $"{Table.PathNames[i]}: {p}"))}   ({sw.Elapsed.TotalSeconds:F0} s)");
                    // docs/accuracy.md bound every VectorMath function by 4 ULP (of the largest term near a zero); the from-y
                    // formulas and TensorPrimitives are measured, not bounded.
                    if (c.Bounded) withinBounds &= r.All(p => p.MaxUlp <= 4 && p.Near <= 4);
                    if (opt.Hash)
                    {
                        Console.WriteLine($"{"",-17} hashes of every result: {string.Join("  ", r.Select((p, i) => $"{Table.PathNames[i]}: {(p.Checked ? p.Hash.ToString("x16", CultureInfo.InvariantCulture) : "n/a")}"))}");
                    }
                }
            }

            bool full = opt.Only is null && opt.Stride == 1 && opt.Modes is null && !opt.FloatOnly && !opt.DoubleOnly;
            if (opt.Write ?? full)
            {
                string path = opt.Output ?? Doc.FindDocs();
                File.WriteAllText(path, Doc.Write(File.Exists(path) ? File.ReadAllText(path) : null, measured, accelerated));
                Console.WriteLine($"wrote {path} ({measured.Count} rows measured, the others kept)");
            }
            Console.WriteLine(withinBounds ? "all bounded functions within 4 ULP" : "a bounded function exceeds 4 ULP");
            return withinBounds ? 0 : 1;
        }
    }

    internal static partial class Program
    {
        /// <summary>
        /// <c>--doc-check</c>: docs/accuracy.md written back with nothing measured must be the file itself (its tables parse
        /// and re-print unchanged, and its text is kept), so that a later <c>--write</c> changes only the rows it measured.
        /// </summary>
        private static int CheckDoc()
        {
            string path = Doc.FindDocs();
            string text = File.ReadAllText(path);
            string again = Doc.Write(text, [], [true, true, true, true]);
            if (again == text)
            {
                Console.WriteLine($"{path}: written back unchanged");
                return 0;
            }

            string[] a = text.Split('\n'), b = again.Split('\n');
            int line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
            Console.WriteLine($"{path}: writing it back would change line {line + 1}:");
            Console.WriteLine($"  file:    {(line < a.Length ? a[line] : "(end)")}");
            Console.WriteLine($"  written: {(line < b.Length ? b[line] : "(end)")}");
            return 1;
        }
    }

    internal sealed class Options
    {
        public HashSet<string>? Only;
        public HashSet<string>? Modes;
        public int Stride = 1;
        public int DoubleSamples = 2_000_000;
        public bool FloatOnly, DoubleOnly, Bench, BenchMath, DocCheck, Hash;
        public bool? Write;
        public string? Output;

        public bool Selects(Table t) => (Modes is null || Modes.Contains(t.Mode)) && !(t.IsFloat ? DoubleOnly : FloatOnly);

        public static Options? Parse(string[] args)
        {
            var o = new Options();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--only": o.Only = new HashSet<string>(args[++i].Split(','), StringComparer.OrdinalIgnoreCase); break;
                    case "--forward" or "--gradients" or "--tensor-primitives": (o.Modes ??= []).Add(args[i][2..]); break;
                    case "--stride": o.Stride = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--double-samples": o.DoubleSamples = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--float-only": o.FloatOnly = true; break;
                    case "--double-only": o.DoubleOnly = true; break;
                    case "--write": o.Write = true; break;
                    case "--no-write": o.Write = false; break;
                    case "--out": o.Output = args[++i]; break;
                    case "--bench": o.Bench = true; break;
                    case "--bench-math": o.BenchMath = true; break;
                    case "--doc-check": o.DocCheck = true; break;
                    case "--hash": o.Hash = true; break;
                    default:
                        Console.WriteLine("usage: dotnet run -c Release --project benchmarks/Accuracy [-- options]");
                        Console.WriteLine("  --forward | --gradients | --tensor-primitives");
                        Console.WriteLine("                      only these tables (combinable; default: all)");
                        Console.WriteLine("  --only a,b          only these activations (e.g. sigmoid,tanh; for gradients: every row of them), or rows by name\n" +
                                          "                      and parameters (\"softplus β = 1\")");
                        Console.WriteLine("  --stride S          float: check one 65536-input chunk in S (quick run)");
                        Console.WriteLine("  --double-samples N  double: number of seeded samples (default 2,000,000)");
                        Console.WriteLine("  --float-only | --double-only");
                        Console.WriteLine("  --write | --no-write  update docs/accuracy.md: the measured rows replace theirs, the others are kept");
                        Console.WriteLine("                      (default: only after a full run)");
                        Console.WriteLine("  --out FILE          where to write the table");
                        Console.WriteLine("  --bench             time Sigmoid/Tanh against TensorPrimitives at 4K floats");
                        Console.WriteLine("  --bench-math        time the float derivatives (and gelu_tanh, mish) at 4K floats, as ratios to Sigmoid");
                        Console.WriteLine("  --doc-check         check that writing docs/accuracy.md back changes nothing (CI)");
                        Console.WriteLine("  --hash              also print a hash of every result per path (equal hashes: the same bits, NaN payloads aside)");
                        return null;
                }
            }
            return o;
        }
    }
}

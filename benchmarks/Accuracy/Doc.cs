using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace FusedKernels.Accuracy
{
    /// <summary>One table of docs/accuracy.md: the cases it lists, in order, and the option that selects them.</summary>
    internal sealed record Table(string Id, string Mode, string Heading, string Intro, Case[] Cases, string Suffix = "")
    {
        public static readonly string[] PathNames = ["scalar", "Vector128", "Vector256", "Vector512"];

        public bool IsFloat => Cases[0] is FloatCase;
        public bool HasNearColumn => Cases.Any(c => c.LargestTerm is not null);
        public string Key(Case c) => Key(c.Name + Suffix, c.Parameters);
        public static string Key(string label, string parameters) => label + "|" + parameters;

        public string[] Columns => Mode == Doc.TensorPrimitives
            ? ["activation", "parameters", "VectorMath: worst path (from the float table)", "VectorMath: results > 1 ULP", "TensorPrimitives", "TensorPrimitives: results > 1 ULP", "TensorPrimitives path", "wall time", "measured"]
            : [Mode == Doc.Gradients ? "derivative" : "activation", "parameters", .. PathNames,
               .. HasNearColumn ? new[] { "near zero: ULP of the largest term (worst path)" } : [],
               "results > 1 ULP (all paths)", "wall time", "measured"];

        public string[] Row(Case c, PathResult[] p, TimeSpan time, string measured)
        {
            string[] tail = [$"{time.TotalSeconds:F0} s", measured];
            if (Mode == Doc.TensorPrimitives)
            {
                int w = Array.FindIndex(p, q => q.Checked);
                // The VectorMath cells are filled from the float table when the file is written.
                return [c.Name, c.Parameters, "", "", Doc.Cell(p[w]), p[w].Over1.ToString("N0", CultureInfo.InvariantCulture), PathNames[w], .. tail];
            }
            var worstNear = p.Where(q => q.Checked).MaxBy(q => q.Near)!;
            return [c.Name + Suffix, c.Parameters, .. p.Select(Doc.Cell),
                .. HasNearColumn ? new[] { c.LargestTerm is null ? "–" : worstNear.Near == 0 ? "0" : $"{worstNear.Near:F2} ({Doc.Fmt(worstNear.NearAt)})" } : [],
                p.Sum(q => q.Over1).ToString("N0", CultureInfo.InvariantCulture), .. tail];
        }
    }

    /// <summary>
    /// Writes the tables of docs/accuracy.md. Rows measured in this run replace their old versions; every other row is read
    /// back from the existing file (each table's rows follow a <c>&lt;!-- rows: id --&gt;</c> marker), so a subset run
    /// updates just its rows and each row says when and on what inputs it was measured. The text around the tables is the
    /// page's own and is kept as it is (an earlier version rewrote it from a copy here, which had fallen behind the page).
    /// </summary>
    internal static class Doc
    {
        public const string Forward = "forward", Gradients = "gradients", TensorPrimitives = "tensor-primitives";

        public static readonly Table[] Tables =
        [
            new("float", Forward, "## float activations, every path",
                "Reference: `FusedKernels.Testing.Reference` float overloads — the formula in double with `System.Math` and careful expm1/log1p/erfc, rounded once. sigmoid, tanh, silu, gelu_tanh, softplus, elu, selu and celu (α > 0) are evaluated in float only (float-float sums, FMA-corrected quotients and exact residuals keep the error below 1 ULP before the last rounding); so is gelu on machines with AVX-512 (a table of polynomials); mish (and gelu without AVX-512) evaluate in double and round once. Either way a result is the correctly rounded one or its neighbour. A full run checks all 2^32 inputs.",
                Cases.Float),
            new("double", Forward, "## double activations, seeded samples, every path",
                "Reference: `FusedKernels.Testing.Reference` double overloads — double-double arithmetic (~106 bits), rounded once. Samples: the special values; 40% |x| with a uniform binade in [2^-40, 2^10]; 40% uniform in [−45, 45]; 20% uniform binade over all finite doubles (subnormals included); random signs. (\"–\": not recorded by that run.)",
                Cases.Double),
            new("tensor-primitives", TensorPrimitives, "## float: VectorMath against TensorPrimitives",
                "The same measurement for `System.Numerics.Tensors.TensorPrimitives.Sigmoid/Tanh` (System.Numerics.Tensors 11.0.0, the BCL's vectorized alternative, whose accuracy VectorMath aims to equal or better). TensorPrimitives chooses its path once per process (the widest accelerated one), so it is measured on that path; VectorMath's cells are the worst of its four paths in the float table above. Where TensorPrimitives' worst cases lie (11.0.0, checked by hand): Sigmoid returns 0 for x < −88.72, where σ(x) is still a subnormal float down to x ≈ −103.3 (the error counts in units of the smallest subnormal); Tanh has an absolute error of about 6e-8 around 0 — Tanh(±0) = ∓5.96e-8, Tanh(4.69e-10) = −5.96e-8, Tanh(1e-5) = 9.954e-6 — so its relative error is unbounded for small |x|, which are about half of all float bit patterns.",
                Cases.TensorPrimitivesFloat),
            new("float-gradients", Gradients, "### float derivatives, every path",
                "Reference: `Reference.*Derivative` float overloads (the formula in double, rounded once). Path cells: max ULP away from the zeros (input). \"from y\" rows: the generated kernel from the saved output, y = VectorMath's forward result on the same path.",
                Cases.FloatGradients, "′"),
            new("double-gradients", Gradients, "### double derivatives, seeded samples, every path",
                "Reference: `Reference.*Derivative` double overloads (double-double, rounded once). Samples: those of the double activations.",
                Cases.DoubleGradients, "′"),
        ];

        private static string Marker(Table t) => $"<!-- rows: {t.Id} -->";

        public static string Cell(PathResult p) =>
            !p.Checked ? "n/a" : p.MaxUlp == long.MaxValue ? $"**NaN** at {Fmt(p.ArgMax)}"
            : p.MaxUlp == 0 ? "0" : $"{p.MaxUlp:N0} ({Fmt(p.ArgMax)})";

        public static string Fmt(double x) => x.ToString("R", CultureInfo.InvariantCulture);

        private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(s => s.Trim()).ToArray();

        /// <summary>The rows of table <paramref name="t"/> in an existing file, by key.</summary>
        private static Dictionary<string, string[]> ReadRows(string[] lines, Table t)
        {
            var rows = new Dictionary<string, string[]>();
            int at = Array.IndexOf(lines, Marker(t));
            if (at < 0) return rows;
            for (int i = at + 3; i < lines.Length && lines[i].StartsWith('|'); i++)
            {
                string[] cells = Cells(lines[i]);
                if (cells.Length == t.Columns.Length) rows[Table.Key(cells[0], cells[1])] = cells;
            }
            return rows;
        }

        public static string Write(string? old, Dictionary<string, string[]> measured, bool[] accelerated)
        {
            string[] oldLines = old?.Split('\n').Select(l => l.TrimEnd('\r')).ToArray() ?? [];
            var rows = new Dictionary<Table, List<string[]>>();
            foreach (var t in Tables)
            {
                var previous = ReadRows(oldLines, t);
                rows[t] = t.Cases.Select(t.Key).Distinct()
                    .Select(k => measured.GetValueOrDefault(t.Id + "/" + k) ?? previous.GetValueOrDefault(k))
                    .OfType<string[]>().ToList();
            }
            var floatRows = rows[Tables[0]];
            foreach (var r in rows[Tables[2]]) FillVectorMathCells(r, floatRows);

            // The page's text is edited in the page; this tool owns only the tables (each a header and its rows after its
            // marker) and, when it measured something, the machine line. A file without every marker is started afresh.
            var lines = oldLines.ToList();
            if (Tables.Any(t => !lines.Contains(Marker(t))))
            {
                lines = ["# Accuracy of the transcendental activations and their derivatives", "", MachineLine + Machine(accelerated), ""];
                foreach (var t in Tables) lines.AddRange([t.Heading, "", t.Intro, "", Marker(t), ""]);
            }
            else if (measured.Count > 0)
            {
                int machine = lines.FindIndex(l => l.StartsWith(MachineLine, StringComparison.Ordinal));
                if (machine >= 0) lines[machine] = MachineLine + Machine(accelerated);
            }

            foreach (var t in Tables)
            {
                int at = lines.IndexOf(Marker(t)) + 1, end = at;
                while (end < lines.Count && lines[end].StartsWith('|')) end++;
                lines.RemoveRange(at, end - at);
                lines.InsertRange(at, [
                    "| " + string.Join(" | ", t.Columns) + " |",
                    string.Concat(Enumerable.Repeat("|---", t.Columns.Length)) + "|",
                    .. rows[t].Select(r => "| " + string.Join(" | ", r) + " |")]);
            }
            return string.Join('\n', lines);
        }

        private const string MachineLine = "- Measured on ";

        /// <summary>The worst VectorMath path cell and the > 1 ULP count of the same activation in the float table.</summary>
        private static void FillVectorMathCells(string[] row, List<string[]> floatRows)
        {
            string[]? f = floatRows.FirstOrDefault(r => r[0] == row[0] && r[1] == row[1]);
            if (f is null) { row[2] = row[3] = "not measured"; return; }
            static long Ulps(string cell) => long.TryParse(cell.Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out long u) ? u : -1;
            row[2] = f[2..6].MaxBy(Ulps)!;
            row[3] = f[6];
        }

        public static string FindDocs()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) dir = dir.Parent;
            string root = dir?.FullName ?? Directory.GetCurrentDirectory();
            Directory.CreateDirectory(Path.Combine(root, "docs"));
            return Path.Combine(root, "docs", "accuracy.md");
        }

        private static string Machine(bool[] accelerated)
        {
            string cpu = RuntimeInformation.ProcessArchitecture.ToString();
            try
            {
                string? line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
                if (line is not null) cpu = line[(line.IndexOf(':') + 1)..].Trim();
            }
            catch (IOException) { }
            return $"{cpu}, {Environment.ProcessorCount} hardware threads, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; hardware-accelerated paths: " +
                   $"Vector128 {accelerated[1]}, Vector256 {accelerated[2]}, Vector512 {accelerated[3]} (\"n/a\": a path that was not accelerated or that the function does not have); " +
                   "each row's date and inputs are in its \"measured\" column";
        }
    }
}

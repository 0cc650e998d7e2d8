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
    /// Writes docs/accuracy.md. Rows measured in this run replace their old versions; every other row is read back
    /// from the existing file (each table's rows follow a <c>&lt;!-- rows: id --&gt;</c> marker), so a subset run
    /// updates just its rows and each row says when and on what inputs it was measured.
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

            var sb = new StringBuilder();
            sb.Append(Header.Replace("{machine}", Machine(accelerated)));
            foreach (var t in Tables)
            {
                if (t.Id == "float-gradients") sb.Append(GradientsIntro);
                sb.AppendLine(t.Heading).AppendLine().AppendLine(t.Intro).AppendLine().AppendLine(Marker(t));
                sb.AppendLine("| " + string.Join(" | ", t.Columns) + " |");
                sb.AppendLine(string.Concat(Enumerable.Repeat("|---", t.Columns.Length)) + "|");
                foreach (var r in rows[t]) sb.AppendLine("| " + string.Join(" | ", r) + " |");
                sb.AppendLine();
                if (t.Id == "tensor-primitives") sb.Append(ForwardAlgorithms);
            }
            sb.Append(GradientsEnd);
            return sb.ToString();
        }

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

        private const string Header = """
            # Accuracy of the transcendental activations and their derivatives

            Written by `benchmarks/Accuracy` (do not edit by hand). Reproduce with

            ```
            dotnet run -c Release --project benchmarks/Accuracy
            ```

            A full run (all 2^32 float inputs for everything) takes over an hour on 2 cores. Subsets: `--forward`,
            `--gradients`, `--tensor-primitives` (the tables; default all), `--only sigmoid,tanh` (activations),
            `--float-only`, `--double-only`, `--stride 16` (float: one 65536-input chunk in 16, every binade),
            `--double-samples N`. A subset run rewrites this file only with `--write`, and then replaces just the rows
            it measured; the "measured" column says when and on which inputs each row was measured.

            - Measured on {machine}
            - Error = distance between the ordered integer images of the result and the correctly rounded reference: adjacent values are 1 apart, ±0 coincide, a result in the subnormal range counts in units of the smallest subnormal. Each cell: the maximum, and in parentheses the input where it first occurs.


            """;

        private const string ForwardAlgorithms = """
            The tests in `tests/RuntimeTests/VectorMath` enforce these bounds on sampled inputs (float ≤ 1 ULP, double ≤ the bound in the table, never looser than 4).

            ## How the kernels compute (src/Runtime/Math; each template documents its own)

            - **Float sigmoid and tanh** are float-only (16 lanes per zmm, no widening). e^t = 2^n·(1 + sHi + sLo) by a float Cody–Waite reduction with FMA and a degree-4 float q (2^-27, `VectorMath.ExpF.cs.in`). sigmoid = 2^-n/(2^-n + 1 + s): the numerator is a power of two applied by one final `vscalefps` (which also rounds a subnormal σ once), the denominator an exact float-float (two Fast2Sums), 1/D by `vrcp14ps` and one FMA residual step (a division without AVX-512). tanh = sign(x)·(1 − E)/(1 + E), E = e^(−2|x|), 1 − E formed without cancellation, the quotient FMA-corrected. Both stay below 1 ULP before the last rounding. The dependency chains are kept short because these loops are latency-bound (q by Estrin's scheme, the negation folded into the reduction). The exhaustive float rows were also run with `DOTNET_EnableAVX512=0` (the Vector128/256 paths without `vrcp14ps`/`vscalefps`, which divide and scale by two multiplies): ≤ 1 ULP there too.
            - **Float gelu where AVX-512 permutes** (every path of such a machine, the scalar one included, so all give the same bits) is float-only too: for |x| < 4, Φ(−|x|) from a degree-6 polynomial per interval [j/4, (j + 1)/4) whose coefficients `vpermps` picks per lane, the constant and linear coefficients as float pairs so that only terms below ~1/8 of Φ are rounded; y = x·Φ(−|x|) for x < 0 and x·(1 − Φ(−x)) for x > 0 (1 − Φ as a float-float) with one rounding of the leading product. For |x| ≥ 4 (computed only for vectors that hold such a lane): x·Φ(−a) = −a·e^(−a²/2)·M(a), M(a) = Φ(−a)·e^(a²/2) from a degree-5 polynomial per eighth of the binades of [4, 16) (indexed by a's exponent and top mantissa bits), e^(−a²/2) from the float exp reduction with a² split exactly, the product formed as a float-float and rounded once, 2^n applied by `vscalefps` (a subnormal result rounded once more); x > 4 adds x. The fits: `tools/FitGelu` (relative minimax, ≤ 2^-27.8 with the float coefficients). Without AVX-512 float gelu is evaluated in double (next item); the two forms can differ in the last bit, both ≤ 1 ULP: the gelu row was also run over all 2^32 inputs with `DOTNET_EnableAVX512=0` (2026-12-03; scalar, Vector128 and Vector256 then evaluate in double): 1 ULP at most (first at −11.807916641235352), none above.
            - **Float silu, softplus, elu, selu, celu** are float-only the same way (every path, the scalar one included). silu = 2^m·x/D, the float sigmoid's D with x in the FMA-corrected quotient (ρ = q0·D − x, so −0 stays −0), t = βx carried as th + tl (tl = fma(x, β, −th)) into a reduction with a low part; lanes with βx < −104, where x·σ can still be a subnormal or, for small β and large x, a normal float, take a rare branch x·e^t = fx·(1 + s)·2^(ex − m) scaled once. softplus = (max(t, 0) + l)/β, l = log1p(e^−|t|) by fdlibm's log1p scheme without forming 1 + e (f = e, or (e − 1)/2 with k = 1, f in [√2/2 − 1, √2 − 1]; s = f/(2 + f) by one division; R of degree 4 in s² with FreeBSD msun's float Lg1..Lg4, 2^-34.24; f²/2 exact by an FMA; l kept as a float-float), N/β by an FMA-corrected product with RN(1/β); t > 18 gives x, t < −87 a rare branch e^t/β scaled once. elu/selu/celu = −α·(1 − e^u), 1 − e^u formed as the float tanh forms 1 − E (no cancellation), γα (selu) and u = x/α (celu) as float-floats. Each stays below 1 ULP before the last rounding. softplus and the elu family use no estimate instruction and give the same bits on every path; silu uses `vrcp14ps` like sigmoid. celu with α < 0 (expm1 of a positive argument) keeps the double evaluation. Their float rows come from full runs with AVX-512; with `DOTNET_EnableAVX512=0` (the Vector128/256 paths without `vrcp14ps`/`vscalefps`) they were measured at stride 16 (2026-12-03, every row, 2^28 inputs each): ≤ 1 ULP on scalar, Vector128 and Vector256, and the runtime tests pass under `DOTNET_EnableAVX512=0`, `DOTNET_EnableAVX2=0` and `DOTNET_EnableHWIntrinsic=0`.
            - **Float gelu_tanh** is float silu's algorithm with σ's argument v = 2u = x·(C1 + C3·x²) carried as a float-float (x² exact by an FMA residual, C1 and C3 as float pairs, relative error about 2^-44; e^v has condition number |v|), every path, the scalar one included; lanes with v < −104 (x < −10.6) take silu's tail. Its row: all 2^32 inputs on every path with AVX-512; with `DOTNET_EnableAVX512=0` (a division instead of `vrcp14ps`, two multiplies instead of `vscalefps`) see the note under the gradient tables.
            - **The other float activations** (mish, and gelu without AVX-512) are evaluated in double on two widened halves and narrowed once. Every double intermediate is good to better than 2^-27 relative, so the float result is within 1 ULP of the exact value and usually the correctly rounded one.
            - **exp / expm1 (double and the other float activations)**: Cody–Waite reduction x = n·ln2 + r (fdlibm's Ln2Hi/Ln2Lo split), e^r − 1 = r + r²·q(r) with q a near-minimax fit of degree 10 (2^-59, double) or 6 (2^-35, float via double); double results scaled by 2^n in two steps (subnormal results rounded once), expm1 as 2·(2^(n−1)·(e^r − 1) + (2^(n−1) − ½)). Arguments that are products (β·x, the gelu_tanh cubic, −x/√2, z²) are carried as double-doubles into the double exp, since e^t has condition number |t|.
            - **log1p** (double softplus): fdlibm's log1p scheme — u = 1 + x with its exact rounding error, u = 2^k·m from the bits, log(m) = f − f²/2 + s(f²/2 + R(s²)), R a degree-6 near-minimax fit (2^-61).
            - **erfc** (gelu): fdlibm's s_erf.c rational approximations (Sun Microsystems, 1993) on its four intervals, vectorized by selecting coefficients per lane; e^(−z²) with z² as a double-double; gelu passes x²/2 exactly and corrects for the low part of −x/√2.
            - **Compositions**: sigmoid (double) = (x < 0 ? e : 1)/(1 + e), e = e^−|x|; silu = x·σ(βx); gelu_tanh = x·σ(2u) (no 1 + tanh cancellation); mish = x·n/(n + 2), n = eˣ(eˣ + 2); softplus (double) = (t > 0 ? x : 0) + log1p(e^−|t|)/β; elu/selu/celu (double) with expm1. Far tails whose result is subnormal apply the outer factor before the final scaling.


            """;

        private const string GradientsIntro = """
            ## Gradients: the derivatives

            `FusedKernels.Runtime.VectorMath.*Derivative` — the functions the generated `[ActivationGradient]` kernels call
            (the kernel multiplies by `dy` itself); source `src/Runtime/Math/Derivatives/` (each `*.cs.in` template beside the
            `.g.cs` file `tools/MathGen` generates from it), references `tests/Testing/Reference.Derivatives.cs`,
            tests `tests/RuntimeTests/Derivatives/`. Piecewise derivatives (relu, leaky_relu, hard_tanh, …) are not
            listed: `tests/RuntimeTests/GradientTests.cs` checks their kernels bit for bit against the reference on each path.

            - **Reference.** float: the textbook formula evaluated in double (`System.Math`, the careful erfc/softplus of
              the forward references) and rounded once. double: the same formula in double-double (~106 bits), far tails
              scaled at the end so subnormal results are rounded once.
            - **Near a zero of the derivative** (silu, gelu, gelu_tanh and mish each have one): where |f′| is below half of
              the largest term of the formula (σ(βx) or βx·σσ̄ for silu; Φ or x·φ for gelu; σ(2u) or x·u′·… for
              gelu_tanh; tanh(sp) or x·sech²(sp)·σ for mish), the gradient bound (docs/accuracy.md) limits the **absolute** error by 4 ULP *of that
              largest term*; the "near zero" column gives that error in those units, and the path cells the ULP
              distance everywhere else. The Runtime has no API for the largest term: the tool computes it from
              `Reference.Erfc` and plain double, with the same definition as `tests/RuntimeTests/Derivatives/DerivativeCases.cs`,
              so the tool and the tests draw the same neighbourhood. "results > 1 ULP" counts, over all paths, the
              results whose error (ULP, or ULP of the largest term near a zero) exceeds 1.
            - **From the saved output y** (sigmoid, tanh, elu, selu, celu; the catalogue's `gradientFromOutput`): the
              generated kernels (`FromOutput.cs`, written by the real generator) applied to y = VectorMath's forward
              result on the same path, against the exact derivative at x. Their formulas cancel where the derivative is
              small against its terms — y − y² (sigmoid, x > 0), 1 − y² (tanh, |y| > 0.71), y + α (elu, selu: y + γα,
              celu: y/α + 1, for x < −ln 2·α) — so there the same absolute rule applies, in ULP of the largest term
              (σ(x), 1, α, γα, 1). The 4 ULP bound is not claimed for them: once y rounds to 1 (or to −α) the formula
              returns 0 where the derivative is tiny but not 0, which no arithmetic on y can recover. Prefer the
              from-x kernels where the tails matter. A NaN y gives dy (·γ for selu) in the elu family, PyTorch's
              `elu_backward` convention (y ≤ 0 is false): counted as correct.
            - **Inputs.** float: all 2^32 bit patterns, or with `--stride S` one chunk of 65536 consecutive patterns in
              S (every binade, NaN, ±Inf and subnormals keep 1/S of their inputs). double: the seeded samples of the
              double activations (40% of them uniform in [−45, 45], where the zeros and both tails lie).


            """;

        private const string GradientsEnd = """
            The gelu′ row above is its table form, which every path runs on this AVX-512 machine (its 2 ULP is at x = −4.0087,
            a lane of the rational form; 0.50 ULP of the largest term near the zero, where the rational form has 1.00). Its
            rational form, which machines without AVX-512 run, measured with `DOTNET_EnableAVX512=0` (stride 16, 2026-11-24): 2 ULP
            (at −2.2988653654465452E-05) on scalar, Vector128 and Vector256, 1.00 ULP of the largest term near the zero (at
            −1.0002738237380981).

            The float-only silu′, gelu_tanh′, softplus′, elu′, selu′ and celu′ (and the forward gelu_tanh) take the division
            instead of `vrcp14ps` and two multiplies instead of `vscalefps` without AVX-512. Measured with
            `DOTNET_EnableAVX512=0` (2026-12-03, scalar, Vector128 and Vector256): at stride 64 (one 65536-input chunk in 64, 2^26 inputs per row, every binade), every float-only row is ≤ 1 ULP on each of
            the three paths (silu′ β = 1 and 1.702, gelu_tanh′: 0.50 ULP of the largest term near the zero; gelu_tanh: first at
            0.005867557134479284), and the runtime tests pass under `DOTNET_EnableAVX512=0`. Their rows in the table above come
            from runs with AVX-512, all 2^32 inputs for silu′ and gelu_tanh′ and stride 16 for softplus′, elu′, selu′ and celu′
            (see each row's "measured" column).

            The tests (`dotnet test tests/RuntimeTests --filter FullyQualifiedName~Derivative`) enforce float ≤ 1 ULP
            (gelu′ ≤ 2), double ≤ 4 ULP, and ≤ 4 ULP of the largest term near the zeros, on every path, on ~56 k float and ~13 k double
            chosen inputs (edge values, every binade, dense around the zeros, the tails, the clamp points); they also
            check NaN (default, negative and payload NaNs) → NaN, ±Inf and ±MaxValue → the limits, and PyTorch's kink
            conventions (elu′(0) = α, selu′(0) = γα, celu′(0) = 1). A finite-difference test checks every derivative
            (reference and VectorMath) against central differences of the forward references at ~400 points.

            ### How the derivatives compute (one exp each)

            - **sigmoid′** = e/(1 + e)², e = e^−|x|; the denominator (1 + e)² = 1 + e(e + 2) is one FMA. No 1 − σ.
            - **tanh′** = 4e/(1 + e)², e = e^−2|x| (sech², no 1 − tanh²).
            - **softplus′** = σ(βx). Float: float-only (every path, the scalar one included): βx as th + tl (an FMA residual),
              σ = 2^m/D with float silu's denominator (e^−t = 2^−m·W with tl in the reduction, D = 2^m + W an exact
              float-float), 1/D by a 14-bit estimate and one FMA residual step, 2^m applied once at the end (a subnormal σ
              rounded there once). Double carries βx as a double-double into the exp and returns (t > 0 ? 1 : e)/(1 + e), so
              the negative tail is e^(βx) down to the subnormal range.
            - **elu′, selu′, celu′** = α·eˣ, γα·eˣ, e^(x/α) for x ≤ 0 (1, γ, 1 for x > 0). Float: float-only (every path, the
              scalar one included; celu′ with α > 0, α < 0 stays in double): e^x = 2^−m·(1 + s) by the float reduction,
              fma(α, sHi, α) rounded once, then 2^−m applied once (a subnormal result rounded there once more); selu's γα as
              ph + pl with pl/ph folded into the exponent's argument, celu's x/α as a float-float. Double: the factor is
              applied inside the exp before its final scaling (subnormal results rounded once); selu's γα rounding error
              is folded into the exponent; celu's x/α is a double-double.
            - **silu′, gelu_tanh′** = σ(v)·(1 + g·σ(−v)) (silu: v = g = βx; gelu_tanh: v = 2u, g = x·v′). Float: float-only
              (every path, the scalar one included): with σ(v) = 2^m/D and σ(−v) = W/D (float silu's exact float-float
              denominator), the derivative is 2^m·(D + g·W)/D² — one formula for both signs; g·W by an exact product, the sum
              by a TwoSum, so N = D + g·W cancels only at the zero and there exactly; D² by an FMA residual; N/D² by a
              14-bit estimate and one FMA residual step; 2^m applied once at the end (subnormal results rounded once).
              gelu_tanh′ forms v and g as float-floats (as the float gelu_tanh forms v) and clamps x to [−11, 7]. SwiGLU
              backward's `SiluAndDerivative` computes silu and silu′ on one shared denominator (one exp), each part
              bit-identical to `Silu` and `SiluDerivative`. Double: with e = e^−|v|, (1 + e(1 + g))/(1 + e)² for v ≥ 0 and
              e(1 + g + e)/(1 + e)² for v < 0; v as a double-double; far tail e^v·(1 + g) scaled once.
            - **mish′** = [A·S + 4x·B]/S² with one exp e = e^−|x| (A, B, S short polynomials in e chosen by the sign of x,
              derived from tanh(sp) = n/(n + 2), n = eˣ(eˣ + 2)); no overflow for large x. Double, x < 0: numerator and S²
              with FMA/Dekker error terms, rounded once.
            - **gelu′** = Φ(x) + x·φ(x). Double: Φ from the forward gelu's erfc kernel (`ErfcCoreD`, fdlibm's rational
              approximations; erfc, not 1 + erf), φ by one more exp, −x/√2, x²/2 and x/√(2π) carried with their low
              parts. Float: float-only (16 lanes per zmm), through G(a) = gelu′(−a) and gelu′(x) = 1 − G(x) for x > 0, in one
              of two forms chosen per machine — every path of one machine (the scalar path too) runs the same form and gives
              the same bits:
              - *table form*, where AVX-512 permutes 16 floats in one instruction: for |x| < 4, a polynomial of degree 6 on each
                interval of width ¼ (16 intervals, coefficients picked per lane by `vpermps`; a Lawson-weighted relative
                minimax fit in mpmath, ≤ 0.77 ULP after rounding the coefficients to float), Horner's scheme in the offset
                from the interval's centre: 7 lookups and 7 FMAs. Lanes with |x| ≥ 4, ±∞ and NaN take the rational form, computed
                only for vectors that hold such a lane and selected per lane (a lane's result never depends on its neighbours).
                ~0.16 ns per element alone on Vector512.
              - *rational form* (no AVX-512, and the lanes above): one exp, one division, no erfc: with a = |x| and the zero
                a0 ≈ 0.7518 factored out, G(a) = e^(−a²/2)·(a0 − a)·(1/√(2π) + P(a)/Q(a)) (P/Q of degree 3/4, a
                Lawson-weighted fit in mpmath, 2^-25.3 relative), a0 − a and a² = h + l formed exactly. ~0.3 ns per element
                alone on Vector512 (~1.1 evaluated in double).

              Both ≤ 2 ULP over all floats, and 0.50 (table) and 1.00 (rational) ULP of the largest term near the zero: the
              float-gradient table above measures the table form, the note after that table the rational form.
            - **The float-only derivatives** (softplus′, elu′, selu′, celu′, silu′, gelu_tanh′) give the same bits on every path of
              a machine: the reciprocal estimate is `vrcp14ps` on the vector widths and `vrcp14ss` on the scalar path where
              AVX-512 is present, a division on every path elsewhere, and the final scaling by 2^m rounds the same way with
              `vscalefps` as with two multiplies. Each stays below 1 ULP before the last rounding. Which inputs each row covers: its "measured" column; the runs with `DOTNET_EnableAVX512=0`: the note after the float-gradient table.
            - **mish′** (float) evaluates in double with the float-quality exp (2^-28.4) and 1/d by `vrcp14pd` + Newton (2^-28)
              where AVX-512 is present, and rounds once; so its scalar and vector results may differ by one rounding.

            Speed: docs/benchmarks.md, "Gradient kernels".
            """;
    }
}

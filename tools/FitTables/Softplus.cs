using System.IO;
using System.Threading.Tasks;

namespace FusedKernels.FitTables;

/// <summary>
/// The table of float softplus's table form (β = 1), s in [−1/2, 1/2] on every interval:
///   P(a) = softplus(−a) = ln(1 + e^(−a)) at a = (j + 1/2 + s)/4 ≈ c0 + c1 s + … + c4 s^4, j = 0..15 (a = |x| in [0, 4)), entry j.
/// </summary>
internal static class Softplus
{
    private static readonly Dec Half = Dec.Parse("0.5");
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = System.Environment.ProcessorCount };

    // Degree 4: 2^-26.4 relative at worst (on [3.75, 4]); degree 5 would give 2^-32.9 for two more operations per vector.
    private const int Degree = 4;

    public static Dec P(Dec a) => Dec.Ln(Dec.One + Dec.Exp(-a));

    public static (Table Table, Dec Worst) Fit(TextWriter log)
    {
        var rows = new FitTables.Fit.Result[16];
        Parallel.For(0, 16, Cores, j => rows[j] = FitTables.Fit.Run(s => P(((Dec)j + Half + s) / 4), Degree));
        Dec worst = Dec.Zero;
        for (int j = 0; j < 16; j++)
        {
            worst = Dec.Max(worst, rows[j].Error);
            log.WriteLine($"// softplus j={j} (a in [{Printf.G(j / 4.0, 6)}, {Printf.G((j + 1) / 4.0, 6)}]) fit rel err 2^{Gelu.Log2(rows[j].Error)}");
        }
        return (Table.FromFit("Table", rows, [(0, false), (0, true), (1, false), (1, true), (2, false), (3, false), (4, false)],
            ["c0 hi", "c0 lo", "c1 hi", "c1 lo", "c2", "c3", "c4"]), worst);
    }
}

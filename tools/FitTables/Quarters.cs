using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace FusedKernels.FitTables;

/// <summary>
/// A quarter-interval table (src/Runtime/Math/VectorMath.TableForm.cs.in): f(a) ≈ c0 + c1 s + … + c_d s^d on each
/// a = (j + 1/2 + s)/4, s in [−1/2, 1/2], j = 0..15 (a in [0, 4)), entry j; c0 and c1 float pairs. The intervals are fitted
/// in parallel (each alone, so the digits do not depend on the order) and reported in order.
/// </summary>
internal static class Quarters
{
    private static readonly Dec Half = Dec.Parse("0.5");
    // One fit per core at most (DOTNET_PROCESSOR_COUNT=1 runs them one at a time).
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public static (Table Table, Dec Worst) Fit(string what, string name, Func<Dec, Dec> f, int degree, TextWriter log)
    {
        var rows = new FitTables.Fit.Result[16];
        Parallel.For(0, 16, Cores, j => rows[j] = FitTables.Fit.Run(s => f(((Dec)j + Half + s) / 4), degree));
        Dec worst = Dec.Zero;
        for (int j = 0; j < 16; j++)
        {
            worst = Dec.Max(worst, rows[j].Error);
            log.WriteLine($"// {what} j={j} (a in [{Printf.G(j / 4.0, 6)}, {Printf.G((j + 1) / 4.0, 6)}]) fit rel err 2^{Printf.Log2(rows[j].Error)}");
        }
        (int K, bool Lo)[] layout = [(0, false), (0, true), (1, false), (1, true), .. Enumerable.Range(2, degree - 1).Select(k => (k, false))];
        string[] labels = ["c0 hi", "c0 lo", "c1 hi", "c1 lo", .. Enumerable.Range(2, degree - 1).Select(k => "c" + k)];
        return (Table.FromFit(name, rows, layout, labels), worst);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace FusedKernels.FitTables;

/// <summary>
/// A quarter-interval table (gelu's main table, softplus's, tanh's: VectorMath.Gelu.cs.in, VectorMath.Softplus.cs.in,
/// VectorMath.Tanh.cs.in): f(a) ≈ c0 + c1 s + … + c_d s^d on each a = (j + 1/2 + s)/4, s in [−1/2, 1/2], j = 0..15 (a in
/// [0, 4)), entry j; the coefficients below degree <c>pairs</c> are float pairs (rows "ck hi" and "ck lo"), and an entry's
/// c0 high part may be fixed (<c>c0Hi</c>). The intervals are fitted in parallel (each alone, so the digits do not depend
/// on the order) and reported in order.
/// </summary>
internal static class Quarters
{
    private static readonly Dec Half = Dec.Parse("0.5");
    // One fit per core at most (DOTNET_PROCESSOR_COUNT=1 runs them one at a time).
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public static (Table Table, Dec Worst) Fit(string what, string name, Func<Dec, Dec> f, int degree, TextWriter log, int pairs = 2, Func<int, float?>? c0Hi = null)
    {
        var rows = new FitTables.Fit.Result[16];
        Parallel.For(0, 16, Cores, j => rows[j] = FitTables.Fit.Run(s => f(((Dec)j + Half + s) / 4), degree, pairs, c0Hi?.Invoke(j)));
        Dec worst = Dec.Zero;
        for (int j = 0; j < 16; j++)
        {
            worst = Dec.Max(worst, rows[j].Error);
            log.WriteLine($"// {what} j={j} (a in [{Printf.G(j / 4.0, 6)}, {Printf.G((j + 1) / 4.0, 6)}]) fit rel err 2^{Printf.Log2(rows[j].Error)}");
        }
        (int K, bool Lo, string Label)[] layout = Enumerable.Range(0, degree + 1)
            .SelectMany(k => k < pairs ? new[] { (k, false, $"c{k} hi"), (k, true, $"c{k} lo") } : [(k, false, $"c{k}")])
            .ToArray();
        return (Table.FromFit(name, rows, layout.Select(l => (l.K, l.Lo)).ToArray(), layout.Select(l => l.Label).ToArray()), worst);
    }
}

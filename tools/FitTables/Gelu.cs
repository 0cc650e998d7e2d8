using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace FusedKernels.FitTables;

/// <summary>
/// The two tables of float gelu's table form, s in [−1/2, 1/2] on every interval:
///   Main: Φ(−(j + 1/2 + s)/4) ≈ c0 + c1 s + … + c6 s^6, j = 0..15 (a = |x| in [0, 4)), entry j.
///   Tail: M(a) = Φ(−a)·e^(a²/2) ≈ d0 + d1 s + … + d5 s^5 on a = 2^e (1 + (i + 1/2 + s)/8), e = 2..3, i = 0..7
///         (a in [4, 16)), entry 8(e − 1) + i mod 16.
/// The intervals are fitted in parallel (each alone, so the digits do not depend on the order) and reported in order.
/// </summary>
internal static class Gelu
{
    private static readonly Dec Half = Dec.Parse("0.5");
    // One fit per core at most (DOTNET_PROCESSOR_COUNT=1 runs them one at a time).
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = System.Environment.ProcessorCount };

    public static (Table Table, Dec Worst) FitMain(TextWriter log) => Quarters.Fit("main", "MainTable", a => Gauss.Phi(-a), 6, log, pairs: 1);

    public static (Table Table, Dec Worst) FitTail(TextWriter log)
    {
        var rows = new Fit.Result[16];
        Parallel.For(0, 16, Cores, t =>
        {
            int e = 2 + t / 8, i = t % 8;
            Dec scale = 1 << e;
            rows[((e - 1) * 8 + i) % 16] = Fit.Run(s => Gauss.M(scale * (1 + ((Dec)i + Half + s) / 8)), 5);
        });
        Dec worst = Dec.Zero;
        foreach (int e in new[] { 2, 3 })
            for (int i = 0; i < 8; i++)
            {
                Fit.Result r = rows[((e - 1) * 8 + i) % 16];
                worst = Dec.Max(worst, r.Error);
                log.WriteLine($"// tail a in [{Printf.G((1 << e) * (1 + i / 8.0), 6)}, {Printf.G((1 << e) * (1 + (i + 1) / 8.0), 6)}) fit rel err 2^{Printf.Log2(r.Error)}");
            }
        return (Table.FromFit("TailTable", rows, [(0, false), (0, true), (1, false), (2, false), (3, false), (4, false), (5, false)],
            ["d0 hi", "d0 lo", "d1", "d2", "d3", "d4", "d5"]), worst);
    }
}

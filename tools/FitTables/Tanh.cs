using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace FusedKernels.FitTables;

/// <summary>
/// The tables of float tanh's table form (VectorMath.Tanh.cs.in):
///   Table: R(a) = tanh(a)/a at a = (j + 1/2 + s)/4 ≈ c0 + c1 s + … + c5 s^5, s in [−1/2, 1/2], j = 0..15 (a = |x| in
///          [0, 4)), entry j; c0 a float pair (hi, lo), c1..c5 floats. Entry 0's c0 hi is 1 (R(0)): its lo and the other terms
///          then sum to R − 1 ≈ −a²/3, so that for tiny and subnormal a the product a·(R − 1), which the kernel rounds on its
///          own, is far below half an ULP of a and tanh(a) = a there (with c0 hi = R(1/8) that product is rounded to a
///          subnormal, and tanh of a subnormal came out 1 ULP off).
///   Far:   2·2^s ≈ c0 + c1 s + … + c4 s^4 for s in [−1/2, 1/2], all floats: 2e^(−2a) beyond 4, where only 2^-17 of it is needed.
/// </summary>
internal static class Tanh
{
    private const int Degree = 5;
    private const int FarDegree = 4;
    private static readonly Dec Half = Dec.Parse("0.5");
    // One fit per core at most (DOTNET_PROCESSOR_COUNT=1 runs them one at a time).
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = System.Environment.ProcessorCount };

    /// <summary>tanh(a)/a for a ≥ 0 (1 at 0), tanh(a) = (1 − e^(−2a))/(1 + e^(−2a)).</summary>
    private static Dec R(Dec a)
    {
        if (a.CompareTo(Dec.Zero) == 0)
            return Dec.One;
        Dec e = Dec.Exp(-(a + a));
        return (Dec.One - e) / (Dec.One + e) / a;
    }

    public static (Table Table, Dec Worst) Fit(TextWriter log)
    {
        var rows = new Fit.Result[16];
        Parallel.For(0, 16, Cores, j =>
            rows[j] = FitTables.Fit.Run(s => R(((Dec)j + Half + s) / 4), Degree, pairs: 1, c0Hi: j == 0 ? 1f : null));
        Dec worst = Dec.Zero;
        for (int j = 0; j < 16; j++)
        {
            worst = Dec.Max(worst, rows[j].Error);
            log.WriteLine($"// tanh j={j} (a in [{Printf.G(j / 4.0, 6)}, {Printf.G((j + 1) / 4.0, 6)}]) fit rel err 2^{Printf.Log2(rows[j].Error)}");
        }
        return (Table.FromFit("Table", rows, [(0, false), (0, true), .. Enumerable.Range(1, Degree).Select(k => (k, false))],
            ["c0 hi", "c0 lo", .. Enumerable.Range(1, Degree).Select(k => "c" + k)]), worst);
    }

    public static (Table Table, Dec Worst) FitFar(TextWriter log)
    {
        Dec ln2 = Dec.Ln(2);
        FitTables.Fit.Result far = FitTables.Fit.Run(s => 2 * Dec.Exp(s * ln2), FarDegree, pairs: 0);
        log.WriteLine($"// tanh far 2·2^s fit rel err 2^{Printf.Log2(far.Error)}");
        return (Table.FromFit("Far", [far], Enumerable.Range(0, FarDegree + 1).Select(k => (k, false)).ToArray(),
            Enumerable.Range(0, FarDegree + 1).Select(k => "c" + k).ToArray()), far.Error);
    }
}

using System.IO;
using System.Linq;

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

    /// <summary>tanh(a)/a for a ≥ 0 (1 at 0), tanh(a) = (1 − e^(−2a))/(1 + e^(−2a)).</summary>
    private static Dec R(Dec a)
    {
        if (a.CompareTo(Dec.Zero) == 0)
            return Dec.One;
        Dec e = Dec.Exp(-(a + a));
        return (Dec.One - e) / (Dec.One + e) / a;
    }

    public static (Table Table, Dec Worst) Fit(TextWriter log) =>
        Quarters.Fit("tanh", "Table", R, Degree, log, pairs: 1, c0Hi: j => j == 0 ? 1f : null);

    public static (Table Table, Dec Worst) FitFar(TextWriter log)
    {
        Dec ln2 = Dec.Ln(2);
        FitTables.Fit.Result far = FitTables.Fit.Run(s => 2 * Dec.Exp(s * ln2), FarDegree, pairs: 0);
        log.WriteLine($"// tanh far 2·2^s fit rel err 2^{Printf.Log2(far.Error)}");
        return (Table.FromFit("Far", [far], Enumerable.Range(0, FarDegree + 1).Select(k => (k, false)).ToArray(),
            Enumerable.Range(0, FarDegree + 1).Select(k => "c" + k).ToArray()), far.Error);
    }
}

using System.IO;

namespace FusedKernels.FitTables;

/// <summary>
/// The table of float softplus's table form (β = 1), s in [−1/2, 1/2] on every interval:
///   P(a) = softplus(−a) = ln(1 + e^(−a)) at a = (j + 1/2 + s)/4 ≈ c0 + c1 s + … + c4 s^4, j = 0..15 (a = |x| in [0, 4)), entry j.
/// </summary>
internal static class Softplus
{
    // Degree 4: 2^-26.35 relative at worst (on [3.75, 4], with c1 one float); degree 5 would give 2^-32.9 for two more
    // operations per vector.
    private const int Degree = 4;

    public static Dec P(Dec a) => Dec.Ln(Dec.One + Dec.Exp(-a));

    public static (Table Table, Dec Worst) Fit(TextWriter log) => Quarters.Fit("softplus", "Table", P, Degree, log, pairs: 1);
}

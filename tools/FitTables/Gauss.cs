namespace FusedKernels.FitTables;

/// <summary>The functions fitted: Φ (the standard normal CDF) and M(a) = Φ(−a)·e^(a²/2), from erf's series.</summary>
internal static class Gauss
{
    // More digits than the precision: the constructor is exact and only the square root rounds, as in the fit's first form.
    private static readonly Dec Pi = Dec.Parse(
        "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535940812848111745028410270193852110555964462294895493038196");
    private static readonly Dec Sqrt2 = Dec.Sqrt(2);
    private static readonly Dec SqrtPi = Dec.Sqrt(Pi);
    private static readonly Dec Eps = Dec.Parse("1E-115");

    /// <summary>erf(z) = 2/√π·e^(−z²)·Σ 2^n z^(2n+1) / (1·3·…·(2n+1)), z ≥ 0: all terms positive, so no cancellation.</summary>
    public static Dec Erf(Dec z)
    {
        if (z.IsZero)
            return Dec.Zero;
        Dec z2 = z * z;
        Dec term = z;
        Dec total = term;
        for (int n = 1; ; n++)
        {
            term = term * 2 * z2 / (2 * n + 1);
            total += term;
            if (term < total * Eps)
                break;
        }
        return 2 / SqrtPi * Dec.Exp(-z2) * total;
    }

    /// <summary>Φ(x) = erfc(−x/√2)/2.</summary>
    public static Dec Phi(Dec x)
    {
        Dec z = x / Sqrt2;
        if (z >= 0)
            return (1 + Erf(z)) / 2;
        return (1 - Erf(-z)) / 2;
    }

    /// <summary>M(a) = Φ(−a)·e^(a²/2), the tail's smooth factor.</summary>
    public static Dec M(Dec a) => Phi(-a) * Dec.Exp(a * a / 2);
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace FusedKernels.FitTables;

/// <summary>
/// One interval's polynomial: relative minimax by Lawson-weighted least squares on Chebyshev nodes, then the coefficients
/// rounded to float one at a time from degree <c>pairs</c> up, the others refitted each time; the coefficients below
/// degree <c>pairs</c> (c0 and c1 by default) are float pairs (hi + lo), so their rounding costs nothing; c0's high part
/// may be given (its low part is then the rest, rounded). Every operation's order is fixed: a different order would round
/// differently.
/// </summary>
internal static class Fit
{
    public const int Nodes = 48;
    private const int LawsonIterations = 60;
    private const int MaxDegree = 6;

    private static readonly Dec[] nodes = Chebyshev(Nodes);
    private static readonly Dec[][] nodePowers = nodes.Select(Powers).ToArray();
    // The dense grid the fit error is measured on: s = i/400 − 1/2, i = 0..400.
    private static readonly Dec[] grid = Enumerable.Range(0, 401).Select(i => (Dec)i / 400 - Dec.Parse("0.5")).ToArray();
    private static readonly Dec[][] gridPowers = grid.Select(Powers).ToArray();

    /// <summary>A fitted polynomial: (hi, lo) per degree (lo 0 from degree <c>pairs</c>), and its relative error on the grid.</summary>
    public sealed record Result((float Hi, float Lo)[] Coefficients, Dec Error);

    // The nodes are doubles, 0.5·cos(π(k + 1/2)/n) with the argument and the product in double arithmetic, taken at
    // their shortest decimal text. The cosine is correctly rounded, so the nodes do not depend on the platform's libm.
    private static Dec[] Chebyshev(int n)
    {
        var s = new Dec[n];
        for (int k = 0; k < n; k++)
            s[k] = Dec.FromRepr(0.5 * Cos(Math.PI * (k + 0.5) / n));
        return s;
    }

    /// <summary>cos(x) for |x| ≤ 4, correctly rounded to double: its Taylor series at 120 digits.</summary>
    internal static double Cos(double x)
    {
        Dec x2 = Dec.Exact(x) * Dec.Exact(x);
        Dec sum = Dec.One, term = Dec.One, tiny = Dec.Parse("1E-110");
        for (int i = 1; Dec.Abs(term) >= tiny; i++)
        {
            term = -(term * x2 / ((2 * i - 1) * (2 * i)));
            sum += term;
        }
        return sum.ToDouble();
    }

    // s^k for k = 0..MaxDegree, each by one more multiplication (s^0 = 1).
    private static Dec[] Powers(Dec s)
    {
        var p = new Dec[MaxDegree + 1];
        p[0] = Dec.One;
        for (int k = 1; k <= MaxDegree; k++)
            p[k] = p[k - 1] * s;
        return p;
    }

    /// <summary>The float value v at its shortest decimal text: how a float coefficient enters the fit and its error.</summary>
    private static Dec AsDec(float v) => Dec.FromRepr(v);

    public static Result Run(Func<Dec, Dec> func, int degree, int pairs = 2, float? c0Hi = null)
    {
        Dec[] vals = nodes.Select(func).ToArray();
        var all = Enumerable.Range(0, degree + 1).ToList();
        List<(int K, Dec C)> coef = Lawson(vals, all, []);
        var fixedCoef = new List<(int K, Dec C)>();
        for (int k = pairs; k <= degree; k++)
        {
            fixedCoef.Add((k, AsDec(Get(coef, k).ToFloat())));
            var free = all.Where(i => !fixedCoef.Any(f => f.K == i)).ToList();
            coef = Lawson(vals, free, fixedCoef);
        }
        var outCoef = new (float Hi, float Lo)[degree + 1];
        for (int k = 0; k <= degree; k++)
        {
            Dec c = Get(coef, k);
            float hi = k == 0 && c0Hi is float given ? given : c.ToFloat();
            outCoef[k] = k < pairs ? (hi, (c - AsDec(hi)).ToFloat()) : (hi, 0f);
        }
        // The error of the float coefficients, in exact (120-digit) arithmetic, on the dense grid.
        Dec err = Dec.Zero;
        for (int g = 0; g < grid.Length; g++)
        {
            Dec f = func(grid[g]);
            Dec p = Dec.Zero;
            for (int k = 0; k <= degree; k++)
                p += (AsDec(outCoef[k].Hi) + AsDec(outCoef[k].Lo)) * gridPowers[g][k];
            err = Dec.Max(err, Dec.Abs((p - f) / f));
        }
        return new Result(outCoef, err);
    }

    private static Dec Get(List<(int K, Dec C)> coef, int k) => coef.First(c => c.K == k).C;

    /// <summary>
    /// Minimax of |p − f|/|f| on the nodes, p = Σ fixed c_k s^k + Σ_{k free} c_k s^k: weighted least squares whose weights
    /// grow where the error is large, keeping the best iterate. The coefficients come back fixed ones first, then the free.
    /// </summary>
    private static List<(int K, Dec C)> Lawson(Dec[] vals, List<int> free, List<(int K, Dec C)> fixedCoef)
    {
        int n = free.Count;
        var w = Enumerable.Repeat(Dec.One, Nodes).ToArray();
        Dec bestErr = default;
        List<(int K, Dec C)>? best = null;
        var errs = new Dec[Nodes];
        for (int it = 0; it < LawsonIterations; it++)
        {
            // Weighted least squares: minimize Σ w_i ((p_i − f_i)/f_i)², by its normal equations.
            var a = new Dec[n, n];
            var b = new Dec[n];
            for (int i = 0; i < n; i++)
            {
                b[i] = Dec.Zero;
                for (int j = 0; j < n; j++)
                    a[i, j] = Dec.Zero;
            }
            for (int node = 0; node < Nodes; node++)
            {
                Dec[] pw = nodePowers[node];
                Dec f = vals[node];
                Dec fixedSum = Dec.Zero;
                foreach (var (k, c) in fixedCoef)
                    fixedSum += c * pw[k];
                Dec r = f - fixedSum;
                Dec g = w[node] / (f * f);
                for (int i = 0; i < n; i++)
                {
                    Dec gp = g * pw[free[i]];
                    b[i] += gp * r;
                    for (int j = 0; j < n; j++)
                        a[i, j] += gp * pw[free[j]];
                }
            }
            Dec[] solved = Solve(a, b);
            var coef = new List<(int K, Dec C)>(fixedCoef);
            for (int i = 0; i < n; i++)
                coef.Add((free[i], solved[i]));
            Dec m = Dec.Zero;
            for (int node = 0; node < Nodes; node++)
            {
                Dec p = Dec.Zero;
                foreach (var (k, c) in coef)
                    p += c * nodePowers[node][k];
                errs[node] = Dec.Abs((p - vals[node]) / vals[node]);
                m = node == 0 ? errs[node] : Dec.Max(m, errs[node]);
            }
            if (best is null || m < bestErr)
                (bestErr, best) = (m, coef);
            Dec tot = Dec.Zero;
            for (int node = 0; node < Nodes; node++)
                tot += w[node] * errs[node];
            for (int node = 0; node < Nodes; node++)
                w[node] = w[node] * errs[node] / tot;
        }
        return best!;
    }

    /// <summary>Gaussian elimination with partial pivoting (the first largest pivot), then back substitution.</summary>
    private static Dec[] Solve(Dec[,] a, Dec[] b)
    {
        int n = b.Length;
        var m = new Dec[n][];
        for (int i = 0; i < n; i++)
        {
            m[i] = new Dec[n + 1];
            for (int j = 0; j < n; j++)
                m[i][j] = a[i, j];
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++)
        {
            int p = c;
            for (int r = c + 1; r < n; r++)
                if (Dec.Abs(m[r][c]) > Dec.Abs(m[p][c]))
                    p = r;
            (m[c], m[p]) = (m[p], m[c]);
            for (int r = c + 1; r < n; r++)
            {
                Dec f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++)
                    m[r][k] -= f * m[c][k];
            }
        }
        var x = new Dec[n];
        for (int r = n - 1; r >= 0; r--)
        {
            Dec sum = Dec.Zero;
            for (int k = r + 1; k < n; k++)
                sum += m[r][k] * x[k];
            x[r] = (m[r][n] - sum) / m[r][r];
        }
        return x;
    }
}

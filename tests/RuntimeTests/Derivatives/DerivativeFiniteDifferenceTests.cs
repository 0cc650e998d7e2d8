using System;
using System.Linq;
using Xunit.Abstractions;

namespace FusedKernels.RuntimeTests.Derivatives
{
    /// <summary>
    /// Cross-checks each derivative formula against the forward references: central differences
    /// (f(x + h) − f(x − h))/2h of Reference.Sigmoid, Tanh, Elu, … in double, h = 1e-5·max(1, |x|), at a few
    /// hundred points, against both Reference.*Derivative and VectorMath.*Derivative (scalar double). The
    /// difference quotient is good to ~1e-10 relative (h² truncation, rounding noise 2^-53·|f|/h), so a relative
    /// tolerance of 1e-6 plus 1e-9 absolute (for points right at a zero of the derivative) separates a wrong
    /// formula (a missing factor, a sign, the wrong branch at a kink) from rounding.
    /// </summary>
    public class DerivativeFiniteDifferenceTests
    {
        private readonly ITestOutputHelper _out;

        public DerivativeFiniteDifferenceTests(ITestOutputHelper output) => _out = output;

        public static TheoryData<string> Names()
        {
            var d = new TheoryData<string>();
            foreach (var c in DerivativeCases.All) d.Add(c.Name);
            return d;
        }

        private static double[] Points(DerivativeCase c)
        {
            var rng = new Random(99);
            double range = c.FiniteDifferenceRange;
            var xs = Enumerable.Range(0, 300).Select(_ => (rng.NextDouble() * 2 - 1) * Math.Min(range, 8))
                .Concat(Enumerable.Range(0, 60).Select(_ => -rng.NextDouble() * range))
                .Concat(Enumerable.Range(0, 20).Select(_ => rng.NextDouble() * range))
                .Concat(new[] { -3.0, -2.0, -1.5, -1.2785, -1.1924, -1.0, -0.7518, -0.5, -0.1, 0.1, 0.5, 1.0, 2.0, 3.0 });
            // Central differences need both points on one side of a kink.
            return xs.Where(x => !c.KinkAtZero || Math.Abs(x) > 1e-3).ToArray();
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void Derivative_matches_central_differences_of_the_forward_reference(string name)
        {
            var c = DerivativeCases.All.Single(f => f.Name == name);
            double worst = 0, at = 0;
            int n = 0;
            foreach (double x in Points(c))
            {
                double h = 1e-5 * Math.Max(1, Math.Abs(x));
                double fd = (c.Forward(x + h) - c.Forward(x - h)) / (2 * h);
                foreach (double d in new[] { c.Double.Ref(x), c.Double.Scalar(x) })
                {
                    double err = Math.Abs(d - fd);
                    double tol = 1e-6 * Math.Max(Math.Abs(d), Math.Abs(fd)) + 1e-9;
                    double rel = err / Math.Max(Math.Max(Math.Abs(d), Math.Abs(fd)), 1e-300);
                    if (Math.Abs(d) > 1e-3 && rel > worst) { worst = rel; at = x; }
                    Assert.True(err <= tol, $"{name}′({x:R}) = {d:R}, central difference {fd:R} (h = {h:R}): |Δ| = {err:E3} > {tol:E3}");
                }
                n++;
            }
            _out.WriteLine($"{name}: {n} points, worst relative difference where |f′| > 1e-3: {worst:E2} at x = {at:R}");
        }
    }
}

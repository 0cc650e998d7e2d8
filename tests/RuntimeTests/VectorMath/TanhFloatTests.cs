using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>
    /// The float tanh's forms (src/Runtime/Math/VectorMath.Tanh.cs.in): with AVX-512, |x|·R(|x|) from a polynomial per interval
    /// [j/4, (j + 1)/4) of |x| &lt; 4 and 1 − 2E(1 − E) beyond, on every path of the machine; elsewhere the exp form. These hold
    /// for either (CI runs both): ≤ 1 ULP at every interval edge and at the form switch, tanh(x) = x for tiny and subnormal x,
    /// a lane's result independent of its neighbours. The same bits on every path: VectorMathAccuracyTests; all 2^32 inputs:
    /// docs/accuracy.md.
    /// </summary>
    public class TanhFloatTests
    {
        private static readonly FloatFn Tanh = MathCases.Float.Single(f => f.Name == "tanh");

        /// <summary>Every interval edge j/4 (j = 0..16), 1/8, 9.0 and 9.02 (where tanh starts to round to 1) and 10 (the clamp), a few ulps either side, both signs.</summary>
        private static float[] Edges() => MathCases.Around(Enumerable.Range(0, 17).Select(j => j / 4f).Concat([1f / 8, 9f, 9.02f, 10f]));

        [Fact]
        public void Float_tanh_within_1_ulp_at_every_interval_edge_on_every_path() =>
            TableForms.AssertWithin1Ulp(Tanh, Edges());

        /// <summary>
        /// Below 2^-12, tanh(x) rounds to x (x³/3 is below half an ULP of x), subnormal x included: every path gives x itself,
        /// not a neighbour (the table's first c0 is 1, so the product the form rounds on its own is a·(R − 1) ≈ −a³/3).
        /// </summary>
        [Fact]
        public void Float_tanh_of_tiny_and_subnormal_x_is_x_on_every_path()
        {
            var xs = new List<float>();
            for (int bits = 1; bits < BitConverter.SingleToInt32Bits(1f / 4096); bits += 4099)
            {
                xs.Add(BitConverter.Int32BitsToSingle(bits));
                xs.Add(-BitConverter.Int32BitsToSingle(bits));
            }
            while (xs.Count % 16 != 0) xs.Add(0f);
            float[] x = xs.ToArray();
            Assert.True(x.Count(v => v != 0 && Math.Abs(v) < 1.17549435e-38f) > 1000);
            for (int path = 0; path < 4; path++)
            {
                float[] y = VectorMathAccuracyTests.Run(Tanh, path, x);
                for (int i = 0; i < x.Length; i++)
                    Assert.True(BitConverter.SingleToInt32Bits(y[i]) == BitConverter.SingleToInt32Bits(x[i]), $"{MathCases.Paths[path]}: tanh({x[i]:R}) = {y[i]:R}");
            }
        }

        /// <summary>
        /// A lane's tanh does not depend on its neighbours: vectors holding a lane with |x| ≥ 4 (or NaN) also compute the far
        /// form and select per lane, so a lane next to one that takes the other form keeps its own bits.
        /// </summary>
        [Fact]
        public void Float_tanh_lanes_do_not_depend_on_their_neighbours() =>
            TableForms.AssertLanesIndependent(Tanh, MathCases.FloatInputs().Concat(Edges()), TableForms.Neighbours);

        [Fact]
        public void Float_tanh_special_values()
        {
            foreach (var (x, expected) in new[]
            {
                (0f, 0f), (-0f, -0f), (float.PositiveInfinity, 1f), (float.NegativeInfinity, -1f), (float.MaxValue, 1f),
                (-float.MaxValue, -1f), (9.5f, 1f), (-10f, -1f), (20f, 1f), (-1e30f, -1f),
            })
            {
                float[] xs = Enumerable.Repeat(x, 16).ToArray();
                for (int path = 0; path < 4; path++)
                {
                    float y = VectorMathAccuracyTests.Run(Tanh, path, xs)[0];
                    Assert.True(BitConverter.SingleToInt32Bits(y) == BitConverter.SingleToInt32Bits(expected), $"{MathCases.Paths[path]}: tanh({x:R}) = {y:R}, expected {expected:R}");
                }
            }
            Assert.True(float.IsNaN(VM.Tanh(float.NaN)));
        }
    }
}

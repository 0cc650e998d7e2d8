using System;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Testing;
using Xunit;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>
    /// The float softplus's forms with β = 1 (src/Runtime/Math/VectorMath.Softplus.cs.in): where AVX-512 or AVX2 permutes, a
    /// polynomial per interval [j/4, (j + 1)/4) of |x| &lt; 4 and a series in e^−|x| beyond, on every path of the machine;
    /// elsewhere the log1p form. These hold for either (CI runs both): ≤ 1 ULP at every interval edge and at the form switch,
    /// down the negative tail into the subnormals, and a lane's result independent of its neighbours. The same bits on every
    /// path: VectorMathAccuracyTests; all 2^32 inputs: docs/accuracy.md.
    /// </summary>
    public class SoftplusFloatTests
    {
        private static readonly FloatFn Softplus = MathCases.Float.Single(f => f.Name == "softplus");

        /// <summary>Every interval edge j/4 (j = 0..16), 1/8, 18 and 87 (where the log1p form changes), a few ulps either side, both signs.</summary>
        private static float[] Edges() => MathCases.Around(Enumerable.Range(0, 17).Select(j => j / 4f).Concat([1f / 8, 18f, 87f, 87.5f]));

        [Fact]
        public void Float_softplus_within_1_ulp_at_every_interval_edge_on_every_path() =>
            TableForms.AssertWithin1Ulp(Softplus, Edges());

        /// <summary>softplus(x) for x from −3.5 down to −104 is e^x to within its rounding, the last ones subnormal: never flushed to 0, the same bits on every path.</summary>
        [Fact]
        public void Float_softplus_negative_tail_is_not_flushed_and_stays_within_1_ulp()
        {
            var xs = new List<float>();
            for (float x = -3.5f; x >= -104f; x -= 1f / 64) xs.Add(x);
            while (xs.Count % 16 != 0) xs.Add(-1f);
            float[] x16 = xs.ToArray();
            TableForms.AssertWithin1Ulp(Softplus, x16);
            // The subnormal results are scaled once more (vscalefps, or two multiplies without AVX-512): the same bits on every path.
            float[] scalar = VectorMathAccuracyTests.Run(Softplus, 0, x16);
            for (int path = 1; path < 4; path++)
            {
                float[] y = VectorMathAccuracyTests.Run(Softplus, path, x16);
                for (int i = 0; i < x16.Length; i++)
                    Assert.True(BitConverter.SingleToInt32Bits(y[i]) == BitConverter.SingleToInt32Bits(scalar[i]), $"{MathCases.Paths[path]}: softplus({x16[i]:R}) = {y[i]:R}, scalar {scalar[i]:R}");
            }
            int subnormal = x16.Count(x => Reference.Softplus(x, 1f) is var r && r != 0 && r < 1.17549435e-38f);
            Assert.True(subnormal > 500, $"{subnormal} subnormal results");
            Assert.True(VM.Softplus(-100f, 1f) > 0f);
        }

        /// <summary>
        /// A lane's softplus does not depend on its neighbours: vectors holding a lane with |x| ≥ 4 (or NaN) also compute the far
        /// form and select per lane, so a lane next to one that takes the other form keeps its own bits.
        /// </summary>
        [Fact]
        public void Float_softplus_lanes_do_not_depend_on_their_neighbours() =>
            TableForms.AssertLanesIndependent(Softplus, MathCases.FloatInputs().Concat(Edges()), [.. TableForms.Neighbours, -95f]);

        [Fact]
        public void Float_softplus_special_values()
        {
            foreach (var (x, expected) in new[]
            {
                (float.PositiveInfinity, float.PositiveInfinity), (float.MaxValue, float.MaxValue),
                (-float.MaxValue, 0f), (float.NegativeInfinity, 0f), (-110f, 0f), (30f, 30f),
            })
            {
                float[] xs = Enumerable.Repeat(x, 16).ToArray();
                for (int path = 0; path < 4; path++)
                {
                    float y = VectorMathAccuracyTests.Run(Softplus, path, xs)[0];
                    Assert.True(BitConverter.SingleToInt32Bits(y) == BitConverter.SingleToInt32Bits(expected), $"{MathCases.Paths[path]}: softplus({x:R}) = {y:R}, expected {expected:R}");
                }
            }
            Assert.True(float.IsNaN(VM.Softplus(float.NaN, 1f)));
        }
    }
}

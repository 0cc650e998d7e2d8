using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>
    /// The float gelu's forms (src/Runtime/Math/VectorMath.Gelu.cs.in): where AVX-512 permutes, a polynomial per
    /// interval [j/4, (j + 1)/4) of |x| &lt; 4 and an exp form with a polynomial per eighth of a binade for |x| ≥ 4, on every
    /// path of the machine; elsewhere the double evaluation. These tests hold for either (CI runs both): ≤ 1 ULP at the
    /// interval edges and down the negative tail, the same bits on every path, and a lane's result independent of its neighbours.
    /// </summary>
    public class GeluFloatTests
    {
        /// <summary>Every interval edge of both tables (j/4 for |x| ≤ 4, the eighths of [4, 16)), a few ulps either side, both signs.</summary>
        private static float[] Edges()
        {
            var edges = new List<float>();
            for (int j = 0; j <= 16; j++) edges.Add(j / 4f);
            for (int e = 2; e <= 3; e++)
                for (int i = 0; i <= 8; i++) edges.Add((float)Math.ScaleB(1 + i / 8.0, e));
            edges.AddRange([1f / 8, 15.5f, 14.2f, 14.3f, 5.42f, 5.3f]);
            return MathCases.Around(edges);
        }

        private static readonly float[] Inputs = MathCases.FloatInputs().Concat(Edges()).ToArray();

        [Fact]
        public void Float_gelu_within_1_ulp_at_every_interval_edge_on_every_path() =>
            TableForms.AssertWithin1Ulp(MathCases.Float.Single(f => f.Name == "gelu"), Edges());

        /// <summary>
        /// gelu(x) for x down to about −14.3 is a tiny nonzero number (the last ones subnormal): never flushed to 0, within 1 ULP
        /// (subnormals in units of the smallest one), on every path.
        /// </summary>
        [Fact]
        public void Float_gelu_negative_tail_is_not_flushed_and_stays_within_1_ulp()
        {
            var xs = new List<float>();
            for (float x = -3.5f; x >= -14.5f; x -= 1f / 1024) xs.Add(x);
            while (xs.Count % 16 != 0) xs.Add(-1f);
            float[] xa = xs.ToArray();
            var c = MathCases.Float.Single(f => f.Name == "gelu");
            for (int path = 0; path < 4; path++)
            {
                float[] y = VectorMathAccuracyTests.Run(c, path, xa);
                int subnormal = 0;
                for (int i = 0; i < xa.Length; i++)
                {
                    float r = FusedKernels.Testing.Reference.Gelu(xa[i]);
                    if (r != 0 && Math.Abs(r) < 1.17549435e-38f) subnormal++;
                    Assert.True(Ulp.Distance(y[i], r) <= 1, $"{MathCases.Paths[path]}: gelu({xa[i]:R}) = {y[i]:R}, reference {r:R}");
                    Assert.True(r == 0 || y[i] != 0, $"{MathCases.Paths[path]}: gelu({xa[i]:R}) flushed to 0, reference {r:R}");
                }
                Assert.True(subnormal > 500, $"{subnormal} subnormal results");
            }
            Assert.True(VM.Gelu(-14f) < 0f);
            Assert.True(VM.Gelu(-10f) < -1e-23f);
        }

        [Fact]
        public void Float_gelu_gives_the_same_bits_on_every_path()
        {
            var c = MathCases.Float.Single(f => f.Name == "gelu");
            float[] scalar = VectorMathAccuracyTests.Run(c, 0, Inputs);
            for (int path = 1; path < 4; path++)
            {
                float[] y = VectorMathAccuracyTests.Run(c, path, Inputs);
                for (int i = 0; i < Inputs.Length; i++)
                    Assert.True(BitConverter.SingleToInt32Bits(y[i]) == BitConverter.SingleToInt32Bits(scalar[i]) || (float.IsNaN(y[i]) && float.IsNaN(scalar[i])),
                        $"{MathCases.Paths[path]}: gelu({Inputs[i]:R}) = {y[i]:R}, scalar {scalar[i]:R}");
            }
        }

        /// <summary>
        /// A lane's gelu does not depend on its neighbours: vectors holding a lane with |x| ≥ 4 (or NaN) also compute the exp
        /// form and select per lane, so a lane next to one that takes the other branch keeps its own bits.
        /// </summary>
        [Fact]
        public void Float_gelu_lanes_do_not_depend_on_their_neighbours() =>
            TableForms.AssertLanesIndependent(MathCases.Float.Single(f => f.Name == "gelu"), Inputs, TableForms.Neighbours);

        [Fact]
        public void Float_gelu_special_values()
        {
            foreach (var (x, expected) in new[] { (0f, 0f), (-0f, -0f), (float.PositiveInfinity, float.PositiveInfinity), (float.MaxValue, float.MaxValue), (-20f, -0f), (float.NegativeInfinity, -0f) })
            {
                float[] xs = Enumerable.Repeat(x, 16).ToArray();
                var c = MathCases.Float.Single(f => f.Name == "gelu");
                for (int path = 0; path < 4; path++)
                {
                    float y = VectorMathAccuracyTests.Run(c, path, xs)[0];
                    Assert.True(BitConverter.SingleToInt32Bits(y) == BitConverter.SingleToInt32Bits(expected), $"{MathCases.Paths[path]}: gelu({x:R}) = {y:R}, expected {expected:R}");
                }
            }
            Assert.True(float.IsNaN(VM.Gelu(float.NaN)));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;
using FusedKernels.RuntimeTests.Infrastructure;
using Xunit;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>
    /// <see cref="SoftwareFma"/>, the float fused multiply-add of machines without the instruction, against
    /// <c>MathF.FusedMultiplyAdd</c> (the instruction here, or the C library's correctly rounded one), bit for bit.
    /// </summary>
    public class SoftwareFmaTests
    {
        private static readonly float[] Special =
        {
            0f, -0f, 1f, -1f, 3f, 1f / 3, -0.1f, float.Epsilon, -float.Epsilon, 1.1754942e-38f /* largest subnormal */, float.MinValue,
            1.17549435e-38f, float.MaxValue, float.PositiveInfinity, float.NegativeInfinity, float.NaN, MathF.ScaleB(1f, -75), MathF.ScaleB(1f, 64),
            -MathF.BitDecrement(1f),
        };

        [Fact]
        public void Every_triple_of_special_values()
        {
            var triples = new List<(float, float, float)>();
            foreach (float a in Special)
                foreach (float b in Special)
                    foreach (float c in Special)
                        triples.Add((a, b, c));
            AssertMatches(triples);
        }

        [Fact]
        public void Random_operands_with_cancellation_and_near_subnormal_results()
        {
            var random = new Random(20261205);
            var triples = new List<(float, float, float)>();
            for (int k = 0; k < 400_000; k++)
            {
                float a = RandomFloat(random, -40, 40), b = RandomFloat(random, -40, 40);
                float c = (k % 4) switch
                {
                    0 => RandomFloat(random, -90, 90),
                    1 => -(a * b), // the product's rounding error alone
                    2 => -(a * b) * (1 + MathF.ScaleB((float)random.NextDouble(), -10)), // deep cancellation
                    _ => RandomFloat(random, -149, -100), // results near and below the subnormal boundary
                };
                triples.Add((a, b, c));
            }

            AssertMatches(triples);
        }

        /// <summary>
        /// Sums that double rounding gets wrong: a·b + c just below a float midpoint, by less than half a double ulp, so
        /// that a·b + c rounded to double is the midpoint itself and then rounds to even. Plain double evaluation fails
        /// on these (checked, so the cases have teeth); rounding to odd must not.
        /// </summary>
        [Fact]
        public void Sums_that_plain_double_rounding_gets_wrong()
        {
            var triples = new List<(float, float, float)>();
            var naiveWrong = new int[2]; // normal results, subnormal results
            foreach (int e in new[] { -100, -20, 0, 1, 30, 100 })
                for (int j = 12; j <= 23; j++)
                    foreach (float sign in new[] { 1f, -1f })
                    {
                        // (1 + 2^-j)(1 − 2^-j)·2^(e−24) = 2^(e−24)·(1 − 2^-2j): half a float ulp of c, less a sliver.
                        float a = 1f + MathF.ScaleB(1f, -j), b = sign * MathF.ScaleB(1f - MathF.ScaleB(1f, -j), e - 24);
                        float c = sign * MathF.ScaleB(1f + MathF.ScaleB(1f, -23), e); // odd last bit: the midpoint's even neighbour is above
                        triples.Add((a, b, c));
                        // The same where the result is a subnormal float, whose midpoints are odd multiples of 2^-150:
                        // c = (2^19 + 1)·2^-149 and a·b = 2^-150·(1 − 2^-2j).
                        triples.Add((MathF.ScaleB(a, -75), MathF.ScaleB(b, -51 - e), sign * MathF.ScaleB(0x80001, -149)));
                    }

            for (int k = 0; k < triples.Count; k++)
            {
                var (a, b, c) = triples[k];
                if (!Bits.Equal((float)((double)a * b + c), MathF.FusedMultiplyAdd(a, b, c)))
                {
                    naiveWrong[k % 2]++;
                }
            }

            Assert.True(naiveWrong[0] > 0 && naiveWrong[1] > 0, $"plain double rounding is wrong on {naiveWrong[0]} normal and {naiveWrong[1]} subnormal cases; the cases should defeat it in both");
            // Each kind in vectors of its own, so that one kind's lanes do not send the other's down the exact path.
            for (int kind = 0; kind < 2; kind++)
            {
                AssertMatches(triples.Where((_, k) => k % 2 == kind).ToList());
            }
        }

        [Fact]
        public void Wider_vectors_fuse_every_lane()
        {
            var random = new Random(7);
            for (int k = 0; k < 1000; k++)
            {
                var a = new float[16];
                var b = new float[16];
                var c = new float[16];
                for (int i = 0; i < 16; i++)
                {
                    a[i] = RandomFloat(random, -20, 20);
                    b[i] = RandomFloat(random, -20, 20);
                    c[i] = -(a[i] * b[i]);
                }

                Vector256<float> r256 = SoftwareFma.FmaF(Vector256.Create(a), Vector256.Create(b), Vector256.Create(c));
                Vector512<float> r512 = SoftwareFma.FmaF(Vector512.Create(a), Vector512.Create(b), Vector512.Create(c));
                for (int i = 0; i < 16; i++)
                {
                    float expected = MathF.FusedMultiplyAdd(a[i], b[i], c[i]);
                    Assert.True(Bits.Equal(expected, r512[i]), $"Vector512 lane {i}: fma({a[i]:R}, {b[i]:R}, {c[i]:R}) = {expected:R}, got {r512[i]:R}");
                    if (i < 8)
                    {
                        Assert.True(Bits.Equal(expected, r256[i]), $"Vector256 lane {i}: fma({a[i]:R}, {b[i]:R}, {c[i]:R}) = {expected:R}, got {r256[i]:R}");
                    }
                }
            }
        }

        private static float RandomFloat(Random random, int minExponent, int maxExponent) =>
            (random.Next(2) == 0 ? 1 : -1) * MathF.ScaleB(1f + (float)random.NextDouble(), random.Next(minExponent, maxExponent + 1));

        private static void AssertMatches(List<(float A, float B, float C)> triples)
        {
            for (int k = 0; k < triples.Count; k += 4)
            {
                (float A, float B, float C) t(int i) => triples[Math.Min(k + i, triples.Count - 1)];
                Vector128<float> r = SoftwareFma.FmaF(
                    Vector128.Create(t(0).A, t(1).A, t(2).A, t(3).A),
                    Vector128.Create(t(0).B, t(1).B, t(2).B, t(3).B),
                    Vector128.Create(t(0).C, t(1).C, t(2).C, t(3).C));
                for (int i = 0; i < 4; i++)
                {
                    var (a, b, c) = t(i);
                    float expected = MathF.FusedMultiplyAdd(a, b, c);
                    Assert.True(Bits.Equal(expected, r[i]), $"fma({a:R}, {b:R}, {c:R}) = {expected:R} ({BitConverter.SingleToInt32Bits(expected):X8}), got {r[i]:R} ({BitConverter.SingleToInt32Bits(r[i]):X8})");
                }
            }
        }
    }
}

using System;
using System.Reflection;
using System.Runtime.Intrinsics;
using FusedKernels.Testing;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>
    /// The internal float-only building blocks (VectorMath.ExpF.cs.in) on every width, reached by reflection, and the
    /// float sigmoid/tanh at their clamp points, branch boundaries and in the subnormal range.
    /// </summary>
    public class FloatBuildingBlockTests
    {
        private static T Internal<T>(string name, params Type[] args) where T : Delegate =>
            typeof(VM).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static, null, args, null)!.CreateDelegate<T>();

        private static readonly Func<float, float, float> ExpSc = Internal<Func<float, float, float>>("ExpF", typeof(float), typeof(float));
        private static readonly Func<Vector128<float>, Vector128<float>, Vector128<float>> Exp128 =
            Internal<Func<Vector128<float>, Vector128<float>, Vector128<float>>>("ExpF", typeof(Vector128<float>), typeof(Vector128<float>));
        private static readonly Func<Vector256<float>, Vector256<float>, Vector256<float>> Exp256 =
            Internal<Func<Vector256<float>, Vector256<float>, Vector256<float>>>("ExpF", typeof(Vector256<float>), typeof(Vector256<float>));
        private static readonly Func<Vector512<float>, Vector512<float>, Vector512<float>> Exp512 =
            Internal<Func<Vector512<float>, Vector512<float>, Vector512<float>>>("ExpF", typeof(Vector512<float>), typeof(Vector512<float>));

        /// <summary>e^(zh + zl) on the four paths (lane 1, 5, 11 of a splat, so every lane position is not just lane 0).</summary>
        private static float[] ExpAll(float zh, float zl) => new[]
        {
            ExpSc(zh, zl),
            Exp128(Vector128.Create(zh), Vector128.Create(zl)).GetElement(1),
            Exp256(Vector256.Create(zh), Vector256.Create(zl)).GetElement(5),
            Exp512(Vector512.Create(zh), Vector512.Create(zl)).GetElement(11),
        };

        private static float ExpRef(float zh, float zl) => (float)Math.Exp((double)zh + zl);

        [Fact]
        public void ExpF_special_values()
        {
            foreach (float v in ExpAll(0f, 0f)) Assert.Equal(1f, v);
            foreach (float v in ExpAll(-0f, 0f)) Assert.Equal(1f, v);
            foreach (float v in ExpAll(float.NegativeInfinity, 0f)) Assert.Equal(0, BitConverter.SingleToInt32Bits(v));
            foreach (float v in ExpAll(-104f, 0f)) Assert.Equal(0, BitConverter.SingleToInt32Bits(v));
            foreach (float v in ExpAll(float.NaN, 0f)) Assert.True(float.IsNaN(v));
            // the smallest subnormal: e^-103.28 = 2^-149.0
            foreach (float v in ExpAll(-103.278929903431851f, 0f)) Assert.Equal(float.Epsilon, v);
            foreach (float v in ExpAll(88f, 0f)) Assert.Equal(ExpRef(88f, 0f), v);
        }

        [Fact]
        public void ExpF_within_1_ulp_including_subnormal_results_and_a_low_part()
        {
            var rng = new Random(11);
            for (int i = 0; i < 40000; i++)
            {
                // −x²/2 as an exact float-float (h + l = x² exactly by an FMA), down into the subnormal range of e^(−x²/2).
                float x = (float)(rng.NextDouble() * 14.5);
                float h = x * x, l = MathF.FusedMultiplyAdd(x, x, -h);
                float zh = -0.5f * h, zl = -0.5f * l;
                float want = ExpRef(zh, zl);
                float[] got = ExpAll(zh, zl);
                for (int p = 0; p < 4; p++)
                    Assert.True(Ulp.Distance(got[p], want) <= 1, $"{MathCases.Paths[p]}: exp({zh:R} + {zl:R}) = {got[p]:R}, want {want:R}");
                float z = (float)(rng.NextDouble() * 192 - 104);
                want = ExpRef(z, 0f);
                got = ExpAll(z, 0f);
                for (int p = 0; p < 4; p++)
                    Assert.True(Ulp.Distance(got[p], want) <= 1, $"{MathCases.Paths[p]}: exp({z:R}) = {got[p]:R}, want {want:R}");
            }
        }

        private static float[] Paths(Func<float, float> sc, Func<Vector128<float>, Vector128<float>> v1,
            Func<Vector256<float>, Vector256<float>> v2, Func<Vector512<float>, Vector512<float>> v5, float x) => new[]
        {
            sc(x), v1(Vector128.Create(x)).GetElement(2), v2(Vector256.Create(x)).GetElement(6), v5(Vector512.Create(x)).GetElement(15),
        };

        [Fact]
        public void Float_sigmoid_and_tanh_at_clamp_points_branch_boundaries_and_in_the_subnormal_range()
        {
            // sigmoid: the clamps (−104, 20), n = 0 boundary (±ln2/2), e^-x crossing 1 and 2^24, subnormal results,
            // the last normal result (x ≈ −87.34) and the first zero (x ≈ −103.97).
            float[] sig = { -104f, -103.97f, -103.9721f, -103.278931f, -100f, -90f, -87.3365479f, -87.33654f, -87f, -69.1f, -17.33f,
                -16.635532f, -0.34657359f, -0.3465736f, -1e-7f, -float.Epsilon, float.Epsilon, 1e-7f, 0.34657359f, 16.635532f, 17.3287f, 20f, 20.5f, 1e30f, -1e30f };
            foreach (float x0 in sig)
                for (int d = -2; d <= 2; d++)
                {
                    float x = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(x0) + d);
                    float want = Reference.Sigmoid(x);
                    float[] got = Paths(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, x);
                    for (int p = 0; p < 4; p++)
                        Assert.True(Ulp.Distance(got[p], want) <= 1, $"{MathCases.Paths[p]}: sigmoid({x:R}) = {got[p]:R}, want {want:R}");
                }
            // tanh: tiny and subnormal inputs, n = 0/−1 boundary of e^(−2|x|) (|x| = ln2/4), the clamp (10) and where
            // tanh first rounds to 1 (≈ 9.01).
            float[] th = { 1e-30f, 1e-10f, 3e-4f, 0.0029431917f, 0.17328679f, 0.1732868f, 0.5f, 0.55f, 1f, 8.3f, 9.0109f, 9.011f, 10f, 10.5f, 3e38f };
            foreach (float x0 in th)
                foreach (float s in new[] { 1f, -1f })
                    for (int d = -2; d <= 2; d++)
                    {
                        float x = s * BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(x0) + d);
                        float want = Reference.Tanh(x);
                        float[] got = Paths(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, x);
                        for (int p = 0; p < 4; p++)
                            Assert.True(Ulp.Distance(got[p], want) <= 1, $"{MathCases.Paths[p]}: tanh({x:R}) = {got[p]:R}, want {want:R}");
                    }
            foreach (float v in Paths(VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, VM.Sigmoid, float.NaN)) Assert.True(float.IsNaN(v));
            foreach (float v in Paths(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, float.NaN)) Assert.True(float.IsNaN(v));
            foreach (float v in Paths(VM.Tanh, VM.Tanh, VM.Tanh, VM.Tanh, -float.Epsilon)) Assert.Equal(-float.Epsilon, v);
        }
    }
}

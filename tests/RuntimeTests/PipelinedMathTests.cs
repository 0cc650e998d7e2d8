using System;
using System.Linq;
using System.Runtime.Intrinsics;
using FusedKernels.CompilerServices;
using FusedKernels.Runtime;
using FusedKernels.RuntimeTests.Infrastructure;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>Float kernels whose activation the driver pipelines (docs/design.md, "Pipelined math"), with every role kind around it.</summary>
    public static partial class PipelinedKernels
    {
        [Activation("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("sigmoid")] public static partial void SigmoidInPlace(Span<float> x);
        [Activation("sigmoid")] public static partial void Glu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("tanh")] public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("silu", Beta = 1.702)] public static partial void QuickGelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu", Beta = 1.702)] public static partial void QuickGeluInPlace(Span<float> x);
        [Activation("silu", Beta = -0.37)] public static partial void SiluMinus037(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu", Beta = 1.702)] public static partial void BiasQuickGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("softplus")] public static partial void Softplus(Span<float> x);
        [Activation("softplus", Beta = 2)] public static partial void Softplus2(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softplus", Beta = 2)] public static partial void Softplus2InPlace(Span<float> x);
        [Activation("gelu_tanh")] public static partial void GeluTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("elu")] public static partial void Elu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu")] public static partial void EluInPlace(Span<float> x);
        [Activation("elu")] public static partial void BiasElu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("selu")] public static partial void Selu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("selu")] public static partial void SeluInPlace(Span<float> x);
        [Activation("celu")] public static partial void Celu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("celu")] public static partial void CeluInPlace(Span<float> x);
        [Activation("celu", Alpha = 2.5)] public static partial void Celu25(ReadOnlySpan<float> x, Span<float> y);
        [Activation("celu", Alpha = 2.5)] public static partial void Celu25InPlace(Span<float> x);
        [Activation("celu", Alpha = 0.3)] public static partial void Celu03(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu", Alpha = 0.5)] public static partial void Elu05(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu", Alpha = -0.7)] public static partial void EluMinus07(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu")] public static partial void EluAlpha(ReadOnlySpan<float> x, float alpha, Span<float> y);
        [Activation("elu")] public static partial void EluAlphaInPlace(Span<float> x, float alpha);
        [Activation("celu")] public static partial void CeluAlpha(ReadOnlySpan<float> x, float alpha, Span<float> y);
        [Activation("tanh")] public static partial void ScaleBiasTanh(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y, Span<float> preactivation);
    }

    /// <summary>
    /// A pipelined loop stores each vector four vectors after it begins it: these compare every element with the
    /// function evaluated alone at the kernel's width, bit for bit, at every length around the loop's ends, in place,
    /// and with roles read before and after the activation (multiplier, scale, per-channel bias, preactivation output).
    /// </summary>
    public class PipelinedMathTests
    {
        private const int Channels = 16;

        /// <summary>Every length up to 12 vectors of 512 bits (the loop's first, last and overlapping vectors), and a long call.</summary>
        private static readonly int[] Lengths = [.. Enumerable.Range(1, 200), 4099];

        [Fact]
        public void Sigmoid_matches_the_function_alone()
        {
            foreach (int n in Lengths)
            {
                Check("sigmoid", Data(n, seed: n), Sigmoid, PipelinedKernels.Sigmoid, PipelinedKernels.SigmoidInPlace);
            }
        }

        [Fact]
        public void Elu_matches_the_function_alone_in_place_and_after_a_bias()
        {
            foreach (int n in Lengths)
            {
                float[] x = Data(n, seed: 300 + n);
                Check("elu", x, Elu, PipelinedKernels.Elu, PipelinedKernels.EluInPlace);
                if (n % Channels == 0)
                {
                    CheckBias("elu", x, Elu, PipelinedKernels.BiasElu, seed: 400 + n);
                }
            }
        }

        [Fact]
        public void Selu_matches_the_function_alone_with_the_catalogue_constants()
        {
            foreach (int n in Lengths)
            {
                Check("selu", Data(n, seed: 500 + n), Selu, PipelinedKernels.Selu, PipelinedKernels.SeluInPlace);
            }
        }

        [Fact]
        public void Celu_with_its_default_alpha_matches_the_function_alone()
        {
            foreach (int n in Lengths)
            {
                Check("celu", Data(n, seed: 600 + n), Celu, PipelinedKernels.Celu, PipelinedKernels.CeluInPlace);
            }
        }

        [Fact]
        public void Elu_and_celu_with_another_alpha_match_the_function_alone()
        {
            foreach (int n in Lengths)
            {
                float[] x = Data(n, seed: 700 + n);
                Check("celu α = 2.5", x, z => Celu(z, 2.5f), PipelinedKernels.Celu25, PipelinedKernels.Celu25InPlace);
                Check("celu α = 0.3", x, z => Celu(z, 0.3f), PipelinedKernels.Celu03);
                Check("elu α = 0.5", x, z => Elu(z, 0.5f), PipelinedKernels.Elu05);
                Check("elu α = −0.7", x, z => Elu(z, -0.7f), PipelinedKernels.EluMinus07);
            }
        }

        [Fact]
        public void Silu_with_another_beta_matches_the_function_alone_in_place_and_after_a_bias()
        {
            foreach (int n in Lengths)
            {
                float[] x = Data(n, seed: 750 + n);
                Check("silu β = 1.702", x, z => Silu(z, 1.702f), PipelinedKernels.QuickGelu, PipelinedKernels.QuickGeluInPlace);
                Check("silu β = −0.37", x, z => Silu(z, -0.37f), PipelinedKernels.SiluMinus037);
                if (n % Channels == 0)
                {
                    CheckBias("silu β = 1.702", x, z => Silu(z, 1.702f), PipelinedKernels.BiasQuickGelu, seed: 760 + n);
                }
            }
        }

        [Fact]
        public void Elu_and_celu_with_a_runtime_alpha_match_the_function_alone()
        {
            // 1 (celu: elu's stages), others, a negative α (celu: evaluated in double, not in stages) and NaN.
            foreach (float alpha in new[] { 1f, 0.5f, 2.5f, -0.7f, float.NaN })
            {
                foreach (int n in Lengths)
                {
                    float[] x = Data(n, seed: 900 + n);
                    Check($"elu α = {alpha} at run time", x, z => Elu(z, alpha), (x, y) => PipelinedKernels.EluAlpha(x, alpha, y), x => PipelinedKernels.EluAlphaInPlace(x, alpha));
                    Check($"celu α = {alpha} at run time", x, z => Celu(z, alpha), (x, y) => PipelinedKernels.CeluAlpha(x, alpha, y));
                }
            }
        }

        [Fact]
        public void By_name_silu_and_elu_with_another_parameter_match_the_function_alone()
        {
            foreach (float beta in new[] { 1f, 1.702f, -0.37f })
            {
                ActivationKernel<float> silu = ActivationKernels.Get<float>("silu", beta: beta);
                foreach (int n in Lengths)
                {
                    Check($"silu β = {beta} by name", Data(n, seed: 1000 + n), z => Silu(z, beta), (x, y) => silu.Invoke(x, y), x => silu.Invoke(x));
                }
            }

            ActivationKernel<float> elu = ActivationKernels.Get<float>("elu", alpha: 0.5);
            Check("elu α = 0.5 by name", Data(4099, seed: 1100), z => Elu(z, 0.5f), (x, y) => elu.Invoke(x, y));
        }

        [Fact]
        public void Softplus_with_another_beta_matches_the_function_alone()
        {
            ActivationKernel<float> byName = ActivationKernels.Get<float>("softplus", beta: 0.5);
            foreach (int n in Lengths)
            {
                float[] x = Data(n, seed: 1200 + n);
                Check("softplus β = 2", x, z => Softplus(z, 2f), PipelinedKernels.Softplus2, PipelinedKernels.Softplus2InPlace);
                Check("softplus β = 0.5 by name", x, z => Softplus(z, 0.5f), (x, y) => byName.Invoke(x, y));
            }
        }

        /// <summary>sigmoid(2z) that names sigmoid's stages, which take no parameter, with parameter 2: the driver must not run them.</summary>
        private readonly struct SigmoidParameter2 : IActivationOperation<float>
        {
            public static PipelinedMath Pipelined => PipelinedMath.Sigmoid;
            public static float PipelinedParameter => 2f;
            public static float Post(float z, float alpha, float second, float multiplier) => VectorMath.Sigmoid(2f * z);
            public static Vector128<float> Post(Vector128<float> z, Vector128<float> alpha, Vector128<float> second, Vector128<float> multiplier) => VectorMath.Sigmoid(2f * z);
            public static Vector256<float> Post(Vector256<float> z, Vector256<float> alpha, Vector256<float> second, Vector256<float> multiplier) => VectorMath.Sigmoid(2f * z);
            public static Vector512<float> Post(Vector512<float> z, Vector512<float> alpha, Vector512<float> second, Vector512<float> multiplier) => VectorMath.Sigmoid(2f * z);
        }

        [Fact]
        public void Stages_without_a_parameter_do_not_run_for_a_parameter_other_than_1()
        {
            foreach (int n in new[] { 16, 200, 4099 })
            {
                Check("sigmoid(2z)", Data(n, seed: 800 + n), z => Sigmoid(2f * z), (x, y) => ActivationDriver.Run<SigmoidParameter2, float, float>(x, y, default, default));
            }
        }

        [Fact]
        public void Glu_and_SwiGlu_multiply_each_vector_by_its_own_multiplier()
        {
            foreach (int n in Lengths)
            {
                CheckGlu(n);
            }
        }

        private static void CheckGlu(int n)
        {
            float[] x = Data(n, seed: n);
            float[] m = Data(n, seed: n + 1000);
            var y = new float[n];
            PipelinedKernels.Glu(x, m, y);
            var expected = new float[n];
            for (int i = 0; i < n; i++)
            {
                expected[i] = Sigmoid(x[i]) * m[i];
            }

            Bits.AssertEqual(expected, y, x, $"sigmoid(x)·m, n = {n}");

            PipelinedKernels.SwiGlu(x, m, y);
            for (int i = 0; i < n; i++)
            {
                expected[i] = Silu(x[i]) * m[i];
            }

            Bits.AssertEqual(expected, y, x, $"silu(x)·m, n = {n}");
        }

        [Fact]
        public void Tanh_softplus_and_gelu_tanh_match_the_function_alone_with_roles_around_it()
        {
            foreach (int n in Lengths)
            {
                CheckTanh(n);
            }
        }

        private static void CheckTanh(int n)
        {
            float[] x = Data(n, seed: n);
            var y = new float[n];
            PipelinedKernels.Tanh(x, y);
            Bits.AssertEqual(Map(x, Tanh), y, x, $"tanh, n = {n}");

            float[] softplus = (float[])x.Clone();
            PipelinedKernels.Softplus(softplus);
            Bits.AssertEqual(Map(x, Softplus), softplus, x, $"softplus in place, n = {n}");

            PipelinedKernels.GeluTanh(x, y);
            Bits.AssertEqual(Map(x, GeluTanh), y, x, $"gelu_tanh, n = {n}");

            if (n % Channels != 0)
            {
                return;
            }

            float[] bias = Data(Channels, seed: 7);
            var pre = new float[n];
            PipelinedKernels.ScaleBiasTanh(x, 0.75f, bias, y, pre);
            var z = new float[n];
            for (int i = 0; i < n; i++)
            {
                z[i] = MathF.FusedMultiplyAdd(x[i], 0.75f, bias[i % Channels]); // the kernels fuse scale and bias
            }

            Bits.AssertEqual(z, pre, x, $"preactivation of tanh(0.75·x + bias), n = {n}");
            Bits.AssertEqual(Map(z, Tanh), y, x, $"tanh(0.75·x + bias), n = {n}");

            // The preactivation written over x (an exact overlap, allowed): stored as each vector begins, before the
            // vectors around it are ended, so no vector may read x again after its own preactivation is stored.
            float[] xPre = (float[])x.Clone();
            PipelinedKernels.ScaleBiasTanh(xPre, 0.75f, bias, y, xPre);
            Bits.AssertEqual(z, xPre, x, $"preactivation over x of tanh(0.75·x + bias), n = {n}");
            Bits.AssertEqual(Map(z, Tanh), y, x, $"tanh(0.75·x + bias) with the preactivation over x, n = {n}");
        }

        [Fact]
        public void Gelu_and_bias_gelu_match_the_function_alone()
        {
            // gelu's table form is pipelined where TableLookup.IsSupported; elsewhere the same kernels call it per vector.
            foreach (int n in Lengths)
            {
                float[] x = Data(n, seed: n);
                Check("gelu", x, Gelu, PipelinedKernels.Gelu);
                if (n % Channels == 0)
                {
                    CheckBias("gelu", x, Gelu, PipelinedKernels.BiasGelu, seed: 11);
                }
            }
        }

        /// <summary>N(0, 1)·6 with the special values spread through it.</summary>
        private static float[] Data(int n, int seed)
        {
            var random = new Random(seed);
            float[] specials = { float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, 0f, 1e-40f, -90f, 30f, -150f, -1e30f };
            var x = new float[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = i % 13 == 5 ? specials[i / 13 % specials.Length] : (float)(6 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
            }

            return x;
        }

        private static float[] Map(float[] x, Func<float, float> f) => Array.ConvertAll(x, v => f(v));

        private delegate void OutOfPlace(ReadOnlySpan<float> x, Span<float> y);

        private delegate void InPlace(Span<float> x);

        private delegate void WithBias(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);

        /// <summary>The kernel against the function alone, bit for bit; its in-place twin, if given, against its result.</summary>
        private static void Check(string name, float[] x, Func<float, float> function, OutOfPlace kernel, InPlace? inPlace = null)
        {
            var y = new float[x.Length];
            kernel(x, y);
            Bits.AssertEqual(Map(x, function), y, x, $"{name}, n = {x.Length}");
            if (inPlace is not null)
            {
                float[] z = (float[])x.Clone();
                inPlace(z);
                Bits.AssertEqual(y, z, x, $"{name} in place, n = {x.Length}");
            }
        }

        /// <summary>The kernel after a per-channel bias (<see cref="Channels"/> of them) against the function of x + bias alone, bit for bit.</summary>
        private static void CheckBias(string name, float[] x, Func<float, float> function, WithBias kernel, int seed)
        {
            float[] bias = Data(Channels, seed);
            float[] z = x.Select((v, i) => v + bias[i % Channels]).ToArray();
            var y = new float[x.Length];
            kernel(x, bias, y);
            Bits.AssertEqual(Map(z, function), y, x, $"{name}(x + bias), n = {x.Length}");
        }

        // The function alone at the width the kernels run at (the vector reciprocal estimate differs from the scalar one).
        private static float Alone(
            float z, Func<Vector512<float>, Vector512<float>> v512, Func<Vector256<float>, Vector256<float>> v256, Func<Vector128<float>, Vector128<float>> v128, Func<float, float> scalar) =>
            Paths.Active switch
            {
                "Vector512" => v512(Vector512.Create(z)).ToScalar(),
                "Vector256" => v256(Vector256.Create(z)).ToScalar(),
                "Vector128" => v128(Vector128.Create(z)).ToScalar(),
                _ => scalar(z),
            };

        private static float Sigmoid(float z) => Alone(z, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid);

        private static float Tanh(float z) => Alone(z, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh);

        private static float Gelu(float z) => Alone(z, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu, VectorMath.Gelu);

        private static float GeluTanh(float z) => Alone(z, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh, VectorMath.GeluTanh);

        private static float Silu(float z) => Silu(z, 1f);

        private static float Silu(float z, float beta) =>
            Alone(z, v => VectorMath.Silu(v, beta), v => VectorMath.Silu(v, beta), v => VectorMath.Silu(v, beta), v => VectorMath.Silu(v, beta));

        private static float Elu(float z) => Elu(z, 1f);

        private static float Elu(float z, float alpha) =>
            Alone(z, v => VectorMath.Elu(v, alpha), v => VectorMath.Elu(v, alpha), v => VectorMath.Elu(v, alpha), v => VectorMath.Elu(v, alpha));

        private static float Celu(float z) => Celu(z, 1f);

        private static float Celu(float z, float alpha) =>
            Alone(z, v => VectorMath.Celu(v, alpha), v => VectorMath.Celu(v, alpha), v => VectorMath.Celu(v, alpha), v => VectorMath.Celu(v, alpha));

        // selu's catalogue defaults, rounded to float as a float kernel's are.
        private const float SeluAlpha = (float)1.6732632423543772, SeluGamma = (float)1.0507009873554805;

        private static float Selu(float z) => Alone(
            z, v => VectorMath.Selu(v, SeluAlpha, SeluGamma), v => VectorMath.Selu(v, SeluAlpha, SeluGamma), v => VectorMath.Selu(v, SeluAlpha, SeluGamma), v => VectorMath.Selu(v, SeluAlpha, SeluGamma));

        private static float Softplus(float z) => Softplus(z, 1f);

        private static float Softplus(float z, float beta) =>
            Alone(z, v => VectorMath.Softplus(v, beta), v => VectorMath.Softplus(v, beta), v => VectorMath.Softplus(v, beta), v => VectorMath.Softplus(v, beta));
    }
}

using System;
using BenchmarkDotNet.Attributes;

namespace FusedKernels.Benchmarks
{
    /// <summary>The declared kernels the by-name ones are compared with (the same attribute values).</summary>
    public static partial class ByNameK
    {
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu")] public static partial void LeakyReluParameter(ReadOnlySpan<float> x, float alpha, Span<float> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
        [Activation("silu", Beta = 1.702)] public static partial void SiluBeta(ReadOnlySpan<float> x, Span<float> y);
        [Activation("hard_sigmoid", Alpha = 0.2, Beta = 0.4)] public static partial void HardSigmoidAlphaBeta(ReadOnlySpan<float> x, Span<float> y);
        [Activation("clip", Min = 0, Max = 6)] public static partial void Clip06(ReadOnlySpan<float> x, Span<float> y);
        [Activation("clip", Min = 0, Max = 6)] public static partial void Clip06Half(ReadOnlySpan<Half> x, Span<Half> y);
    }

    /// <summary>
    /// A kernel looked up by name (<see cref="ActivationKernels.Get{T}"/>, once, in setup) against the declared kernel
    /// with the same values (the baseline), float at 4K: what the virtual call and, for leaky_relu, α as a run-time value
    /// instead of a folded constant cost. leaky_relu_param is the same by-name kernel against a declared kernel with a
    /// <c>float alpha</c> parameter (α at run time in both), which separates the by-name call from the run-time α.
    /// bias is per channel (1024), SwiGLU's multiplier element-wise. silu_beta (β = 1.702, quick_gelu), hard_sigmoid_ab
    /// (α = 0.2, β = 0.4) and clip_0_6 (min 0, max 6) take the by-name kernel with every parameter at run time;
    /// clip_0_6_half is clip over Half, where the declared kernel selects on the 16-bit patterns with its folded bounds
    /// and the by-name one computes in float (the same bits).
    /// Run: <c>--filter '*ByName*'</c>.
    /// </summary>
    [Config(typeof(MainConfig))]
    public class ByNameBenchmarks
    {
        private const int Channels = 1024;
        private float[] _x = [], _other = [], _y = [];
        private ActivationKernel<float> _kernel = null!;
        private Half[] _xHalf = [], _yHalf = [];
        private ActivationKernel<Half> _halfKernel = null!;
        private int _case; // Kernel's index: both methods dispatch on an int (a jump table), not on the string

        [Params("relu", "leaky_relu", "leaky_relu_param", "gelu", "silu", "bias_gelu", "swiglu", "silu_beta", "hard_sigmoid_ab", "clip_0_6", "clip_0_6_half")]
        public string Kernel { get; set; } = "relu";

        [Params(4096)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(42);
            int other = Kernel == "swiglu" ? N : Channels;
            _x = new float[N];
            _y = new float[N];
            _other = new float[other];
            for (int i = 0; i < N; i++) _x[i] = (float)((random.NextDouble() - 0.5) * 8);
            for (int i = 0; i < other; i++) _other[i] = (float)(random.NextDouble() - 0.5);
            _case = Array.IndexOf(new[] { "relu", "leaky_relu", "gelu", "silu", "bias_gelu", "swiglu", "leaky_relu_param", "silu_beta", "hard_sigmoid_ab", "clip_0_6", "clip_0_6_half" }, Kernel);
            _xHalf = Array.ConvertAll(_x, v => (Half)v);
            _yHalf = new Half[N];
            _halfKernel = ActivationKernels.Get<Half>("clip", min: 0, max: 6);
            _kernel = Kernel switch
            {
                "leaky_relu" or "leaky_relu_param" => ActivationKernels.Get<float>("leaky_relu", alpha: 0.2),
                "bias_gelu" => ActivationKernels.Get<float>("gelu"),
                "swiglu" => ActivationKernels.Get<float>("silu"),
                "silu_beta" => ActivationKernels.Get<float>("silu", beta: 1.702),
                "hard_sigmoid_ab" => ActivationKernels.Get<float>("hard_sigmoid", alpha: 0.2, beta: 0.4),
                "clip_0_6" or "clip_0_6_half" => ActivationKernels.Get<float>("clip", min: 0, max: 6),
                _ => ActivationKernels.Get<float>(Kernel),
            };
        }

        [Benchmark(Baseline = true, Description = "declared")]
        public void Declared()
        {
            switch (_case)
            {
                case 0: ByNameK.Relu(_x, _y); break;
                case 1: ByNameK.LeakyRelu(_x, _y); break;
                case 2: ByNameK.Gelu(_x, _y); break;
                case 3: ByNameK.Silu(_x, _y); break;
                case 4: ByNameK.BiasGelu(_x, _other, _y); break;
                case 5: ByNameK.SwiGlu(_x, _other, _y); break;
                case 6: ByNameK.LeakyReluParameter(_x, 0.2f, _y); break;
                case 7: ByNameK.SiluBeta(_x, _y); break;
                case 8: ByNameK.HardSigmoidAlphaBeta(_x, _y); break;
                case 9: ByNameK.Clip06(_x, _y); break;
                case 10: ByNameK.Clip06Half(_xHalf, _yHalf); break;
            }
        }

        [Benchmark(Description = "by name")]
        public void ByName()
        {
            switch (_case)
            {
                case 0: case 1: case 2: case 3: case 6: case 7: case 8: case 9: _kernel.Invoke(_x, _y); break;
                case 4: _kernel.Invoke(_x, _other, _y); break;
                case 5: _kernel.InvokeGated(_x, _other, _y); break;
                case 10: _halfKernel.Invoke(_xHalf, _yHalf); break;
            }
        }
    }
}

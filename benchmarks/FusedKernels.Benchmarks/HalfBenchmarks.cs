using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace FusedKernels.Benchmarks
{
    /// <summary>The Half kernels under test and their float twins (the same declarations, element type aside).</summary>
    public static partial class HalfK
    {
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("leaky_relu", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("relu")] public static partial void BiasRelu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y);
        [Activation("relu")] public static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y);
        [Activation("gelu")] public static partial void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<Half> x, ReadOnlySpan<Half> multiplier, Span<Half> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
    }

    /// <summary>
    /// Half kernels (widened to float, computed, narrowed with round-to-nearest-even in one pass) against the float
    /// kernel (the baseline: the ratio is elements/s of Half over float), the three-pass route a user writes without
    /// them (TensorPrimitives.ConvertToSingle, the float kernel, TensorPrimitives.ConvertToHalf, through float
    /// scratch) and TensorPrimitives' generic Half overloads where they exist (relu = Max(x, 0), leaky_relu =
    /// Multiply + Max, bias + relu = Add + Max; it has no gelu or silu). bias is per channel (1024) except for
    /// SwiGLU's multiplier, which is element-wise. Run: <c>--filter *HalfKernelBenchmarks* [--short]</c>.
    /// </summary>
    [Config(typeof(MainConfig))]
    public class HalfKernelBenchmarks
    {
        private const int Channels = 1024;
        private Half[] _x = [], _other = [], _y = [];
        private float[] _xf = [], _otherf = [], _yf = [], _scratch = [], _scratchOther = [];

        [Params("relu", "leaky_relu", "bias_relu", "gelu", "silu", "bias_gelu", "swiglu")]
        public string Kernel { get; set; } = "relu";

        [Params(4096, 16 * 1024 * 1024)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(42);
            int other = Kernel == "swiglu" ? N : Channels;
            _x = new Half[N];
            _y = new Half[N];
            _other = new Half[other];
            for (int i = 0; i < N; i++) _x[i] = (Half)(float)((random.NextDouble() - 0.5) * 8);
            for (int i = 0; i < other; i++) _other[i] = (Half)(float)(random.NextDouble() - 0.5);
            _xf = new float[N];
            _yf = new float[N];
            _otherf = new float[other];
            TensorPrimitives.ConvertToSingle(_x, _xf);
            TensorPrimitives.ConvertToSingle(_other, _otherf);
            _scratch = new float[N];
            _scratchOther = new float[other];
        }

        [Benchmark(Baseline = true, Description = "float kernel")]
        public void Float() => RunFloat(_xf, _otherf, _yf);

        [Benchmark(Description = "Half kernel")]
        public void Half()
        {
            switch (Kernel)
            {
                case "relu": HalfK.Relu(_x, _y); break;
                case "leaky_relu": HalfK.LeakyRelu(_x, _y); break;
                case "bias_relu": HalfK.BiasRelu(_x, _other, _y); break;
                case "gelu": HalfK.Gelu(_x, _y); break;
                case "silu": HalfK.Silu(_x, _y); break;
                case "bias_gelu": HalfK.BiasGelu(_x, _other, _y); break;
                case "swiglu": HalfK.SwiGlu(_x, _other, _y); break;
            }
        }

        /// <summary>Convert to float, run the float kernel, convert back: three passes over memory.</summary>
        [Benchmark(Description = "three-pass (TP convert + float kernel + TP convert)")]
        public void ThreePass()
        {
            TensorPrimitives.ConvertToSingle(_x, _scratch);
            TensorPrimitives.ConvertToSingle(_other, _scratchOther);
            RunFloat(_scratch, _scratchOther, _scratch);
            TensorPrimitives.ConvertToHalf(_scratch, _y);
        }

        /// <summary>TensorPrimitives' generic overloads at T = Half (none for gelu/silu: runs the three-pass route there, marked in the docs).</summary>
        [Benchmark(Description = "TensorPrimitives<Half>")]
        public void TensorPrimitivesHalf()
        {
            switch (Kernel)
            {
                case "relu":
                    TensorPrimitives.Max(_x, (Half)0f, _y);
                    break;
                case "leaky_relu":
                    TensorPrimitives.Multiply(_x, (Half)0.2f, _y);
                    TensorPrimitives.Max(_x, _y, _y);
                    break;
                case "bias_relu":
                    for (int row = 0; row < N; row += Channels)
                    {
                        TensorPrimitives.Add(_x.AsSpan(row, Channels), _other, _y.AsSpan(row, Channels));
                    }

                    TensorPrimitives.Max(_y, (Half)0f, _y);
                    break;
                case "swiglu":
                    // silu(x)·m = x·sigmoid(x)·m: Sigmoid is generic.
                    TensorPrimitives.Sigmoid(_x, _y);
                    TensorPrimitives.Multiply(_y, _x, _y);
                    TensorPrimitives.Multiply(_y, _other, _y);
                    break;
                case "silu":
                    TensorPrimitives.Sigmoid(_x, _y);
                    TensorPrimitives.Multiply(_y, _x, _y);
                    break;
                default:
                    ThreePass(); // no TensorPrimitives gelu
                    break;
            }
        }

        private void RunFloat(ReadOnlySpan<float> x, ReadOnlySpan<float> other, Span<float> y)
        {
            switch (Kernel)
            {
                case "relu": HalfK.Relu(x, y); break;
                case "leaky_relu": HalfK.LeakyRelu(x, y); break;
                case "bias_relu": HalfK.BiasRelu(x, other, y); break;
                case "gelu": HalfK.Gelu(x, y); break;
                case "silu": HalfK.Silu(x, y); break;
                case "bias_gelu": HalfK.BiasGelu(x, other, y); break;
                case "swiglu": HalfK.SwiGlu(x, other, y); break;
            }
        }
    }
}

extern alias baseline;
extern alias current;
using System.Collections.Generic;
using B = baseline::FusedKernels.Benchmarks;
using C = current::FusedKernels.Benchmarks;

namespace FusedKernels.Compare
{
    /// <summary>Every case once per generator: the same declaration, compiled by the baseline and by the current generator.</summary>
    public static class Cases
    {
        public delegate void Kernel(Buffers b);

        public sealed record Case(Kernel Baseline, Kernel Current, bool NormalX = false);

        public static readonly Dictionary<string, Case> All = new()
        {
            ["identity"] = new(b => B.K.Identity(b.X, b.Y), b => C.K.Identity(b.X, b.Y)),
            ["relu"] = new(b => B.K.Relu(b.X, b.Y), b => C.K.Relu(b.X, b.Y)),
            ["relu_double"] = new(b => B.K.Relu(b.XDouble, b.YDouble), b => C.K.Relu(b.XDouble, b.YDouble)),
            ["leaky_relu"] = new(b => B.K.LeakyRelu(b.X, b.Y), b => C.K.LeakyRelu(b.X, b.Y)),
            ["leaky_relu_double"] = new(b => B.K.LeakyRelu(b.XDouble, b.YDouble), b => C.K.LeakyRelu(b.XDouble, b.YDouble)),
            ["bias_relu_channel"] = new(b => B.K.BiasRelu(b.X, b.ChannelBias, b.Y), b => C.K.BiasRelu(b.X, b.ChannelBias, b.Y)),
            ["bias_relu_elementwise"] = new(b => B.K.BiasRelu(b.X, b.ElementBias, b.Y), b => C.K.BiasRelu(b.X, b.ElementBias, b.Y)),
            ["scale_bias_relu"] = new(b => B.K.ScaleBiasRelu(b.X, 1.25f, b.ChannelBias, b.Y), b => C.K.ScaleBiasRelu(b.X, 1.25f, b.ChannelBias, b.Y)),
            ["scale_bias_leaky_relu"] = new(b => B.K.ScaleBiasLeakyRelu(b.X, 1.25f, b.ChannelBias, b.Y), b => C.K.ScaleBiasLeakyRelu(b.X, 1.25f, b.ChannelBias, b.Y)),
            ["prelu_channel"] = new(b => B.K.PRelu(b.X, b.ChannelBias, b.Y), b => C.K.PRelu(b.X, b.ChannelBias, b.Y)),
            ["sigmoid"] = new(b => B.K.Sigmoid(b.X, b.Y), b => C.K.Sigmoid(b.X, b.Y)),
            ["tanh"] = new(b => B.K.Tanh(b.X, b.Y), b => C.K.Tanh(b.X, b.Y)),
            ["gelu_normal"] = new(b => B.K.Gelu(b.X, b.Y), b => C.K.Gelu(b.X, b.Y), NormalX: true),
            ["bias_gelu_channel"] = new(b => B.K.BiasGelu(b.X, b.ChannelBias, b.Y), b => C.K.BiasGelu(b.X, b.ChannelBias, b.Y)),
            ["silu_normal"] = new(b => B.K.Silu(b.X, b.Y), b => C.K.Silu(b.X, b.Y), NormalX: true),
            ["swish_1.702"] = new(b => B.K.Swish(b.X, b.Y), b => C.K.Swish(b.X, b.Y)),
            ["softplus"] = new(b => B.K.Softplus(b.X, b.Y), b => C.K.Softplus(b.X, b.Y)),
            ["elu"] = new(b => B.K.Elu(b.X, b.Y), b => C.K.Elu(b.X, b.Y)),
            ["selu"] = new(b => B.K.Selu(b.X, b.Y), b => C.K.Selu(b.X, b.Y)),
            ["celu_2.5"] = new(b => B.K.Celu(b.X, b.Y), b => C.K.Celu(b.X, b.Y)),
            ["bias_gelu_backward"] = new(b => B.K.BiasGeluBackward(b.X, b.Dy, b.Dx, b.DBias), b => C.K.BiasGeluBackward(b.X, b.Dy, b.Dx, b.DBias)),
            ["swiglu_backward"] = new(b => B.K.SwiGluBackward(b.X, b.Multiplier, b.Dy, b.Dx, b.DMultiplier), b => C.K.SwiGluBackward(b.X, b.Multiplier, b.Dy, b.Dx, b.DMultiplier)),
            ["bias_relu_backward"] = new(b => B.K.BiasReluBackward(b.X, b.Dy, b.Dx, b.DBias), b => C.K.BiasReluBackward(b.X, b.Dy, b.Dx, b.DBias)),
            ["leaky_relu_backward"] = new(b => B.K.LeakyReluBackward(b.X, b.Dy, b.Dx), b => C.K.LeakyReluBackward(b.X, b.Dy, b.Dx)),
            ["half_relu"] = new(b => B.H.Relu(b.XHalf, b.YHalf), b => C.H.Relu(b.XHalf, b.YHalf)),
            ["half_leaky_relu"] = new(b => B.H.LeakyRelu(b.XHalf, b.YHalf), b => C.H.LeakyRelu(b.XHalf, b.YHalf)),
            ["half_gelu"] = new(b => B.H.Gelu(b.XHalf, b.YHalf), b => C.H.Gelu(b.XHalf, b.YHalf), NormalX: true),
            ["half_silu"] = new(b => B.H.Silu(b.XHalf, b.YHalf), b => C.H.Silu(b.XHalf, b.YHalf), NormalX: true),
            ["half_bias_relu_channel"] = new(b => B.H.BiasRelu(b.XHalf, b.ChannelBiasHalf, b.YHalf), b => C.H.BiasRelu(b.XHalf, b.ChannelBiasHalf, b.YHalf)),
            ["half_swiglu"] = new(b => B.H.SwiGlu(b.XHalf, b.MultiplierHalf, b.YHalf), b => C.H.SwiGlu(b.XHalf, b.MultiplierHalf, b.YHalf), NormalX: true),
        };
    }
}

using System;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// The loops a user writes by hand: plain indexers, a ternary for the select, a nested loop for per-channel
    /// roles ([rows, L], channels last). RyuJIT does not auto-vectorize these, so they are the scalar baseline.
    /// </summary>
    public static class Naive
    {
        public static void Identity(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i];
            }
        }

        public static void Relu(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] < 0f ? 0f : x[i];
            }
        }

        public static void Relu(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] < 0d ? 0d : x[i];
            }
        }

        public static void LeakyRelu(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0f ? x[i] : 0.2f * x[i];
            }
        }

        public static void LeakyRelu(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0d ? x[i] : 0.2d * x[i];
            }
        }

        public static void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y)
        {
            int l = bias.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                for (int c = 0; c < l; c++)
                {
                    float z = x[r + c] + bias[c];
                    y[r + c] = z < 0f ? 0f : z;
                }
            }
        }

        public static void ScaleBiasRelu(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y)
        {
            int l = bias.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                for (int c = 0; c < l; c++)
                {
                    float z = x[r + c] * scale + bias[c];
                    y[r + c] = z < 0f ? 0f : z;
                }
            }
        }

        public static void ScaleBiasLeakyRelu(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, Span<float> y)
        {
            int l = bias.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                for (int c = 0; c < l; c++)
                {
                    float z = x[r + c] * scale + bias[c];
                    y[r + c] = z > 0f ? z : 0.2f * z;
                }
            }
        }

        public static void PRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y)
        {
            int l = alpha.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                for (int c = 0; c < l; c++)
                {
                    float v = x[r + c];
                    y[r + c] = v > 0f ? v : alpha[c] * v;
                }
            }
        }

        public static void Sigmoid(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = 1f / (1f + MathF.Exp(-x[i]));
            }
        }

        /// <summary>.NET has no erf: the runtime's scalar reference (the formula in double, rounded once).</summary>
        public static void Gelu(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = FusedKernels.Testing.Reference.Gelu(x[i]);
            }
        }

        public static void BiasGelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y)
        {
            int l = bias.Length;
            for (int r = 0; r < x.Length; r += l)
            {
                for (int c = 0; c < l; c++)
                {
                    y[r + c] = FusedKernels.Testing.Reference.Gelu(x[r + c] + bias[c]);
                }
            }
        }

        public static void Tanh(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Tanh(x[i]);
            }
        }

        public static void Silu(ReadOnlySpan<float> x, float beta, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] / (1f + MathF.Exp(-beta * x[i]));
            }
        }

        public static void Softplus(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Max(x[i], 0f) + MathF.Log(1f + MathF.Exp(-MathF.Abs(x[i])));
            }
        }

        public static void Elu(ReadOnlySpan<float> x, float alpha, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0f ? x[i] : alpha * (MathF.Exp(x[i]) - 1f);
            }
        }

        public static void Selu(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = 1.050701f * (x[i] > 0f ? x[i] : 1.6732632f * (MathF.Exp(x[i]) - 1f));
            }
        }

        public static void Celu(ReadOnlySpan<float> x, float alpha, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Max(x[i], 0f) + MathF.Min(0f, alpha * (MathF.Exp(x[i] / alpha) - 1f));
            }
        }
    }
}

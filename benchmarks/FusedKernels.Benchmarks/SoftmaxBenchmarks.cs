using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using FusedKernels.Benchmarking;

namespace FusedKernels.Benchmarks
{
    /// <summary>The row-wise kernels the softmax benchmarks run.</summary>
    public static partial class SoftmaxK
    {
        [Activation("softmax")]
        public static partial void AttentionSoftmax(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);
    }

    /// <summary>
    /// Attention's softmax(scale·x + mask) per row, against what a user writes with TensorPrimitives: Multiply, Add and
    /// SoftMax for each row (three calls, four passes over the row). Rows of 64, 1,024 and 32,768 at 4K and 16M elements in
    /// all; the mask is one row shared by every row, its last eighth −∞ (masked). Run: <c>--filter *SoftmaxBenchmarks*</c>.
    /// </summary>
    [Config(typeof(MainConfig))]
    public class SoftmaxBenchmarks
    {
        private const float Scale = 0.125f; // 1/√64
        private float[] _x = [], _mask = [], _y = [];
        private int _n, _rowLength;

        /// <summary>Total elements / row length.</summary>
        [Params("4K/64", "4K/1024", "16M/64", "16M/1024", "16M/32768")]
        public string Shape { get; set; } = "4K/64";

        [GlobalSetup]
        public void Setup()
        {
            (_n, _rowLength) = Sizes.ParseShape(Shape);
            var random = new Random(42);
            _x = new float[_n];
            _y = new float[_n];
            _mask = new float[_rowLength];
            for (int i = 0; i < _n; i++) _x[i] = (float)((random.NextDouble() - 0.5) * 16);
            for (int j = 0; j < _rowLength; j++) _mask[j] = j >= _rowLength - _rowLength / 8 ? float.NegativeInfinity : (float)(random.NextDouble() - 0.5);
        }

        [Benchmark(Baseline = true, Description = "TensorPrimitives: Multiply, Add, SoftMax per row")]
        public void TensorPrimitivesRoute()
        {
            for (int row = 0; row < _n; row += _rowLength)
            {
                Span<float> y = _y.AsSpan(row, _rowLength);
                TensorPrimitives.Multiply(_x.AsSpan(row, _rowLength), Scale, y);
                TensorPrimitives.Add(y, _mask, y);
                TensorPrimitives.SoftMax(y, y);
            }
        }

        [Benchmark(Description = "FusedKernels softmax (scale + mask)")]
        public void Fused() => SoftmaxK.AttentionSoftmax(_x, Scale, _mask, _rowLength, _y);
    }
}

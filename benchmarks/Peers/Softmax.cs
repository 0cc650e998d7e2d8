using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Numerics.Tensors;
using FusedKernels.Benchmarking;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using TorchSharp;
using static TorchSharp.torch;
using Tensor = TorchSharp.torch.Tensor;

namespace FusedKernels.Peers
{
    /// <summary>Attention's row softmax as FusedKernels writes it: scale and a shared mask row fused.</summary>
    public static partial class SoftmaxK
    {
        [Activation("softmax")]
        public static partial void AttentionSoftmax(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);
    }

    /// <summary>
    /// <c>--softmax</c>: softmax(scale·x + mask) per row against its peers, single-threaded, in the interleaved harness of
    /// <see cref="Quick"/> (fastest batch; median of per-round ratios), shapes as SoftmaxBenchmarks (total / row length:
    /// 4K/64, 4K/1024, 16M/64, 16M/1024, 16M/32768; scale 0.125, x uniform in [−8, 8], one mask row shared by all rows
    /// with its last eighth −∞). None of the peers has a fused scale + mask, so each gets the work a user writes:
    /// TensorPrimitives Multiply, Add, SoftMax per row; ONNX Runtime a Mul → Add → Softmax(axis −1) graph (built at
    /// start-up, x, mask and y bound with IOBinding, one intra-op thread); LibTorch
    /// <c>softmax(x·scale + mask, −1)</c> (TorchSharp: <c>x.mul(scale).add_(mask)</c>, then
    /// <c>torch.nn.functional.softmax</c>; both allocate, as that code does). Each column's worst error in float ULP
    /// against a double reference is printed beside it (4K shapes). <c>--shapes 4K/1024,16M/64</c> picks shapes.
    /// </summary>
    public static class SoftmaxPeers
    {
        public const float Scale = 0.125f;

        public static string[] Shapes { get; set; } = ["4K/64", "4K/1024", "16M/64", "16M/1024", "16M/32768"];

        public static int Run(string artifacts)
        {
            TorchPeer.OneThreadHere();
            var lines = new List<string>
            {
                $"softmax(0.125·x + mask) per row; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {LoadAverage()}; ns per element (fastest ~1 ms batch of 41 rounds at 4K, 15 at 16M, interleaved); [column ÷ FusedKernels, median of per-round ratios]; max ULP (4K shapes)",
                $"ONNX Runtime {OrtEnv.Instance().GetVersionString()} (1 intra-op thread); " + (TorchPeer.Available ? $"LibTorch {TorchPeer.Version} (torch.set_num_threads(1))" : TorchPeer.SkipMessage),
            };
            foreach (string l in lines) Console.WriteLine(l);
            foreach (string shape in Shapes)
            {
                using var c = new SoftmaxCase(shape);
                string[] names = c.Ops.Keys.ToArray();
                Action[] ops = c.Ops.Values.ToArray();
                int[] reps = Quick.Warm(ops);
                int rounds = c.N <= 1 << 20 ? 41 : 15;
                var t = ops.Select(_ => new double[rounds]).ToArray();
                for (int r = 0; r < rounds; r++)
                {
                    for (int j = 0; j < ops.Length; j++)
                    {
                        int k = (j + r) % ops.Length;
                        long start = Stopwatch.GetTimestamp();
                        for (int i = 0; i < reps[k]; i++) ops[k]();
                        t[k][r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / reps[k];
                    }
                }

                var parts = new List<string>();
                for (int k = 0; k < ops.Length; k++)
                {
                    double[] ratios = Enumerable.Range(0, rounds).Select(r => t[k][r] / t[0][r]).OrderBy(v => v).ToArray();
                    string ulp = c.N <= 1 << 20 ? $" {c.MaxUlp(names[k]):F2} ULP" : "";
                    parts.Add($"{names[k]} {t[k].Min() / c.N:F3} ns [{ratios[rounds / 2]:F2}]{ulp}");
                }

                string line = $"{shape,-10} " + string.Join(" | ", parts);
                lines.Add(line);
                Console.WriteLine(line);
            }

            Directory.CreateDirectory(artifacts);
            File.WriteAllLines(Path.Combine(artifacts, "softmax.txt"), lines);
            return 0;
        }

        private static string LoadAverage()
        {
            try
            {
                return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
            }
            catch (IOException)
            {
                return "?";
            }
        }
    }

    /// <summary>One shape: the buffers, and one call per column (FusedKernels first).</summary>
    public sealed class SoftmaxCase : IDisposable
    {
        private readonly List<IDisposable> _owned = new();
        private readonly Pinned _x, _mask, _y;
        private readonly int _rowLength;

        public SoftmaxCase(string shape)
        {
            (N, _rowLength) = Sizes.ParseShape(shape);
            var random = new Random(42);
            _x = new Pinned(N);
            _y = new Pinned(N);
            _mask = new Pinned(_rowLength);
            Span<float> x = _x.Span, mask = _mask.Span;
            for (int i = 0; i < N; i++) x[i] = (float)((random.NextDouble() - 0.5) * 16);
            for (int j = 0; j < _rowLength; j++) mask[j] = j >= _rowLength - _rowLength / 8 ? float.NegativeInfinity : (float)(random.NextDouble() - 0.5);

            Ops[Columns.Fused] = () => SoftmaxK.AttentionSoftmax(_x.Span, SoftmaxPeers.Scale, _mask.Span, _rowLength, _y.Span);
            Ops[Columns.Tp] = () =>
            {
                ReadOnlySpan<float> xs = _x.Span, m = _mask.Span;
                Span<float> ys = _y.Span;
                for (int row = 0; row < N; row += _rowLength)
                {
                    Span<float> yr = ys.Slice(row, _rowLength);
                    TensorPrimitives.Multiply(xs.Slice(row, _rowLength), SoftmaxPeers.Scale, yr);
                    TensorPrimitives.Add(yr, m, yr);
                    TensorPrimitives.SoftMax(yr, yr);
                }
            };

            var ort = new OrtSoftmax(_x, _mask, _y, N / _rowLength, _rowLength);
            _owned.Add(ort);
            Ops[Columns.Ort] = ort.Run;

            if (TorchPeer.Available)
            {
                Tensor wx = torch.from_array(_x.Array), wm = torch.from_array(_mask.Array);
                Tensor tx = wx.narrow(0, _x.Offset, N).view(N / _rowLength, _rowLength), tm = wm.narrow(0, _mask.Offset, _rowLength);
                Scalar scale = SoftmaxPeers.Scale;
                _owned.Add(wx);
                _owned.Add(wm);
                _owned.Add(tx);
                _owned.Add(tm);
                _owned.Add(scale);
                Ops[Columns.Torch] = () =>
                {
                    using Tensor z = tx.mul(scale).add_(tm);
                    using Tensor y = torch.nn.functional.softmax(z, -1);
                    _torchResult?.Dispose();
                    _torchResult = _keepTorch ? y.clone() : null;
                };
            }
        }

        private Tensor? _torchResult;
        private bool _keepTorch;

        public int N { get; }

        /// <summary>Column name → one call; FusedKernels first.</summary>
        public Dictionary<string, Action> Ops { get; } = new();

        /// <summary>A column's worst error over all elements, in float ULP of the double reference (the test suite's measure).</summary>
        public double MaxUlp(string column)
        {
            _y.Span.Fill(float.NaN);
            _keepTorch = true;
            Ops[column]();
            _keepTorch = false;
            float[] got = column == Columns.Torch ? _torchResult!.data<float>().ToArray() : _y.Span.ToArray();
            double worst = 0;
            ReadOnlySpan<float> x = _x.Span, mask = _mask.Span;
            var z = new double[_rowLength];
            for (int row = 0; row < N; row += _rowLength)
            {
                double max = double.NegativeInfinity;
                for (int j = 0; j < _rowLength; j++)
                {
                    z[j] = MathF.FusedMultiplyAdd(x[row + j], SoftmaxPeers.Scale, mask[j]); // z as FusedKernels defines it
                    max = Math.Max(max, z[j]);
                }

                double sum = 0;
                for (int j = 0; j < _rowLength; j++) sum += Math.Exp(z[j] - max);
                for (int j = 0; j < _rowLength; j++)
                {
                    double exact = Math.Exp(z[j] - max) / sum;
                    float magnitude = Math.Abs((float)exact);
                    double unit = Math.Max(MathF.BitIncrement(magnitude) - magnitude, float.Epsilon);
                    worst = Math.Max(worst, Math.Abs(got[row + j] - exact) / unit);
                }
            }

            return worst;
        }

        public void Dispose()
        {
            _torchResult?.Dispose();
            foreach (IDisposable d in _owned) d.Dispose();
        }
    }

    /// <summary>ONNX Runtime over the graph a user exports for it: y = Softmax(Mul(x, scale) + mask, axis = −1).</summary>
    public sealed class OrtSoftmax : IDisposable
    {
        private readonly InferenceSession _session;
        private readonly OrtIoBinding _binding;
        private readonly RunOptions _run = new();
        private readonly List<OrtValue> _values = new();

        public OrtSoftmax(Pinned x, Pinned mask, Pinned y, int rows, int rowLength)
        {
            using var options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            _session = new InferenceSession(Model(rowLength), options);
            _binding = _session.CreateIoBinding();
            _binding.BindInput("x", Value(x, [rows, rowLength]));
            _binding.BindInput("mask", Value(mask, [rowLength]));
            _binding.BindOutput("y", Value(y, [rows, rowLength]));
        }

        public void Run() => _session.RunWithBinding(_run, _binding);

        public void Dispose()
        {
            _binding.Dispose();
            foreach (OrtValue v in _values) v.Dispose();
            _session.Dispose();
            _run.Dispose();
        }

        /// <summary>IR 9, opset 20: Mul(x, scale) → Add(·, mask) → Softmax(axis −1); x [R, L] with R symbolic, mask [L].</summary>
        private static byte[] Model(int rowLength)
        {
            static Pb Node(string op, string[] inputs, string output, params (string, long)[] ints)
            {
                var n = new Pb();
                foreach (string i in inputs) n.String(1, i);
                n.String(2, output).String(4, op);
                foreach ((string name, long value) in ints) n.Message(5, new Pb().String(1, name).Varint(3, value).Varint(20, 2));
                return n;
            }

            static Pb ValueInfo(string name, params object[] dims)
            {
                var shape = new Pb();
                foreach (object d in dims) shape.Message(1, d is string p ? new Pb().String(2, p) : new Pb().Varint(1, (int)d));
                return new Pb().String(1, name).Message(2, new Pb().Message(1, new Pb().Varint(1, 1).Message(2, shape)));
            }

            var graph = new Pb()
                .Message(1, Node("Mul", ["x", "scale"], "t"))
                .Message(1, Node("Add", ["t", "mask"], "z"))
                .Message(1, Node("Softmax", ["z"], "y", ("axis", -1)))
                .String(2, "softmax")
                .Message(5, new Pb().Varint(2, 1).String(8, "scale").Bytes(9, BitConverter.GetBytes(SoftmaxPeers.Scale)))
                .Message(11, ValueInfo("x", "R", rowLength))
                .Message(11, ValueInfo("mask", rowLength))
                .Message(12, ValueInfo("y", "R", rowLength));
            var model = new Pb().Varint(1, 9).String(2, "FusedKernels.Peers").Message(7, graph);
            model.Message(8, new Pb().String(1, "").Varint(2, 20));
            return model.ToArray();
        }

        private OrtValue Value(Pinned p, long[] shape)
        {
            var v = OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, TensorElementType.Float, shape, p.Pointer, (long)p.Length * sizeof(float));
            _values.Add(v);
            return v;
        }
    }
}

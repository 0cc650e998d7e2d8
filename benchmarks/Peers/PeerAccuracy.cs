using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FusedKernels.Accuracy;
using TorchSharp;

namespace FusedKernels.Peers
{
    /// <summary>The error of one column on one activation: max ULP, where, and how many results were more than 1 ULP off.</summary>
    public sealed record AccuracyResult(string Activation, string Column, long MaxUlp, float At, long Over1, long Count)
    {
        public string Cell => MaxUlp == long.MaxValue ? $"NaN at {At:G6}" : MaxUlp <= 1 ? $"{MaxUlp}" : $"{Format(MaxUlp)} (x = {At:G6})";

        public static string Format(long ulp) => ulp >= 1_000_000 ? $"{ulp:0.0e+0}" : ulp.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <c>--accuracy</c>: each peer's float result against the correctly rounded one over a sample of float inputs:
    /// every <c>stride</c>-th bit pattern (default 256, 2^24 inputs, every binade of both signs) with a seeded
    /// random low part, NaN patterns left out. The reference is <c>FusedKernels.Testing.Reference</c> (float
    /// overloads: the formula in double with careful expm1/log1p/erfc, rounded once; piecewise ones evaluated in
    /// double), the metric benchmarks/Accuracy's <c>Ulp.Distance</c> (ordered integer images; a subnormal result
    /// counts in units of the smallest subnormal, so flushing a tail to 0 shows as a large number).
    /// </summary>
    public static class PeerAccuracy
    {
        private const int Chunk = 1 << 20;

        public static List<AccuracyResult> Run(int stride)
        {
            var results = new List<AccuracyResult>();
            var acts = Settings.Activations.Select(Acts.Get).Where(a => a.Reference is not null).ToList();
            Console.WriteLine($"accuracy: every {stride}th float bit pattern (with a random low part), {(1L << 32) / stride:N0} inputs, max ULP against Reference");
            foreach (Act act in acts)
            {
                var b = new PeerBuffers(Chunk, Distributions.Normal, gated: false);
                using var ort = new OrtRunner(act.Onnx, b, threads: 1);
                using TorchTensors? tt = TorchPeer.Available ? new TorchTensors(b) : null;
                var columns = new List<(string Name, Func<float[]> Compute)>
                {
                    (Columns.Fused, () => { act.Fused(b); return b.Y.ToArray(); }),
                    (Columns.Tp, () => { act.Tp(b); return b.Y.ToArray(); }),
                    (Columns.Ort, () => { ort.Run(); return b.Y.ToArray(); }),
                };
                if (tt is not null)
                {
                    columns.Add((Columns.Torch, () => { using torch.Tensor r = act.TorchOut(tt); return r.data<float>().ToArray(); }));
                }

                var max = columns.Select(_ => (Ulp: 0L, At: 0f, Over1: 0L)).ToArray();
                long count = 0;
                var rng = new Random(20261203);
                long total = (1L << 32) / stride;
                var r = new float[Chunk];
                for (long start = 0; start < total; start += Chunk)
                {
                    int len = (int)Math.Min(Chunk, total - start);
                    Span<float> x = b.X;
                    int filled = 0;
                    for (long i = start; filled < len && i < start + len; i++)
                    {
                        uint bits = (uint)(i * stride) + (uint)rng.Next(stride);
                        float v = BitConverter.UInt32BitsToSingle(bits);
                        if (!float.IsNaN(v)) x[filled++] = v;
                    }

                    x[filled..].Clear();
                    float[] xs = x.ToArray();
                    Func<float, float> reference = act.Reference!;
                    Parallel.For(0, filled, i => r[i] = reference(xs[i]));
                    count += filled;
                    for (int c = 0; c < columns.Count; c++)
                    {
                        float[] y = columns[c].Compute();
                        for (int i = 0; i < filled; i++)
                        {
                            if (BitConverter.SingleToInt32Bits(y[i]) == BitConverter.SingleToInt32Bits(r[i])) continue;
                            long d = Ulp.Distance(y[i], r[i]);
                            if (d > 1) max[c].Over1++;
                            if (d > max[c].Ulp) (max[c].Ulp, max[c].At) = (d, xs[i]);
                        }
                    }
                }

                var line = new List<string>();
                for (int c = 0; c < columns.Count; c++)
                {
                    var res = new AccuracyResult(act.Name, columns[c].Name, max[c].Ulp, max[c].At, max[c].Over1, count);
                    results.Add(res);
                    line.Add($"{columns[c].Name}: {res.Cell}, {res.Over1:N0} > 1 ULP");
                }

                Console.WriteLine($"{act.Name,-12} " + string.Join(" | ", line));
            }

            return results;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using FusedKernels.Benchmarking;

namespace FusedKernels.Peers
{
    /// <summary>
    /// The Markdown table docs/benchmarks.md shows: per activation and size, ns per element of each column and
    /// FusedKernels' speed-up over it (peer time ÷ FusedKernels time: above 1 FusedKernels is faster), then a
    /// "max ULP" row with each column's accuracy in the same column. Written to peers.md in the artifacts folder.
    /// </summary>
    public static class Report
    {
        public static string Write(string source, List<Timing> timings, List<AccuracyResult> accuracy)
        {
            var sb = new StringBuilder();
            sb.AppendLine($"<!-- FusedKernels.Peers, {source}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC -->");
            sb.AppendLine($"Machine: {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; " +
                $"vector path {(System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? "Vector512" : System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated ? "Vector256" : "Vector128/scalar")}.");
            sb.AppendLine($"Peers loaded: TensorPrimitives 11.0.0, ONNX Runtime 1.32.0 (CPU, MLAS), " +
                (TorchPeer.Available ? $"LibTorch {TorchPeer.Version} (TorchSharp-cpu 0.107.0)" : $"LibTorch **not loaded**: {TorchPeer.Failure}") + ".");
            sb.AppendLine();
            string[] columns = Columns.Order.Where(c => timings.Any(t => t.Column == c) || accuracy.Any(a => a.Column == c)).ToArray();
            foreach (string data in timings.Select(t => t.Data).Distinct().DefaultIfEmpty(Distributions.Normal))
            {
                sb.AppendLine($"Data: {data}. Each cell: ns per element, and for a peer FusedKernels' speed-up over it (peer time ÷ FusedKernels time); in place against in place.");
                sb.AppendLine();
                sb.AppendLine("| activation | N | " + string.Join(" | ", columns) + " |");
                sb.AppendLine("|---|--:|" + string.Concat(columns.Select(_ => "--:|")));
                var names = timings.Select(t => t.Activation).Concat(accuracy.Select(a => a.Activation)).Distinct();
                foreach (string name in names)
                {
                    foreach (int n in timings.Where(t => t.Activation == name && t.Data == data).Select(t => t.N).Distinct().Order())
                    {
                        Timing? Get(string c) => timings.FirstOrDefault(t => t.Activation == name && t.N == n && t.Data == data && t.Column == c);
                        var cells = columns.Select(c =>
                        {
                            Timing? t = Get(c);
                            if (t is null) return "–";
                            string ns = (t.Ns / n).ToString(t.Ns / n < 10 ? "F3" : "F1", CultureInfo.InvariantCulture);
                            Timing? baseline = Get(Columns.BaselineOf(c, k => Get(k) is not null));
                            return c is Columns.Fused or Columns.FusedInPlace || baseline is null ? ns : $"{ns} ({(t.Ns / baseline.Ns).ToString("F2", CultureInfo.InvariantCulture)}×)";
                        });
                        sb.AppendLine($"| {name} | {Sizes.Format(n)} | " + string.Join(" | ", cells) + " |");
                    }

                    if (accuracy.Any(a => a.Activation == name))
                    {
                        var cells = columns.Select(c => accuracy.FirstOrDefault(a => a.Activation == name && a.Column == (c == Columns.FusedInPlace ? Columns.Fused : c == Columns.TorchInPlace ? Columns.Torch : c))?.Cell ?? "–");
                        sb.AppendLine($"| {name} | max ULP | " + string.Join(" | ", cells) + " |");
                    }
                }

                sb.AppendLine();
            }

            string md = sb.ToString();
            Directory.CreateDirectory(Program.ArtifactsPath);
            string file = Path.Combine(Program.ArtifactsPath, "peers.md");
            File.WriteAllText(file, md);
            Console.WriteLine();
            Console.WriteLine(md);
            Console.WriteLine($"written {file}");
            return md;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ScottPlot;

namespace FusedKernels.Report
{
    /// <summary>
    /// docs/images/peers.svg: the peer comparison of benchmarks/Report/notes.md ("Against ONNX Runtime and LibTorch") as a
    /// chart, speed beside accuracy. Its data is the first table of that section (the key ops), the table benchmarks/Peers
    /// writes (`| activation | N | FusedKernels | TensorPrimitives | ONNX Runtime | LibTorch | …`): ns per element at each
    /// size and the "max ULP" row, read from the published table itself so the chart cannot disagree with it. Panels:
    /// ns per element at 4K, 64K and 16M, and the largest error in ULP, each on a log axis, one bar per library.
    /// Drawn by the default mode (with the page) and by `-- --peers` alone (no benchmark results needed).
    /// </summary>
    internal static class PeerChart
    {
        private const string Section = "## Against ONNX Runtime and LibTorch";
        private const string Header = "| activation | N | FusedKernels | TensorPrimitives | ONNX Runtime | LibTorch |";
        private const int Width = 1500;
        private const int Height = 620;

        private static readonly (string Name, Color Color)[] Libraries =
        [
            ("FusedKernels", Color.FromHex("#4E79A7")),
            ("TensorPrimitives", Color.FromHex("#F28E2B")),
            ("ONNX Runtime", Color.FromHex("#59A14F")),
            ("LibTorch", Color.FromHex("#E15759")),
        ];

        private static readonly string[] Sizes = ["4K", "64K", "16M"];

        /// <summary>One activation: ns per element by size and library, and max ULP by library (null: not measured).</summary>
        private sealed record Peer(string Activation, Dictionary<string, double?[]> Ns, double?[] MaxUlp);

        public static int Run(string notesFile, string docs)
        {
            if (Svg.MissingFont() is string missing)
            {
                Console.Error.WriteLine(missing);
                return 2;
            }

            List<Peer> peers = Parse(File.ReadAllText(notesFile));
            if (peers.Count == 0)
            {
                Console.Error.WriteLine($"no table '{Header} …' under '{Section}' in {notesFile}");
                return 1;
            }

            var multiplot = new Multiplot();
            multiplot.RemovePlot(multiplot.GetPlot(0)); // a new Multiplot starts with one empty plot
            foreach (string size in Sizes)
            {
                multiplot.AddPlot(SpeedPanel(peers, size));
            }

            multiplot.AddPlot(AccuracyPanel(peers));
            // The first panel carries the activation names, the last one the legend: they get the width those take.
            multiplot.Layout = new WeightedColumns([1.2, 1, 1, 1.45]);
            string dir = Path.Combine(docs, "images");
            Directory.CreateDirectory(dir);
            string path = Path.Combine(dir, "peers.svg");
            File.WriteAllText(path, Svg.Xml(multiplot, Width, Height));
            Console.WriteLine($"written {path}");
            return 0;
        }

        /// <summary>The rows of the first peer table in the section, grouped by activation in table order.</summary>
        private static List<Peer> Parse(string notes)
        {
            int start = notes.IndexOf(Section, StringComparison.Ordinal);
            if (start < 0)
            {
                return [];
            }

            int end = notes.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
            string[] lines = notes[start..(end < 0 ? notes.Length : end)].Split('\n');
            int header = Array.FindIndex(lines, l => l.StartsWith(Header, StringComparison.Ordinal));
            var peers = new List<Peer>();
            if (header < 0)
            {
                return peers;
            }

            for (int i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
            {
                string[] cells = lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                string activation = cells[0], n = cells[1];
                Peer? peer = peers.Find(p => p.Activation == activation);
                if (peer == null)
                {
                    peer = new Peer(activation, Sizes.ToDictionary(s => s, _ => new double?[Libraries.Length]), new double?[Libraries.Length]);
                    peers.Add(peer);
                }

                double?[]? target = n == "max ULP" ? peer.MaxUlp : peer.Ns.GetValueOrDefault(n);
                for (int l = 0; target != null && l < Libraries.Length; l++)
                {
                    target[l] = Number(cells[2 + l]);
                }
            }

            return peers;
        }

        /// <summary>The cell's leading number ("0.028 (1.48×)" → 0.028, "8.7e+8 (x = …)" → 8.7e8, "87,381" → 87381); null for "–".</summary>
        private static double? Number(string cell)
        {
            Match m = Regex.Match(cell, @"^[0-9][0-9,]*(\.[0-9]+)?(e[+-]?[0-9]+)?");
            return m.Success ? double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture) : null;
        }

        // Every speed panel on the same axis.
        private static Plot SpeedPanel(List<Peer> peers, string size) =>
            Panel(peers, p => p.Ns[size], v => Math.Log10(v), -2, 2,
                $"{size} elements: ns per element", [0.01, 0.1, 1, 10, 100], v => v.ToString("0.##", CultureInfo.InvariantCulture),
                label: null, legend: false);

        // ULP on a log axis that has room for 0: bars end at log10(1 + ULP); each bar is labelled with its value. The legend
        // goes to the right of this last panel, outside every panel's rows.
        private static Plot AccuracyPanel(List<Peer> peers) =>
            Panel(peers, p => p.MaxUlp, v => Math.Log10(1 + v), 0, 11.5,
                "largest error, ULP", [0, 10, 1e3, 1e6, 1e9], v => v < 1e3 ? v.ToString("0", CultureInfo.InvariantCulture) : "10" + Superscript((int)Math.Log10(v)),
                label: Ulp, legend: true);

        private static string Ulp(double v) =>
            v < 1e4 ? v.ToString("#,0", CultureInfo.InvariantCulture) : v.ToString("0.0e0", CultureInfo.InvariantCulture);

        private static string Superscript(int n) => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']));

        private static Plot Panel(List<Peer> peers, Func<Peer, double?[]> values, Func<double, double> scale, double min, double max,
            string title, double[] ticks, Func<double, string> tickLabel, Func<double, string>? label, bool legend)
        {
            var plot = new Plot();
            plot.Font.Set(Svg.FontName);
            const double group = 5; // four bars and a gap
            var bars = new List<Bar>();
            for (int a = 0; a < peers.Count; a++)
            {
                double?[] v = values(peers[a]);
                if (label != null && v.All(x => x == null))
                {
                    var none = plot.Add.Text("not measured", min, (peers.Count - 1 - a) * group + 1.5);
                    none.LabelFontSize = 11;
                    none.LabelFontColor = Colors.Gray;
                    none.LabelAlignment = Alignment.MiddleLeft;
                    none.LabelOffsetX = 4;
                }

                for (int l = 0; l < Libraries.Length; l++)
                {
                    if (v[l] is double value)
                    {
                        // Top to bottom in table order; within a group FusedKernels first.
                        bars.Add(new Bar
                        {
                            Position = (peers.Count - 1 - a) * group + (Libraries.Length - 1 - l),
                            ValueBase = min,
                            Value = Math.Max(min, scale(value)),
                            FillColor = Libraries[l].Color,
                            LineWidth = 0,
                            Size = 0.85,
                            Label = label?.Invoke(value) ?? "",
                        });
                    }
                }
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
            barPlot.ValueLabelStyle.FontSize = 9;

            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                peers.Select((p, a) => new Tick((peers.Count - 1 - a) * group + 1.5, p.Activation)).ToArray());
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Axes.Left.TickLabelStyle.FontSize = 12;
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                ticks.Select(t => new Tick(scale(t), tickLabel(t))).ToArray());
            plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
            plot.Axes.SetLimits(min, max, -1, peers.Count * group - 1);
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
            plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.1);
            plot.Title(title, size: 13);
            plot.XLabel("log scale, shorter is better", size: 11);
            if (legend)
            {
                plot.ShowLegend(Edge.Right);
                plot.Legend.FontSize = 11;
                foreach (var (name, color) in Libraries)
                {
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = color });
                }
            }

            return plot;
        }

        /// <summary>Side-by-side panels whose widths are in the given proportions.</summary>
        private sealed class WeightedColumns(double[] weights) : IMultiplotLayout
        {
            public PixelRect[] GetSubplotRectangles(SubplotCollection subplots, PixelRect figureRect)
            {
                double total = weights.Sum();
                var rects = new PixelRect[weights.Length];
                double left = figureRect.Left;
                for (int i = 0; i < weights.Length; i++)
                {
                    double right = Math.Round(left + figureRect.Width * weights[i] / total); // whole pixels: no seams between panels
                    rects[i] = new PixelRect((float)left, (float)right, figureRect.Bottom, figureRect.Top);
                    left = right;
                }

                return rects;
            }
        }
    }
}

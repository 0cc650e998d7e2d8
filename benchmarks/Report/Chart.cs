using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace FusedKernels.Report
{
    /// <summary>
    /// docs/images/benchmarks.png: throughput (GB/s) per kernel at 4K (top) and 16M (bottom), bars for the naive loop,
    /// TensorPrimitives and the fused kernel beside the CopyTo ceiling measured in the same case.
    /// </summary>
    internal static class Chart
    {
        private static readonly (string Method, string Label, Color Color)[] Series =
        [
            ("Naive", "naive loop", Color.FromHex("#9E9E9E")),
            ("TensorPrimitives", "TensorPrimitives", Color.FromHex("#F28E2B")),
            ("Fused", "FusedKernels (generated)", Color.FromHex("#4E79A7")),
            ("CopyTo", "Span.CopyTo (ceiling)", Color.FromHex("#59A14F")),
        ];

        public static void Save(string path, List<Program.CaseInfo> cases, Program.ResultSet main)
        {
            var multiplot = new Multiplot();
            multiplot.Reset(PlotFor(4096, cases, main)); // a new Multiplot starts with an empty plot: replace it
            multiplot.AddPlot(PlotFor(16 * 1024 * 1024, cases, main));

            multiplot.SavePng(path, 1400, 1250);
        }

        private static Plot PlotFor(int n, List<Program.CaseInfo> cases, Program.ResultSet main)
        {
            var plot = new Plot();
            var shown = cases.Where(c => main.Find("Fused", c.Name, n) != null).ToList();
            var bars = new List<Bar>();
            const double groupWidth = 5;
            for (int i = 0; i < shown.Count; i++)
            {
                Program.CaseInfo c = shown[i];
                for (int s = 0; s < Series.Length; s++)
                {
                    Program.Row? r = main.Find(Series[s].Method, c.Name, n);
                    if (r == null)
                    {
                        continue;
                    }

                    // CopyTo moves x and y only; the kernels move Streams arrays.
                    int streams = Series[s].Method == "CopyTo" ? 2 : c.Streams;
                    double gbps = (double)streams * n * c.ElementSize / r.MedianNs;
                    bars.Add(new Bar
                    {
                        Position = i * groupWidth + s,
                        Value = gbps,
                        FillColor = Series[s].Color,
                        LineWidth = 0,
                        Size = 0.9,
                        Label = gbps.ToString(gbps >= 100 ? "F0" : "F1", System.Globalization.CultureInfo.InvariantCulture),
                    });
                }
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontSize = 9;
            var ticks = shown.Select((c, i) => new Tick(i * groupWidth + 1.5, c.Name.Replace("_", " "))).ToArray();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
            plot.Axes.Bottom.TickLabelStyle.Rotation = -25;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 110;
            plot.Axes.Margins(bottom: 0, top: 0.15);
            plot.Title(n >= 1024 * 1024
                ? $"{n / (1024 * 1024)}M elements (DRAM): throughput, GB/s (higher is better)"
                : $"{n / 1024}K elements (cache-resident): throughput, GB/s (higher is better)");
            plot.YLabel("GB/s (bytes read + written / median time)");
            plot.Legend.IsVisible = true;
            plot.Legend.Alignment = Alignment.UpperRight;
            foreach (var s in Series)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = s.Label, FillColor = s.Color });
            }

            return plot;
        }
    }
}

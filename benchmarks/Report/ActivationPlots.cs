using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FusedKernels;
using ScottPlot;

namespace FusedKernels.Report
{
    /// <summary>
    /// docs/images/&lt;activation&gt;.svg, one per catalogue activation: f (solid) and its derivative f′ (dashed), computed by
    /// the generated float kernels themselves (the forward kernel, and the gradient kernel with dy = 1), not by a separate
    /// formula. Each kernel is declared below as a user declares one, with the catalogue's default parameters, except prelu
    /// (α comes from a span: 0.25, PyTorch's initial value) and clip (its default bounds are ±∞, which draws the identity).
    /// Where a parameter acts at a place on the plot (a threshold, a bound, an asymptote) a dotted line marks it.
    /// The row-wise softmax and log_softmax are drawn as the first element for the row (x, 0) and its ∂/∂x.
    /// Regenerate: dotnet run --project benchmarks/Report -c Release -- --activations [docsDir]
    /// (no benchmark results needed); `--activations --check` is CI's drift check (the output is byte-stable on one
    /// machine: same bytes on every run and vector path). docs/activations.md shows the images beside the catalogue's rows.
    /// </summary>
    internal static partial class ActivationPlots
    {
        private const int Width = 320;
        private const int Height = 210;
        private const int Steps = 200; // x = lo + (hi − lo)·i/200: the kinks (0, ±1, ±2, ±3, 6) fall on sample points
        private const float PreluAlpha = 0.25f;
        private const double SeluAlpha = 1.6732632423543772;
        private const double SeluGamma = 1.0507009873554805;

        private delegate void Forward(ReadOnlySpan<float> x, Span<float> y);

        private delegate void Gradient(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

        /// <summary>
        /// A place on the plot where a parameter acts: a vertical line at x (labelled at the bottom, to its right) or a horizontal
        /// one at y (labelled above it, at the left end, or at the right end where <paramref name="Right"/>).
        /// </summary>
        private sealed record Mark(string Label, double? X = null, double? Y = null, bool Right = false);

        /// <summary>One figure: the activation's name, the parameters drawn ("" if none), its kernels, the x range, the marks.</summary>
        private sealed record Figure(string Name, string Parameters, Forward F, Gradient G, float Lo, float Hi, params Mark[] Marks);

        /// <summary>In docs/activations.md's order. Parameter values are the catalogue's defaults unless the text says otherwise.</summary>
        private static readonly Figure[] Figures =
        [
            new("identity", "", Identity, IdentityGrad, -5, 5),
            new("relu", "", Relu, ReluGrad, -5, 5),
            new("relu6", "", Relu6, Relu6Grad, -3, 9),
            new("leaky_relu", "α = 0.01", LeakyRelu, LeakyReluGrad, -5, 5),
            new("prelu", "α = 0.25, from a span", Prelu, PreluGrad, -5, 5, new Mark("α", Y: PreluAlpha)),
            new("thresholded_relu", "α = 1", ThresholdedRelu, ThresholdedReluGrad, -5, 5, new Mark("α", X: 1)),
            new("elu", "α = 1", Elu, EluGrad, -5, 5, new Mark("−α", Y: -1, Right: true)),
            new("selu", "α ≈ 1.6733, γ ≈ 1.0507", Selu, SeluGrad, -5, 5, new Mark("−γα", Y: -SeluGamma * SeluAlpha, Right: true), new Mark("γ", Y: SeluGamma)),
            new("celu", "α = 1", Celu, CeluGrad, -5, 5, new Mark("−α", Y: -1, Right: true)),
            new("gelu", "", Gelu, GeluGrad, -5, 5),
            new("gelu_tanh", "", GeluTanh, GeluTanhGrad, -5, 5),
            new("silu", "β = 1", Silu, SiluGrad, -5, 5),
            new("mish", "", Mish, MishGrad, -5, 5),
            new("sigmoid", "", Sigmoid, SigmoidGrad, -5, 5),
            new("hard_sigmoid", "α = 1/6, β = 0.5", HardSigmoid, HardSigmoidGrad, -5, 5, new Mark("−β/α", X: -3), new Mark("(1−β)/α", X: 3)),
            new("tanh", "", Tanh, TanhGrad, -5, 5),
            new("hard_tanh", "Min = −1, Max = 1", HardTanh, HardTanhGrad, -5, 5, new Mark("Min", X: -1), new Mark("Max", X: 1)),
            new("clip", "Min = −2, Max = 2; default: none", Clip, ClipGrad, -5, 5, new Mark("Min", X: -2), new Mark("Max", X: 2)),
            new("hard_swish", "", HardSwish, HardSwishGrad, -5, 5),
            new("softplus", "β = 1", Softplus, SoftplusGrad, -5, 5),
            new("softsign", "", Softsign, SoftsignGrad, -5, 5),
            new("softmax", "row (x, 0), first element", RowOf(Softmax), RowGradientOf(Softmax, SoftmaxGrad), -5, 5),
            new("log_softmax", "row (x, 0), first element", RowOf(LogSoftmax), RowGradientOf(LogSoftmax, LogSoftmaxGrad), -5, 5),
        ];

        private static readonly Color FColor = Color.FromHex("#2F6DB5");
        private static readonly Color GColor = Color.FromHex("#D1495B");
        private static readonly Color MarkColor = Color.FromHex("#6B6B6B");

        /// <summary>
        /// Writes docs/images/&lt;name&gt;.svg for every figure; with <paramref name="check"/>, writes nothing and fails (1) if
        /// any committed image differs from what the kernels draw now (CI's drift check).
        /// </summary>
        public static int Run(string docs, bool check)
        {
            if (Svg.MissingFont() is string missing)
            {
                Console.Error.WriteLine(missing);
                return 2;
            }

            string dir = Path.Combine(docs, "images");
            var ones = new float[Steps + 1];
            Array.Fill(ones, 1f);
            var stale = new List<string>();
            foreach (Figure figure in Figures)
            {
                var x = new float[Steps + 1];
                for (int i = 0; i <= Steps; i++)
                {
                    x[i] = figure.Lo + (figure.Hi - figure.Lo) * i / Steps;
                }

                var y = new float[x.Length];
                var dx = new float[x.Length];
                figure.F(x, y);
                figure.G(x, ones, dx);
                string path = Path.Combine(dir, figure.Name + ".svg");
                string svg = Svg.Xml(Draw(figure, x, y, dx), Width, Height);
                if (check)
                {
                    if (!File.Exists(path) || File.ReadAllText(path) != svg)
                    {
                        stale.Add(path);
                    }
                }
                else
                {
                    Directory.CreateDirectory(dir);
                    File.WriteAllText(path, svg);
                    Console.WriteLine($"written {path}");
                }
            }

            if (stale.Count > 0)
            {
                Console.Error.WriteLine("these images differ from what the kernels draw now (regenerate: dotnet run --project benchmarks/Report -c Release -- --activations):");
                stale.ForEach(Console.Error.WriteLine);
                return 1;
            }

            if (check)
            {
                Console.WriteLine($"the {Figures.Length} activation images in {dir} match the kernels");
            }

            return 0;
        }

        private static Plot Draw(Figure figure, float[] x, float[] y, float[] dx)
        {
            var plot = new Plot();
            plot.Font.Set(Svg.FontName);
            plot.Add.HorizontalLine(0, 1, Colors.Black.WithAlpha(0.35), LinePattern.Solid);
            plot.Add.VerticalLine(0, 1, Colors.Black.WithAlpha(0.35), LinePattern.Solid);

            // The data's vertical extent (with the marks), to place the marks' labels inside the frame.
            double top = double.MinValue, bottom = double.MaxValue;
            foreach (float v in y.Concat(dx))
            {
                top = Math.Max(top, v);
                bottom = Math.Min(bottom, v);
            }

            foreach (Mark mark in figure.Marks)
            {
                if (mark.Y is double my)
                {
                    top = Math.Max(top, my);
                    bottom = Math.Min(bottom, my);
                }
            }

            double pad = 0.15 * (top - bottom);
            foreach (Mark mark in figure.Marks)
            {
                if (mark.X is double mx)
                {
                    plot.Add.VerticalLine(mx, 1, MarkColor, LinePattern.Dotted);
                }
                else
                {
                    plot.Add.HorizontalLine(mark.Y!.Value, 1, MarkColor, LinePattern.Dotted);
                }

                var label = mark.X is double lx
                    ? plot.Add.Text(mark.Label, lx, bottom - pad)
                    : plot.Add.Text(mark.Label, mark.Right ? x[^1] : x[0], mark.Y!.Value);
                label.LabelFontSize = 11;
                label.LabelFontColor = MarkColor;
                label.LabelAlignment = mark.X is not null ? Alignment.LowerLeft : mark.Right ? Alignment.LowerRight : Alignment.LowerLeft;
                label.LabelOffsetX = mark.Right ? -3 : 3;
                label.LabelOffsetY = -1;
            }

            double[] xs = Array.ConvertAll(x, v => (double)v);
            var f = plot.Add.ScatterLine(xs, Array.ConvertAll(y, v => (double)v), FColor);
            f.LineWidth = 2;
            var g = plot.Add.ScatterLine(xs, Array.ConvertAll(dx, v => (double)v), GColor);
            g.LineWidth = 2;
            g.LinePattern = LinePattern.Dashed;

            plot.Title(figure.Parameters.Length == 0 ? figure.Name : $"{figure.Name} ({figure.Parameters})", size: 13);
            plot.Axes.SetLimits(x[0], x[^1], bottom - pad, top + pad);
            foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
            {
                axis.TickLabelStyle.FontSize = 11;
                axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { MinorTickGenerator = new NoMinorTicks() };
            }

            plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.07);
            return plot;
        }

        /// <summary>No minor ticks: at this size they add clutter, and a path each to the SVG.</summary>
        private sealed class NoMinorTicks : ScottPlot.IMinorTickGenerator
        {
            public IEnumerable<double> GetMinorTicks(double[] majorTicks, CoordinateRange visibleRange) => [];
        }

        private static void Prelu(ReadOnlySpan<float> x, Span<float> y) => Prelu(x, [PreluAlpha], y);

        private static void PreluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => PreluGrad(x, [PreluAlpha], dy, dx);

        // ---------------------------------------------------------------- the kernels (written by the generator)

        [Activation("identity")] private static partial void Identity(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("identity")] private static partial void IdentityGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("relu")] private static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("relu")] private static partial void ReluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("relu6")] private static partial void Relu6(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("relu6")] private static partial void Relu6Grad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("leaky_relu")] private static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("leaky_relu")] private static partial void LeakyReluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("prelu")] private static partial void Prelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);
        [ActivationGradient("prelu")] private static partial void PreluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("thresholded_relu")] private static partial void ThresholdedRelu(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("thresholded_relu")] private static partial void ThresholdedReluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("elu")] private static partial void Elu(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("elu")] private static partial void EluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("selu")] private static partial void Selu(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("selu")] private static partial void SeluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("celu")] private static partial void Celu(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("celu")] private static partial void CeluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("gelu")] private static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("gelu")] private static partial void GeluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("gelu_tanh")] private static partial void GeluTanh(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("gelu_tanh")] private static partial void GeluTanhGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("silu")] private static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("silu")] private static partial void SiluGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("mish")] private static partial void Mish(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("mish")] private static partial void MishGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("sigmoid")] private static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("sigmoid")] private static partial void SigmoidGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("hard_sigmoid")] private static partial void HardSigmoid(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("hard_sigmoid")] private static partial void HardSigmoidGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("tanh")] private static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("tanh")] private static partial void TanhGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("hard_tanh")] private static partial void HardTanh(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("hard_tanh")] private static partial void HardTanhGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("clip", Min = -2, Max = 2)] private static partial void Clip(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("clip", Min = -2, Max = 2)] private static partial void ClipGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("hard_swish")] private static partial void HardSwish(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("hard_swish")] private static partial void HardSwishGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("softplus")] private static partial void Softplus(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("softplus")] private static partial void SoftplusGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("softsign")] private static partial void Softsign(ReadOnlySpan<float> x, Span<float> y);
        [ActivationGradient("softsign")] private static partial void SoftsignGrad(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);
        [Activation("softmax")] private static partial void Softmax(ReadOnlySpan<float> x, int rowLength, Span<float> y);
        [ActivationGradient("softmax")] private static partial void SoftmaxGrad(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx, int rowLength);
        [Activation("log_softmax")] private static partial void LogSoftmax(ReadOnlySpan<float> x, int rowLength, Span<float> y);
        [ActivationGradient("log_softmax")] private static partial void LogSoftmaxGrad(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx, int rowLength);

        private delegate void RowForward(ReadOnlySpan<float> x, int rowLength, Span<float> y);

        private delegate void RowGradient(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx, int rowLength);

        // A row-wise activation drawn as a function of one variable: the first element of its result for the row (x, 0)
        // (softmax's is σ(x)), one row of two per sample, computed by the kernel in one call.
        private static Forward RowOf(RowForward f) => (x, y) =>
        {
            float[] rows = Rows(x);
            var result = new float[rows.Length];
            f(rows, 2, result);
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = result[2 * i];
            }
        };

        // ∂(first output)/∂x: the gradient kernel from the saved output with dy = (1, 0) per row.
        private static Gradient RowGradientOf(RowForward f, RowGradient g) => (x, _, dx) =>
        {
            float[] rows = Rows(x);
            var y = new float[rows.Length];
            f(rows, 2, y);
            var dy = new float[rows.Length];
            for (int i = 0; i < x.Length; i++)
            {
                dy[2 * i] = 1;
            }

            var result = new float[rows.Length];
            g(y, dy, result, 2);
            for (int i = 0; i < x.Length; i++)
            {
                dx[i] = result[2 * i];
            }
        };

        private static float[] Rows(ReadOnlySpan<float> x)
        {
            var rows = new float[2 * x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                rows[2 * i] = x[i];
            }

            return rows;
        }
    }
}

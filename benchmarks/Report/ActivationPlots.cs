using System;
using System.IO;
using FusedKernels;
using ScottPlot;

namespace FusedKernels.Report
{
    /// <summary>
    /// docs/activations.png: every catalogue activation f (solid) and its derivative f′ (dashed) over x in [−5, 5]
    /// (relu6: [−3, 9], to show its upper bound), one panel each, computed by the generated float kernels themselves
    /// (the forward kernel, and the gradient kernel with dy = 1), not by a separate formula. Default parameters except
    /// where the panel title says otherwise.
    /// Regenerate: dotnet run --project benchmarks/Report -c Release -- --activations [docsDir]
    /// (no benchmark results needed; seconds once built).
    /// </summary>
    internal static partial class ActivationPlots
    {
        private const int Points = 1001; // 1000 steps: the kinks (0, ±1, ±2, ±3, 6) fall on sample points
        private const float Min = -5f;
        private const float Max = 5f;
        private const float PreluAlpha = 0.25f;

        private delegate void Forward(ReadOnlySpan<float> x, Span<float> y);

        private delegate void Gradient(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

        /// <summary>Panel order follows docs/activations.md; the title names the parameters used.</summary>
        private static readonly (string Title, Forward F, Gradient G, float Lo, float Hi)[] Panels =
        [
            ("identity", Identity, IdentityGrad, Min, Max),
            ("relu", Relu, ReluGrad, Min, Max),
            ("relu6", Relu6, Relu6Grad, -3f, 9f),
            ("leaky_relu (α = 0.01)", LeakyRelu, LeakyReluGrad, Min, Max),
            ("prelu (α = 0.25, a span)", Prelu, PreluGrad, Min, Max),
            ("thresholded_relu (α = 1)", ThresholdedRelu, ThresholdedReluGrad, Min, Max),
            ("elu (α = 1)", Elu, EluGrad, Min, Max),
            ("selu (α ≈ 1.6733, γ ≈ 1.0507)", Selu, SeluGrad, Min, Max),
            ("celu (α = 1)", Celu, CeluGrad, Min, Max),
            ("gelu", Gelu, GeluGrad, Min, Max),
            ("gelu_tanh", GeluTanh, GeluTanhGrad, Min, Max),
            ("silu (β = 1)", Silu, SiluGrad, Min, Max),
            ("mish", Mish, MishGrad, Min, Max),
            ("sigmoid", Sigmoid, SigmoidGrad, Min, Max),
            ("hard_sigmoid (α = 1/6, β = 0.5)", HardSigmoid, HardSigmoidGrad, Min, Max),
            ("tanh", Tanh, TanhGrad, Min, Max),
            ("hard_tanh (Min = −1, Max = 1)", HardTanh, HardTanhGrad, Min, Max),
            ("clip (Min = −2, Max = 2; default ±∞)", Clip, ClipGrad, Min, Max),
            ("hard_swish", HardSwish, HardSwishGrad, Min, Max),
            ("softplus (β = 1)", Softplus, SoftplusGrad, Min, Max),
            ("softsign", Softsign, SoftsignGrad, Min, Max),
        ];

        private static readonly Color FColor = Color.FromHex("#4E79A7");
        private static readonly Color GColor = Color.FromHex("#E15759");

        public static int Run(string docs)
        {
            var ones = new float[Points];
            Array.Fill(ones, 1f);

            const int columns = 4;
            int rows = (Panels.Length + columns - 1) / columns;
            var multiplot = new Multiplot();
            multiplot.RemovePlot(multiplot.GetPlot(0)); // a new Multiplot starts with one empty plot
            for (int p = 0; p < Panels.Length; p++)
            {
                var (_, _, _, lo, hi) = Panels[p];
                var x = new float[Points];
                for (int i = 0; i < Points; i++)
                {
                    x[i] = lo + (hi - lo) * i / (Points - 1);
                }

                var y = new float[Points];
                var dx = new float[Points];
                Panels[p].F(x, y);
                Panels[p].G(x, ones, dx);
                multiplot.AddPlot(Panel(Panels[p].Title, x, y, dx, legend: p == 0));
            }

            multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows, columns);
            Directory.CreateDirectory(docs);
            string path = Path.Combine(docs, "activations.png");
            multiplot.SavePng(path, 1600, 300 * rows);
            Console.WriteLine($"written {path}");
            return 0;
        }

        private static Plot Panel(string title, float[] x, float[] y, float[] dx, bool legend)
        {
            double[] xs = Array.ConvertAll(x, v => (double)v);
            var plot = new Plot();
            var zero = plot.Add.HorizontalLine(0, 1, Colors.Gray.WithAlpha(0.6));
            zero.LinePattern = LinePattern.Dotted;
            var vzero = plot.Add.VerticalLine(0, 1, Colors.Gray.WithAlpha(0.6));
            vzero.LinePattern = LinePattern.Dotted;

            var f = plot.Add.ScatterLine(xs, Array.ConvertAll(y, v => (double)v), FColor);
            f.LineWidth = 2;
            f.LegendText = "f(x)";
            var g = plot.Add.ScatterLine(xs, Array.ConvertAll(dx, v => (double)v), GColor);
            g.LineWidth = 2;
            g.LinePattern = LinePattern.Dashed;
            g.LegendText = "f′(x)";

            plot.Title(title, size: 15);
            plot.Axes.SetLimitsX(x[0], x[^1]);
            plot.Axes.Margins(horizontal: 0, vertical: 0.08);
            plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
            plot.Axes.Left.TickLabelStyle.FontSize = 11;
            plot.Legend.IsVisible = legend;
            plot.Legend.Alignment = Alignment.UpperLeft;
            plot.Legend.FontSize = 12;
            return plot;
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
    }
}

using System;
using System.Linq;
using FusedKernels.RuntimeTests.Infrastructure;
using FusedKernels.RuntimeTests.Kernels;

namespace FusedKernels.RuntimeTests.RowWise
{
    /// <summary>
    /// softmax′ and log_softmax′ from the saved output: against the double reference, within 2 ULP of the largest term of
    /// the formula (y·dy or y·Σ; dy or e^y·Σ) for float, in place into dy, Half as the float kernel rounded once.
    /// </summary>
    public class RowWiseGradientTests
    {
        private readonly ITestOutputHelper _output;

        public RowWiseGradientTests(ITestOutputHelper output)
        {
            _output = output;
            output.WriteLine("Active vector path: " + Paths.Active);
        }

        /// <summary>A realistic saved output (a softmax or log_softmax of random rows) and an upstream gradient.</summary>
        private static (float[] Y, float[] Dy) Make(int rowLength, bool log, int seed)
        {
            (float[] x, float[] mask) = RowWiseData.Make(seed % 2 == 0 ? "random" : "masked", rowLength, seed);
            var y = new float[x.Length];
            if (log)
            {
                RowWiseKernels.LogSoftmax(x, 1f, mask, rowLength, y);
            }
            else
            {
                RowWiseKernels.AttentionSoftmax(x, 1f, mask, rowLength, y);
            }

            var random = new Random(seed);
            float[] dy = Enumerable.Range(0, x.Length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            return (y, dy);
        }

        [Fact]
        public void Float_gradients_are_within_2_ulp_of_the_largest_term()
        {
            foreach (bool log in new[] { false, true })
            {
                double worst = 0;
                string worstAt = "";
                int seed = 1;
                foreach (int rowLength in RowWiseData.RowLengths)
                {
                    (float[] y, float[] dy) = Make(rowLength, log, seed++);
                    var dx = new float[y.Length];
                    if (log)
                    {
                        RowWiseKernels.LogSoftmaxBackward(y, dy, rowLength, dx);
                    }
                    else
                    {
                        RowWiseKernels.SoftmaxBackward(y, dy, rowLength, dx);
                    }

                    for (int start = 0; start < y.Length; start += rowLength)
                    {
                        double s = 0;
                        for (int j = 0; j < rowLength; j++)
                        {
                            s += log ? dy[start + j] : (double)dy[start + j] * y[start + j];
                        }

                        for (int j = 0; j < rowLength; j++)
                        {
                            double yj = y[start + j], dyj = dy[start + j];
                            double exact = log ? dyj - Math.Exp(yj) * s : yj * (dyj - s);
                            double largest = log ? Math.Max(Math.Abs(dyj), Math.Abs(Math.Exp(yj) * s)) : Math.Max(Math.Abs(yj * dyj), Math.Abs(yj * s));
                            double ulps = RowWiseReference.FloatUlps(dx[start + j], exact, Math.Max(largest, Math.Abs(exact)));
                            if (ulps > worst)
                            {
                                (worst, worstAt) = (ulps, $"row length {rowLength}, element {j}: y = {yj:R}, dy = {dyj:R}, got {dx[start + j]:R}, exact {exact:R}");
                            }
                        }
                    }
                }

                _output.WriteLine($"{(log ? "log_softmax" : "softmax")}′: worst {worst:F3} ULP of the largest term ({worstAt})");
                Assert.True(worst <= 2, $"{(log ? "log_softmax" : "softmax")}′ {worst:F3} ULP > 2 at {worstAt} ({Paths.Active})");
            }
        }

        [Fact]
        public void Double_gradients_are_within_4_ulp_of_the_largest_term()
        {
            foreach (bool log in new[] { false, true })
            {
                double worst = 0;
                foreach (int rowLength in RowWiseData.RowLengths.Where(r => r <= 4097))
                {
                    (float[] yf, float[] dyf) = Make(rowLength, log, rowLength);
                    double[] y = yf.Select(v => (double)v).ToArray(), dy = dyf.Select(v => (double)v + v * 1e-9).ToArray();
                    var dx = new double[y.Length];
                    if (log)
                    {
                        RowWiseKernels.LogSoftmaxBackward(y, dy, rowLength, dx);
                    }
                    else
                    {
                        RowWiseKernels.SoftmaxBackward(y, dy, rowLength, dx);
                    }

                    for (int start = 0; start < y.Length; start += rowLength)
                    {
                        double s = 0, c = 0;
                        for (int j = 0; j < rowLength; j++)
                        {
                            double term = log ? dy[start + j] : dy[start + j] * y[start + j], t = s + term;
                            c += Math.Abs(s) >= Math.Abs(term) ? (s - t) + term : (term - t) + s;
                            s = t;
                        }

                        s += c;
                        for (int j = 0; j < rowLength; j++)
                        {
                            double yj = y[start + j], dyj = dy[start + j];
                            double exact = log ? dyj - Math.Exp(yj) * s : yj * (dyj - s);
                            double largest = log ? Math.Max(Math.Abs(dyj), Math.Abs(Math.Exp(yj) * s)) : Math.Max(Math.Abs(yj * dyj), Math.Abs(yj * s));
                            worst = Math.Max(worst, RowWiseReference.DoubleUlps(dx[start + j], exact, Math.Max(largest, Math.Abs(exact))));
                        }
                    }
                }

                _output.WriteLine($"double {(log ? "log_softmax" : "softmax")}′: worst {worst:F3} ULP of the largest term");
                Assert.True(worst <= 4, $"double {(log ? "log_softmax" : "softmax")}′ {worst:F3} ULP ({Paths.Active})");
            }
        }

        [Fact]
        public void In_place_into_dy_gives_the_out_of_place_bits_and_Half_is_the_float_kernel_rounded_once()
        {
            foreach (int rowLength in new[] { 1, 3, 4, 17, 64, 100, 2049 })
            {
                (float[] y, float[] dy) = Make(rowLength, log: false, rowLength);
                var dx = new float[y.Length];
                RowWiseKernels.SoftmaxBackward(y, dy, rowLength, dx);
                float[] inPlace = (float[])dy.Clone();
                RowWiseKernels.SoftmaxBackwardInPlace(y, inPlace, rowLength);
                Bits.AssertEqual<float>(dx, inPlace, dy, $"softmax′ in place, row length {rowLength}");

                foreach (bool log in new[] { false, true })
                {
                    (float[] yl, float[] dyl) = Make(rowLength, log, rowLength + 1);
                    Half[] yh = yl.Select(v => (Half)v).ToArray(), dyh = dyl.Select(v => (Half)v).ToArray();
                    var dxh = new Half[yh.Length];
                    var dxf = new float[yh.Length];
                    float[] yw = yh.Select(v => (float)v).ToArray(), dyw = dyh.Select(v => (float)v).ToArray();
                    if (log)
                    {
                        RowWiseKernels.LogSoftmaxBackward(yh, dyh, rowLength, dxh);
                        RowWiseKernels.LogSoftmaxBackward(yw, dyw, rowLength, dxf);
                    }
                    else
                    {
                        RowWiseKernels.SoftmaxBackward(yh, dyh, rowLength, dxh);
                        RowWiseKernels.SoftmaxBackward(yw, dyw, rowLength, dxf);
                    }

                    Bits.AssertEqual<Half>(dxf.Select(v => (Half)v).ToArray(), dxh, yh, $"{(log ? "log_softmax" : "softmax")}′ Half, row length {rowLength}");
                }
            }
        }

        [Fact]
        public void Bad_arguments_throw_naming_the_parameter_before_anything_is_written()
        {
            var y = new float[8];
            var dx = Enumerable.Repeat(3f, 8).ToArray();
            Assert.Equal("dy", Assert.Throws<ArgumentException>(() => RowWiseKernels.SoftmaxBackward(y, new float[7], 4, dx)).ParamName);
            Assert.Equal("rowLength", Assert.Throws<ArgumentException>(() => RowWiseKernels.SoftmaxBackward(y, new float[8], 3, dx)).ParamName);
            Assert.Equal("dx", Assert.Throws<ArgumentException>(() => RowWiseKernels.SoftmaxBackward(y, new float[8], 4, new float[7])).ParamName);
            var shared = new float[12];
            Assert.Equal("dx", Assert.Throws<ArgumentException>(() => RowWiseKernels.SoftmaxBackward(y, shared.AsSpan(0, 8), 4, shared.AsSpan(2, 8))).ParamName);
            Assert.All(dx, v => Assert.Equal(3f, v));
        }
    }
}

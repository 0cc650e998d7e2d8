using System;
using System.Linq;
using FusedKernels.RuntimeTests.Infrastructure;
using FusedKernels.RuntimeTests.Kernels;

namespace FusedKernels.RuntimeTests.RowWise
{
    /// <summary>softmax and log_softmax forward: accuracy against the double reference on the active path, masking, special values, in place, argument checks.</summary>
    public class RowWiseForwardTests
    {
        private const float Scale = 0.7f;
        private readonly ITestOutputHelper _output;

        public RowWiseForwardTests(ITestOutputHelper output)
        {
            _output = output;
            output.WriteLine("Active vector path: " + Paths.Active);
        }

        [Fact]
        public void Float_softmax_is_within_2_ulp_and_log_softmax_within_2_ulp_of_its_largest_term_for_rows_of_1_to_100000()
        {
            double worst = 0, worstLog = 0;
            string worstAt = "", worstLogAt = "";
            int seed = 1;
            foreach (string kind in RowWiseData.Kinds)
            {
                foreach (int rowLength in RowWiseData.RowLengths)
                {
                    (float[] x, float[] mask) = RowWiseData.Make(kind, rowLength, seed++);
                    var y = new float[x.Length];
                    var logY = new float[x.Length];
                    RowWiseKernels.AttentionSoftmax(x, Scale, mask, rowLength, y);
                    RowWiseKernels.LogSoftmax(x, Scale, mask, rowLength, logY);
                    for (int start = 0; start < x.Length; start += rowLength)
                    {
                        double[] z = Enumerable.Range(0, rowLength).Select(j => (double)MathF.FusedMultiplyAdd(x[start + j], Scale, mask[j])).ToArray();
                        double[] exact = RowWiseReference.Softmax(z, log: false);
                        double[] exactLog = RowWiseReference.Softmax(z, log: true);
                        double max = z.Max();
                        for (int j = 0; j < rowLength; j++)
                        {
                            double ulps = RowWiseReference.FloatUlps(y[start + j], exact[j], exact[j]);
                            if (ulps > worst)
                            {
                                (worst, worstAt) = (ulps, $"{kind}, row length {rowLength}, element {j}: z = {z[j]}, got {y[start + j]:R}, exact {exact[j]:R}");
                            }

                            // log_softmax = (z − max) − log S: in units of its largest term, at least 1 (log S of a sum near 1 is
                            // known to no better than the sum's own double rounding relative to 1).
                            double term = z[j] - max;
                            double largest = Math.Max(Math.Max(Math.Abs(term), Math.Abs(term - exactLog[j])), Math.Max(Math.Abs(exactLog[j]), 1));
                            double logUlps = double.IsNegativeInfinity(exactLog[j]) ? (float.IsNegativeInfinity(logY[start + j]) ? 0 : double.PositiveInfinity) : RowWiseReference.FloatUlps(logY[start + j], exactLog[j], largest);
                            if (logUlps > worstLog)
                            {
                                (worstLog, worstLogAt) = (logUlps, $"{kind}, row length {rowLength}, element {j}: z = {z[j]}, got {logY[start + j]:R}, exact {exactLog[j]:R}");
                            }
                        }
                    }
                }
            }

            _output.WriteLine($"softmax: worst {worst:F3} ULP ({worstAt})");
            _output.WriteLine($"log_softmax: worst {worstLog:F3} ULP of the largest term ({worstLogAt})");
            Assert.True(worst <= 2, $"softmax {worst:F3} ULP > 2 at {worstAt} ({Paths.Active})");
            Assert.True(worstLog <= 2, $"log_softmax {worstLog:F3} ULP > 2 at {worstLogAt} ({Paths.Active})");
        }

        [Fact]
        public void Double_softmax_is_within_4_ulp_and_log_softmax_within_4_ulp_of_its_largest_term()
        {
            double worst = 0, worstLog = 0;
            string worstAt = "";
            int seed = 100;
            const double scale = 0.7;
            foreach (string kind in RowWiseData.Kinds)
            {
                foreach (int rowLength in RowWiseData.RowLengths.Where(r => r <= 4097))
                {
                    (float[] xf, float[] maskf) = RowWiseData.Make(kind, rowLength, seed++);
                    double[] x = xf.Select(v => (double)v + v * 1e-9).ToArray();
                    double[] mask = maskf.Select(v => (double)v).ToArray();
                    var y = new double[x.Length];
                    var logY = new double[x.Length];
                    RowWiseKernels.AttentionSoftmax(x, scale, mask, rowLength, y);
                    RowWiseKernels.LogSoftmax(x, scale, mask, rowLength, logY);
                    for (int start = 0; start < x.Length; start += rowLength)
                    {
                        double[] z = Enumerable.Range(0, rowLength).Select(j => Math.FusedMultiplyAdd(x[start + j], scale, mask[j])).ToArray();
                        double[] exact = RowWiseReference.Softmax(z, log: false);
                        double[] exactLog = RowWiseReference.Softmax(z, log: true);
                        double max = z.Max();
                        for (int j = 0; j < rowLength; j++)
                        {
                            double ulps = RowWiseReference.DoubleUlps(y[start + j], exact[j], exact[j]);
                            if (ulps > worst)
                            {
                                (worst, worstAt) = (ulps, $"{kind}, row length {rowLength}, element {j}: z = {z[j]:R}, got {y[start + j]:R}, exact {exact[j]:R}");
                            }

                            double term = z[j] - max;
                            double largest = Math.Max(Math.Max(Math.Abs(term), Math.Abs(term - exactLog[j])), Math.Max(Math.Abs(exactLog[j]), 1));
                            worstLog = Math.Max(worstLog, double.IsNegativeInfinity(exactLog[j]) ? (double.IsNegativeInfinity(logY[start + j]) ? 0 : double.PositiveInfinity) : RowWiseReference.DoubleUlps(logY[start + j], exactLog[j], largest));
                        }
                    }
                }
            }

            // The reference itself (Math.Exp, a compensated sum, a division) is within about 1.5 ULP.
            _output.WriteLine($"double softmax: worst {worst:F3} ULP ({worstAt}); log_softmax {worstLog:F3} ULP of the largest term");
            Assert.True(worst <= 4, $"double softmax {worst:F3} ULP ({Paths.Active})");
            Assert.True(worstLog <= 4, $"double log_softmax {worstLog:F3} ULP ({Paths.Active})");
        }

        [Fact]
        public void Half_is_the_float_kernel_on_the_widened_inputs_rounded_once()
        {
            var random = new Random(7);
            foreach (int rowLength in new[] { 1, 3, 4, 8, 16, 17, 100, 1024, 3000 })
            {
                int n = rowLength * 3;
                Half[] x = Enumerable.Range(0, n).Select(_ => (Half)(random.NextDouble() * 16 - 8)).ToArray();
                Half[] mask = Enumerable.Range(0, rowLength).Select(j => j % 5 == 4 ? Half.NegativeInfinity : (Half)(random.NextDouble() - 0.5)).ToArray();
                Half scale = (Half)0.125;
                foreach (bool log in new[] { false, true })
                {
                    var y = new Half[n];
                    var yf = new float[n];
                    float[] xf = x.Select(v => (float)v).ToArray(), maskf = mask.Select(v => (float)v).ToArray();
                    if (log)
                    {
                        RowWiseKernels.LogSoftmax(x, scale, mask, rowLength, y);
                        RowWiseKernels.LogSoftmax(xf, (float)scale, maskf, rowLength, yf);
                    }
                    else
                    {
                        RowWiseKernels.AttentionSoftmax(x, scale, mask, rowLength, y);
                        RowWiseKernels.AttentionSoftmax(xf, (float)scale, maskf, rowLength, yf);
                    }

                    Bits.AssertEqual<Half>(yf.Select(v => (Half)v).ToArray(), y, x, $"{(log ? "log_softmax" : "softmax")} Half, row length {rowLength}");
                }

                var inPlace = (Half[])x.Clone();
                var expected = new Half[n];
                RowWiseKernels.AttentionSoftmax(x, scale, mask, rowLength, expected);
                RowWiseKernels.AttentionSoftmaxInPlace(inPlace, scale, mask, rowLength);
                Bits.AssertEqual<Half>(expected, inPlace, x, $"softmax Half in place, row length {rowLength}");
            }
        }

        [Fact]
        public void In_place_and_a_bias_that_is_the_destination_give_the_out_of_place_bits()
        {
            foreach ((string kind, int rowLength) in new[] { 1, 2, 5, 16, 31, 64, 2049, 5000 }.SelectMany(n => new[] { ("masked", n), ("late-spike", n) }))
            {
                (float[] x, float[] mask) = RowWiseData.Make(kind, rowLength, rowLength);
                var expected = new float[x.Length];
                RowWiseKernels.AttentionSoftmax(x, Scale, mask, rowLength, expected);

                float[] inPlace = (float[])x.Clone();
                RowWiseKernels.AttentionSoftmaxInPlace(inPlace, Scale, mask, rowLength);
                Bits.AssertEqual<float>(expected, inPlace, x, $"in place, {kind}, row length {rowLength}");

                // An element-wise bias may be the destination itself: each element is read before it is written.
                float[] fullBias = Enumerable.Range(0, x.Length).Select(i => mask[i % rowLength]).ToArray();
                float[] destination = (float[])fullBias.Clone();
                RowWiseKernels.AttentionSoftmax(x, Scale, destination, rowLength, destination);
                Bits.AssertEqual<float>(expected, destination, x, $"bias as the destination, {kind}, row length {rowLength}");

                var logExpected = new float[x.Length];
                RowWiseKernels.LogSoftmax(x, 1f, new float[rowLength], rowLength, logExpected);
                float[] logInPlace = (float[])x.Clone();
                RowWiseKernels.LogSoftmaxInPlace(logInPlace, rowLength);
                Bits.AssertEqual<float>(logExpected, logInPlace, x, $"log_softmax in place, {kind}, row length {rowLength}");
            }
        }

        [Fact]
        public void Without_rowLength_the_input_is_one_row()
        {
            (float[] x, _) = RowWiseData.Make("random", 1000, 3);
            var whole = new float[x.Length];
            var rows = new float[x.Length];
            RowWiseKernels.Softmax(x, whole);
            RowWiseKernels.SoftmaxRows(x, x.Length, rows);
            Bits.AssertEqual<float>(rows, whole, x, "one row");
            Assert.Equal(1.0, whole.Sum(v => (double)v), 5);
        }

        [Theory]
        [InlineData(3)]
        [InlineData(40)]
        [InlineData(600)] // one row per batch
        public void A_fully_masked_row_gives_0s_and_log_softmax_minus_infinity_NaN_and_plus_infinity_give_a_NaN_row_and_rows_stay_independent(int rowLength)
        {
            float inf = float.PositiveInfinity;
            var x = new float[rowLength * 7];
            for (int j = 0; j < rowLength; j++)
            {
                x[j] = float.NegativeInfinity;                                // row 0: fully masked
                x[rowLength + j] = j == 1 ? float.NaN : j;                    // row 1: a NaN
                x[2 * rowLength + j] = j == 2 ? inf : j;                      // row 2: +∞
                x[3 * rowLength + j] = j == 0 ? 0 : float.NegativeInfinity;   // row 3: one survivor
                x[4 * rowLength + j] = j % 2;                                 // row 4: ordinary
                x[5 * rowLength + j] = float.NegativeInfinity;                // row 5: fully masked again
                x[6 * rowLength + j] = 100 + j % 2;                           // row 6: row 4 + 100 (e^100 overflows unless its max is taken out)
            }

            var y = new float[x.Length];
            var logY = new float[x.Length];
            RowWiseKernels.SoftmaxRows(x, rowLength, y);
            RowWiseKernels.LogSoftmax(x, 1f, new float[rowLength], rowLength, logY);
            for (int j = 0; j < rowLength; j++)
            {
                Assert.Equal(0f, y[j]);
                Assert.Equal(float.NegativeInfinity, logY[j]);
                Assert.True(float.IsNaN(y[rowLength + j]) && float.IsNaN(logY[rowLength + j]), $"NaN row, element {j}: {y[rowLength + j]}");
                Assert.True(float.IsNaN(y[2 * rowLength + j]) && float.IsNaN(logY[2 * rowLength + j]), $"+∞ row, element {j}: {y[2 * rowLength + j]}");
                Assert.Equal(j == 0 ? 1f : 0f, y[3 * rowLength + j]);
                Assert.Equal(j == 0 ? 0f : float.NegativeInfinity, logY[3 * rowLength + j]);
            }

            int ones = rowLength / 2;
            Assert.Equal(MathF.E / (ones * MathF.E + (rowLength - ones)), y[4 * rowLength + 1], 6);
            Assert.Equal(MathF.E / (ones * MathF.E + (rowLength - ones)), y[6 * rowLength + 1], 6);
        }

        [Fact]
        public void Bad_arguments_throw_naming_the_parameter_before_anything_is_written()
        {
            var x = new float[12];
            var y = Enumerable.Repeat(5f, 12).ToArray();
            foreach (int rowLength in new[] { 0, -4, 5, 24 })
            {
                var e = Assert.Throws<ArgumentException>(() => RowWiseKernels.AttentionSoftmax(x, 1f, new float[12], rowLength, y));
                Assert.Equal("rowLength", e.ParamName);
            }

            Assert.Equal("rowLength", Assert.Throws<ArgumentException>(() => RowWiseKernels.AttentionSoftmax(Array.Empty<float>(), 1f, Array.Empty<float>(), 0, y)).ParamName);
            Assert.Equal("bias", Assert.Throws<ArgumentException>(() => RowWiseKernels.AttentionSoftmax(x, 1f, new float[3], 4, y)).ParamName); // not whole rows
            Assert.Equal("bias", Assert.Throws<ArgumentException>(() => RowWiseKernels.AttentionSoftmax(x, 1f, new float[8], 4, y)).ParamName); // rows that do not divide x
            Assert.Equal("y", Assert.Throws<ArgumentException>(() => RowWiseKernels.AttentionSoftmax(x, 1f, new float[4], 4, new float[11])).ParamName);
            var shared = new float[16];
            Assert.Equal("y", Assert.Throws<ArgumentException>(() => RowWiseKernels.AttentionSoftmax(x, 1f, shared.AsSpan(0, 4), 4, shared.AsSpan(2, 12))).ParamName);
            Assert.Equal("y", Assert.Throws<ArgumentException>(() => RowWiseKernels.AttentionSoftmax(x, 1f, shared.AsSpan(0, 4), 4, shared.AsSpan(0, 12))).ParamName); // a shared row may not be written
            Assert.All(y, v => Assert.Equal(5f, v));

            // An empty input with a valid row length writes nothing and does not throw.
            RowWiseKernels.AttentionSoftmax(Array.Empty<float>(), 1f, new float[4], 4, y);
            Assert.All(y, v => Assert.Equal(5f, v));
        }
    }
}

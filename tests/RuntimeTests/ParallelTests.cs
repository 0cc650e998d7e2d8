using System;
using System.Threading;
using System.Threading.Tasks;
using FusedKernels.CompilerServices;
using FusedKernels.RuntimeTests.Infrastructure;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>Each kernel twice: split across cores (Parallel = true) and not.</summary>
    public static partial class ParallelKernels
    {
        [Activation("gelu", Parallel = true)] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void GeluOne(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu", Parallel = true)] public static partial void SiluInPlace(Span<float> x);
        [Activation("silu")] public static partial void SiluInPlaceOne(Span<float> x);
        [Activation("gelu", Parallel = true)] public static partial void GeluHalf(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("gelu")] public static partial void GeluHalfOne(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("sigmoid", Parallel = true)] public static partial void Fused(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, ReadOnlySpan<float> residual, ReadOnlySpan<float> multiplier, Span<float> preactivation, Span<float> y);
        [Activation("sigmoid")] public static partial void FusedOne(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, ReadOnlySpan<float> residual, ReadOnlySpan<float> multiplier, Span<float> preactivation, Span<float> y);
        [Activation("relu", Parallel = true)] public static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("relu")] public static partial void BiasReluOne(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("relu", Parallel = true)] public static partial void ReluHalf(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("relu")] public static partial void ReluHalfOne(ReadOnlySpan<Half> x, Span<Half> y);

        [Activation("relu6", Parallel = true)] public static partial void Relu6Int(Span<int> x);
        [Activation("relu6")] public static partial void Relu6IntOne(Span<int> x);
        [Activation("tanh", Parallel = true)] public static partial void BiasTanhDouble(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, Span<double> y);
        [Activation("tanh")] public static partial void BiasTanhDoubleOne(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, Span<double> y);

        [Activation("softmax", Parallel = true)] public static partial void Softmax(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);
        [Activation("softmax")] public static partial void SoftmaxOne(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);
        [Activation("log_softmax", Parallel = true)] public static partial void LogSoftmaxDouble(Span<double> x, int rowLength);
        [Activation("log_softmax")] public static partial void LogSoftmaxDoubleOne(Span<double> x, int rowLength);
        [Activation("softmax", Parallel = true)] public static partial void SoftmaxHalf(ReadOnlySpan<Half> x, int rowLength, Span<Half> y);
        [Activation("softmax")] public static partial void SoftmaxHalfOne(ReadOnlySpan<Half> x, int rowLength, Span<Half> y);

        [ActivationGradient("gelu", Parallel = true)] public static partial void BiasGeluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);
        [ActivationGradient("gelu")] public static partial void BiasGeluBackwardOne(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias);
        [ActivationGradient("gelu", Parallel = true)] public static partial void BiasGeluBackwardDouble(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx, Span<double> dbias);
        [ActivationGradient("gelu")] public static partial void BiasGeluBackwardDoubleOne(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx, Span<double> dbias);
        [ActivationGradient("prelu", Parallel = true)] public static partial void PReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias, Span<float> dalpha);
        [ActivationGradient("prelu")] public static partial void PReluBackwardOne(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dbias, Span<float> dalpha);
        [ActivationGradient("silu", Parallel = true)] public static partial void SwiGluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);
        [ActivationGradient("silu")] public static partial void SwiGluBackwardOne(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dmultiplier);
        [ActivationGradient("sigmoid", Parallel = true)] public static partial void SigmoidBackwardInPlace(ReadOnlySpan<float> y, Span<float> dy);
        [ActivationGradient("sigmoid")] public static partial void SigmoidBackwardInPlaceOne(ReadOnlySpan<float> y, Span<float> dy);
    }

    /// <summary>
    /// Kernels declared <c>Parallel = true</c> against the same kernels without it (docs/design.md, "Many cores"): the
    /// same bits forward and for dx at every size around the grain and the block boundaries, per-channel periods that
    /// do not divide the block, in place; dbias/dalpha the same bits on 1, 2, 3 and 8 threads and on the calling thread
    /// alone; inside <c>Parallel.For</c> and tasks the kernel runs on the calling thread. The split is observed through
    /// <see cref="ParallelTrace"/>. One collection: the tests change <see cref="KernelParallelism.MaxDegreeOfParallelism"/>.
    /// </summary>
    [Collection(nameof(ParallelTests))]
    public class ParallelTests
    {
        private const int Math = ParallelBlocks.MathGrain;
        private const int Cheap = ParallelBlocks.CheapGrain;

        static ParallelTests() => ParallelTrace.Enabled = true;

        /// <summary>Runs <paramref name="action"/> on a new thread (neither a pool thread nor a task, as a program's main thread) with the given limit.</summary>
        internal static void OnThread(Action action, int maxDegree = 0)
        {
            int saved = KernelParallelism.MaxDegreeOfParallelism;
            KernelParallelism.MaxDegreeOfParallelism = maxDegree > 0 ? maxDegree : System.Math.Max(2, Environment.ProcessorCount);
            Exception? failure = null;
            try
            {
                var thread = new Thread(() =>
                {
                    try
                    {
                        action();
                    }
                    catch (Exception e)
                    {
                        failure = e;
                    }
                }, 16 << 20);
                thread.Start();
                thread.Join();
            }
            finally
            {
                KernelParallelism.MaxDegreeOfParallelism = saved;
            }

            if (failure is not null)
            {
                throw new Exception(failure.Message, failure);
            }
        }

        private static float[] Finite(int n, int seed)
        {
            var random = new Random(seed);
            var values = new float[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = (float)(random.NextDouble() * 8 - 4);
            }

            return values;
        }

        private static double[] FiniteDouble(int n, int seed)
        {
            var random = new Random(seed);
            var values = new double[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = random.NextDouble() * 8 - 4;
            }

            return values;
        }

        public static TheoryData<int> MathSizes() => new()
        {
            Math - 1, Math, 2 * Math - 1, 2 * Math, 2 * Math + 1, 2 * Math + 63, 5 * Math + 17, 40 * Math + 5,
            ParallelBlocks.TargetBlocks * Math + 3 * Math + 77, // past TargetBlocks grains: blocks of n / 256, rounded up to 64
        };

        /// <summary>Blocks a call of <paramref name="n"/> elements with no per-channel role splits into (0: one call).</summary>
        private static int Blocks(int n, int grain)
        {
            int block = ParallelBlocks.BlockLength(n, grain, ParallelBlocks.Alignment, 0);
            return block == 0 ? 0 : n / block;
        }

        [Theory]
        [MemberData(nameof(MathSizes))]
        public void Gelu_is_the_same_bits_as_one_thread(int n)
        {
            float[] x = TestData.Values<float>(n, seed: n);
            var expected = new float[n];
            var actual = new float[n];
            ParallelKernels.GeluOne(x, expected);
            OnThread(() =>
            {
                ParallelTrace.Reset();
                ParallelKernels.Gelu(x, actual);
                // Splits exactly when two blocks of the grain fit, into ⌊n / grain⌋ blocks up to TargetBlocks grains.
                Assert.Equal(n < 2 * Math ? 0 : n <= ParallelBlocks.TargetBlocks * Math ? n / Math : Blocks(n, Math), ParallelTrace.LastBlocks);
                Assert.True(ParallelTrace.LastBlocks <= ParallelBlocks.TargetBlocks);
            });
            Bits.AssertEqual<float>(expected, actual, x, $"gelu n={n}");
        }

        [Fact]
        public void In_place_and_Half_are_the_same_bits()
        {
            const int n = 9 * Math + 40;
            float[] x = TestData.Values<float>(n, seed: 3);
            float[] expected = (float[])x.Clone(), actual = (float[])x.Clone();
            ParallelKernels.SiluInPlaceOne(expected);
            OnThread(() => ParallelKernels.SiluInPlace(actual));
            Bits.AssertEqual<float>(expected, actual, x, "silu in place");

            Half[] h = TestData.Values<Half>(n, seed: 4);
            Half[] hExpected = new Half[n], hActual = new Half[n];
            ParallelKernels.GeluHalfOne(h, hExpected);
            OnThread(() => ParallelKernels.GeluHalf(h, hActual));
            Bits.AssertEqual<Half>(hExpected, hActual, h, "gelu Half");
        }

        [Fact]
        public void Integer_and_double_kernels_are_the_same_bits()
        {
            const int n = 3 * ParallelBlocks.CheapGrain + 5;
            var random = new Random(80);
            int[] xi = new int[n];
            for (int i = 0; i < n; i++)
            {
                xi[i] = random.Next(int.MinValue, int.MaxValue);
            }

            int[] expected = (int[])xi.Clone(), actual = (int[])xi.Clone();
            ParallelKernels.Relu6IntOne(expected);
            OnThread(() =>
            {
                ParallelTrace.Reset();
                ParallelKernels.Relu6Int(actual);
                Assert.Equal(3, ParallelTrace.LastBlocks);
            });
            Assert.Equal(expected, actual);

            const int channels = 96, m = channels * 2400; // lcm(64, 96) = 192: blocks of 32,832
            double[] x = TestData.Values<double>(m, seed: 81), bias = FiniteDouble(channels, 82);
            double[] yExpected = new double[m], yActual = new double[m];
            ParallelKernels.BiasTanhDoubleOne(x, bias, yExpected);
            OnThread(() => ParallelKernels.BiasTanhDouble(x, bias, yActual));
            Bits.AssertEqual<double>(yExpected, yActual, x, "bias tanh double");
        }

        /// <summary>Row-wise kernels split on whole rows (and whole repeats of a shared mask): each row the same bits.</summary>
        [Theory]
        [InlineData(1000, 7000)]    // a mask of seven rows repeated: blocks of 35,000 (33,000 rows would cut a repeat)
        [InlineData(4096, 0)]       // a mask as long as the input
        [InlineData(77, 77)]        // one mask row shared by every row, rows shorter than 64 elements
        public void Row_wise_kernels_are_the_same_bits(int rowLength, int maskLength)
        {
            int n = rowLength * (rowLength == 77 ? 2000 : rowLength == 1000 ? 126 : 40);
            float[] x = Finite(n, 90), mask = Finite(maskLength == 0 ? n : maskLength, 91);
            float[] expected = new float[n], actual = new float[n];
            ParallelKernels.SoftmaxOne(x, 0.125f, mask, rowLength, expected);
            OnThread(() =>
            {
                ParallelTrace.Reset();
                ParallelKernels.Softmax(x, 0.125f, mask, rowLength, actual);
                Assert.True(ParallelTrace.LastBlocks >= 2, $"{ParallelTrace.LastBlocks} blocks");
            });
            Bits.AssertEqual<float>(expected, actual, x, $"softmax rows of {rowLength}, mask of {maskLength}");

            double[] d = FiniteDouble(n, 92);
            double[] dExpected = (double[])d.Clone(), dActual = (double[])d.Clone();
            ParallelKernels.LogSoftmaxDoubleOne(dExpected, rowLength);
            OnThread(() => ParallelKernels.LogSoftmaxDouble(dActual, rowLength));
            Bits.AssertEqual<double>(dExpected, dActual, d, "log_softmax double in place");

            Half[] h = TestData.Values<Half>(n, seed: 93);
            Half[] hExpected = new Half[n], hActual = new Half[n];
            ParallelKernels.SoftmaxHalfOne(h, rowLength, hExpected);
            OnThread(() => ParallelKernels.SoftmaxHalf(h, rowLength, hActual));
            Bits.AssertEqual<Half>(hExpected, hActual, h, "softmax Half");
        }

        /// <summary>Per-channel roles whose periods do not divide 64 or the grain, element-wise roles, and the preactivation.</summary>
        [Theory]
        [InlineData(300, 1000)]  // lcm(64, 300, 1000) = 24,000: blocks of 72,000
        [InlineData(7, 1)]
        [InlineData(4096, 64)]
        public void Per_channel_and_element_wise_roles_are_the_same_bits(int scalePeriod, int multiplierPeriod)
        {
            // A multiple of both periods, with two or three blocks.
            int n = scalePeriod == 4096 ? 4096 * 40 : scalePeriod == 7 ? 7 * 64 * 400 : 24_000 * 10;
            float[] x = TestData.Values<float>(n, seed: 5);
            float[] scale = Finite(scalePeriod, 6), bias = Finite(n, 7), residual = Finite(n, 8), multiplier = Finite(multiplierPeriod, 9);
            float[] yExpected = new float[n], zExpected = new float[n], yActual = new float[n], zActual = new float[n];
            ParallelKernels.FusedOne(x, scale, bias, residual, multiplier, zExpected, yExpected);
            OnThread(() =>
            {
                ParallelTrace.Reset();
                ParallelKernels.Fused(x, scale, bias, residual, multiplier, zActual, yActual);
                Assert.True(ParallelTrace.LastBlocks >= 2, $"{ParallelTrace.LastBlocks} blocks");
            }, 3);
            Bits.AssertEqual<float>(yExpected, yActual, x, $"y, scale per {scalePeriod}, multiplier per {multiplierPeriod}");
            Bits.AssertEqual<float>(zExpected, zActual, x, $"z, scale per {scalePeriod}, multiplier per {multiplierPeriod}");
        }

        [Fact]
        public void A_period_too_long_for_two_blocks_runs_as_one_call()
        {
            const int period = 40_009, n = 4 * period; // lcm(64, 40,009) is past half the call
            float[] x = TestData.Values<float>(n, seed: 10);
            float[] scale = Finite(period, 11), bias = Finite(n, 12), residual = Finite(n, 13), multiplier = Finite(n, 14);
            float[] yExpected = new float[n], zExpected = new float[n], yActual = new float[n], zActual = new float[n];
            ParallelKernels.FusedOne(x, scale, bias, residual, multiplier, zExpected, yExpected);
            OnThread(() =>
            {
                ParallelTrace.Reset();
                ParallelKernels.Fused(x, scale, bias, residual, multiplier, zActual, yActual);
                Assert.Equal(0, ParallelTrace.LastBlocks);
            });
            Bits.AssertEqual<float>(yExpected, yActual, x, "y");
        }

        /// <summary>A piecewise kernel past its grain and past the streaming threshold (the whole call's decision), misaligned, and its bias as the destination.</summary>
        [Theory]
        [InlineData(0, false)]
        [InlineData(3, false)]
        [InlineData(1, true)]
        public void Bias_relu_past_the_grain_and_streaming_threshold_is_the_same_bits(int offset, bool biasIsDestination)
        {
            int n = (int)(Streaming.ThresholdBytes / sizeof(float)) + 1000;
            float[] x = TestData.Values<float>(n + offset, seed: 15);
            float[] bias = Finite(n + offset, 16);
            float[] expected = biasIsDestination ? (float[])bias.Clone() : new float[n + offset];
            float[] actual = biasIsDestination ? (float[])bias.Clone() : new float[n + offset];
            ParallelKernels.BiasReluOne(x.AsSpan(offset, n), (biasIsDestination ? expected : bias).AsSpan(offset, n), expected.AsSpan(offset, n));
            OnThread(() =>
            {
                ParallelTrace.Reset();
                ParallelKernels.BiasRelu(x.AsSpan(offset, n), (biasIsDestination ? actual : bias).AsSpan(offset, n), actual.AsSpan(offset, n));
                Assert.Equal(n / Cheap, ParallelTrace.LastBlocks);
            });
            Bits.AssertEqual<float>(expected, actual, x, $"bias relu offset {offset}");

            Half[] h = TestData.Values<Half>(n, seed: 17);
            Half[] hExpected = new Half[n], hActual = new Half[n];
            ParallelKernels.ReluHalfOne(h, hExpected);
            OnThread(() => ParallelKernels.ReluHalf(h, hActual));
            Bits.AssertEqual<Half>(hExpected, hActual, h, "relu Half");
        }

        public static TheoryData<int, int> GradientSizes() => new()
        {
            { 1024, Math - 1024 }, { 1024, 2 * Math }, { 1024, 64 * Math + 2048 }, { 300, 300 * 500 }, { 4096, 4096 * 33 }, { 5, 5 * 64 * 1100 },
        };

        /// <summary>dbias the same bits whatever the thread count; dx the same as the kernel without Parallel.</summary>
        [Theory]
        [MemberData(nameof(GradientSizes))]
        public void Dbias_is_the_same_bits_on_any_number_of_threads(int channels, int n)
        {
            float[] x = Finite(n, 20), dy = Finite(n, 21);
            float[] dxOne = new float[n], dbiasOne = new float[channels];
            ParallelKernels.BiasGeluBackwardOne(x, dy, dxOne, dbiasOne);

            float[]? first = null;
            foreach (int threads in new[] { 1, 2, 3, 8 })
            {
                float[] dx = new float[n], dbias = new float[channels];
                OnThread(() => ParallelKernels.BiasGeluBackward(x, dy, dx, dbias), threads);
                Bits.AssertEqual<float>(dxOne, dx, x, $"dx, {threads} threads");
                first ??= dbias;
                Bits.AssertEqual<float>(first, dbias, first, $"dbias on {threads} threads against 1");
            }

            // Inside Parallel.For (runs the same blocks on the calling thread).
            float[] nestedDbias = new float[channels];
            Parallel.For(0, 1, _ => ParallelKernels.BiasGeluBackward(x, dy, new float[n], nestedDbias));
            Bits.AssertEqual<float>(first!, nestedDbias, first!, "dbias inside Parallel.For");

            long multiple = ParallelBlocks.WithPeriod(ParallelBlocks.Alignment, channels, n);
            if (n < Math || ParallelBlocks.BlockLength(n, Math, multiple, ParallelBlocks.ReductionBlock(channels)) == 0)
            {
                // One block: exactly the kernel without Parallel.
                Bits.AssertEqual<float>(dbiasOne, first!, dbiasOne, "dbias below the grain");
            }
            else
            {
                // Not the same summation order as one sweep, but the same sums to within float's rounding of a double sum.
                for (int c = 0; c < channels; c++)
                {
                    Assert.True(Bits.UlpDistance(dbiasOne[c], first![c]) <= 1, $"channel {c}: {dbiasOne[c]} against {first[c]}");
                }
            }
        }

        /// <summary>
        /// The combination itself, exactly: in double, each block's dbias is that block's call of the kernel without
        /// Parallel (its sums are not rounded), and the split call's dbias is their sum in block order.
        /// </summary>
        [Fact]
        public void Dbias_is_the_blocks_sums_added_in_block_order()
        {
            const int channels = 1024, n = 1024 * 200 + 1024 * 7;
            double[] x = FiniteDouble(n, 30), dy = FiniteDouble(n, 31);
            int block = ParallelBlocks.BlockLength(n, Math, 1024, ParallelBlocks.ReductionBlock(channels));
            int count = n / block;
            Assert.True(count >= 2);
            var expected = new double[channels];
            var partial = new double[channels];
            for (int b = 0; b < count; b++)
            {
                int start = b * block, length = b == count - 1 ? n - start : block;
                ParallelKernels.BiasGeluBackwardDoubleOne(x.AsSpan(start, length), dy.AsSpan(start, length), new double[length], partial);
                for (int c = 0; c < channels; c++)
                {
                    expected[c] = b == 0 ? partial[c] : expected[c] + partial[c];
                }
            }

            foreach (int threads in new[] { 1, 2, 8 })
            {
                var dbias = new double[channels];
                OnThread(() =>
                {
                    ParallelTrace.Reset();
                    ParallelKernels.BiasGeluBackwardDouble(x, dy, new double[n], dbias);
                    Assert.Equal(count, ParallelTrace.LastBlocks);
                }, threads);
                Bits.AssertEqual<double>(expected, dbias, expected, $"dbias on {threads} threads");
            }
        }

        /// <summary>dalpha and dbias of prelu with α per channel (a period not dividing 64), and SwiGLU's dmultiplier.</summary>
        [Theory]
        [InlineData(48, 48 * 48_000)]
        [InlineData(1000, 3 * 1024 * 1024 - 3 * 1024 * 1024 % 1000)]
        public void Dalpha_is_the_same_bits_on_any_number_of_threads(int channels, int n)
        {
            float[] x = Finite(n, 40), dy = Finite(n, 41), alpha = Finite(channels, 42);
            float[] dxOne = new float[n];
            ParallelKernels.PReluBackwardOne(x, alpha, dy, dxOne, new float[channels], new float[channels]);
            float[]? firstBias = null, firstAlpha = null;
            foreach (int threads in new[] { 1, 2, 3, 8 })
            {
                float[] dx = new float[n], dbias = new float[channels], dalpha = new float[channels];
                OnThread(() =>
                {
                    ParallelTrace.Reset();
                    ParallelKernels.PReluBackward(x, alpha, dy, dx, dbias, dalpha);
                    Assert.True(ParallelTrace.LastBlocks >= 2);
                }, threads);
                Bits.AssertEqual<float>(dxOne, dx, x, $"dx on {threads} threads");
                firstBias ??= dbias;
                firstAlpha ??= dalpha;
                Bits.AssertEqual<float>(firstBias, dbias, firstBias, $"dbias on {threads} threads");
                Bits.AssertEqual<float>(firstAlpha, dalpha, firstAlpha, $"dalpha on {threads} threads");
            }

            float[] m = Finite(n, 43);
            float[] dxExpected = new float[n], dmExpected = new float[n], dxActual = new float[n], dmActual = new float[n];
            ParallelKernels.SwiGluBackwardOne(x, m, dy, dxExpected, dmExpected);
            OnThread(() => ParallelKernels.SwiGluBackward(x, m, dy, dxActual, dmActual));
            Bits.AssertEqual<float>(dxExpected, dxActual, x, "SwiGLU dx");
            Bits.AssertEqual<float>(dmExpected, dmActual, x, "SwiGLU dmultiplier");

            float[] yv = Finite(n, 44);
            float[] dyExpected = (float[])dy.Clone(), dyActual = (float[])dy.Clone();
            ParallelKernels.SigmoidBackwardInPlaceOne(yv, dyExpected);
            OnThread(() => ParallelKernels.SigmoidBackwardInPlace(yv, dyActual));
            Bits.AssertEqual<float>(dyExpected, dyActual, yv, "sigmoid backward in place");
        }

        /// <summary>The nesting rule: from a pool thread or a task, the call stays on the calling thread.</summary>
        [Fact]
        public async Task Inside_Parallel_For_and_tasks_a_kernel_runs_on_the_calling_thread()
        {
            const int n = 64 * Math, channels = 1024;
            float[] x = Finite(n, 50), dy = Finite(n, 51);
            int splitForward = -1, reductionThreads = -1, reductionBlocks = -1;
            KernelParallelism.MaxDegreeOfParallelism = System.Math.Max(2, Environment.ProcessorCount);
            try
            {
                Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 1 }, i =>
                {
                    ParallelTrace.Reset();
                    ParallelKernels.Gelu(x, new float[n]);
                    splitForward = ParallelTrace.LastBlocks;
                    ParallelKernels.BiasGeluBackward(x, dy, new float[n], new float[channels]);
                    reductionBlocks = ParallelTrace.LastBlocks;
                    reductionThreads = ParallelTrace.LastThreads;
                });
                Assert.Equal(0, splitForward);        // one ordinary call
                Assert.True(reductionBlocks >= 2);     // the reduction's blocks …
                Assert.Equal(1, reductionThreads);     // … all on the calling thread

                int fromTask = -1;
                await Task.Run(() =>
                {
                    ParallelTrace.Reset();
                    ParallelKernels.Gelu(x, new float[n]);
                    fromTask = ParallelTrace.LastBlocks;
                });
                Assert.Equal(0, fromTask);

                // The calling thread of Parallel.For (here not a pool thread) runs its bodies inside a task.
                int inlineBlocks = -1, inlineThreads = -1;
                OnThread(() => Parallel.For(0, 1, _ =>
                {
                    ParallelTrace.Reset();
                    ParallelKernels.BiasGeluBackward(x, dy, new float[n], new float[channels]);
                    inlineBlocks = ParallelTrace.LastBlocks;
                    inlineThreads = ParallelTrace.LastThreads;
                }));
                Assert.Equal(ReductionBlocks(n, channels), inlineBlocks);
                Assert.Equal(1, inlineThreads);
            }
            finally
            {
                KernelParallelism.MaxDegreeOfParallelism = Environment.ProcessorCount;
            }
        }

        // Each block of a reduction clears, folds and hands over its sums: bias + gelu backward at 64K elements cut into two
        // blocks of 32K ran at 0.66–0.77× one call (found 2026-12-04). A kernel with dbias splits from two ReductionGrains.
        [Fact]
        public void A_reduction_kernel_splits_only_from_two_reduction_grains()
        {
            const int channels = 1024, below = 2 * ParallelBlocks.ReductionGrain - channels, from = 2 * ParallelBlocks.ReductionGrain;
            float[] x = Finite(from, 80), dy = Finite(from, 81);
            OnThread(() =>
            {
                ParallelTrace.Reset();
                ParallelKernels.BiasGeluBackward(x.AsSpan(0, below), dy.AsSpan(0, below), new float[below], new float[channels]);
                Assert.Equal(0, ParallelTrace.LastBlocks);
                ParallelKernels.BiasGeluBackward(x, dy, new float[from], new float[channels]);
                Assert.Equal(2, ParallelTrace.LastBlocks);
            });
        }

        /// <summary>The blocks of a split bias + gelu backward over <paramref name="channels"/> channels.</summary>
        private static int ReductionBlocks(int n, int channels) =>
            n / ParallelBlocks.BlockLength(n, Math, ParallelBlocks.WithPeriod(ParallelBlocks.Alignment, channels, n), ParallelBlocks.ReductionBlock(channels));

        [Fact]
        public void A_limit_of_one_runs_on_the_calling_thread()
        {
            const int n = 64 * Math, channels = 64;
            float[] x = Finite(n, 60), dy = Finite(n, 61);
            OnThread(() =>
            {
                ParallelTrace.Reset();
                ParallelKernels.Gelu(x, new float[n]);
                Assert.Equal(0, ParallelTrace.LastBlocks);
                ParallelKernels.BiasGeluBackward(x, dy, new float[n], new float[channels]);
                Assert.Equal(ReductionBlocks(n, channels), ParallelTrace.LastBlocks);
                Assert.Equal(1, ParallelTrace.LastThreads);
            }, 1);
        }

        [Fact]
        public void Below_the_grain_a_parallel_kernel_allocates_nothing()
        {
            float[] x = Finite(Math - 64, 70), y = new float[Math - 64], dbias = new float[64];
            ParallelKernels.Gelu(x, y);
            ParallelKernels.BiasGeluBackward(x, x, y, dbias);

            // Windows of 10 calls: an allocation in the kernels shows in every window. A single window failed now and
            // then, only with the whole suite running (CI, scalar path, 2026-12-04; 2 of 6 full runs on an older
            // commit too), from something on this thread outside the kernels that was not found; so one window of
            // five must be clean.
            var windows = new long[5];
            for (int w = 0; w < windows.Length; w++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < 10; i++)
                {
                    ParallelKernels.Gelu(x, y);
                    ParallelKernels.BiasGeluBackward(x, x, y, dbias);
                }

                windows[w] = GC.GetAllocatedBytesForCurrentThread() - before;
                if (windows[w] == 0)
                {
                    return;
                }
            }

            Assert.Fail($"bytes allocated by 10 calls, in each of five windows: {string.Join(", ", windows)}");
        }

        [Fact]
        public void The_limit_must_be_at_least_one()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => KernelParallelism.MaxDegreeOfParallelism = 0);
            Assert.True(KernelParallelism.MaxDegreeOfParallelism >= 1);
        }
    }

    /// <summary>No other test runs meanwhile: while the rest of the suite kept the thread pool's workers busy, a split call's
    /// blocks all ran on the calling thread in 2 of 17 runs on a 2-core machine (which is the split's design: it never waits
    /// for a worker), and a test of the spread across threads failed.</summary>
    [CollectionDefinition(nameof(RunsAloneCollection), DisableParallelization = true)]
    public sealed class RunsAloneCollection
    {
    }

    /// <summary>A large call of a <c>Parallel = true</c> kernel spreads its blocks across threads when workers are free.</summary>
    [Collection(nameof(RunsAloneCollection))]
    public class ParallelSpreadTests
    {
        static ParallelSpreadTests() => ParallelTrace.Enabled = true;

        [Fact]
        public void A_large_call_runs_on_more_than_one_thread()
        {
            const int n = 64 * ParallelBlocks.MathGrain;
            float[] x = TestData.Values<float>(n);
            var y = new float[n];
            int most = 0, attempts = 0;
            ParallelTests.OnThread(() =>
            {
                // A call lasts well under a millisecond and never waits for a worker, so on a busy 2-core machine every block
                // can run on the calling thread before the pool's worker is scheduled: that happened in 5 attempts in a row
                // in one CI run (2026-12-07). Attempts for up to 5 s, with pauses that let the machine settle, tell a split
                // that never spreads from a worker that came late.
                var clock = System.Diagnostics.Stopwatch.StartNew();
                while (most < 2 && clock.ElapsedMilliseconds < 5000)
                {
                    if (attempts++ > 0)
                    {
                        Thread.Sleep(20);
                    }

                    ParallelTrace.Reset();
                    ParallelKernels.Gelu(x, y);
                    Assert.Equal(64, ParallelTrace.LastBlocks);
                    most = System.Math.Max(most, ParallelTrace.LastThreads);
                }
            });
            Assert.True(most >= 2, $"64 blocks ran on {most} thread(s) in each of {attempts} calls");
        }
    }
}

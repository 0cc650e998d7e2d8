using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using FusedKernels.CompilerServices;
using FusedKernels.RuntimeTests.Infrastructure;
using Xunit;
using F = FusedKernels.RuntimeTests.Kernels.FusionKernels;
using G = FusedKernels.RuntimeTests.Kernels.GradientKernels;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// The drivers' stack scratch (wrap-extended role copies, reduction accumulators) is not zeroed on entry
    /// (docs/design.md, "Generated code", which says what zeroing cost): every reader writes the part it reads first.
    /// </summary>
    public class ScratchInitTests
    {
        [Theory]
        [InlineData(typeof(ActivationDriver), "RunExtended")]
        [InlineData(typeof(GradientDriver), "RunWithScratch")]
        public void Scratch_methods_skip_zeroing_their_locals(Type driver, string name)
        {
            MethodInfo method = driver.GetMethods(BindingFlags.NonPublic | BindingFlags.Static).Single(m => m.Name == name);
            Assert.False(method.GetMethodBody()!.InitLocals, $"{driver.Name}.{name} zeroes its locals, its stackalloc scratch included");
        }

        /// <summary>
        /// The kernels that use the scratch (dbias over channels that fit it; a per-channel bias whose period no vector width
        /// divides, read through its wrap-extended copy) give the same bits whatever the stack below their caller held
        /// before: zeros, or NaN bit patterns, which a read of scratch not written first would carry into the results.
        /// </summary>
        [Theory]
        [InlineData(3)]
        [InlineData(12)]
        [InlineData(100)]
        public void Results_do_not_depend_on_what_the_stack_held(int channels)
        {
            const int Rows = 7;
            int n = channels * Rows;
            float[] x = TestData.Values<float>(n, channels), dy = TestData.Values<float>(n, channels + 1), bias = TestData.Values<float>(channels, channels + 2);
            var (dxClean, dbiasClean, yClean) = Run(0x00);
            var (dxPoisoned, dbiasPoisoned, yPoisoned) = Run(0xFF);
            Assert.Equal(Bits(dxClean), Bits(dxPoisoned));
            Assert.Equal(Bits(dbiasClean), Bits(dbiasPoisoned));
            Assert.Equal(Bits(yClean), Bits(yPoisoned));

            (float[] Dx, float[] DBias, float[] Y) Run(byte fill)
            {
                float[] dx = new float[n], dbias = new float[channels], y = new float[n];
                FillStackBelow(fill);
                G.BiasGeluBackward(x, dy, dx, dbias);
                FillStackBelow(fill);
                F.BiasRelu(x, bias, y);
                return (dx, dbias, y);
            }
        }

        private static int[] Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits).ToArray();

        private static int _sink;

        /// <summary>Fills 32 KiB of the stack below the caller's frame with <paramref name="value"/>, where its next call's frames will lie.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void FillStackBelow(byte value)
        {
            Span<byte> below = stackalloc byte[32 * 1024];
            below.Fill(value);
            Volatile.Write(ref _sink, below[below.Length / 2]);
        }
    }
}

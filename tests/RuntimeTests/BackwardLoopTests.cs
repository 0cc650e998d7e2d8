using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using FusedKernels.CompilerServices;
using FusedKernels.RuntimeTests.Infrastructure;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// Kernels without span operands whose loop may run from the end (piecewise: relu, leaky_relu, hard_tanh, relu6 in Half;
    /// vector math without stages: selu, elu, double gelu; pipelined: tanh, sigmoid, silu, softplus with scale and bias,
    /// gelu_tanh, float gelu), and kernels whose loops always run forward (with a span operand: bias + relu, SwiGLU).
    /// </summary>
    public static partial class BackwardLoopKernels
    {
        [Activation("relu")] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("leaky_relu", Alpha = 0.1)] public static partial void ScaleBiasLeaky(ReadOnlySpan<float> x, float scale, float bias, Span<float> y);
        [Activation("hard_tanh")] public static partial void HardTanhDouble(ReadOnlySpan<double> x, Span<double> y);
        [Activation("relu6")] public static partial void Relu6Half(ReadOnlySpan<Half> x, Span<Half> y);
        [Activation("relu")] public static partial void BiasRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y);
        [Activation("selu")] public static partial void Selu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("elu", Alpha = 0.5)] public static partial void ScaleBiasElu(ReadOnlySpan<float> x, float scale, float bias, Span<float> y);
        [Activation("gelu")] public static partial void GeluDouble(ReadOnlySpan<double> x, Span<double> y);
        [Activation("tanh")] public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("sigmoid")] public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu")] public static partial void Silu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softplus")] public static partial void ScaleBiasSoftplus(ReadOnlySpan<float> x, float scale, float bias, Span<float> y);
        [Activation("gelu_tanh")] public static partial void GeluTanh(ReadOnlySpan<float> x, Span<float> y);
        [Activation("gelu")] public static partial void Gelu(ReadOnlySpan<float> x, Span<float> y);
        [Activation("silu")] public static partial void SwiGlu(ReadOnlySpan<float> x, ReadOnlySpan<float> multiplier, Span<float> y);
    }

    /// <summary>
    /// Where y lies just above x modulo 4 KiB, a piecewise or vector-math loop without span operands runs from the end
    /// (<see cref="LoopDirection.Backward"/>; the pipelined loop only where y trails x by its lag,
    /// <see cref="LoopDirection.BackwardPipelined"/>): a forward loop's loads would wait on its stores there (4K aliasing;
    /// relu at 4K 3.7× slower, docs/benchmarks.md, "relu and where y lies relative to x"). The placements that choose it, and for every
    /// kernel the same bits as the call on buffers far apart at every length to 100 and every placement of y up to 1,100
    /// bytes above x modulo 4 KiB (every vector path through the CI matrix).
    /// </summary>
    public class BackwardLoopTests
    {
        [Fact]
        public void Y_from_1_to_1023_bytes_above_x_modulo_4_KiB_is_just_above()
        {
            Span<byte> block = Pages(3);
            static bool JustAbove(Span<byte> block, int bytes) => LoopDirection.JustAbove(ref block[0], ref block[4096 + bytes]);
            Assert.False(JustAbove(block, 0));
            Assert.True(JustAbove(block, 1));
            Assert.True(JustAbove(block, 64));
            Assert.True(JustAbove(block, 1023));
            Assert.False(JustAbove(block, 1024));
            Assert.False(JustAbove(block, 4095));
            Assert.False(LoopDirection.JustAbove(ref block[64], ref block[0]));
        }

        [Fact]
        public void Y_from_one_to_two_lags_above_x_modulo_4_KiB_trails_it()
        {
            Span<byte> block = Pages(3);
            static bool Trailing(Span<byte> block, int bytes) => LoopDirection.Trailing(ref block[0], ref block[4096 + bytes], 256);
            Assert.False(Trailing(block, 0));
            Assert.False(Trailing(block, 255));
            Assert.True(Trailing(block, 256));
            Assert.True(Trailing(block, 511));
            Assert.False(Trailing(block, 512));
            Assert.False(LoopDirection.Trailing(ref block[320], ref block[0], 256));
        }

        [Fact]
        public void Float_kernels_give_the_same_bits_wherever_y_lies() =>
            SameBitsWherever<float>((x, y) => BackwardLoopKernels.Relu(x, y), (x, y) => BackwardLoopKernels.ScaleBiasLeaky(x, 1.5f, -0.25f, y),
                (x, y) => BackwardLoopKernels.BiasRelu(x, x, y), (x, y) => BackwardLoopKernels.Selu(x, y),
                (x, y) => BackwardLoopKernels.ScaleBiasElu(x, 2f, 0.5f, y), (x, y) => BackwardLoopKernels.Tanh(x, y),
                (x, y) => BackwardLoopKernels.Sigmoid(x, y), (x, y) => BackwardLoopKernels.Silu(x, y),
                (x, y) => BackwardLoopKernels.ScaleBiasSoftplus(x, 3f, -1f, y), (x, y) => BackwardLoopKernels.GeluTanh(x, y),
                (x, y) => BackwardLoopKernels.Gelu(x, y), (x, y) => BackwardLoopKernels.SwiGlu(x, x, y));

        [Fact]
        public void Double_kernels_give_the_same_bits_wherever_y_lies() =>
            SameBitsWherever<double>((x, y) => BackwardLoopKernels.HardTanhDouble(x, y), (x, y) => BackwardLoopKernels.GeluDouble(x, y));

        [Fact]
        public void Half_kernels_give_the_same_bits_wherever_y_lies() =>
            SameBitsWherever<Half>((x, y) => BackwardLoopKernels.Relu6Half(x, y));

        private delegate void Kernel<T>(ReadOnlySpan<T> x, Span<T> y);

        /// <summary>An operation whose only span is x (the kernels that may run from the end); its formula is never called.</summary>
        private readonly struct XOnly : IActivationOperation<float>
        {
            public static float Post(float z, float alpha, float second, float multiplier) => z;
            public static Vector128<float> Post(Vector128<float> z, Vector128<float> alpha, Vector128<float> second, Vector128<float> multiplier) => z;
            public static Vector256<float> Post(Vector256<float> z, Vector256<float> alpha, Vector256<float> second, Vector256<float> multiplier) => z;
            public static Vector512<float> Post(Vector512<float> z, Vector512<float> alpha, Vector512<float> second, Vector512<float> multiplier) => z;
        }

        [Fact]
        public void Loops_run_forward_wherever_y_lies_where_loads_do_not_wait_on_aliased_stores()
        {
            Span<float> block = MemoryMarshal.Cast<byte, float>(Pages(3));
            using (DriverFlags.AliasingStalls(false))
            {
                Assert.False(LoopDirection.Backward<XOnly, float, float>(ref block[0], ref block[1024 + 16], default));
                Assert.False(LoopDirection.BackwardPipelined<XOnly, float, float>(ref block[0], ref block[1024 + 80], default, 256));
            }

            using (DriverFlags.AliasingStalls(true))
            {
                Assert.True(LoopDirection.Backward<XOnly, float, float>(ref block[0], ref block[1024 + 16], default));
                Assert.True(LoopDirection.BackwardPipelined<XOnly, float, float>(ref block[0], ref block[1024 + 80], default, 256));
            }
        }

        /// <summary>Processors whose loads wait on stores aliased modulo 4 KiB: all but AMD's from Zen 5 (family 1Ah) on.</summary>
        [Theory]
        [InlineData(0x00B00F21, 0x1A)] // AMD EPYC, Zen 5
        [InlineData(0x00A10F11, 0x19)] // AMD EPYC, Zen 4
        [InlineData(0x00830F10, 0x17)] // AMD EPYC, Zen 2
        [InlineData(0x000C06F2, 0x06)] // Intel Xeon, Emerald Rapids (family 6, model CFh)
        public void Family_adds_the_extended_family_only_to_base_family_0Fh(int eax, int family) =>
            Assert.Equal(family, Processor.Family(eax));

        /// <summary>
        /// Each kernel at every length to 100, y at every element offset up to 1,100 bytes above x modulo 4 KiB (x at a page
        /// boundary), against the same call with y 2 KiB above x (a forward loop). The loops run from the end where loads would
        /// wait on the stores on any processor, so that every machine tests them.
        /// </summary>
        private static void SameBitsWherever<T>(params Kernel<T>[] kernels) where T : unmanaged, System.Numerics.INumber<T>
        {
            using var fromTheEnd = DriverFlags.AliasingStalls(true);
            Span<byte> block = Pages(4);
            Span<T> x = MemoryMarshal.Cast<byte, T>(block[..4096])[..100];
            TestData.Values<T>(100, seed: 7).CopyTo(x);
            foreach (Kernel<T> kernel in kernels)
            {
                for (int n = 1; n <= 100; n++)
                {
                    Span<T> expected = MemoryMarshal.Cast<byte, T>(block.Slice(4096 + 2048, 2048))[..n];
                    kernel(x[..n], expected);
                    for (int bytes = 0; bytes <= 1100; bytes += Unsafe.SizeOf<T>())
                    {
                        Span<T> y = MemoryMarshal.Cast<byte, T>(block.Slice(2 * 4096 + bytes, 2048))[..n];
                        y.Clear();
                        kernel(x[..n], y);
                        Bits.AssertEqual<T>(expected, y, x[..n], $"{typeof(T).Name} n = {n}, y {bytes} bytes above x modulo 4 KiB");
                    }
                }
            }
        }

        /// <summary><paramref name="count"/> pages of a pinned array, starting at a page boundary.</summary>
        private static Span<byte> Pages(int count)
        {
            byte[] array = GC.AllocateArray<byte>((count + 1) * 4096, pinned: true);
            long address = GCHandle.Alloc(array, GCHandleType.Pinned) is var handle ? handle.AddrOfPinnedObject().ToInt64() : 0;
            handle.Free();
            return array.AsSpan((int)((4096 - (address & 4095)) & 4095), count * 4096);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.CompilerServices;
using FusedKernels.RuntimeTests.Infrastructure;
using H = FusedKernels.RuntimeTests.Kernels.HalfKernels;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// Half kernels run vectorized (widened to float, computed, narrowed with round-to-nearest-even): on every path
    /// a Half kernel's result is the float kernel's result for the widened inputs, rounded once — bit for bit (any
    /// NaN equals any NaN). The float kernel runs on the same path in the same process, so this holds for
    /// transcendental activations too. Exhaustive over all 65,536 Half inputs for every activation.
    /// </summary>
    public class HalfTests
    {
        public static IEnumerable<object[]> Activations => H.All.Keys.Select(k => new object[] { k });

        private static readonly Half[] AllHalves = Enumerable.Range(0, 65536).Select(i => BitConverter.UInt16BitsToHalf((ushort)i)).ToArray();

        private static float[] Widen(ReadOnlySpan<Half> x)
        {
            var result = new float[x.Length];
            for (int i = 0; i < x.Length; i++) result[i] = (float)x[i];
            return result;
        }

        private static Half[] Narrow(ReadOnlySpan<float> x)
        {
            var result = new Half[x.Length];
            for (int i = 0; i < x.Length; i++) result[i] = (Half)x[i];
            return result;
        }

        [Theory]
        [MemberData(nameof(Activations))]
        public void Every_half_input_gives_the_float_kernel_rounded_once(string name)
        {
            (SpanKernel<Half> half, SpanKernel<float> single) = H.All[name];
            foreach (int offset in new[] { 0, 1 })
            {
                // All 65,536 bit patterns (±0, subnormals, ±Inf, NaNs), from an aligned and a misaligned start.
                Half[] x = new Half[65536 + offset];
                AllHalves.CopyTo(x, offset);
                float[] widened = Widen(x.AsSpan(offset));
                float[] expected = new float[65536];
                single(widened, expected);
                Half[] y = new Half[65536 + offset + 3];
                half(x.AsSpan(offset), y.AsSpan(offset, 65536));
                Bits.AssertEqual<Half>(Narrow(expected), y.AsSpan(offset, 65536), x.AsSpan(offset), $"{name} Half, all inputs, offset {offset}");
                Assert.All(y.Skip(offset + 65536), v => Assert.Equal(0, BitConverter.HalfToUInt16Bits(v)));
            }
        }

        /// <summary>
        /// Half sigmoid and silu run their function's stages or Half's own loop as the machine decides
        /// (<see cref="ActivationDriver.HalfStagesWith64ByteVectors"/>); both must give the float kernel's result rounded
        /// once on every machine.
        /// </summary>
        [Theory]
        [InlineData("sigmoid", true)]
        [InlineData("sigmoid", false)]
        [InlineData("silu", true)]
        [InlineData("silu", false)]
        public void Staged_and_own_loop_alike(string name, bool staged)
        {
            using (DriverFlags.HalfStages(staged))
            {
                Every_half_input_gives_the_float_kernel_rounded_once(name);
                Every_length_offset_and_in_place(name);
            }
        }

        public static IEnumerable<object[]> SelectOnly => H.SelectOnly.Select(k => new object[] { k });

        [Theory]
        [MemberData(nameof(SelectOnly))]
        public void Select_only_kernels_give_the_float_route_bits_NaN_payloads_included(string name)
        {
            // These run on the 16-bit patterns (no conversion): the float route quiets a NaN that passes through
            // (widening keeps the payload, narrowing sets bit 0x0200), and so must they, bit for bit.
            (SpanKernel<Half> half, SpanKernel<float> single) = H.All[name];
            float[] widened = Widen(AllHalves);
            float[] expected = new float[65536];
            single(widened, expected);
            Half[] y = new Half[65536];
            half(AllHalves, y);
            Half[] inPlace = AllHalves.ToArray();
            half(inPlace, inPlace);
            for (int i = 0; i < 65536; i++)
            {
                ushort want = BitConverter.HalfToUInt16Bits((Half)expected[i]);
                Assert.True(want == BitConverter.HalfToUInt16Bits(y[i]), $"{name}: input 0x{i:X4} → expected 0x{want:X4}, got 0x{BitConverter.HalfToUInt16Bits(y[i]):X4} ({Paths.Active})");
                Assert.True(want == BitConverter.HalfToUInt16Bits(inPlace[i]), $"{name} in place: input 0x{i:X4} → expected 0x{want:X4}, got 0x{BitConverter.HalfToUInt16Bits(inPlace[i]):X4} ({Paths.Active})");
            }
        }

        [Theory]
        [MemberData(nameof(Activations))]
        public void Every_length_offset_and_in_place(string name)
        {
            (SpanKernel<Half> half, SpanKernel<float> single) = H.All[name];
            foreach (int length in KernelHarness.Lengths)
            {
                Half[] input = TestData.Values<Half>(length + 8, seed: length);
                foreach (int offset in new[] { 0, 1, 3 })
                {
                    ReadOnlySpan<Half> x = input.AsSpan(offset, length);
                    float[] expected = new float[length];
                    single(Widen(x), expected);
                    Half[] want = Narrow(expected);

                    Half[] destination = Enumerable.Repeat((Half)42f, length + offset + 5).ToArray();
                    half(x, destination.AsSpan(offset, length));
                    Bits.AssertEqual<Half>(want, destination.AsSpan(offset, length), x, $"{name} Half n={length} offset={offset}");
                    Assert.All(destination.Take(offset).Concat(destination.Skip(offset + length)), v => Assert.Equal((Half)42f, v));

                    Half[] inPlace = input.ToArray();
                    half(inPlace.AsSpan(offset, length), inPlace.AsSpan(offset, length));
                    Bits.AssertEqual<Half>(want, inPlace.AsSpan(offset, length), x, $"{name} Half in place n={length} offset={offset}");
                }
            }
        }

        [Fact]
        public void Every_role_element_wise_and_per_channel()
        {
            foreach ((int n, int channels) in Layouts())
            {
                Half[] x = TestData.Values<Half>(n + 1, seed: n)[1..];
                Half[] Role(int seed) => TestData.Values<Half>(channels, seed: seed).Select(v => Half.IsNaN(v) ? (Half)0.5f : v).ToArray();
                Half[] scale = Role(1), bias = Role(2), residual = TestData.Values<Half>(n, seed: 3), alpha = Role(4), multiplier = Role(5);
                var pre = new Half[n];
                var y = new Half[n];
                var preF = new float[n];
                var yF = new float[n];
                H.Everything(x, scale, bias, residual, alpha, multiplier, pre, y);
                H.Everything(Widen(x), Widen(scale), Widen(bias), Widen(residual), Widen(alpha), Widen(multiplier), preF, yF);
                string where = $"n={n} channels={channels}";
                Bits.AssertEqual<Half>(Narrow(yF), y, x, "every role Half y " + where);
                Bits.AssertEqual<Half>(Narrow(preF), pre, x, "every role Half preactivation " + where);

                H.BiasGelu(x, bias, y);
                H.BiasGelu(Widen(x), Widen(bias), yF);
                Bits.AssertEqual<Half>(Narrow(yF), y, x, "bias+gelu Half " + where);

                H.SwiGlu(x, multiplier, y);
                H.SwiGlu(Widen(x), Widen(multiplier), yF);
                Bits.AssertEqual<Half>(Narrow(yF), y, x, "SwiGLU Half " + where);

                // y from the float z, not from the Half preactivation read back: the staged loop's tail would do that.
                H.ScaleBiasSiluPre(x, scale, bias, y, pre);
                H.ScaleBiasSiluPre(Widen(x), Widen(scale), Widen(bias), yF, preF);
                Bits.AssertEqual<Half>(Narrow(yF), y, x, "scale+bias+silu with preactivation Half y " + where);
                Bits.AssertEqual<Half>(Narrow(preF), pre, x, "scale+bias+silu Half preactivation " + where);

                H.BiasRelu(x, bias, y);
                H.BiasRelu(Widen(x), Widen(bias), yF);
                Bits.AssertEqual<Half>(Narrow(yF), y, x, "bias+relu Half " + where);

                H.PreluSpan(x, alpha, y);
                H.PreluSpan(Widen(x), Widen(alpha), yF);
                Bits.AssertEqual<Half>(Narrow(yF), y, x, "prelu α span Half " + where);

                H.ScaleBiasGelu(x, (Half)1.5f, (Half)(-0.25f), y);
                H.ScaleBiasGelu(Widen(x), 1.5f, -0.25f, yF);
                Bits.AssertEqual<Half>(Narrow(yF), y, x, "scale+bias values gelu Half " + where);

                Half[] inPlace = x.ToArray();
                float[] inPlaceF = Widen(x);
                H.BiasReluInPlace(inPlace, bias);
                H.BiasReluInPlace(inPlaceF, Widen(bias));
                Bits.AssertEqual<Half>(Narrow(inPlaceF), inPlace, x, "bias+relu in place Half " + where);

                inPlace = x.ToArray();
                inPlaceF = Widen(x);
                H.GeluInPlace(inPlace);
                H.GeluInPlace(inPlaceF);
                Bits.AssertEqual<Half>(Narrow(inPlaceF), inPlace, x, "gelu in place Half " + where);
            }
        }

        [Fact]
        public void Gradients_and_reductions()
        {
            foreach ((int n, int channels) in Layouts())
            {
                Half[] x = GradientHarness.Inputs<Half>(n, n, smooth: false);
                Half[] dy = GradientHarness.Upstream<Half>(n, n + 1, exactScaling: false);
                Half[] alpha = TestData.Values<Half>(channels, seed: 9).Select(v => Half.IsNaN(v) ? (Half)0.1f : v).ToArray();
                Half[] multiplier = TestData.Values<Half>(n, seed: 10);
                float[] xF = Widen(x), dyF = Widen(dy);
                var dx = new Half[n];
                var dxF = new float[n];
                var reduced = new Half[channels];
                var reducedF = new float[channels];
                string where = $"n={n} channels={channels}";

                H.BiasGeluBackward(x, dy, dx, reduced);
                H.BiasGeluBackward(xF, dyF, dxF, reducedF);
                Bits.AssertEqual<Half>(Narrow(dxF), dx, x, "bias+gelu backward dx Half " + where);
                // dbias is summed in double and rounded once to T: Half rounds that double sum directly, the float
                // kernel to float first, so the two may differ by the second rounding (at most 1 Half ULP).
                Bits.AssertClose<Half>(Narrow(reducedF), reduced, reduced, "bias+gelu backward dbias Half " + where, ulps: 1);

                H.BiasReluBackward(x, dy, dx, reduced);
                H.BiasReluBackward(xF, dyF, dxF, reducedF);
                Bits.AssertEqual<Half>(Narrow(dxF), dx, x, "bias+relu backward dx Half " + where);
                Bits.AssertClose<Half>(Narrow(reducedF), reduced, reduced, "bias+relu backward dbias Half " + where, ulps: 1);

                H.PReluBackward(x, alpha, dy, dx, reduced);
                H.PReluBackward(xF, Widen(alpha), dyF, dxF, reducedF);
                Bits.AssertEqual<Half>(Narrow(dxF), dx, x, "prelu backward dx Half " + where);
                Bits.AssertClose<Half>(Narrow(reducedF), reduced, reduced, "prelu backward dalpha Half " + where, ulps: 1);

                var dm = new Half[n];
                var dmF = new float[n];
                H.SwiGluBackward(x, multiplier, dy, dx, dm);
                H.SwiGluBackward(xF, Widen(multiplier), dyF, dxF, dmF);
                Bits.AssertEqual<Half>(Narrow(dxF), dx, x, "SwiGLU backward dx Half " + where);
                Bits.AssertEqual<Half>(Narrow(dmF), dm, x, "SwiGLU backward dmultiplier Half " + where);

                H.HardSwishBackward(x, dy, dx);
                H.HardSwishBackward(xF, dyF, dxF);
                Bits.AssertEqual<Half>(Narrow(dxF), dx, x, "hard_swish backward Half " + where);

                Half[] inPlace = dy.ToArray();
                float[] inPlaceF = dyF.ToArray();
                H.TanhBackwardInPlace(x, inPlace);
                H.TanhBackwardInPlace(xF, inPlaceF);
                Bits.AssertEqual<Half>(Narrow(inPlaceF), inPlace, x, "tanh backward in place Half " + where);
            }
        }

        [Fact]
        public void Large_calls_stream_and_prefetch_the_same_bits()
        {
            // Past Streaming.ThresholdBytes of Half output (8M elements): the non-temporal store loop, misaligned.
            int n = (16 << 20) / 2 + 37;
            Half[] x = new Half[n + 1];
            for (int i = 0; i < x.Length; i++) x[i] = AllHalves[(i * 7919) & 0xFFFF];
            ReadOnlySpan<Half> input = x.AsSpan(1);
            float[] xF = Widen(input);
            var y = new Half[n + 1];
            var yF = new float[n];
            H.Relu(input, y.AsSpan(1));
            H.Relu(xF, yF);
            Bits.AssertEqual<Half>(Narrow(yF), y.AsSpan(1), input, "relu Half, streaming");
            H.Gelu(input, y.AsSpan(1));
            H.Gelu(xF, yF);
            Bits.AssertEqual<Half>(Narrow(yF), y.AsSpan(1), input, "gelu Half, prefetching");
        }

        [Fact]
        public void HalfVector_round_trips_every_half_and_rounds_like_the_cast()
        {
            // Widening: every Half (a signaling NaN may stay signaling; it is NaN either way).
            for (int i = 0; i < 65536; i += 16)
            {
                var v512 = HalfVector.Load512(ref AllHalves[0], (nuint)i);
                var v256 = HalfVector.Load256(ref AllHalves[0], (nuint)i);
                var v128 = HalfVector.Load128(ref AllHalves[0], (nuint)i);
                for (int k = 0; k < 16; k++)
                {
                    float expected = (float)AllHalves[i + k];
                    Assert.True(Bits.Equal(expected, v512[k]), $"widen 512 0x{i + k:X4}");
                    if (k < 8) Assert.True(Bits.Equal(expected, v256[k]), $"widen 256 0x{i + k:X4}");
                    if (k < 4) Assert.True(Bits.Equal(expected, v128[k]), $"widen 128 0x{i + k:X4}");
                }
            }

            // Narrowing: every Half, the midpoints between neighbours and one float either side of each (the
            // rounding boundaries), overflow past 65504 and NaNs (all 2^32 floats were checked once by a throwaway program, 2026-12-03).
            var floats = new List<float>();
            for (int i = 0; i < 65536; i++)
            {
                float f = (float)AllHalves[i];
                floats.Add(f);
                if (!float.IsFinite(f)) continue;
                float next = (float)BitConverter.UInt16BitsToHalf((ushort)(i + 1));
                if (!float.IsFinite(next) && !float.IsInfinity(next)) continue;
                float mid = (float)(((double)f + next) / 2);
                floats.Add(mid);
                floats.Add(MathF.BitIncrement(mid));
                floats.Add(MathF.BitDecrement(mid));
            }

            floats.AddRange(new[] { 65519.99f, 65520f, 65536f, 1e10f, float.MaxValue, float.Epsilon, 1e-8f, 2.98e-8f, 2.9802322e-8f, float.NaN, BitConverter.UInt32BitsToSingle(0x7F800001), BitConverter.UInt32BitsToSingle(0xFFC12345) });
            floats.AddRange(floats.ToArray().Select(f => -f));
            while (floats.Count % 16 != 0) floats.Add(0f);
            float[] source = floats.ToArray();
            var d512 = new Half[source.Length];
            var d256 = new Half[source.Length];
            var d128 = new Half[source.Length];
            for (int i = 0; i < source.Length; i += 16)
            {
                HalfVector.Store(System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref source[0], (nuint)i), ref d512[0], (nuint)i);
                for (int k = 0; k < 16; k += 8) HalfVector.Store(System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref source[0], (nuint)(i + k)), ref d256[0], (nuint)(i + k));
                for (int k = 0; k < 16; k += 4) HalfVector.Store(System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref source[0], (nuint)(i + k)), ref d128[0], (nuint)(i + k));
            }

            for (int i = 0; i < source.Length; i++)
            {
                ushort expected = BitConverter.HalfToUInt16Bits((Half)source[i]);
                Assert.True(expected == BitConverter.HalfToUInt16Bits(d512[i]), $"narrow 512 0x{BitConverter.SingleToUInt32Bits(source[i]):X8}");
                Assert.True(expected == BitConverter.HalfToUInt16Bits(d256[i]), $"narrow 256 0x{BitConverter.SingleToUInt32Bits(source[i]):X8}");
                Assert.True(expected == BitConverter.HalfToUInt16Bits(d128[i]), $"narrow 128 0x{BitConverter.SingleToUInt32Bits(source[i]):X8}");
            }
        }

        /// <summary>(length, channels): element-wise over 0…300 and per-channel over several channel counts.</summary>
        private static IEnumerable<(int N, int Channels)> Layouts()
        {
            foreach (int n in Enumerable.Range(1, 300).Concat(new[] { 1000, 4099 }))
            {
                yield return (n, n);
            }

            foreach (int channels in new[] { 1, 3, 8, 16, 40, 64, 1000 })
            {
                foreach (int rows in new[] { 1, 2, 5, 17 })
                {
                    yield return (channels * rows, channels);
                }
            }
        }
    }
}

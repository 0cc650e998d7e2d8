using System;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Emit;
using FusedKernels.GeneratorTests.Infrastructure;
using FusedKernels.Generator.Model;

namespace FusedKernels.GeneratorTests
{
    /// <summary>
    /// Which Half kernels run on the bit patterns (<c>SelectsHalfBits</c>): the catalogue's formula decides (only x,
    /// constants, max/min and compare-selects of x with constants), not a list of names; roles, float and gradients keep
    /// the float route. The runtime tests check the bits such kernels give (all 65,536 inputs, every path).
    /// </summary>
    public class HalfSelectTests
    {
        private const string Marker = "public static bool SelectsHalfBits => true;";

        private static string Generate(string declaration)
        {
            var (output, result) = GeneratorHarness.Run(TestSource.Kernels(declaration));
            Assert.Empty(GeneratorHarness.Problems(output));
            return GeneratorHarness.GeneratedSources(result).Values.Single();
        }

        [Fact]
        public void Exactly_the_entries_whose_formula_only_selects_run_on_Half_bits()
        {
            string[] selecting = ActivationCatalogue.Entries
                .Where(e => (e.Types & ElementType.Half) != 0 && e.Alpha != AlphaRole.Required)
                .Where(e => Generate($"[Activation(\"{e.Name}\")] public static partial void K(ReadOnlySpan<Half> x, Span<Half> y);").Contains(Marker))
                .Select(e => e.Name)
                .ToArray();
            Assert.Equal(new[] { "identity", "relu", "relu6", "thresholded_relu", "hard_tanh", "clip" }, selecting);
        }

        [Theory]
        [InlineData("[Activation(\"relu\")] public static partial void K(ReadOnlySpan<float> x, Span<float> y);")]
        [InlineData("[Activation(\"relu\")] public static partial void K(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y);")]
        [InlineData("[Activation(\"relu\")] public static partial void K(ReadOnlySpan<Half> x, Half scale, Span<Half> y);")]
        [InlineData("[Activation(\"relu\")] public static partial void K(ReadOnlySpan<Half> x, ReadOnlySpan<Half> multiplier, Span<Half> y);")]
        [InlineData("[Activation(\"relu\")] public static partial void K(ReadOnlySpan<Half> x, ReadOnlySpan<Half> residual, Span<Half> preactivation, Span<Half> y);")]
        [InlineData("[Activation(\"thresholded_relu\")] public static partial void K(ReadOnlySpan<Half> x, Half alpha, Span<Half> y);")]
        [InlineData("[Activation(\"leaky_relu\", Alpha = 0.5)] public static partial void K(ReadOnlySpan<Half> x, Span<Half> y);")]
        [InlineData("[Activation(\"hard_sigmoid\")] public static partial void K(ReadOnlySpan<Half> x, Span<Half> y);")]
        [InlineData("[ActivationGradient(\"relu\")] public static partial void K(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> dx);")]
        public void Roles_arithmetic_float_and_gradients_keep_the_float_route(string declaration) =>
            Assert.DoesNotContain(Marker, Generate(declaration));

        [Fact]
        public void In_place_select_only_kernels_run_on_Half_bits() =>
            Assert.Contains(Marker, Generate("[Activation(\"relu6\")] public static partial void K(Span<Half> x);"));

        [Fact]
        public void Relu_is_one_range_to_plus_zero()
        {
            // x < 0 among the non-NaN values: −Inf … −(smallest subnormal), bits 0xFC00 … 0x8001 = −1024 … −32767 signed.
            HalfSelectPlan plan = HalfSelectPlan.For(Expr.Max(Expr.Const(0), Expr.X))!;
            HalfSelectPlan.Piece piece = Assert.Single(plan.Pieces);
            Assert.Equal(0, piece.Bits);
            HalfSelectPlan.BitRange range = Assert.Single(piece.Ranges);
            Assert.Equal((-32767, -1024), ((int)range.Lo, (int)range.Hi));
        }

        [Fact]
        public void Arithmetic_and_a_constant_NaN_result_are_not_selections()
        {
            Assert.Null(HalfSelectPlan.For(Expr.Max(Expr.X, Expr.X * Expr.Const(0.5))));
            Assert.Null(HalfSelectPlan.For(Expr.Select(CompareOp.GreaterThan, Expr.X, Expr.Const(0), Expr.X, Expr.Const(1)))); // NaN → 1
        }

        [Fact]
        public void Constants_round_to_Half_as_the_cast_does()
        {
            // Every Half value, the midpoints between neighbours and the floats either side of them, overflow and −0.
            var floats = new System.Collections.Generic.List<float> { -0f, 65519.996f, 65520f, 65536f, 1e10f, float.MaxValue, float.Epsilon, float.PositiveInfinity };
            for (int bits = 0; bits < 0x7C00; bits++)
            {
                float f = (float)BitConverter.UInt16BitsToHalf((ushort)bits);
                float next = (float)BitConverter.UInt16BitsToHalf((ushort)(bits + 1));
                float mid = (float)(((double)f + next) / 2);
                floats.AddRange(new[] { f, mid, MathF.BitIncrement(mid), MathF.BitDecrement(mid) });
            }

            foreach (float f in floats.Concat(floats.Select(v => -v)))
            {
                Assert.True(BitConverter.HalfToUInt16Bits((Half)f) == HalfSelectPlan.HalfBitsOf(f), $"0x{BitConverter.SingleToUInt32Bits(f):X8}");
            }
        }
    }
}

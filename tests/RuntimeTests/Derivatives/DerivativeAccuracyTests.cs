using System;
using System.Linq;
using System.Runtime.Intrinsics;
using FusedKernels.RuntimeTests.VectorMathTests;
using Xunit.Abstractions;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.Derivatives
{
    /// <summary>
    /// Every derivative × float/double × scalar/Vector128/256/512 (the overloads called directly) against the
    /// references on edge values, every binade, the tails, the zeros and dense random inputs. Bounds (docs/activations.md, derivatives):
    /// within 1 ULP (float; float-only derivatives: the bound their dense sweep proves, at most 4, see
    /// <see cref="DerivativeCase.FloatUlp"/>) and 4 ULP (double) of the reference; where the derivative is below half of the
    /// largest term of its formula (the neighbourhood of its zero: silu, gelu, gelu_tanh, mish), the absolute
    /// error instead stays within 4 ULP of that largest term. ULP: ordered-integer distance, subnormal results
    /// in units of the smallest subnormal.
    /// </summary>
    public class DerivativeAccuracyTests
    {
        private static readonly float[] FloatX = DerivativeCases.FloatInputs();
        private static readonly double[] DoubleX = DerivativeCases.DoubleInputs();
        private static readonly double[] DoubleRef = new double[0];
        private readonly ITestOutputHelper _out;

        public DerivativeAccuracyTests(ITestOutputHelper output) => _out = output;

        public static TheoryData<string, int> Cases()
        {
            var d = new TheoryData<string, int>();
            foreach (var c in DerivativeCases.All) for (int p = 0; p < 4; p++) d.Add(c.Name, p);
            return d;
        }

        private static bool Accelerated(int path) => path switch
        {
            1 => Vector128.IsHardwareAccelerated,
            2 => Vector256.IsHardwareAccelerated,
            3 => Vector512.IsHardwareAccelerated,
            _ => true,
        };

        /// <summary>Max relative ULP away from the zero, max error in ULPs of the largest term near it, and where.</summary>
        internal sealed class Stats
        {
            public long Rel, RelAll;
            public double RelAt, Near, NearAt;
            public int NearCount;

            public override string ToString() =>
                $"max {Rel} ULP (at {RelAt:R})" + (NearCount > 0 ? $"; near the zero ({NearCount} inputs): {Near:F2} ULP of the largest term (at {NearAt:R}), {RelAll} ULP relative there" : "");
        }

        internal static Stats MeasureFloat(DerivativeCase c, int path, float[] x)
        {
            float[] y = VectorMathAccuracyTests.Run(c.Float, path, x);
            var s = new Stats();
            for (int i = 0; i < x.Length; i++)
            {
                float r = c.Float.Ref(x[i]);
                long d = Ulp.Distance(y[i], r);
                double big = c.LargestTerm?.Invoke(x[i]) ?? 0;
                if (c.LargestTerm is not null && Math.Abs(r) < 0.5 * big && !float.IsNaN(y[i]))
                {
                    float b = (float)big;
                    double units = Math.Abs((double)y[i] - r) / ((double)MathF.BitIncrement(b) - b);
                    s.NearCount++;
                    s.RelAll = Math.Max(s.RelAll, d);
                    if (units > s.Near) { s.Near = units; s.NearAt = x[i]; }
                }
                else if (d > s.Rel) { s.Rel = d; s.RelAt = x[i]; }
            }
            return s;
        }

        internal static Stats MeasureDouble(DerivativeCase c, int path, double[] x, double[] refs)
        {
            double[] y = VectorMathAccuracyTests.Run(c.Double, path, x);
            var s = new Stats();
            for (int i = 0; i < x.Length; i++)
            {
                double r = refs[i];
                long d = Ulp.Distance(y[i], r);
                double big = c.LargestTerm?.Invoke(x[i]) ?? 0;
                if (c.LargestTerm is not null && Math.Abs(r) < 0.5 * big && !double.IsNaN(y[i]))
                {
                    double units = Math.Abs(y[i] - r) / (Math.BitIncrement(big) - big);
                    s.NearCount++;
                    s.RelAll = Math.Max(s.RelAll, d);
                    if (units > s.Near) { s.Near = units; s.NearAt = x[i]; }
                }
                else if (d > s.Rel) { s.Rel = d; s.RelAt = x[i]; }
            }
            return s;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Float_derivative_within_its_ulp_bound(string name, int path)
        {
            var c = DerivativeCases.All.Single(f => f.Name == name);
            Assert.InRange(c.FloatUlp, 1, 4);          // never looser than 4 ULP (docs/accuracy.md)
            Assert.InRange(c.FloatNearUlp, 0.5, 4);
            Stats s = MeasureFloat(c, path, FloatX);
            _out.WriteLine($"float {name} {MathCases.Paths[path]} (accelerated: {Accelerated(path)}), {FloatX.Length} inputs: {s} (bounds {c.FloatUlp} ULP, {c.FloatNearUlp} near the zero)");
            Assert.True(s.Rel <= c.FloatUlp, $"float {name} on {MathCases.Paths[path]}: {s.Rel} ULP at x = {s.RelAt:R}: got {VectorMathAccuracyTests.Run(c.Float, path, Pad((float)s.RelAt))[0]:R}, reference {c.Float.Ref((float)s.RelAt):R}");
            Assert.True(s.Near <= c.FloatNearUlp, $"float {name} on {MathCases.Paths[path]}: near the zero {s.Near} ULP of the largest term at x = {s.NearAt:R}");
        }

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, double[]> RefCache = new();

        [Theory]
        [MemberData(nameof(Cases))]
        public void Double_derivative_within_4_ulp_of_the_double_double_reference(string name, int path)
        {
            var c = DerivativeCases.All.Single(f => f.Name == name);
            double[] refs = RefCache.GetOrAdd(name, _ => DoubleX.Select(c.Double.Ref).ToArray());
            Stats s = MeasureDouble(c, path, DoubleX, refs);
            _out.WriteLine($"double {name} {MathCases.Paths[path]} (accelerated: {Accelerated(path)}), {DoubleX.Length} inputs: {s}");
            Assert.True(s.Rel <= c.Double.Bound, $"double {name} on {MathCases.Paths[path]}: {s.Rel} ULP at x = {s.RelAt:R}: got {c.Double.Scalar(s.RelAt):R}, reference {c.Double.Ref(s.RelAt):R}");
            Assert.True(s.Near <= 4, $"double {name} on {MathCases.Paths[path]}: near the zero {s.Near} ULP of the largest term at x = {s.NearAt:R}");
        }

        private static float[] Pad(float x)
        {
            var a = new float[16];
            Array.Fill(a, x);
            return a;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Nan_gives_nan_and_infinities_give_the_limits(string name, int path)
        {
            var c = DerivativeCases.All.Single(f => f.Name == name);
            float[] xf = { float.NaN, -float.NaN, BitConverter.Int32BitsToSingle(0x7FC00001), BitConverter.Int32BitsToSingle(unchecked((int)0xFFC12345)), float.PositiveInfinity, float.NegativeInfinity, float.MaxValue, float.MinValue, 0, 0, 0, 0, 0, 0, 0, 0 };
            float[] yf = VectorMathAccuracyTests.Run(c.Float, path, xf);
            double[] xd = { double.NaN, -double.NaN, BitConverter.Int64BitsToDouble(0x7FF8000000000123), BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000F01)), double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue };
            double[] yd = VectorMathAccuracyTests.Run(c.Double, path, xd);
            for (int i = 0; i < 4; i++)
            {
                Assert.True(float.IsNaN(yf[i]), $"float {name}({xf[i]}) = {yf[i]}");
                Assert.True(double.IsNaN(yd[i]), $"double {name}(NaN #{i}) = {yd[i]}");
            }
            for (int i = 4; i < 8; i++)
            {
                Assert.Equal(0, Ulp.Distance(yf[i], c.Float.Ref(xf[i])));
                Assert.Equal(0, Ulp.Distance(yd[i], c.Double.Ref(xd[i])));
                Assert.False(double.IsNaN(yd[i]));
            }
        }

        /// <summary>
        /// The float-only derivatives run one form on every width and the scalar path of a machine (gelu′: the table form where
        /// AVX-512 permutes, the rational form elsewhere; the others: the same reciprocal estimate on every path, vrcp14ss on
        /// the scalar one; CI runs with and without AVX-512), so all four give the same bits.
        /// </summary>
        [Theory]
        [InlineData("gelu")]
        [InlineData("silu")]
        [InlineData("silu(β=1.702)")]
        public void Float_only_derivative_gives_the_same_bits_on_every_path(string name)
        {
            var c = DerivativeCases.All.Single(f => f.Name == name);
            float[] scalar = VectorMathAccuracyTests.Run(c.Float, 0, FloatX);
            for (int path = 1; path < 4; path++)
            {
                float[] y = VectorMathAccuracyTests.Run(c.Float, path, FloatX);
                for (int i = 0; i < FloatX.Length; i++)
                    Assert.True(BitConverter.SingleToInt32Bits(y[i]) == BitConverter.SingleToInt32Bits(scalar[i]) || (float.IsNaN(y[i]) && float.IsNaN(scalar[i])),
                        $"{MathCases.Paths[path]}: {name}′({FloatX[i]:R}) = {y[i]:R}, scalar {scalar[i]:R}");
            }
        }

        /// <summary>
        /// A lane's gelu′ does not depend on its neighbours: the table form falls back to the rational form for whole
        /// vectors that hold a lane with |x| ≥ 4 (or NaN), and selects per lane, so every lane gets its own form's bits.
        /// </summary>
        [Fact]
        public void Float_gelu_derivative_lanes_do_not_depend_on_their_neighbours()
        {
            float[] neighbours = [0.25f, 3.9999998f, 4f, -4f, 7.5f, -9f, float.NaN, float.NegativeInfinity];
            foreach (float x in FloatX)
            {
                int expected = BitConverter.SingleToInt32Bits(VM.GeluDerivative(x));
                foreach (float n in neighbours)
                {
                    var v512 = Vector512.Create(n).WithElement(5, x);
                    var v256 = Vector256.Create(n).WithElement(5, x);
                    var v128 = Vector128.Create(n).WithElement(2, x);
                    foreach (float y in new[] { VM.GeluDerivative(v512)[5], VM.GeluDerivative(v256)[5], VM.GeluDerivative(v128)[2] })
                        Assert.True(BitConverter.SingleToInt32Bits(y) == expected || (float.IsNaN(y) && float.IsNaN(x)),
                            $"gelu′({x:R}) next to {n:R} = {y:R}, alone {BitConverter.Int32BitsToSingle(expected):R}");
                }
            }
        }

        /// <summary>The float gelu′ keeps its digits down into the subnormal range (x² = h + l exactly, one rounding at the end).</summary>
        [Fact]
        public void Float_gelu_derivative_negative_tail_reaches_the_subnormals()
        {
            int subnormal = 0;
            for (float x = -12.5f; x >= -15f; x -= 1f / 1024)
            {
                float r = FusedKernels.Testing.Reference.GeluDerivative(x), y = VM.GeluDerivative(x);
                if (r != 0 && Math.Abs(r) < 1.17549435e-38f) subnormal++;
                Assert.True(Ulp.Distance(y, r) <= 2, $"gelu′({x:R}) = {y:R}, reference {r:R}");
                Assert.True(r == 0 || y != 0, $"gelu′({x:R}) flushed to 0, reference {r:R}");
            }
            Assert.True(subnormal > 1000, $"{subnormal} subnormal results");
            Assert.Equal(0.5f, VM.GeluDerivative(0f));
            Assert.Equal(0.5f, VM.GeluDerivative(-0f));
        }

        [Fact]
        public void Spec_limits_and_kink_conventions()
        {
            Assert.Equal(0f, VM.SigmoidDerivative(float.PositiveInfinity));
            Assert.Equal(0f, VM.SigmoidDerivative(float.NegativeInfinity));
            Assert.Equal(0.25, VM.SigmoidDerivative(0.0));
            Assert.Equal(1.0, VM.TanhDerivative(-0.0));
            Assert.Equal(0.0, VM.TanhDerivative(double.NegativeInfinity));
            Assert.Equal(1.0, VM.GeluDerivative(double.PositiveInfinity));
            Assert.Equal(0.0, VM.GeluDerivative(double.NegativeInfinity));
            Assert.Equal(1f, VM.GeluDerivative(float.PositiveInfinity));
            Assert.Equal(0f, VM.GeluDerivative(float.NegativeInfinity));
            Assert.Equal(0.5, VM.GeluDerivative(0.0));
            Assert.Equal(1.0, VM.SiluDerivative(double.PositiveInfinity, 1.0));
            Assert.Equal(0.0, VM.SiluDerivative(double.NegativeInfinity, 1.0));
            Assert.Equal(0.5f, VM.SiluDerivative(0f, 1f));
            Assert.Equal(0.0, VM.EluDerivative(double.NegativeInfinity, 1.0));
            Assert.Equal(0f, VM.EluDerivative(float.NegativeInfinity, 1f));
            Assert.Equal(0.3, VM.EluDerivative(0.0, 0.3));      // PyTorch: x ≤ 0 → α·eˣ
            Assert.Equal(0.3, VM.EluDerivative(-0.0, 0.3));
            Assert.Equal(1.0, VM.EluDerivative(double.Epsilon, 0.3));
            Assert.Equal(2f, VM.SeluDerivative(1f, 3f, 2f));
            Assert.Equal(6.0, VM.SeluDerivative(0.0, 3.0, 2.0));
            Assert.Equal(1.0, VM.CeluDerivative(0.0, 2.5));
            Assert.Equal(1.0, VM.CeluDerivative(1.0, 2.5));
            Assert.Equal(0.6, VM.MishDerivative(0.0), 15);
            Assert.Equal(1.0, VM.MishDerivative(double.PositiveInfinity));
            Assert.Equal(0.0, VM.MishDerivative(double.NegativeInfinity));
            Assert.Equal(0.5, VM.SoftplusDerivative(0.0, 2.0));
            Assert.Equal(1f, VM.SoftplusDerivative(float.PositiveInfinity, 1f));
            Assert.Equal(0f, VM.SoftplusDerivative(float.NegativeInfinity, 1f));
            Assert.Equal(1.0, VM.GeluTanhDerivative(double.PositiveInfinity));
            Assert.Equal(0.0, VM.GeluTanhDerivative(double.NegativeInfinity));
            // The far negative tail of softplus′ = σ(βx) ≈ e^(βx) is not flushed to 0 early.
            Assert.Equal(Math.Exp(-700.0), VM.SoftplusDerivative(-350.0, 2.0), Math.Exp(-700.0) * 1e-15);
            Assert.True(VM.SoftplusDerivative(-103f, 1f) > 0f);
            Assert.True(VM.SoftplusDerivative(-740.0, 1.0) > 0.0);
        }
    }
}

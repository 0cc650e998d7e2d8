using System;
using System.Linq;
using System.Runtime.Intrinsics;
using Xunit.Abstractions;
using VM = FusedKernels.Runtime.VectorMath;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>
    /// Sampled accuracy of every transcendental activation on every path (the overloads are called directly),
    /// enforcing the bounds that benchmarks/Accuracy proves exhaustively (float) or on 2M samples (double).
    /// </summary>
    public class VectorMathAccuracyTests
    {
        private static readonly float[] FloatX = MathCases.FloatInputs();
        private static readonly double[] DoubleX = MathCases.DoubleInputs();
        private readonly ITestOutputHelper _out;

        public VectorMathAccuracyTests(ITestOutputHelper output) => _out = output;

        public static TheoryData<string, int> FloatCases()
        {
            var d = new TheoryData<string, int>();
            foreach (var c in MathCases.Float) for (int p = 0; p < 4; p++) d.Add(c.Name, p);
            return d;
        }

        public static TheoryData<string, int> DoubleCases()
        {
            var d = new TheoryData<string, int>();
            foreach (var c in MathCases.Double) for (int p = 0; p < 4; p++) d.Add(c.Name, p);
            return d;
        }

        private static bool Accelerated(int path) => path switch
        {
            1 => Vector128.IsHardwareAccelerated,
            2 => Vector256.IsHardwareAccelerated,
            3 => Vector512.IsHardwareAccelerated,
            _ => true,
        };

        internal static float[] Run(FloatFn c, int path, float[] x)
        {
            var y = new float[x.Length];
            switch (path)
            {
                case 0: for (int i = 0; i < x.Length; i++) y[i] = c.Scalar(x[i]); break;
                case 1: for (int i = 0; i < x.Length; i += 4) c.V128(Vector128.Create(x.AsSpan(i, 4))).CopyTo(y, i); break;
                case 2: for (int i = 0; i < x.Length; i += 8) c.V256(Vector256.Create(x.AsSpan(i, 8))).CopyTo(y, i); break;
                default: for (int i = 0; i < x.Length; i += 16) c.V512(Vector512.Create(x.AsSpan(i, 16))).CopyTo(y, i); break;
            }
            return y;
        }

        internal static double[] Run(DoubleFn c, int path, double[] x)
        {
            var y = new double[x.Length];
            switch (path)
            {
                case 0: for (int i = 0; i < x.Length; i++) y[i] = c.Scalar(x[i]); break;
                case 1: for (int i = 0; i < x.Length; i += 2) c.V128(Vector128.Create(x.AsSpan(i, 2))).CopyTo(y, i); break;
                case 2: for (int i = 0; i < x.Length; i += 4) c.V256(Vector256.Create(x.AsSpan(i, 4))).CopyTo(y, i); break;
                default: for (int i = 0; i < x.Length; i += 8) c.V512(Vector512.Create(x.AsSpan(i, 8))).CopyTo(y, i); break;
            }
            return y;
        }

        [Theory]
        [MemberData(nameof(FloatCases))]
        public void Float_within_1_ulp_of_the_reference(string name, int path)
        {
            var c = MathCases.Float.Single(f => f.Name == name);
            float[] y = Run(c, path, FloatX);
            long worst = 0;
            float at = 0;
            for (int i = 0; i < FloatX.Length; i++)
            {
                long d = Ulp.Distance(y[i], c.Ref(FloatX[i]));
                if (d > worst) { worst = d; at = FloatX[i]; }
            }
            _out.WriteLine($"{name} {MathCases.Paths[path]} (accelerated: {Accelerated(path)}): max {worst} ULP at {at:R} over {FloatX.Length} inputs");
            Assert.True(worst <= 1, $"{name} on {MathCases.Paths[path]}: {worst} ULP at x = {at:R} (got {Run(c, path, Pad(at))[0]:R}, reference {c.Ref(at):R})");
        }

        [Theory]
        [MemberData(nameof(DoubleCases))]
        public void Double_within_the_measured_bound_of_the_double_double_reference(string name, int path)
        {
            var c = MathCases.Double.Single(f => f.Name == name);
            double[] y = Run(c, path, DoubleX);
            long worst = 0;
            double at = 0;
            for (int i = 0; i < DoubleX.Length; i++)
            {
                long d = Ulp.Distance(y[i], c.Ref(DoubleX[i]));
                if (d > worst) { worst = d; at = DoubleX[i]; }
            }
            _out.WriteLine($"{name} {MathCases.Paths[path]} (accelerated: {Accelerated(path)}): max {worst} ULP at {at:R} over {DoubleX.Length} inputs");
            Assert.True(c.Bound <= 4);
            Assert.True(worst <= c.Bound, $"{name} on {MathCases.Paths[path]}: {worst} ULP > {c.Bound} at x = {at:R}");
        }

        /// <summary>
        /// The float-only softplus and elu family use no estimate instruction (no vrcp14ps, and vscalefps only where the
        /// two-multiply scaling rounds the same way), so every path gives the scalar path's bits (docs/activations.md).
        /// </summary>
        [Theory]
        [InlineData("softplus")]
        [InlineData("softplus(β=2)")]
        [InlineData("softplus(β=0.5)")]
        [InlineData("elu")]
        [InlineData("elu(α=0.3)")]
        [InlineData("selu")]
        [InlineData("celu")]
        [InlineData("celu(α=2.5)")]
        public void Float_softplus_and_elu_family_give_the_same_bits_on_every_path(string name)
        {
            var c = MathCases.Float.Single(f => f.Name == name);
            float[] scalar = Run(c, 0, FloatX);
            for (int p = 1; p < 4; p++)
            {
                float[] y = Run(c, p, FloatX);
                for (int i = 0; i < FloatX.Length; i++)
                    Assert.True(BitConverter.SingleToInt32Bits(y[i]) == BitConverter.SingleToInt32Bits(scalar[i]) || (float.IsNaN(y[i]) && float.IsNaN(scalar[i])),
                        $"{name}({FloatX[i]:R}) on {MathCases.Paths[p]}: {y[i]:R}, scalar {scalar[i]:R}");
            }
        }

        private static float[] Pad(float x)
        {
            var a = new float[16];
            Array.Fill(a, x);
            return a;
        }

        [Theory]
        [MemberData(nameof(FloatCases))]
        public void Nan_in_gives_nan_out(string name, int path)
        {
            var c = MathCases.Float.Single(f => f.Name == name);
            var x = new float[16];
            Array.Fill(x, float.NaN);
            x[3] = -float.NaN;
            Assert.All(Run(c, path, x), v => Assert.True(float.IsNaN(v)));
            var d = MathCases.Double.FirstOrDefault(f => f.Name == name);
            if (d is null) return;
            var xd = new double[8];
            Array.Fill(xd, double.NaN);
            Assert.All(Run(d, path, xd), v => Assert.True(double.IsNaN(v)));
        }
    }
}

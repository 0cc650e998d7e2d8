using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FusedKernels.RuntimeTests.ByName
{
    /// <summary>
    /// A by-name kernel (<see cref="ActivationKernels.Get{T}"/>, <see cref="ActivationKernels.GetGradient{T}"/>) gives
    /// the bits of the declared kernel with the same attribute values (<see cref="DeclaredCatalogue"/>): every element-wise
    /// activation, float/double/Half, defaults and non-default values of every parameter (α, β, γ, the clip bounds, infinite
    /// ones included), out of place, in place, bias (element-wise and per channel), multiplier, gradient and gradient in
    /// place, at lengths around every vector width. Bits are compared exactly; a NaN result is compared as a NaN, since its
    /// sign and payload come from the compiled code rather than from the kernel's definition (docs/activations.md,
    /// "Special values": one softplus kernel gave −NaN at Tier0 and +NaN once tiered, and once the loops were compiled at
    /// once, by-name and declared kernels' NaN signs sometimes differed between test processes). Run on every vector path
    /// by the CI matrix.
    /// </summary>
    public class ByNameBitIdentityTests
    {
        private static readonly int[] Lengths = { 0, 1, 15, 16, 17, 1000, 4099 };

        // Values where the activations change behaviour (kinks, bounds, thresholds, overflow, specials), then a spread.
        private static readonly double[] Specials =
        {
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, 1e-40, -1e-40, 1e30, -1e30, 70000, -70000,
            -3, 3, 6, 1, -1, 0.7, 0.3, -0.5, 20, -20, 90, -90, 0.5, 1.5, -6, 2.5e-5,
        };

        [Fact]
        public void Float() => Check(DeclaredCatalogue.Single());

        [Fact]
        public void Double() => Check(DeclaredCatalogue.Double());

        [Fact]
        public void Half() => Check(DeclaredCatalogue.Half());

        private static void Check<T>(IEnumerable<Declared<T>> declared)
            where T : struct
        {
            var failures = new List<string>();
            int checkedCount = 0;
            foreach (Declared<T> d in declared)
            {
                string values = $"alpha {d.Alpha?.ToString() ?? "-"}, beta {d.Beta?.ToString() ?? "-"}, gamma {d.Gamma?.ToString() ?? "-"}, min {d.Min?.ToString() ?? "-"}, max {d.Max?.ToString() ?? "-"}";
                var kernels = new List<(string How, ActivationKernel<T> Kernel, ActivationGradientKernel<T> Gradient)>
                {
                    (values, ActivationKernels.Get<T>(d.Name, d.Alpha, d.Beta, d.Gamma, d.Min, d.Max), ActivationKernels.GetGradient<T>(d.Name, d.Alpha, d.Beta, d.Gamma, d.Min, d.Max)),
                };

                if (d.Alpha is null && d.Beta is null && d.Gamma is null && d.Min is null && d.Max is null && d.Name != "prelu")
                {
                    // Every default given explicitly takes the same kernel.
                    IReadOnlyDictionary<string, double> p = ActivationKernels.Get<T>(d.Name).Parameters;
                    double? Default(string name) => p.TryGetValue(name, out double v) ? v : null;
                    kernels.Add(("defaults given", ActivationKernels.Get<T>(d.Name, Default("alpha"), Default("beta"), Default("gamma"), Default("min"), Default("max")),
                        ActivationKernels.GetGradient<T>(d.Name, Default("alpha"), Default("beta"), Default("gamma"), Default("min"), Default("max"))));
                }

                foreach ((string how, ActivationKernel<T> kernel, ActivationGradientKernel<T> gradient) in kernels)
                {
                    Assert.Equal(d.Name, kernel.Name);
                    Assert.Equal(d.Name, gradient.Name);
                    foreach (int n in Lengths)
                    {
                        T[] x = Data<T>(n, 1);
                        T[] other = Data<T>(n, 2);
                        string at = $"{d.Name} ({typeof(T).Name}, {how}) n={n}";
                        Compare(at + " out of place", n, y => d.Plain(x, y), y => kernel.Invoke(x, y));
                        Compare(at + " in place", n, y => { x.CopyTo(y, 0); d.InPlace(y); }, y => { x.CopyTo(y, 0); kernel.Invoke(y.AsSpan()); });
                        Compare(at + " bias", n, y => d.Bias(x, other, y), y => kernel.Invoke(x, other, y));
                        if (n > 0)
                        {
                            T[] channels = other.Take(n % 8 == 0 ? 8 : 1).ToArray();
                            Compare(at + " bias per channel", n, y => d.Bias(x, channels, y), y => kernel.Invoke(x, channels, y));
                        }

                        Compare(at + " multiplier", n, y => d.Gated(x, other, y), y => kernel.InvokeGated(x, other, y));
                        Compare(at + " gradient", n, dx => d.Gradient(x, other, dx), dx => gradient.Invoke(x, other, dx));
                        Compare(at + " gradient in place", n, dy => { other.CopyTo(dy, 0); d.GradientInPlace(x, dy); }, dy => { other.CopyTo(dy, 0); gradient.Invoke(x, dy.AsSpan()); });
                        checkedCount++;
                    }
                }

                void Compare(string what, int n, Action<T[]> expected, Action<T[]> actual)
                {
                    var e = new T[n];
                    var a = new T[n];
                    expected(e);
                    actual(a);
                    for (int i = 0; i < n; i++)
                    {
                        if (Bits(e[i]) != Bits(a[i]) && !(IsNaN(e[i]) && IsNaN(a[i])))
                        {
                            failures.Add($"{what}: element {i} declared {e[i]} (0x{Bits(e[i]):x}), by name {a[i]} (0x{Bits(a[i]):x})");
                            return;
                        }
                    }
                }
            }

            Assert.True(checkedCount > 0);
            Assert.True(failures.Count == 0, failures.Count + " differences, in " +
                string.Join(", ", failures.Select(f => f.Substring(0, f.IndexOf(" n=", StringComparison.Ordinal))).Distinct()) + ":\n" + string.Join("\n", failures.Take(30)));
        }

        internal static T[] Data<T>(int n, int seed)
        {
            var random = new Random(seed * 7919 + n);
            var values = new T[n];
            for (int i = 0; i < n; i++)
            {
                double v = i % 3 == 0 && i / 3 < Specials.Length ? Specials[(i / 3 + seed) % Specials.Length] : (random.NextDouble() - 0.5) * 16;
                values[i] = From<T>(v);
            }

            return values;
        }

        internal static T From<T>(double value) =>
            typeof(T) == typeof(float) ? (T)(object)(float)value
            : typeof(T) == typeof(double) ? (T)(object)value
            : (T)(object)(Half)value;

        private static bool IsNaN<T>(T value) => value switch
        {
            float f => float.IsNaN(f),
            double d => double.IsNaN(d),
            Half h => System.Half.IsNaN(h),
            _ => throw new NotSupportedException(),
        };

        internal static long Bits<T>(T value) => value switch
        {
            float f => BitConverter.SingleToInt32Bits(f),
            double d => BitConverter.DoubleToInt64Bits(d),
            Half h => BitConverter.HalfToInt16Bits(h),
            _ => throw new NotSupportedException(),
        };
    }
}

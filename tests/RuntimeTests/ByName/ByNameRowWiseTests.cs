using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FusedKernels.RuntimeTests.ByName
{
    /// <summary>
    /// Row-wise activations by name (<see cref="ActivationKernels.GetRowWise{T}"/>, <see cref="ActivationKernels.GetRowWiseGradient{T}"/>):
    /// the bits of the declared row-wise kernels (<see cref="DeclaredCatalogue"/>) for softmax and log_softmax, float/double/Half,
    /// every fusion (scale, bias as an element-wise or repeating mask with −∞, both, in place; gradient and in place), at row
    /// lengths around every vector width; and what the lookup refuses.
    /// </summary>
    public class ByNameRowWiseTests
    {
        private static readonly (int Rows, int RowLength)[] Shapes = { (0, 5), (1, 1), (3, 7), (2, 16), (2, 17), (1, 33), (4, 100), (1, 1031) };

        [Fact]
        public void Float() => Check(DeclaredCatalogue.RowWiseSingle(), 0.125f);

        [Fact]
        public void Double() => Check(DeclaredCatalogue.RowWiseDouble(), 0.125);

        [Fact]
        public void Half() => Check(DeclaredCatalogue.RowWiseHalf(), (Half)0.125f);

        [Fact]
        public void The_declared_list_is_every_row_wise_activation()
        {
            Assert.Equal(new[] { "softmax", "log_softmax" }, DeclaredCatalogue.RowWiseSingle().Select(d => d.Name));
        }

        private static void Check<T>(IEnumerable<DeclaredRowWise<T>> declared, T scale)
            where T : struct
        {
            var failures = new List<string>();
            int checkedCount = 0;
            foreach (DeclaredRowWise<T> d in declared)
            {
                RowWiseActivationKernel<T> kernel = ActivationKernels.GetRowWise<T>(d.Name.ToUpperInvariant());
                RowWiseActivationGradientKernel<T> gradient = ActivationKernels.GetRowWiseGradient<T>(d.Name);
                Assert.Equal(d.Name, kernel.Name);
                Assert.Equal(d.Name, gradient.Name);
                foreach ((int rows, int rowLength) in Shapes)
                {
                    int n = rows * rowLength;
                    T[] x = ByNameBitIdentityTests.Data<T>(n, 1);
                    T[] bias = Mask<T>(n, 2);
                    T[] rowBias = bias.Take(Math.Min(n, rowLength)).ToArray();
                    T[] dy = ByNameBitIdentityTests.Data<T>(n, 3);
                    var y = new T[n];
                    d.Plain(x, rowLength, y); // the forward output the gradient reads
                    string at = $"{d.Name} ({typeof(T).Name}) {rows}×{rowLength}";
                    Compare(at + " plain", n, e => d.Plain(x, rowLength, e), a => kernel.Invoke(x, rowLength, a));
                    Compare(at + " scale", n, e => d.Scale(x, scale, rowLength, e), a => kernel.Invoke(x, scale, rowLength, a));
                    Compare(at + " in place", n, e => { x.CopyTo(e, 0); d.InPlace(e, rowLength); }, a => { x.CopyTo(a, 0); kernel.Invoke(a.AsSpan(), rowLength); });
                    if (n > 0)
                    {
                        Compare(at + " bias", n, e => d.Bias(x, bias, rowLength, e), a => kernel.Invoke(x, bias, rowLength, a));
                        Compare(at + " bias per row", n, e => d.Bias(x, rowBias, rowLength, e), a => kernel.Invoke(x, rowBias, rowLength, a));
                        Compare(at + " scale and bias", n, e => d.ScaleBias(x, scale, bias, rowLength, e), a => kernel.Invoke(x, scale, bias, rowLength, a));
                    }

                    Compare(at + " gradient", n, e => d.Gradient(y, dy, rowLength, e), a => gradient.Invoke(y, dy, rowLength, a));
                    Compare(at + " gradient in place", n, e => { dy.CopyTo(e, 0); d.GradientInPlace(y, e, rowLength); }, a => { dy.CopyTo(a, 0); gradient.Invoke(y, a.AsSpan(), rowLength); });
                    checkedCount++;
                }

                void Compare(string what, int n, Action<T[]> expected, Action<T[]> actual)
                {
                    var e = new T[n];
                    var a = new T[n];
                    expected(e);
                    actual(a);
                    for (int i = 0; i < n; i++)
                    {
                        if (ByNameBitIdentityTests.Bits(e[i]) != ByNameBitIdentityTests.Bits(a[i]))
                        {
                            failures.Add($"{what}: element {i} declared {e[i]}, by name {a[i]}");
                            return;
                        }
                    }
                }
            }

            Assert.True(checkedCount > 0);
            Assert.True(failures.Count == 0, failures.Count + " differences:\n" + string.Join("\n", failures.Take(30)));
        }

        // An additive mask: mostly small values, some −∞ (masked out).
        private static T[] Mask<T>(int n, int seed)
        {
            var random = new Random(seed * 31 + n);
            var values = new T[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = ByNameBitIdentityTests.From<T>(i % 5 == 3 ? double.NegativeInfinity : (random.NextDouble() - 0.5) * 4);
            }

            return values;
        }

        [Fact]
        public void Element_wise_and_unknown_names_are_refused_with_what_to_do_instead()
        {
            var elementWise = Assert.Throws<ArgumentException>(() => ActivationKernels.GetRowWise<float>("relu"));
            Assert.Equal("name", elementWise.ParamName);
            Assert.Contains("ActivationKernels.Get", elementWise.Message);
            var unknown = Assert.Throws<ArgumentException>(() => ActivationKernels.GetRowWiseGradient<float>("sofmax"));
            Assert.StartsWith("Unknown activation 'sofmax', did you mean 'softmax'?", unknown.Message);
            Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ActivationKernels.GetRowWise<double>(null!)).ParamName);
            Assert.Throws<NotSupportedException>(() => ActivationKernels.GetRowWise<int>("softmax"));
        }

        [Fact]
        public void Argument_checks_are_the_declared_kernels()
        {
            RowWiseActivationKernel<float> softmax = ActivationKernels.GetRowWise<float>("softmax");
            var rowLength = Assert.Throws<ArgumentException>(() => softmax.Invoke(new float[10], 3, new float[10]));
            Assert.Equal("rowLength", rowLength.ParamName);
            var destination = new float[10];
            Assert.Throws<ArgumentException>(() => softmax.Invoke(new float[10], 5, new float[9]));
            Assert.Throws<ArgumentException>(() => softmax.Invoke(new float[10], new float[3], 5, destination));
            Assert.All(destination, v => Assert.Equal(0f, v)); // nothing written before the checks
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FusedKernels.RuntimeTests.ByName
{
    /// <summary>
    /// Half clip and hard_tanh by name with bounds at run time run on the bit patterns (HalfClamp), as the declared kernels
    /// with folded bounds do: every one of the 65,536 Half inputs (NaN payloads, ±0, subnormals, ±Inf) gives the declared
    /// kernel's bits, for every bound pair the declared catalogue lists, out of place and in place.
    /// </summary>
    public class ByNameHalfClampTests
    {
        [Fact]
        public void Every_Half_input_gives_the_declared_bits()
        {
            Half[] x = Enumerable.Range(0, 65536).Select(i => BitConverter.Int16BitsToHalf(unchecked((short)i))).ToArray();
            var failures = new List<string>();
            int cases = 0;
            foreach (Declared<Half> d in DeclaredCatalogue.Half().Where(d => d.Name is "clip" or "hard_tanh"))
            {
                ActivationKernel<Half> kernel = ActivationKernels.Get<Half>(d.Name, d.Alpha, d.Beta, d.Gamma, d.Min, d.Max);
                var expected = new Half[x.Length];
                var actual = new Half[x.Length];
                d.Plain(x, expected);
                kernel.Invoke(x, actual);
                var inPlace = (Half[])x.Clone();
                kernel.Invoke(inPlace.AsSpan());
                for (int i = 0; i < x.Length; i++)
                {
                    short e = BitConverter.HalfToInt16Bits(expected[i]);
                    if (e != BitConverter.HalfToInt16Bits(actual[i]) || e != BitConverter.HalfToInt16Bits(inPlace[i]))
                    {
                        failures.Add($"{d.Name} min {d.Min?.ToString() ?? "-"} max {d.Max?.ToString() ?? "-"}: x bits 0x{i:x4} declared 0x{e:x4}, by name 0x{BitConverter.HalfToInt16Bits(actual[i]):x4}, in place 0x{BitConverter.HalfToInt16Bits(inPlace[i]):x4}");
                        break;
                    }
                }

                cases++;
            }

            Assert.True(cases >= 20, cases + " cases");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
    }
}

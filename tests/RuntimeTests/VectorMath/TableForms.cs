using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using FusedKernels.Testing;
using Xunit;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>
    /// Checks shared by the float table forms' tests (gelu, softplus, tanh: a polynomial per interval of |x| &lt; 4 and a far form
    /// computed only for vectors that hold a lane beyond, selected per lane).
    /// </summary>
    internal static class TableForms
    {
        /// <summary>Neighbours that put a vector on each side of the form switch, or NaN into it.</summary>
        public static readonly float[] Neighbours = [0.25f, 3.9999998f, 4f, -4f, 7.5f, -9f, 20f, float.NaN, float.NegativeInfinity];

        /// <summary>
        /// A lane's result does not depend on its neighbours: each x alone (scalar) and in lane 5 (2 of Vector128) of a vector
        /// otherwise filled with a neighbour, the same bits on every width (NaN in, any NaN out).
        /// </summary>
        public static void AssertLanesIndependent(FloatFn f, IEnumerable<float> inputs, float[] neighbours)
        {
            foreach (float x in inputs)
            {
                int expected = BitConverter.SingleToInt32Bits(f.Scalar(x));
                foreach (float n in neighbours)
                {
                    float[] lanes = [f.V512(Vector512.Create(n).WithElement(5, x))[5], f.V256(Vector256.Create(n).WithElement(5, x))[5], f.V128(Vector128.Create(n).WithElement(2, x))[2]];
                    foreach (float y in lanes)
                        Assert.True(BitConverter.SingleToInt32Bits(y) == expected || (float.IsNaN(y) && float.IsNaN(x)),
                            $"{f.Name}({x:R}) next to {n:R} = {y:R}, alone {BitConverter.Int32BitsToSingle(expected):R}");
                }
            }
        }

        /// <summary>Every x within 1 ULP of the reference on every path.</summary>
        public static void AssertWithin1Ulp(FloatFn f, float[] x)
        {
            for (int path = 0; path < 4; path++)
            {
                float[] y = VectorMathAccuracyTests.Run(f, path, x);
                for (int i = 0; i < x.Length; i++)
                {
                    float r = f.Ref(x[i]);
                    Assert.True(Ulp.Distance(y[i], r) <= 1, $"{MathCases.Paths[path]}: {f.Name}({x[i]:R}) = {y[i]:R}, reference {r:R}");
                }
            }
        }
    }
}

using System;

namespace FusedKernels.RuntimeTests.RowWise
{
    /// <summary>Rows the row-wise tests run: lengths from 1 to 100,000 around every vector width and block, and the hard shapes of data.</summary>
    internal static class RowWiseData
    {
        public static readonly int[] RowLengths =
        {
            1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 1000, 1024, 1025, 2047, 2048, 2049, 4097, 32768, 100_000,
        };

        public static readonly string[] Kinds = { "random", "wide", "near-equal", "one-dominant", "late-spike", "ascending", "masked" };

        /// <summary>Rows of <paramref name="rowLength"/> (several for short rows) of the given kind, and a mask row (−∞ where masked).</summary>
        public static (float[] X, float[] Mask) Make(string kind, int rowLength, int seed)
        {
            var random = new Random(seed);
            int rows = rowLength >= 4096 ? 1 : rowLength >= 64 ? 3 : 5;
            var x = new float[rows * rowLength];
            for (int i = 0; i < x.Length; i++)
            {
                int j = i % rowLength;
                x[i] = kind switch
                {
                    "random" => (float)(random.NextDouble() * 8 - 4),
                    "wide" => (float)(random.NextDouble() * 400 - 200), // exponents down to e^-100 and below: subnormal and zero results
                    "near-equal" => 3f + (float)(random.NextDouble() * 1e-4),
                    "one-dominant" => j == rowLength / 3 ? 40f : (float)random.NextDouble(),
                    "late-spike" => j == rowLength * 2 / 3 ? 120f : (float)random.NextDouble(), // far above the row's first vectors: e^z would overflow if scaled by their max
                    "ascending" => j * 0.01f - 20f, // the max grows with every block: the sums are rescaled each time
                    _ => (float)(random.NextDouble() * 6 - 3),
                };
            }

            var mask = new float[rowLength];
            for (int j = 0; j < rowLength; j++)
            {
                mask[j] = kind == "masked" && j % 3 != 0 ? float.NegativeInfinity : (float)(random.NextDouble() - 0.5);
            }

            return (x, mask);
        }
    }
}

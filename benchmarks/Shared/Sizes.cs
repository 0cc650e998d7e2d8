using System;
using System.Globalization;

namespace FusedKernels.Benchmarking
{
    /// <summary>
    /// Element counts as the benchmark reports print them (4K, 64K, 16M) and as the benchmark programs' <c>--sizes</c>
    /// and <c>--shapes</c> read them (linked into benchmarks/FusedKernels.Benchmarks, benchmarks/Peers and benchmarks/Compare).
    /// </summary>
    public static class Sizes
    {
        /// <summary>A count in binary K or M when it is a whole number of them (4096 → 4K, 16777216 → 16M).</summary>
        public static string Format(int n) =>
            n >= 1 << 20 && n % (1 << 20) == 0 ? $"{n >> 20}M" : n >= 1 << 10 && n % (1 << 10) == 0 ? $"{n >> 10}K" : n.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// A count (4096), or one with K or M (binary, as <see cref="Format"/> prints them: 4K, 64K, 16M); anything else is
        /// an error that names <paramref name="option"/>.
        /// </summary>
        public static int Parse(string text, string option)
        {
            string t = text.Trim();
            long scale = t.EndsWith('K') || t.EndsWith('k') ? 1 << 10 : t.EndsWith('M') || t.EndsWith('m') ? 1 << 20 : 1;
            string digits = scale == 1 ? t : t[..^1];
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long count) || count <= 0 || count * scale > int.MaxValue)
            {
                throw new ArgumentException($"{option}: '{text}' is not a size; write a count such as 4096 or one with K or M, such as 64K or 16M.");
            }

            return (int)(count * scale);
        }

        /// <summary>A softmax shape of <c>--shapes</c>, total/row length (4K/1024); an error that names it when it is not one.</summary>
        public static (int Total, int RowLength) ParseShape(string shape)
        {
            string[] parts = shape.Split('/');
            if (parts.Length != 2)
            {
                throw new ArgumentException($"--shapes: '{shape}' is not total/row length, such as 4K/1024.");
            }

            int total = Parse(parts[0], "--shapes"), row = Parse(parts[1], "--shapes");
            if (total % row != 0)
            {
                throw new ArgumentException($"--shapes: in '{shape}' the row length does not divide the total.");
            }

            return (total, row);
        }
    }
}

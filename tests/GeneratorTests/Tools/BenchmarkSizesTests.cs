using System;
using FusedKernels.Benchmarking;
using Xunit;

namespace FusedKernels.GeneratorTests.Tools
{
    /// <summary>
    /// The benchmark programs read <c>--sizes</c> and <c>--shapes</c> as their reports print sizes: "--sizes 16M" once threw
    /// an unhandled FormatException, and a softmax shape of "64K/1024" silently ran 16M elements.
    /// </summary>
    public class BenchmarkSizesTests
    {
        [Theory]
        [InlineData("4096", 4096)]
        [InlineData("4K", 4096)]
        [InlineData("64k", 65536)]
        [InlineData("16M", 16 * 1024 * 1024)]
        [InlineData(" 1M ", 1 << 20)]
        public void Reads_counts_and_binary_suffixes(string text, int expected) => Assert.Equal(expected, Sizes.Parse(text, "--sizes"));

        [Theory]
        [InlineData("16X")]
        [InlineData("")]
        [InlineData("K")]
        [InlineData("-4K")]
        [InlineData("0")]
        [InlineData("4096M")]
        public void Rejects_what_is_not_a_size_naming_the_option(string text)
        {
            var e = Assert.Throws<ArgumentException>(() => Sizes.Parse(text, "--sizes"));
            Assert.StartsWith("--sizes: '" + text + "'", e.Message);
        }

        [Theory]
        [InlineData(4096)]
        [InlineData(65536)]
        [InlineData(16 * 1024 * 1024)]
        [InlineData(100_000)]
        [InlineData(1_500_000)]
        public void Reads_back_what_it_prints(int n) => Assert.Equal(n, Sizes.Parse(Sizes.Format(n), "--sizes"));

        [Theory]
        [InlineData("4K/1024", 4096, 1024)]
        [InlineData("64K/1024", 65536, 1024)]
        [InlineData("16M/32K", 16 * 1024 * 1024, 32768)]
        public void Reads_softmax_shapes(string shape, int total, int rowLength) => Assert.Equal((total, rowLength), Sizes.ParseShape(shape));

        [Theory]
        [InlineData("64K")]
        [InlineData("4K/1024/2")]
        [InlineData("4K/3000")]
        [InlineData("4K/x")]
        public void Rejects_what_is_not_a_shape(string shape) =>
            Assert.StartsWith("--shapes: ", Assert.Throws<ArgumentException>(() => Sizes.ParseShape(shape)).Message);
    }
}

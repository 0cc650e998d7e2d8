using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// The drivers' loops (and HalfClamp's) exist once per vector width (as TensorPrimitives writes them): the Vector256
    /// and Vector128 files must be the Vector512 file with the width replaced, so a fix made in one reaches all three.
    /// </summary>
    public class DriverCopiesTests
    {
        [Theory]
        [InlineData("ActivationDriver", "256")]
        [InlineData("ActivationDriver", "128")]
        [InlineData("GradientDriver", "256")]
        [InlineData("GradientDriver", "128")]
        [InlineData("HalfClamp", "256")]
        [InlineData("HalfClamp", "128")]
        public void Width_file_is_the_Vector512_file_with_the_width_replaced(string driver, string width)
        {
            string directory = Path.Combine(RepositoryRoot(), "src", "Runtime", "CompilerServices");
            string wide = File.ReadAllText(Path.Combine(directory, $"{driver}.Vector512.cs"));
            string copy = File.ReadAllText(Path.Combine(directory, $"{driver}.Vector{width}.cs"));
            Assert.Contains("512", wide);
            Assert.Equal(wide.Replace("512", width), copy);
        }

        /// <summary>
        /// The row-wise (softmax) arithmetic is one struct per width in one file, each width's block (from its sum struct's
        /// summary to the next) the Vector512 block with the width replaced; the one intrinsic whose name differs,
        /// vscalefps on narrower vectors, is AVX-512VL's.
        /// </summary>
        [Theory]
        [InlineData("FloatRowMath", "FloatSum")]
        [InlineData("DoubleRowMath", "DoubleSum")]
        public void Row_math_width_blocks_are_the_Vector512_block_with_the_width_replaced(string file, string sumStruct)
        {
            string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Runtime", "RowWise", file + ".cs")).ReplaceLineEndings("\n");
            string Block(string width, string? next)
            {
                int start = text.LastIndexOf("    /// <summary>", text.IndexOf($"internal struct {sumStruct}{width}\n"));
                int end = next is null ? text.LastIndexOf("\n}") : text.LastIndexOf("    /// <summary>", text.IndexOf($"internal struct {sumStruct}{next}\n"));
                Assert.True(start >= 0 && end > start, $"{file}: no {sumStruct}{width} block");
                return text[start..end].TrimEnd();
            }

            string wide = Block("512", "256");
            foreach ((string width, string? next) in new[] { ("256", "128"), ("128", (string?)null) })
            {
                string expected = wide.Replace("512", width).Replace($"Avx{width}F.Scale(", "Avx512F.VL.Scale(");
                Assert.Equal(expected, Block(width, next));
            }
        }

        private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
    }
}

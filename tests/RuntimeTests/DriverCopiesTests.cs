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

        private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
    }
}

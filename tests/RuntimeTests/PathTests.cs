using System;
using System.Runtime.Intrinsics;
using FusedKernels.RuntimeTests.Infrastructure;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// Says which vector path this run exercises, and fails if the CI matrix's environment variables did not
    /// force the path they are meant to (so a misconfigured matrix cannot silently test one path five times).
    /// </summary>
    public class PathTests
    {
        private readonly ITestOutputHelper _output;

        public PathTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Active_path_matches_the_environment()
        {
            _output.WriteLine($"Active vector path: {Paths.Active} (Vector512 {Vector512.IsHardwareAccelerated}, Vector256 {Vector256.IsHardwareAccelerated}, Vector128 {Vector128.IsHardwareAccelerated})");
            Console.WriteLine("FusedKernels active vector path: " + Paths.Active);

            if (Environment.GetEnvironmentVariable("DOTNET_EnableHWIntrinsic") == "0")
            {
                Assert.Equal("scalar", Paths.Active);
            }
            else if (Environment.GetEnvironmentVariable("DOTNET_EnableAVX2") == "0" && System.Runtime.Intrinsics.X86.X86Base.IsSupported)
            {
                Assert.Equal("Vector128", Paths.Active);
            }
            else if (Environment.GetEnvironmentVariable("DOTNET_EnableAVX512") == "0")
            {
                Assert.False(Vector512.IsHardwareAccelerated);
            }
            else if (Environment.GetEnvironmentVariable("DOTNET_PreferredVectorBitWidth") == "512" && System.Runtime.Intrinsics.X86.Avx512F.IsSupported)
            {
                Assert.Equal("Vector512", Paths.Active);
            }
        }
    }
}

using System.Runtime.Intrinsics;

namespace FusedKernels.RuntimeTests.Infrastructure
{
    /// <summary>Which vector path the generated kernels take in this process (the CI matrix forces each one).</summary>
    public static class Paths
    {
        public static string Active =>
            Vector512.IsHardwareAccelerated ? "Vector512" :
            Vector256.IsHardwareAccelerated ? "Vector256" :
            Vector128.IsHardwareAccelerated ? "Vector128" :
            "scalar";
    }
}

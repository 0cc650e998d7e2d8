using System;
using System.Linq;
using System.Reflection;
using FusedKernels.CompilerServices;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// The drivers' stack scratch (wrap-extended role copies, reduction accumulators) is not zeroed on entry
    /// (docs/design.md, "Generated code"): every reader writes the part it reads first, and zeroing the 2 KiB accumulator
    /// scratch, which a kernel with more than about 240 channels does not even use, cost bias + relu backward 6–8% of a
    /// call at 1K and 4K elements.
    /// </summary>
    public class ScratchInitTests
    {
        [Theory]
        [InlineData(typeof(ActivationDriver), "RunExtended")]
        [InlineData(typeof(GradientDriver), "RunWithScratch")]
        public void Scratch_methods_skip_zeroing_their_locals(Type driver, string name)
        {
            MethodInfo method = driver.GetMethods(BindingFlags.NonPublic | BindingFlags.Static).Single(m => m.Name == name);
            Assert.False(method.GetMethodBody()!.InitLocals, $"{driver.Name}.{name} zeroes its locals, its stackalloc scratch included");
        }
    }
}

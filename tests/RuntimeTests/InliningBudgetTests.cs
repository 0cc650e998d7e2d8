using System;
using System.Linq;
using System.Reflection;
using FusedKernels.CompilerServices;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// A generated kernel's <c>Invoke</c> and the drivers' entry points are force-inlined down to the call of one loop
    /// method (docs/design.md, "Generated code"). The JIT refuses a force inline whose estimated cost exceeds what is left
    /// of the root's budget: the root is the user's one-line method (IL 7 bytes for an in-place kernel), whose budget is
    /// 10 × (60 + 3 × 7) and whose headroom stays 9 × 81 = 729 while every inline above is forced, and an inline costs
    /// −14 + 2 × its IL size. A method of more than 371 bytes of IL is then called instead (a driver's Dispatch of 853
    /// bytes was: "inline exceeds budget" in the JIT's inlining events, about 4 ns more per call), so each piece stays
    /// below that.
    /// </summary>
    public class InliningBudgetTests
    {
        private const int LargestInlinedIL = (9 * (60 + 3 * 7) + 14) / 2;

        [Theory]
        [InlineData(typeof(ActivationDriver), "Run")]
        [InlineData(typeof(ActivationDriver), "RunCore")]
        [InlineData(typeof(ActivationDriver), "Read")]
        [InlineData(typeof(ActivationDriver), "Dispatch")]
        [InlineData(typeof(Roles), "ReadAlphaAndMultiplier")]
        [InlineData(typeof(GradientDriver), "Run")]
        [InlineData(typeof(GradientDriver), "RunCore")]
        [InlineData(typeof(GradientDriver), "Read")]
        [InlineData(typeof(GradientDriver), "Dispatch")]
        public void Force_inlined_driver_step_fits_the_budget_of_a_kernel_root(Type driver, string name)
        {
            MethodInfo method = driver.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Single(m => m.Name == name);
            Assert.True((method.MethodImplementationFlags & MethodImplAttributes.AggressiveInlining) != 0, $"{driver.Name}.{name} is not force-inlined");
            int size = method.GetMethodBody()!.GetILAsByteArray()!.Length;
            Assert.True(size <= LargestInlinedIL, $"{driver.Name}.{name} has {size} bytes of IL, more than the {LargestInlinedIL} a kernel's root can inline");
        }
    }
}

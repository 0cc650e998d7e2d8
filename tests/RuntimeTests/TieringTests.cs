using System.Linq;
using System.Reflection;
using FusedKernels.CompilerServices;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// A driver method that only some calls reach, and that has no loop for on-stack replacement to optimize, is
    /// compiled optimized at once (docs/design.md, "Generated code"): reached first long after the process started, the
    /// tiered JIT left <c>AlignY512</c> at Tier0 for the rest of a run, and relu at 4K on equally misaligned buffers took
    /// 140–158 ns instead of 84–87. A proxy for that behaviour (the tiering itself depends on timing), as
    /// <see cref="InliningBudgetTests"/> is for the inlining budget.
    /// </summary>
    public class TieringTests
    {
        [Theory]
        [InlineData("AlignY512")]
        [InlineData("AlignY256")]
        [InlineData("AlignY128")]
        public void Driver_step_reached_by_some_calls_is_optimized_at_once(string name)
        {
            MethodInfo method = typeof(ActivationDriver).GetMethods(BindingFlags.NonPublic | BindingFlags.Static).Single(m => m.Name == name);
            Assert.True((method.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0, $"ActivationDriver.{name} is tiered");
        }
    }
}

using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using FusedKernels.CompilerServices;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// The drivers' methods that are not inlined (the loops, and the steps only some calls reach) are compiled optimized
    /// at once, never tiered (docs/design.md, "Generated code"). Tiered, a gelu kernel at 4K ran at 8 ns per element for
    /// its first 0.4–0.8 s (Tier0, then instrumented code) instead of 0.47, and a BenchmarkDotNet job with two warm-up
    /// iterations measured it there; <c>AlignY512</c>, reached first long after start, stayed at Tier0 for a whole run
    /// (relu at 4K 140–158 ns instead of 84–87). A proxy for that behaviour (the tiering itself depends on timing), as
    /// <see cref="InliningBudgetTests"/> is for the inlining budget.
    /// </summary>
    public class TieringTests
    {
        public static TheoryData<Type> Drivers => new() { typeof(ActivationDriver), typeof(GradientDriver), typeof(HalfClamp) };

        [Theory]
        [MemberData(nameof(Drivers))]
        public void Every_method_the_driver_does_not_inline_is_optimized_at_once(Type driver)
        {
            MethodInfo[] notInlined = driver.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => (m.MethodImplementationFlags & MethodImplAttributes.NoInlining) != 0)
                .ToArray();
            Assert.NotEmpty(notInlined);
            string[] tiered = notInlined
                .Where(m => (m.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) == 0)
                .Select(m => m.Name)
                .ToArray();
            Assert.True(tiered.Length == 0, $"{driver.Name} leaves these to tiering: {string.Join(", ", tiered)}");
        }

        [Theory]
        [InlineData("Math512")]
        [InlineData("Cheap256")]
        [InlineData("AlignY128")]
        public void The_loops_are_among_them(string name)
        {
            MethodInfo[] methods = typeof(ActivationDriver).GetMethods(BindingFlags.NonPublic | BindingFlags.Static).Where(m => m.Name == name).ToArray();
            Assert.NotEmpty(methods);
            Assert.All(methods, m => Assert.Equal(
                MethodImplAttributes.NoInlining | MethodImplAttributes.AggressiveOptimization,
                m.MethodImplementationFlags & (MethodImplAttributes.NoInlining | MethodImplAttributes.AggressiveOptimization)));
        }
    }
}

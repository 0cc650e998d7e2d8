using System;
using System.Linq;
using System.Reflection;
using FusedKernels.CompilerServices;
using Xunit;

namespace FusedKernels.RuntimeTests
{
    /// <summary>
    /// The operands a generated kernel builds go no further than its driver's force-inlined entry (docs/design.md,
    /// "Generated code"): handed to a method that is not inlined, they stay a struct in the kernel's frame that the prolog
    /// zeroes on every call, also on the calls that never reach that method. The paths only some calls take (wrap-extended
    /// roles, reductions) take the roles as read instead; only the split of a <c>Parallel</c> call, which pins the spans
    /// for its blocks, takes the operands.
    /// </summary>
    public class OperandsReachTests
    {
        [Theory]
        [InlineData(typeof(ActivationDriver))]
        [InlineData(typeof(GradientDriver))]
        public void Only_the_parallel_split_takes_the_operands_past_the_inlined_entry(Type driver)
        {
            string[] taking = driver.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => (m.MethodImplementationFlags & MethodImplAttributes.NoInlining) != 0)
                .Where(m => m.GetParameters().Any(p => IsOperands(p.ParameterType)))
                .Select(m => m.Name)
                .Distinct()
                .ToArray();
            Assert.Equal(new[] { "RunBlocks" }, taking);
        }

        private static bool IsOperands(Type type)
        {
            Type t = type.IsByRef ? type.GetElementType()! : type;
            return t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ActivationOperands<,>);
        }
    }
}

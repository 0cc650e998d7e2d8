using System;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>Fusion roles are recognised by parameter name, case-insensitively (docs/design.md, "Shapes and roles").</summary>
    internal static class RoleNames
    {
        public static ParameterRole? Find(string name)
        {
            foreach (ParameterRole role in new[] { ParameterRole.Scale, ParameterRole.Bias, ParameterRole.Residual, ParameterRole.Alpha, ParameterRole.Multiplier, ParameterRole.Preactivation })
            {
                if (string.Equals(name, role.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    return role;
                }
            }

            return null;
        }

        /// <summary>Which value kinds a role accepts in a span kernel: single value, read-only span, writable span.</summary>
        public static (bool Value, bool ReadOnlySpan, bool Span) SpanKernelKinds(ParameterRole role) => role switch
        {
            ParameterRole.Scale or ParameterRole.Bias or ParameterRole.Alpha => (true, true, false),
            ParameterRole.Residual or ParameterRole.Multiplier => (false, true, false),
            ParameterRole.Preactivation => (false, false, true),
            _ => (false, false, false),
        };

        public static string Describe(ParameterRole role) => role switch
        {
            ParameterRole.Scale or ParameterRole.Bias or ParameterRole.Alpha => "T or ReadOnlySpan<T>",
            ParameterRole.Residual or ParameterRole.Multiplier => "ReadOnlySpan<T>",
            ParameterRole.Preactivation => "Span<T>",
            _ => "",
        };
    }
}

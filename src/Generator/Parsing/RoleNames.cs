using System;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>Fusion roles are recognised by parameter name, case-insensitively (docs/design.md, "Shapes and roles").</summary>
    internal static class RoleNames
    {
        private static readonly ParameterRole[] ForwardRoles = { ParameterRole.Scale, ParameterRole.Bias, ParameterRole.Residual, ParameterRole.Alpha, ParameterRole.Multiplier, ParameterRole.Preactivation };

        public static ParameterRole? Find(string name)
        {
            foreach (ParameterRole role in ForwardRoles)
            {
                if (string.Equals(name, role.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    return role;
                }
            }

            return null;
        }

        // Names users bring from elsewhere (GLU papers, PyTorch modules, their own habits) for a role.
        private static readonly (string Name, string Role)[] Synonyms =
        {
            ("b", "bias"), ("beta", "bias"), ("shift", "bias"), ("offset", "bias"), ("mask", "bias"),
            ("gate", "multiplier"), ("up", "multiplier"), ("g", "multiplier"), ("mul", "multiplier"), ("mult", "multiplier"), ("v", "multiplier"),
            ("gain", "scale"), ("gamma", "scale"), ("s", "scale"), ("factor", "scale"),
            ("skip", "residual"), ("shortcut", "residual"), ("identity", "residual"), ("res", "residual"),
            ("slope", "alpha"), ("a", "alpha"), ("negative_slope", "alpha"),
            ("pre", "preactivation"), ("z", "preactivation"), ("preact", "preactivation"),
        };

        /// <summary>The role a misnamed parameter probably means: a known synonym, or a role within two edits; null if none.</summary>
        public static string? Suggest(string name)
        {
            foreach ((string synonym, string role) in Synonyms)
            {
                if (string.Equals(name, synonym, StringComparison.OrdinalIgnoreCase))
                {
                    return role;
                }
            }

            string? best = null;
            int bestDistance = 3;
            foreach (ParameterRole role in ForwardRoles)
            {
                string candidate = role.ToString().ToLowerInvariant();
                if (Math.Abs(candidate.Length - name.Length) < bestDistance && NameSuggester.Distance(name.ToLowerInvariant(), candidate) is int distance && distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
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

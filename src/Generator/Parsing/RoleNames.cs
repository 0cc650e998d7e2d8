using System;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>
    /// Roles are recognised by parameter name, case-insensitively (docs/design.md, "Shapes and roles"): the one table of
    /// those names, for forward and gradient kernels alike.
    /// </summary>
    internal static class RoleNames
    {
        [Flags]
        private enum Kernels
        {
            Forward = 1,
            Gradient = 2,
        }

        // Forward kernels bind only the named fusion roles (their input and destination are positional); gradient
        // kernels bind every parameter by name. Within each kind the order is the one messages list them in.
        private static readonly (string Name, ParameterRole Role, Kernels In)[] Roles =
        {
            ("x", ParameterRole.Input, Kernels.Gradient),
            ("y", ParameterRole.Output, Kernels.Gradient),
            ("dy", ParameterRole.UpstreamGradient, Kernels.Gradient),
            ("dx", ParameterRole.InputGradient, Kernels.Gradient),
            ("scale", ParameterRole.Scale, Kernels.Forward),
            ("bias", ParameterRole.Bias, Kernels.Forward),
            ("residual", ParameterRole.Residual, Kernels.Forward),
            ("alpha", ParameterRole.Alpha, Kernels.Forward | Kernels.Gradient),
            ("multiplier", ParameterRole.Multiplier, Kernels.Forward | Kernels.Gradient),
            ("preactivation", ParameterRole.Preactivation, Kernels.Forward),
            ("dmultiplier", ParameterRole.MultiplierGradient, Kernels.Gradient),
            ("dbias", ParameterRole.BiasGradient, Kernels.Gradient),
            ("dalpha", ParameterRole.AlphaGradient, Kernels.Gradient),
            (RowLength, ParameterRole.RowLength, Kernels.Forward | Kernels.Gradient), // bound first by KernelParser.TryBindRowLength (FK0015)
        };

        /// <summary>The row length of a row-wise kernel (softmax, log_softmax): an int.</summary>
        public const string RowLength = "rowLength";

        /// <summary>The gradient kernel's parameters as FK0004 lists them (x and y are alternatives).</summary>
        public const string GradientList = "x or y, dy, dx, alpha, multiplier, dmultiplier, dbias, dalpha";

        /// <summary>The role a parameter named <paramref name="name"/> has in a forward (or gradient) kernel; null when none.</summary>
        public static ParameterRole? Find(string name, bool gradient = false)
        {
            Kernels kind = gradient ? Kernels.Gradient : Kernels.Forward;
            foreach ((string roleName, ParameterRole role, Kernels usedIn) in Roles)
            {
                if ((usedIn & kind) != 0 && string.Equals(name, roleName, StringComparison.OrdinalIgnoreCase))
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
            foreach ((string candidate, _, Kernels usedIn) in Roles)
            {
                if ((usedIn & Kernels.Forward) != 0 && Math.Abs(candidate.Length - name.Length) < bestDistance &&
                    NameSuggester.Distance(name.ToLowerInvariant(), candidate) is int distance && distance < bestDistance)
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

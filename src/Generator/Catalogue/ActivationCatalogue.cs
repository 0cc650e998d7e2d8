using System;
using System.Collections.Immutable;
using FusedKernels.Generator.Model;
using static FusedKernels.Generator.Catalogue.Expr;

namespace FusedKernels.Generator.Catalogue
{
    /// <summary>
    /// The catalogue of SPEC §3 as data: one entry per activation. Adding an activation means adding an
    /// entry here (and its reference in FusedKernels.Runtime); nothing else in the generator switches on names.
    /// </summary>
    internal static class ActivationCatalogue
    {
        private const ElementType Floating = ElementType.Single | ElementType.Double | ElementType.Half;

        public static readonly ImmutableArray<ActivationEntry> Entries = ImmutableArray.Create(
            new ActivationEntry(
                "identity", "y = x", ElementType.All, AccuracyClass.Exact,
                _ => X,
                aliases: ImmutableArray.Create("linear")),

            new ActivationEntry(
                "relu", "y = x < 0 ? 0 : x", ElementType.All, AccuracyClass.Exact,
                // max(0, x) = 0 > x ? 0 : x: one instruction, keeps −0 and NaN exactly as the formula does.
                _ => Max(Const(0), X)),

            new ActivationEntry(
                "leaky_relu", "y = x > 0 ? x : α·x", Floating, AccuracyClass.Exact,
                LeakyRelu,
                ImmutableArray.Create(new ActivationParameter("Alpha", 0.01)),
                ImmutableArray.Create("lrelu"),
                AlphaRole.Optional),

            new ActivationEntry(
                "prelu", "y = x > 0 ? x : α·x", Floating, AccuracyClass.Exact,
                LeakyRelu,
                alpha: AlphaRole.Required));

        private static Expr LeakyRelu(FormulaArgs args)
        {
            // For a constant 0 < α ≤ 1, max(x, α·x) equals x > 0 ? x : α·x bit for bit (α·x never exceeds a
            // positive x, never falls below a negative one, and NaN/±0/±Inf come out the same), and costs a
            // multiply and a max instead of a multiply, a compare and a blend.
            if (!args.RuntimeAlpha)
            {
                double alpha = args.Value("Alpha");
                if (alpha > 0 && alpha <= 1)
                {
                    return Max(X, X * Const(alpha));
                }
            }

            return Select(CompareOp.GreaterThan, X, Const(0), X, X * args.Operand("Alpha"));
        }

        /// <summary>Finds an entry by name or alias, case-insensitively.</summary>
        public static ActivationEntry? Find(string? name)
        {
            if (name is null)
            {
                return null;
            }

            foreach (ActivationEntry entry in Entries)
            {
                if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return entry;
                }

                foreach (string alias in entry.Aliases)
                {
                    if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return entry;
                    }
                }
            }

            return null;
        }
    }
}

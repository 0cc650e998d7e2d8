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
                "relu6", "y = min(max(x, 0), 6)", ElementType.All, AccuracyClass.Exact,
                // min(6, ·) with the bound first lets NaN through (6 < NaN is false), as the formula does.
                _ => Min(Const(6), Max(Const(0), X))),

            new ActivationEntry(
                "leaky_relu", "y = x > 0 ? x : α·x", Floating, AccuracyClass.Exact,
                LeakyRelu,
                Parameters(("Alpha", 0.01)),
                ImmutableArray.Create("lrelu"),
                AlphaRole.Optional),

            new ActivationEntry(
                "prelu", "y = x > 0 ? x : α·x", Floating, AccuracyClass.Exact,
                LeakyRelu,
                alpha: AlphaRole.Required),

            new ActivationEntry(
                "thresholded_relu", "y = x > α ? x : 0", ElementType.All, AccuracyClass.Exact,
                a => Select(CompareOp.GreaterThan, X, a.Operand("Alpha"), X, Const(0)),
                Parameters(("Alpha", 1.0)),
                alpha: AlphaRole.Optional),

            new ActivationEntry(
                "elu", "y = x > 0 ? x : α·(eˣ − 1)", Floating, AccuracyClass.Transcendental,
                a => a.RuntimeAlpha
                    ? Select(CompareOp.GreaterThan, X, Const(0), X, a.Operand("Alpha") * Call("ExpM1", X))
                    : Call("Elu", X, a.Operand("Alpha")),
                Parameters(("Alpha", 1.0)),
                alpha: AlphaRole.Optional),

            new ActivationEntry(
                "selu", "y = γ·(x > 0 ? x : α·(eˣ − 1))", Floating, AccuracyClass.Transcendental,
                a => a.RuntimeAlpha
                    ? a.Operand("Gamma") * Select(CompareOp.GreaterThan, X, Const(0), X, a.Operand("Alpha") * Call("ExpM1", X))
                    : Call("Selu", X, a.Operand("Alpha"), a.Operand("Gamma")),
                Parameters(("Alpha", 1.6732632423543772), ("Gamma", 1.0507009873554805)),
                alpha: AlphaRole.Optional),

            new ActivationEntry(
                "celu", "y = max(0, x) + min(0, α·(e^(x/α) − 1))", Floating, AccuracyClass.Transcendental,
                a => a.RuntimeAlpha
                    ? Max(Const(0), X) + Min(Const(0), a.Operand("Alpha") * Call("ExpM1", X / a.Operand("Alpha")))
                    : Call("Celu", X, a.Operand("Alpha")),
                ImmutableArray.Create(new ActivationParameter("Alpha", 1.0, MustBeNonZero: true)),
                alpha: AlphaRole.Optional),

            new ActivationEntry(
                "gelu", "y = x·Φ(x) = ½·x·erfc(−x/√2)", Floating, AccuracyClass.Transcendental,
                _ => Call("Gelu", X)),

            new ActivationEntry(
                "gelu_tanh", "y = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))", Floating, AccuracyClass.Transcendental,
                _ => Call("GeluTanh", X)),

            new ActivationEntry(
                "silu", "y = x·σ(β·x)", Floating, AccuracyClass.Transcendental,
                a => Call("Silu", X, a.Operand("Beta")),
                Parameters(("Beta", 1.0)),
                ImmutableArray.Create("swish")),

            new ActivationEntry(
                "mish", "y = x·tanh(softplus(x))", Floating, AccuracyClass.Transcendental,
                _ => Call("Mish", X)),

            new ActivationEntry(
                "sigmoid", "y = 1 / (1 + e^(−x))", Floating, AccuracyClass.Transcendental,
                _ => Call("Sigmoid", X),
                aliases: ImmutableArray.Create("logistic")),

            new ActivationEntry(
                "hard_sigmoid", "y = max(0, min(1, α·x + β))", Floating, AccuracyClass.Exact,
                a => Min(Const(1), Max(Const(0), a.Operand("Alpha") * X + a.Operand("Beta"))),
                Parameters(("Alpha", 1.0 / 6), ("Beta", 0.5)),
                alpha: AlphaRole.Optional),

            new ActivationEntry(
                "tanh", "y = tanh(x)", Floating, AccuracyClass.Transcendental,
                _ => Call("Tanh", X)),

            new ActivationEntry(
                "hard_tanh", "y = min(max(x, Min), Max)", ElementType.All, AccuracyClass.Exact,
                Clip,
                Bounds(-1, 1)),

            new ActivationEntry(
                "clip", "y = min(max(x, Min), Max); an absent bound is no bound", ElementType.All, AccuracyClass.Exact,
                Clip,
                Bounds(double.NegativeInfinity, double.PositiveInfinity),
                ImmutableArray.Create("clamp")),

            new ActivationEntry(
                "hard_swish", "y = x·relu6(x + 3)/6", Floating, AccuracyClass.Exact,
                _ => X * Min(Const(6), Max(Const(0), X + Const(3))) / Const(6)),

            new ActivationEntry(
                "softplus", "y = log(1 + e^(β·x))/β", Floating, AccuracyClass.Transcendental,
                a => Call("Softplus", X, a.Operand("Beta")),
                Parameters(("Beta", 1.0))),

            new ActivationEntry(
                "softsign", "y = x / (1 + |x|); ±1 at ±∞", Floating, AccuracyClass.Exact,
                // x/(1+|x|) is ∞/∞ = NaN at ±∞, whose limit is ±1; NaN still propagates (|NaN| == ∞ is false).
                _ => Select(CompareOp.Equal, Abs(X), Const(double.PositiveInfinity),
                    Select(CompareOp.GreaterThan, X, Const(0), Const(1), Const(-1)),
                    X / (Const(1) + Abs(X)))));

        private static ImmutableArray<ActivationParameter> Parameters(params (string Name, double Default)[] parameters)
        {
            var builder = ImmutableArray.CreateBuilder<ActivationParameter>(parameters.Length);
            foreach ((string name, double value) in parameters)
            {
                builder.Add(new ActivationParameter(name, value));
            }

            return builder.MoveToImmutable();
        }

        private static ImmutableArray<ActivationParameter> Bounds(double min, double max) => ImmutableArray.Create(
            new ActivationParameter("Min", min, IsBound: true),
            new ActivationParameter("Max", max, IsBound: true));

        // min(Max, max(Min, x)): x < Min → Min, x > Max → Max, NaN passes (both compares are false).
        // An infinite bound (clip's "no bound") or an integer type's own extreme bounds nothing and is left out.
        private static Expr Clip(FormulaArgs args)
        {
            double min = args.Value("Min");
            double max = args.Value("Max");
            (double lowest, double highest) = args.Element.IntegerRange();
            Expr result = X;
            if (!double.IsNegativeInfinity(min) && min != lowest)
            {
                result = Max(Const(min), result);
            }

            if (!double.IsPositiveInfinity(max) && max != highest)
            {
                result = Min(Const(max), result);
            }

            return result;
        }

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

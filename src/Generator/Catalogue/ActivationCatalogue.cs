using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FusedKernels.Generator.Model;
using static FusedKernels.Generator.Catalogue.Expr;

namespace FusedKernels.Generator.Catalogue
{
    /// <summary>
    /// The catalogue of docs/activations.md as data: one entry per activation. Adding an activation means adding an
    /// entry here (and its scalar reference in tests/Testing/Reference*.cs); nothing else in the generator switches on names.
    /// </summary>
    internal static class ActivationCatalogue
    {
        private const ElementType Floating = ElementType.Single | ElementType.Double | ElementType.Half;

        public static readonly ImmutableArray<ActivationEntry> Entries = ImmutableArray.Create(
            new ActivationEntry(
                "identity", "y = x", ElementType.All, AccuracyClass.Exact,
                _ => X,
                aliases: ImmutableArray.Create("linear"),
                gradient: _ => Dy,
                gradientFromOutput: _ => Dy,
                derivative: "1"),

            new ActivationEntry(
                "relu", "y = x < 0 ? 0 : x", ElementType.All, AccuracyClass.Exact,
                // max(0, x) = 0 > x ? 0 : x: one instruction, keeps −0 and NaN exactly as the formula does.
                _ => Max(Const(0), X),
                gradient: _ => Select(CompareOp.LessThanOrEqual, X, Const(0), Const(0), Dy),
                gradientFromOutput: _ => Select(CompareOp.LessThanOrEqual, X, Const(0), Const(0), Dy),
                derivative: "x > 0 ? 1 : 0 (relu′(0) = 0; dx = x ≤ 0 ? 0 : dy, so NaN x passes dy, as PyTorch's threshold_backward)"),

            new ActivationEntry(
                "relu6", "y = min(max(x, 0), 6)", ElementType.All, AccuracyClass.Exact,
                // min(6, ·) with the bound first lets NaN through (6 < NaN is false), as the formula does.
                _ => Min(Const(6), Max(Const(0), X)),
                gradient: _ => BetweenBounds(0, 6),
                gradientFromOutput: _ => BetweenBounds(0, 6),
                derivative: "0 < x < 6 ? 1 : 0 (0 at and beyond the bounds)"),

            new ActivationEntry(
                "leaky_relu", "y = x > 0 ? x : α·x", Floating, AccuracyClass.Exact,
                LeakyRelu,
                Parameters(("Alpha", 0.01)),
                ImmutableArray.Create("lrelu"),
                AlphaRole.Optional,
                gradient: a => Select(CompareOp.GreaterThan, X, Const(0), Dy, Dy * a.Operand("Alpha")),
                // y has x's sign only for α > 0.
                gradientFromOutput: a => !a.RuntimeAlpha && a.Value("Alpha") > 0 ? Select(CompareOp.GreaterThan, X, Const(0), Dy, Dy * a.Operand("Alpha")) : null,
                derivative: "x > 0 ? 1 : α (leaky_relu′(0) = α)"),

            new ActivationEntry(
                "prelu", "y = x > 0 ? x : α·x", Floating, AccuracyClass.Exact,
                LeakyRelu,
                alpha: AlphaRole.Required,
                gradient: a => Select(CompareOp.GreaterThan, X, Const(0), Dy, Dy * a.Operand("Alpha")),
                derivative: "x > 0 ? 1 : α; dα = Σ dy·x over x ≤ 0"),

            new ActivationEntry(
                "thresholded_relu", "y = x ≤ α ? 0 : x (NaN propagates)", ElementType.All, AccuracyClass.Exact,
                // Written as x ≤ α ? 0 : x, not x > α ? x : 0: a NaN fails both compares, and must come out NaN.
                a => Select(CompareOp.LessThanOrEqual, X, a.Operand("Alpha"), Const(0), X),
                Parameters(("Alpha", 1.0)),
                alpha: AlphaRole.Optional,
                gradient: a => Select(CompareOp.GreaterThan, X, a.Operand("Alpha"), Dy, Const(0)),
                derivative: "x > α ? 1 : 0"),

            new ActivationEntry(
                "elu", "y = x > 0 ? x : α·(eˣ − 1)", Floating, AccuracyClass.Transcendental,
                a => a.AlphaPerElement
                    ? Select(CompareOp.GreaterThan, X, Const(0), X, a.Operand("Alpha") * Call("ExpM1", X))
                    : Call("Elu", X, a.Operand("Alpha")),
                Parameters(("Alpha", 1.0)),
                alpha: AlphaRole.Optional,
                gradient: a => a.AlphaPerElement
                    ? Select(CompareOp.LessThanOrEqual, X, Const(0), Dy * (a.Operand("Alpha") * Call("Exp", X)), Dy)
                    : Dy * Call("EluDerivative", X, a.Operand("Alpha")),
                gradientFromOutput: a => !a.RuntimeAlpha && a.Value("Alpha") > 0 ? Select(CompareOp.LessThanOrEqual, X, Const(0), Dy * (X + a.Operand("Alpha")), Dy) : null,
                derivative: "x ≤ 0 ? α·eˣ : 1; from y (α > 0): y ≤ 0 ? y + α : 1",
                pipelined: a => !a.AlphaPerElement), // EluStages, α the operation's PipelinedParameter or its runtime value

            new ActivationEntry(
                "selu", "y = γ·(x > 0 ? x : α·(eˣ − 1))", Floating, AccuracyClass.Transcendental,
                a => a.AlphaPerElement
                    ? a.Operand("Gamma") * Select(CompareOp.GreaterThan, X, Const(0), X, a.Operand("Alpha") * Call("ExpM1", X))
                    : Call("Selu", X, a.Operand("Alpha"), a.Operand("Gamma")),
                Parameters(("Alpha", 1.6732632423543772), ("Gamma", 1.0507009873554805)),
                alpha: AlphaRole.Optional,
                gradient: a => a.AlphaPerElement
                    ? Dy * (a.Operand("Gamma") * Select(CompareOp.LessThanOrEqual, X, Const(0), a.Operand("Alpha") * Call("Exp", X), Const(1)))
                    : Dy * Call("SeluDerivative", X, a.Operand("Alpha"), a.Operand("Gamma")),
                gradientFromOutput: a => !a.RuntimeAlpha && !a.IsRuntime("Gamma") && a.Value("Alpha") > 0 && a.Value("Gamma") > 0
                    ? Select(CompareOp.LessThanOrEqual, X, Const(0), Dy * (X + Const(a.Value("Gamma") * a.Value("Alpha"))), Dy * a.Operand("Gamma"))
                    : null,
                derivative: "γ·(x ≤ 0 ? α·eˣ : 1); from y: y ≤ 0 ? y + γα : γ",
                pipelined: a => !a.AlphaPerElement && a.IsDefault("Alpha") && a.IsDefault("Gamma")), // SeluStages holds the defaults as floats

            new ActivationEntry(
                "celu", "y = max(0, x) + min(0, α·(e^(x/α) − 1))", Floating, AccuracyClass.Transcendental,
                a => a.AlphaPerElement
                    ? Max(Const(0), X) + Min(Const(0), a.Operand("Alpha") * Call("ExpM1", X / a.Operand("Alpha")))
                    : Call("Celu", X, a.Operand("Alpha")),
                ImmutableArray.Create(new ActivationParameter("Alpha", 1.0, MustBeNonZero: true)),
                alpha: AlphaRole.Optional,
                gradient: a => a.AlphaPerElement
                    ? Select(CompareOp.LessThanOrEqual, X, Const(0), Dy * Call("Exp", X / a.Operand("Alpha")), Dy)
                    : Dy * Call("CeluDerivative", X, a.Operand("Alpha")),
                gradientFromOutput: a => !a.RuntimeAlpha && a.Value("Alpha") > 0 ? Select(CompareOp.LessThanOrEqual, X, Const(0), Dy * (X / a.Operand("Alpha") + Const(1)), Dy) : null,
                derivative: "x ≤ 0 ? e^(x/α) : 1; from y: y ≤ 0 ? y/α + 1 : 1",
                // CeluStages, α as elu's; α < 0 evaluates in double (a runtime one: the driver checks it)
                pipelined: a => !a.AlphaPerElement && (a.IsRuntime("Alpha") || a.Value("Alpha") > 0)),

            new ActivationEntry(
                "gelu", "y = x·Φ(x) = ½·x·erfc(−x/√2)", Floating, AccuracyClass.Transcendental,
                _ => Call("Gelu", X),
                gradient: _ => Dy * Call("GeluDerivative", X),
                derivative: "Φ(x) + x·φ(x)",
                joint: _ => new JointCall("GeluAndDerivative", (CallExpr)Call("Gelu", X), (CallExpr)Call("GeluDerivative", X)),
                pipelined: _ => true),

            new ActivationEntry(
                "gelu_tanh", "y = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))", Floating, AccuracyClass.Transcendental,
                _ => Call("GeluTanh", X),
                gradient: _ => Dy * Call("GeluTanhDerivative", X),
                derivative: "½(1 + tanh u) + ½x·sech²(u)·√(2/π)(1 + 3·0.044715x²), 1 + tanh u = 2σ(2u) (no cancellation)",
                pipelined: _ => true),

            new ActivationEntry(
                "silu", "y = x·σ(β·x)", Floating, AccuracyClass.Transcendental,
                a => Call("Silu", X, a.Operand("Beta")),
                Parameters(("Beta", 1.0)),
                ImmutableArray.Create("swish"),
                gradient: a => Dy * Call("SiluDerivative", X, a.Operand("Beta")),
                derivative: "σ(βx)·(1 + βx·σ(−βx))",
                joint: a => new JointCall("SiluAndDerivative", (CallExpr)Call("Silu", X, a.Operand("Beta")), (CallExpr)Call("SiluDerivative", X, a.Operand("Beta"))),
                pipelined: _ => true), // SiluStages or SiluWideStages, β the operation's PipelinedParameter or its runtime value

            new ActivationEntry(
                "mish", "y = x·tanh(softplus(x))", Floating, AccuracyClass.Transcendental,
                _ => Call("Mish", X),
                gradient: _ => Dy * Call("MishDerivative", X),
                derivative: "tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x)"),

            new ActivationEntry(
                "sigmoid", "y = 1 / (1 + e^(−x))", Floating, AccuracyClass.Transcendental,
                _ => Call("Sigmoid", X),
                aliases: ImmutableArray.Create("logistic"),
                gradient: _ => Dy * Call("SigmoidDerivative", X),
                gradientFromOutput: _ => Dy * ((Const(1) - X) * X),
                derivative: "σ(x)·σ(−x); from y: y·(1 − y)",
                pipelined: _ => true),

            new ActivationEntry(
                "hard_sigmoid", "y = max(0, min(1, α·x + β))", Floating, AccuracyClass.Exact,
                a => Min(Const(1), Max(Const(0), a.Operand("Alpha") * X + a.Operand("Beta"))),
                Parameters(("Alpha", 1.0 / 6), ("Beta", 0.5)),
                alpha: AlphaRole.Optional,
                // α where 0 < α·x + β < 1 (the same rounding of α·x + β as the forward pass), else 0.
                gradient: a => Select(CompareOp.GreaterThan, a.Operand("Alpha") * X + a.Operand("Beta"), Const(0),
                    Select(CompareOp.LessThan, a.Operand("Alpha") * X + a.Operand("Beta"), Const(1), Dy * a.Operand("Alpha"), Const(0)),
                    Const(0)),
                derivative: "α where 0 < α·x + β < 1, else 0"),

            new ActivationEntry(
                "tanh", "y = tanh(x)", Floating, AccuracyClass.Transcendental,
                _ => Call("Tanh", X),
                gradient: _ => Dy * Call("TanhDerivative", X),
                gradientFromOutput: _ => Dy * ((Const(1) - X) * (Const(1) + X)),
                derivative: "sech²(x) (not 1 − tanh², which cancels); from y: (1 − y)(1 + y)",
                pipelined: _ => true),

            new ActivationEntry(
                "hard_tanh", "y = min(max(x, Min), Max)", ElementType.All, AccuracyClass.Exact,
                Clip,
                Bounds(-1, 1),
                gradient: ClipGradient,
                gradientFromOutput: ClipGradient,
                derivative: "Min < x < Max ? 1 : 0 (0 at and beyond the bounds)"),

            new ActivationEntry(
                "clip", "y = min(max(x, Min), Max); an absent bound is no bound", ElementType.All, AccuracyClass.Exact,
                Clip,
                Bounds(double.NegativeInfinity, double.PositiveInfinity),
                ImmutableArray.Create("clamp"),
                gradient: ClipGradient,
                gradientFromOutput: ClipGradient,
                derivative: "Min < x < Max ? 1 : 0 (0 at and beyond the bounds)"),

            new ActivationEntry(
                "hard_swish", "y = x ≤ −3 ? −0 : x·relu6(x + 3)/6", Floating, AccuracyClass.Exact,
                // x·0 would make hard_swish(−∞) NaN; its limit is −0, which is also what x·0/6 gives for every finite x ≤ −3.
                _ => Select(CompareOp.LessThanOrEqual, X, Const(-3), Const(-0.0), X * Min(Const(6), Max(Const(0), X + Const(3))) / Const(6)),
                gradient: _ => Select(CompareOp.LessThan, X, Const(-3), Const(0),
                    Select(CompareOp.LessThanOrEqual, X, Const(3), Dy * (X / Const(3) + Const(0.5)), Dy)),
                derivative: "x < −3 ? 0 : x ≤ 3 ? x/3 + ½ : 1"),

            new ActivationEntry(
                "softplus", "y = log(1 + e^(β·x))/β", Floating, AccuracyClass.Transcendental,
                a => Call("Softplus", X, a.Operand("Beta")),
                ImmutableArray.Create(new ActivationParameter("Beta", 1.0, MustBeNonZero: true)), // divides by β
                gradient: a => Dy * Call("SoftplusDerivative", X, a.Operand("Beta")),
                derivative: "σ(βx) (accurate in the far negative tail)",
                pipelined: _ => true), // SoftplusStages or SoftplusBetaStages, β the operation's PipelinedParameter or its runtime value

            new ActivationEntry(
                "softsign", "y = x / (1 + |x|); ±1 at ±∞", Floating, AccuracyClass.Exact,
                // x/(1+|x|) is ∞/∞ = NaN at ±∞, whose limit is ±1; NaN still propagates (|NaN| == ∞ is false).
                _ => Select(CompareOp.Equal, Abs(X), Const(double.PositiveInfinity),
                    Select(CompareOp.GreaterThan, X, Const(0), Const(1), Const(-1)),
                    X / (Const(1) + Abs(X))),
                gradient: _ => Dy / ((Const(1) + Abs(X)) * (Const(1) + Abs(X))),
                derivative: "1 / (1 + |x|)²"),

            // Row-wise: the row loops live in FusedKernels.CompilerServices.RowWise; the formulas below are placeholders that no
            // emitter renders (the kernel's own part is its fused pre-activation, x·scale + bias).
            new ActivationEntry(
                "softmax", "y = e^(z − max) / Σ_row e^(z − max), per row of rowLength", Floating, AccuracyClass.Transcendental,
                _ => X,
                gradient: _ => Dy,
                gradientFromOutput: _ => Dy,
                derivative: "from y: dx = y·(dy − Σ_row dy·y)",
                rowWise: true),

            new ActivationEntry(
                "log_softmax", "y = z − max − log Σ_row e^(z − max), per row of rowLength", Floating, AccuracyClass.Transcendental,
                _ => X,
                gradient: _ => Dy,
                gradientFromOutput: _ => Dy,
                derivative: "from y: dx = dy − e^y·Σ_row dy",
                rowWise: true));

        // dy where lower < x < upper, else 0 (PyTorch's hardtanh_backward: 0 at and beyond the bounds; NaN passes dy).
        private static Expr BetweenBounds(double lower, double upper) =>
            Select(CompareOp.LessThanOrEqual, X, Const(lower), Const(0), Select(CompareOp.GreaterThanOrEqual, X, Const(upper), Const(0), Dy));

        // A runtime bound is always applied; "no bound" then arrives as NaN (ActivationKernels passes Min = −∞ and Max = +∞
        // so), for which the compare is false: x ≥ NaN never zeroes dy, where x ≥ +∞ would at x = +∞ (the folded kernel
        // leaves the bound out and passes dy there).
        private static Expr ClipGradient(FormulaArgs args)
        {
            (double lowest, double highest) = args.Element.IntegerRange();
            Expr result = Dy;
            if (args.IsRuntime("Max") || (args.Value("Max") is double max && !double.IsPositiveInfinity(max) && max != highest))
            {
                result = Select(CompareOp.GreaterThanOrEqual, X, args.Operand("Max"), Const(0), result);
            }

            if (args.IsRuntime("Min") || (args.Value("Min") is double min && !double.IsNegativeInfinity(min) && min != lowest))
            {
                result = Select(CompareOp.LessThanOrEqual, X, args.Operand("Min"), Const(0), result);
            }

            return result;
        }

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
        // A bound at its own infinity (Min = −∞, Max = +∞: clip's "no bound") or an integer type's own extreme bounds nothing
        // and is left out. A runtime bound is always applied, the bound first: max(b, x) is b > x ? b : x, which is x bit
        // for bit when b is the NaN that stands for "no bound" at run time (ClipGradient).
        private static Expr Clip(FormulaArgs args)
        {
            (double lowest, double highest) = args.Element.IntegerRange();
            Expr result = X;
            if (args.IsRuntime("Min") || (args.Value("Min") is double min && !double.IsNegativeInfinity(min) && min != lowest))
            {
                result = Max(args.Operand("Min"), result);
            }

            if (args.IsRuntime("Max") || (args.Value("Max") is double max && !double.IsPositiveInfinity(max) && max != highest))
            {
                result = Min(args.Operand("Max"), result);
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
            else if (args.AlphaInUnitInterval)
            {
                return Max(X, X * args.Operand("Alpha")); // the same for a runtime α known to be in (0, 1]
            }

            return Select(CompareOp.GreaterThan, X, Const(0), X, X * args.Operand("Alpha"));
        }

        /// <summary>Every name and alias with its canonical name, for the "did you mean" of an unknown name.</summary>
        public static IEnumerable<(string Candidate, string Canonical)> Candidates
        {
            get
            {
                foreach (ActivationEntry entry in Entries)
                {
                    yield return (entry.Name, entry.Name);
                    foreach (string alias in entry.Aliases)
                    {
                        yield return (alias, entry.Name);
                    }
                }
            }
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

using System;
using System.Collections.Immutable;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Catalogue
{
    /// <summary>One activation of docs/activations.md: everything the parser, analyzer and emitter know about it.</summary>
    internal sealed class ActivationEntry
    {
        public ActivationEntry(
            string name,
            string formula,
            ElementType types,
            AccuracyClass accuracy,
            Func<FormulaArgs, Expr> forward,
            ImmutableArray<ActivationParameter> parameters = default,
            ImmutableArray<string> aliases = default,
            AlphaRole alpha = AlphaRole.None,
            Func<FormulaArgs, Expr>? gradient = null,
            Func<FormulaArgs, Expr?>? gradientFromOutput = null,
            string? derivative = null,
            Func<FormulaArgs, JointCall>? joint = null,
            bool rowWise = false,
            Func<FormulaArgs, bool>? pipelined = null)
        {
            RowWise = rowWise;
            Pipelined = pipelined;
            Joint = joint;
            Gradient = gradient ?? throw new ArgumentNullException(nameof(gradient), name + " needs a derivative");
            GradientFromOutput = gradientFromOutput;
            Derivative = derivative ?? "";
            Name = name;
            Formula = formula;
            Types = types;
            Accuracy = accuracy;
            Forward = forward;
            Parameters = parameters.IsDefault ? ImmutableArray<ActivationParameter>.Empty : parameters;
            Aliases = aliases.IsDefault ? ImmutableArray<string>.Empty : aliases;
            Alpha = alpha;
        }

        /// <summary>The canonical snake_case name.</summary>
        public string Name { get; }

        /// <summary>The formula as the docs and the generated comment state it.</summary>
        public string Formula { get; }

        /// <summary>The element types the activation is defined for.</summary>
        public ElementType Types { get; }

        public AccuracyClass Accuracy { get; }

        /// <summary>Builds the forward formula for one kernel's folded parameters.</summary>
        public Func<FormulaArgs, Expr> Forward { get; }

        /// <summary>The attribute properties the activation reads, with defaults, in a fixed order.</summary>
        public ImmutableArray<ActivationParameter> Parameters { get; }

        public ImmutableArray<string> Aliases { get; }

        public AlphaRole Alpha { get; }

        /// <summary>
        /// The backward formula: dx as a function of x (<see cref="Expr.X"/>) and dy (<see cref="Expr.Dy"/>),
        /// with PyTorch's conventions at the kinks (docs/activations.md, derivatives).
        /// </summary>
        public Func<FormulaArgs, Expr> Gradient { get; }

        /// <summary>
        /// The backward formula from the saved output y (written as <see cref="Expr.X"/>), or null where the
        /// derivative is not a function of the output for these parameters (FK0011).
        /// </summary>
        public Func<FormulaArgs, Expr?>? GradientFromOutput { get; }

        /// <summary>The derivative and its convention, as the docs state it.</summary>
        public string Derivative { get; }

        /// <summary>
        /// A VectorMath function giving f(x) and f′(x) together (sharing their common part), used when a kernel
        /// needs both; null where the two are computed separately.
        /// </summary>
        public Func<FormulaArgs, JointCall>? Joint { get; }

        /// <summary>
        /// A row-wise activation (softmax, log_softmax): each output depends on its whole row, so the kernel is one call
        /// into the runtime's row loops (<c>RowWise</c>), not an element formula; its gradient is taken from the output y.
        /// <see cref="Forward"/> then renders only the fused pre-activation.
        /// </summary>
        public bool RowWise { get; }

        /// <summary>
        /// Whether, for a kernel's parameters, the forward formula's VectorMath function has the two float halves that the
        /// driver pipelines (a <c>PipelinedMath</c> member of the same name, <c>{Function}BeginF</c>/<c>EndF</c>;
        /// docs/design.md, "Pipelined math"); null: never.
        /// </summary>
        public Func<FormulaArgs, bool>? Pipelined { get; }
    }
}

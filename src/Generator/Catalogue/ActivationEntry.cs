using System;
using System.Collections.Immutable;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Catalogue
{
    /// <summary>One activation of SPEC §3: everything the parser, analyzer and emitter know about it.</summary>
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
            AlphaRole alpha = AlphaRole.None)
        {
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
    }
}

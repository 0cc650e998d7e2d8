using System;
using System.Collections.Generic;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Catalogue
{
    /// <summary>
    /// What a formula builder sees: the folded attribute values of one kernel, and whether α comes from
    /// a parameter at run time instead.
    /// </summary>
    internal sealed class FormulaArgs
    {
        private readonly IReadOnlyList<ActivationParameter> _parameters;
        private readonly IReadOnlyList<double> _values;

        public FormulaArgs(IReadOnlyList<ActivationParameter> parameters, IReadOnlyList<double> values, bool runtimeAlpha, ElementType element, bool alphaPerElement = true, bool alphaInUnitInterval = false)
        {
            AlphaInUnitInterval = runtimeAlpha && alphaInUnitInterval;
            _parameters = parameters;
            _values = values;
            RuntimeAlpha = runtimeAlpha;
            AlphaPerElement = runtimeAlpha && alphaPerElement;
            Element = element;
        }

        /// <summary>α is an operand supplied by the <c>alpha</c> parameter, not a constant.</summary>
        public bool RuntimeAlpha { get; }

        /// <summary>
        /// α is a runtime span (per channel or element-wise), so it may differ between lanes. A runtime α that is one value
        /// can be passed where the constant would be (a VectorMath function's scalar parameter), which keeps its kernel's
        /// bits those of the kernel with that constant in its attribute.
        /// </summary>
        public bool AlphaPerElement { get; }

        /// <summary>The runtime α is known to lie in (0, 1] (a by-name kernel chosen for such an α), as a constant α's value would tell.</summary>
        public bool AlphaInUnitInterval { get; }

        /// <summary>The type the formula computes in.</summary>
        public ElementType Element { get; }

        /// <summary>The folded value of an attribute parameter.</summary>
        public double Value(string name)
        {
            for (int i = 0; i < _parameters.Count; i++)
            {
                if (_parameters[i].Name == name)
                {
                    return _values[i];
                }
            }

            throw new InvalidOperationException("The catalogue entry has no parameter " + name + ".");
        }

        /// <summary>The operand for an attribute parameter: a constant, or the runtime α.</summary>
        public Expr Operand(string name) =>
            name == "Alpha" && RuntimeAlpha ? new RoleExpr(ParameterRole.Alpha) : Expr.Const(Value(name));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Catalogue
{
    /// <summary>
    /// What a formula builder sees: the folded attribute values of one kernel, and which parameters come from a
    /// parameter at run time instead (α from an <c>alpha</c> parameter; by-name kernels take every parameter at run time).
    /// </summary>
    internal sealed class FormulaArgs
    {
        private readonly IReadOnlyList<ActivationParameter> _parameters;
        private readonly IReadOnlyList<double> _values;
        private readonly IReadOnlyCollection<string> _runtime;

        public FormulaArgs(IReadOnlyList<ActivationParameter> parameters, IReadOnlyList<double> values, bool runtimeAlpha, ElementType element, bool alphaPerElement = true, bool alphaInUnitInterval = false)
            : this(parameters, values, runtimeAlpha ? new[] { "Alpha" } : Array.Empty<string>(), element, alphaPerElement, alphaInUnitInterval)
        {
        }

        /// <param name="runtime">The attribute parameters (<c>Alpha</c>, <c>Beta</c>, …) that are runtime operands rather than constants.</param>
        public FormulaArgs(IReadOnlyList<ActivationParameter> parameters, IReadOnlyList<double> values, IReadOnlyCollection<string> runtime, ElementType element, bool alphaPerElement = true, bool alphaInUnitInterval = false)
        {
            _parameters = parameters;
            _values = values;
            _runtime = runtime;
            RuntimeAlpha = runtime.Contains("Alpha");
            AlphaInUnitInterval = RuntimeAlpha && alphaInUnitInterval;
            AlphaPerElement = RuntimeAlpha && alphaPerElement;
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

        /// <summary>Whether the attribute parameter <paramref name="name"/> is a runtime operand (then it has no <see cref="Value"/>).</summary>
        public bool IsRuntime(string name) => _runtime.Contains(name);

        /// <summary>The folded value of an attribute parameter; a runtime one has none, and a formula must not branch on it.</summary>
        public double Value(string name)
        {
            if (IsRuntime(name))
            {
                throw new InvalidOperationException(name + " is a runtime operand: a formula that branches on its value must ask IsRuntime first.");
            }

            return _values[IndexOf(name)];
        }

        /// <summary>Whether the attribute parameter <paramref name="name"/> is folded and has its catalogue default.</summary>
        public bool IsDefault(string name)
        {
            if (IsRuntime(name))
            {
                return false;
            }

            int i = IndexOf(name);
            return _values[i] == _parameters[i].Default;
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < _parameters.Count; i++)
            {
                if (_parameters[i].Name == name)
                {
                    return i;
                }
            }

            throw new InvalidOperationException("The catalogue entry has no parameter " + name + ".");
        }

        /// <summary>The operand for an attribute parameter: a constant, or the runtime value of its role.</summary>
        public Expr Operand(string name) =>
            IsRuntime(name) ? new RoleExpr(RoleOf(name)) : Expr.Const(Value(name));

        /// <summary>The role that carries attribute parameter <paramref name="name"/> at run time.</summary>
        public static ParameterRole RoleOf(string name) => name switch
        {
            "Alpha" => ParameterRole.Alpha,
            "Beta" => ParameterRole.Beta,
            "Gamma" => ParameterRole.Gamma,
            "Min" => ParameterRole.Min,
            "Max" => ParameterRole.Max,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not an attribute parameter."),
        };
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// Renders a catalogue <see cref="Expr"/> as C# for one width. The scalar and vector renderings of a node
    /// compute the same function bit for bit (compare + select, x86-semantics max/min from
    /// <c>Simd</c>, plain IEEE arithmetic), which is what keeps piecewise activations
    /// identical on every path.
    /// </summary>
    internal sealed class ExprRenderer
    {
        private const string Simd = RuntimeTypes.Simd;
        private const string VectorMath = RuntimeTypes.VectorMath;

        private readonly ElementType _element;
        private readonly VectorWidth _width;
        private readonly string _input;
        private readonly Func<ParameterRole, string> _roleOperand;
        private readonly string? _dy;
        private readonly IReadOnlyDictionary<Expr, string>? _known;

        /// <param name="element">The type computed in.</param>
        /// <param name="width">Scalar or a vector width.</param>
        /// <param name="input">The expression for the input (already of the width's type).</param>
        /// <param name="roleOperand">The expression for a runtime role operand (already of the width's type).</param>
        /// <param name="dy">The expression for the upstream gradient, in gradient formulas.</param>
        /// <param name="known">Subformulas already computed into locals (rendered as the local's name).</param>
        public ExprRenderer(ElementType element, VectorWidth width, string input, Func<ParameterRole, string> roleOperand, string? dy = null, IReadOnlyDictionary<Expr, string>? known = null)
        {
            _dy = dy;
            _known = known;
            _element = element;
            _width = width;
            _input = input;
            _roleOperand = roleOperand;
        }

        private bool IsScalar => _width == VectorWidth.Scalar;

        public string Render(Expr expr) => _known is not null && _known.TryGetValue(expr, out string? local) ? local : expr switch
        {
            InputExpr => _input,
            UpstreamGradientExpr => _dy ?? throw new InvalidOperationException("dy appears outside a gradient formula."),
            ConstExpr c => Constant(c.Value),
            RoleExpr r => _roleOperand(r.Role),
            BinaryExpr { Op: BinaryOp.Max or BinaryOp.Min } b =>
                $"{Simd}.{b.Op}({Render(b.Left)}, {Render(b.Right)})",
            BinaryExpr b => $"({Render(b.Left)} {Operator(b.Op)} {Render(b.Right)})",
            AbsExpr a => IsScalar ? $"{MathClass}.Abs({Render(a.Operand)})" : $"{_width.StaticType()}.Abs({Render(a.Operand)})",
            FmaExpr f => IsScalar
                ? $"{MathClass}.FusedMultiplyAdd({Render(f.A)}, {Render(f.B)}, {Render(f.C)})"
                : $"{Simd}.MultiplyAdd({Render(f.A)}, {Render(f.B)}, {Render(f.C)})",
            SelectExpr s => IsScalar
                ? $"({Render(s.Left)} {Comparison(s.Op)} {Render(s.Right)} ? {Render(s.WhenTrue)} : {Render(s.WhenFalse)})"
                : $"{_width.StaticType()}.ConditionalSelect({_width.StaticType()}.{VectorComparison(s.Op)}({Render(s.Left)}, {Render(s.Right)}), {Render(s.WhenTrue)}, {Render(s.WhenFalse)})",
            CallExpr call => RenderCall(call.Function, call.Args),
            _ => throw new ArgumentOutOfRangeException(nameof(expr), expr, "Unknown formula node."),
        };

        /// <summary>A call of the VectorMath function <paramref name="function"/> with <paramref name="args"/>.</summary>
        public string RenderCall(string function, IEnumerable<Expr> args) => $"{VectorMath}.{function}({string.Join(", ", args.Select(RenderArgument))})";

        // The first argument of a VectorMath call is the vector operand; the rest are the activation's
        // parameters, which VectorMath takes as scalars of T (constants fold after inlining). A runtime value role
        // there (α of one value) reaches the operation broadcast: its first lane is the value.
        private string RenderArgument(Expr argument, int index) =>
            index > 0 && argument is ConstExpr c ? Literal.Of(c.Value, _element)
            : index > 0 && argument is RoleExpr && !IsScalar ? $"{_width.StaticType()}.ToScalar({Render(argument)})"
            : Render(argument);

        private string Constant(double value)
        {
            string literal = Literal.Of(value, _element);
            return IsScalar ? literal : $"{_width.StaticType()}.Create({literal})";
        }

        private string MathClass => _element == ElementType.Double || _element.IsInteger() ? "global::System.Math" : "global::System.MathF";

        private static string Operator(BinaryOp op) => op switch
        {
            BinaryOp.Add => "+",
            BinaryOp.Subtract => "-",
            BinaryOp.Multiply => "*",
            BinaryOp.Divide => "/",
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };

        private static string VectorComparison(CompareOp op) => op == CompareOp.Equal ? "Equals" : op.ToString();

        private static string Comparison(CompareOp op) => op switch
        {
            CompareOp.GreaterThan => ">",
            CompareOp.LessThan => "<",
            CompareOp.GreaterThanOrEqual => ">=",
            CompareOp.LessThanOrEqual => "<=",
            CompareOp.Equal => "==",
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }
}

using FusedKernels.Generator.Helpers;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Catalogue
{
    /// <summary>
    /// A formula over the activation's input, written once per catalogue entry and rendered by
    /// <see cref="Emit.ExprRenderer"/> for the scalar path and every vector width. Because every path is
    /// rendered from the same tree, piecewise activations are bit-identical across paths by construction.
    /// Every node has a semantics that is the same on every path (see <see cref="BinaryOp"/>).
    /// </summary>
    internal abstract record Expr
    {
        public static readonly Expr X = new InputExpr();

        /// <summary>The upstream gradient <c>dy</c> of a gradient formula (already multiplied by the gate for gated units).</summary>
        public static readonly Expr Dy = new UpstreamGradientExpr();

        public static Expr Const(double value) => new ConstExpr(value);

        public static Expr operator +(Expr a, Expr b) => new BinaryExpr(BinaryOp.Add, a, b);

        public static Expr operator -(Expr a, Expr b) => new BinaryExpr(BinaryOp.Subtract, a, b);

        public static Expr operator *(Expr a, Expr b) => new BinaryExpr(BinaryOp.Multiply, a, b);

        public static Expr operator /(Expr a, Expr b) => new BinaryExpr(BinaryOp.Divide, a, b);

        /// <summary><c>a &gt; b ? a : b</c> (one x86 <c>max</c>; NaN in <paramref name="b"/> wins, ±0 keeps <paramref name="b"/>).</summary>
        public static Expr Max(Expr a, Expr b) => new BinaryExpr(BinaryOp.Max, a, b);

        /// <summary><c>a &lt; b ? a : b</c> (one x86 <c>min</c>).</summary>
        public static Expr Min(Expr a, Expr b) => new BinaryExpr(BinaryOp.Min, a, b);

        public static Expr Abs(Expr a) => new AbsExpr(a);

        /// <summary><c>a·b + c</c> rounded once, on every path (the fused scale + bias step).</summary>
        public static Expr MultiplyAdd(Expr a, Expr b, Expr c) => new FmaExpr(a, b, c);

        /// <summary><c>left op right ? whenTrue : whenFalse</c>.</summary>
        public static Expr Select(CompareOp op, Expr left, Expr right, Expr whenTrue, Expr whenFalse) =>
            new SelectExpr(op, left, right, whenTrue, whenFalse);

        /// <summary>A call into <c>FusedKernels.Runtime.VectorMath</c>, which has scalar and vector overloads.</summary>
        public static Expr Call(string function, params Expr[] args) => new CallExpr(function, args.ToEquatableArray());

        /// <summary>Whether the formula calls a VectorMath function anywhere (a heavy body rather than a few instructions).</summary>
        public static bool HasCall(Expr? expr) => expr switch
        {
            null => false,
            CallExpr => true,
            BinaryExpr b => HasCall(b.Left) || HasCall(b.Right),
            AbsExpr a => HasCall(a.Operand),
            FmaExpr f => HasCall(f.A) || HasCall(f.B) || HasCall(f.C),
            SelectExpr s => HasCall(s.Left) || HasCall(s.Right) || HasCall(s.WhenTrue) || HasCall(s.WhenFalse),
            _ => false,
        };
    }

    /// <summary>The activation's input <c>x</c> (the pre-activation <c>z</c> of a fused kernel).</summary>
    internal sealed record InputExpr : Expr;

    /// <summary>The upstream gradient in a gradient formula.</summary>
    internal sealed record UpstreamGradientExpr : Expr;

    /// <summary>A constant, rendered as a literal of the element type.</summary>
    internal sealed record ConstExpr(double Value) : Expr;

    /// <summary>A runtime operand supplied by a parameter (e.g. <c>alpha</c> as a value or a span element).</summary>
    internal sealed record RoleExpr(ParameterRole Role) : Expr;

    internal sealed record BinaryExpr(BinaryOp Op, Expr Left, Expr Right) : Expr;

    internal sealed record AbsExpr(Expr Operand) : Expr;

    internal sealed record FmaExpr(Expr A, Expr B, Expr C) : Expr;

    internal sealed record SelectExpr(CompareOp Op, Expr Left, Expr Right, Expr WhenTrue, Expr WhenFalse) : Expr;

    internal sealed record CallExpr(string Function, EquatableArray<Expr> Args) : Expr;

    /// <summary>
    /// A VectorMath function that returns <c>(Value, Derivative)</c> from one evaluation, for kernels that need
    /// both (gated backward passes: dmultiplier = dy·f(x), dx = dy·m·f′(x)). <paramref name="Function"/> takes
    /// the arguments of <paramref name="Value"/>; its results replace the calls <paramref name="Value"/> and
    /// <paramref name="Derivative"/> wherever they occur in the forward and gradient formulas.
    /// </summary>
    internal sealed record JointCall(string Function, CallExpr Value, CallExpr Derivative);

    internal enum BinaryOp
    {
        Add,
        Subtract,
        Multiply,
        Divide,
        Max,
        Min,
    }

    internal enum CompareOp
    {
        GreaterThan,
        LessThan,
        GreaterThanOrEqual,
        LessThanOrEqual,
        Equal,
    }
}

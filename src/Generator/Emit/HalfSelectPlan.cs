using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// A Half kernel whose formula only selects between x and constants (x, constants, max, min and compare-selects
    /// of x with constants: no arithmetic on x, no role), worked out as a function of the 16-bit pattern, so that the
    /// driver can run it without converting to float (the runtime's <c>HalfBits</c>, <c>SelectsHalfBits</c>).
    /// </summary>
    /// <remarks>
    /// The catalogue's formula is evaluated, as the float kernel evaluates it (constants rounded to float, comparisons
    /// in float, x86 max/min), at every non-NaN Half value and at NaN. Its result there is either x or a constant; the
    /// float route then rounds the constant to Half and makes a NaN x quiet. Over the signed-integer order of the
    /// bits, the values where the result is a given constant form ranges, and the generated code selects that
    /// constant's Half bits where x's bits lie in one of them, else x. The result is therefore the float kernel's
    /// rounded once, by construction, for constants that Half cannot represent too.
    /// </remarks>
    internal sealed class HalfSelectPlan
    {
        /// <summary>Beyond this many constant pieces the compares cost more than the conversions they save.</summary>
        private const int MaxPieces = 4;

        private const int MaxKey = 0x7C00; // +Inf; −Inf is −MaxKey

        private HalfSelectPlan(IReadOnlyList<Piece> pieces) => Pieces = pieces;

        /// <summary>Where the result is a constant: its Half bits, and the bit ranges (signed order) of x that give it.</summary>
        public IReadOnlyList<Piece> Pieces { get; }

        /// <summary>The plan for <paramref name="plan"/>'s kernel, or null when it is not a Half forward kernel that only selects.</summary>
        public static HalfSelectPlan? For(KernelPlan plan)
        {
            if (plan.Element != ElementType.Half || plan.Spec.IsGradient || plan.Pre is not null || plan.PostRoles.Count != 0 || plan.Preactivation is not null)
            {
                return null;
            }

            return For(plan.Activation);
        }

        /// <summary>
        /// A Half forward kernel whose formula is clip with both bounds at run time (by-name clip and hard_tanh: min(max,
        /// max(min, x))): it runs on the bit patterns too, through the runtime's <c>HalfClamp</c>, which works out the bit
        /// ranges from the bounds once per call.
        /// </summary>
        public static bool IsRuntimeClamp(KernelPlan plan) =>
            plan.Element == ElementType.Half && !plan.Spec.IsGradient && plan.Pre is null && plan.Preactivation is null
            && plan.Find(ParameterRole.Multiplier) is null
            && plan.ValueSlots.Count == 2 && plan.ValueSlots[0].Role == ParameterRole.Min && plan.ValueSlots[1].Role == ParameterRole.Max
            && plan.Activation == Expr.Min(new RoleExpr(ParameterRole.Max), Expr.Max(new RoleExpr(ParameterRole.Min), Expr.X));

        /// <summary>The plan for a formula of x alone, or null when it does arithmetic, reads a role or calls a function.</summary>
        public static HalfSelectPlan? For(Expr formula)
        {
            if (!OnlySelects(formula) || Evaluate(formula, double.NaN) is not { FromX: true })
            {
                return null; // a NaN x must come out as x (made quiet), as in every catalogue entry
            }

            var pieces = new List<Piece>();
            int start = -MaxKey;
            ushort? current = Outcome(formula, -MaxKey);
            for (int key = -MaxKey + 1; key <= MaxKey + 1; key++)
            {
                ushort? outcome = key <= MaxKey ? Outcome(formula, key) : null;
                if (key <= MaxKey && outcome == current)
                {
                    continue;
                }

                if (current is ushort constant)
                {
                    pieces.Add(new Piece(unchecked((short)constant), RawRanges(start, key - 1)));
                }

                start = key;
                current = outcome;
            }

            return pieces.Count > MaxPieces ? null : new HalfSelectPlan(pieces);
        }

        /// <summary>The operation's <c>SelectHalfBits</c> body for one width, of <c>x</c> (the input's bits).</summary>
        public string Render(VectorWidth width)
        {
            string result = "x";
            for (int p = Pieces.Count - 1; p >= 0; p--)
            {
                Piece piece = Pieces[p];
                if (width == VectorWidth.Scalar)
                {
                    string condition = string.Join(" || ", piece.Ranges.Select(r => $"{RuntimeTypes.HalfBits}.InRange(x, {Short(r.Lo)}, {Short(r.Hi)})"));
                    result = $"({condition} ? {Short(piece.Bits)} : {result})";
                }
                else
                {
                    string mask = string.Join(" | ", piece.Ranges.Select(r => $"{RuntimeTypes.HalfBits}.InRange(x, {Short(r.Lo)}, {Short(r.Hi)})"));
                    result = $"{width.StaticType()}.ConditionalSelect({mask}, {width.StaticType()}.Create({Short(piece.Bits)}), {result})";
                }
            }

            return result;
        }

        private static string Short(short value) => "(short)" + (value < 0 ? "(" + value.ToString(CultureInfo.InvariantCulture) + ")" : value.ToString(CultureInfo.InvariantCulture));

        private static bool OnlySelects(Expr e) => e switch
        {
            InputExpr => true,
            ConstExpr c => !double.IsNaN(c.Value),
            BinaryExpr { Op: BinaryOp.Max or BinaryOp.Min } b => OnlySelects(b.Left) && OnlySelects(b.Right),
            SelectExpr s => OnlySelects(s.Left) && OnlySelects(s.Right) && OnlySelects(s.WhenTrue) && OnlySelects(s.WhenFalse),
            _ => false,
        };

        /// <summary>The formula at the Half value of <paramref name="key"/>: null where the result is x, else the constant's Half bits.</summary>
        private static ushort? Outcome(Expr formula, int key)
        {
            Value v = Evaluate(formula, KeyValue(key));
            return v.FromX ? null : HalfBitsOf(v.Number);
        }

        /// <summary>The formula as the float kernel computes it: constants rounded to float, x86 max/min (a &gt; b ? a : b).</summary>
        private static Value Evaluate(Expr e, double x)
        {
            switch (e)
            {
                case InputExpr:
                    return new Value(x, true);
                case ConstExpr c:
                    return new Value((float)c.Value, false);
                case BinaryExpr b:
                {
                    Value left = Evaluate(b.Left, x), right = Evaluate(b.Right, x);
                    return (b.Op == BinaryOp.Max ? left.Number > right.Number : left.Number < right.Number) ? left : right;
                }

                case SelectExpr s:
                    return Compare(s.Op, Evaluate(s.Left, x).Number, Evaluate(s.Right, x).Number) ? Evaluate(s.WhenTrue, x) : Evaluate(s.WhenFalse, x);
                default:
                    throw new InvalidOperationException("not a selection: " + e);
            }
        }

        private static bool Compare(CompareOp op, double a, double b) => op switch
        {
            CompareOp.GreaterThan => a > b,
            CompareOp.LessThan => a < b,
            CompareOp.GreaterThanOrEqual => a >= b,
            CompareOp.LessThanOrEqual => a <= b,
            CompareOp.Equal => a == b,
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };

        /// <summary>
        /// The non-NaN Half values in value order: key k ≥ 0 is the bits k (+0 … +Inf), k &lt; 0 the bits 0x8000 | −k
        /// (−0 shares key 0 with +0: every comparison treats them alike).
        /// </summary>
        private static double KeyValue(int key) => key < 0 ? -HalfMagnitude(-key) : HalfMagnitude(key);

        private static double HalfMagnitude(int bits)
        {
            int exponent = bits >> 10, fraction = bits & 0x3FF;
            return exponent == 31 ? double.PositiveInfinity
                : exponent == 0 ? fraction * Math.Pow(2, -24)
                : (1024 + fraction) * Math.Pow(2, exponent - 25);
        }

        /// <summary>A float value (held exactly in a double) rounded to nearest even Half: its bits.</summary>
        internal static ushort HalfBitsOf(double value)
        {
            ushort sign = (ushort)(value < 0 || (value == 0 && BitConverter.DoubleToInt64Bits(value) < 0) ? 0x8000 : 0);
            double a = Math.Abs(value);
            if (a >= 65520)
            {
                return (ushort)(sign | 0x7C00); // past the midpoint between 65504 and 65536 (and ±Inf): ±Inf
            }

            int exponent = a == 0 ? -14 : Math.Max((int)((BitConverter.DoubleToInt64Bits(a) >> 52) & 0x7FF) - 1023, -14);
            double steps = Math.Round(a * Math.Pow(2, 10 - exponent), MidpointRounding.ToEven); // exact scaling, then the one rounding
            return (ushort)(sign | (((exponent + 15) << 10) + (int)steps - 1024));
        }

        /// <summary>The keys [<paramref name="from"/>, <paramref name="to"/>] as ranges of the bits read as signed 16-bit integers.</summary>
        private static IReadOnlyList<BitRange> RawRanges(int from, int to)
        {
            var ranges = new List<BitRange>(2);
            if (to >= 0)
            {
                ranges.Add(new BitRange((short)Math.Max(from, 0), (short)to)); // +0 … : the bits themselves
            }

            if (from <= 0)
            {
                // Negative keys (and −0): bits 0x8000 | −k, i.e. −32768 − k as signed integers, descending with k.
                ranges.Add(new BitRange((short)(-32768 - Math.Min(to, 0)), (short)(-32768 - from)));
            }

            return ranges;
        }

        private readonly struct Value
        {
            public Value(double number, bool fromX)
            {
                Number = number;
                FromX = fromX;
            }

            public double Number { get; }

            public bool FromX { get; }
        }

        /// <summary>A constant result: its Half bits and where x gives it.</summary>
        internal sealed class Piece
        {
            public Piece(short bits, IReadOnlyList<BitRange> ranges)
            {
                Bits = bits;
                Ranges = ranges;
            }

            public short Bits { get; }

            public IReadOnlyList<BitRange> Ranges { get; }
        }

        /// <summary>An inclusive range of Half bit patterns read as signed 16-bit integers.</summary>
        internal readonly struct BitRange
        {
            public BitRange(short lo, short hi)
            {
                Lo = lo;
                Hi = hi;
            }

            public short Lo { get; }

            public short Hi { get; }
        }
    }
}

using System;
using System.Collections.Generic;

namespace FusedKernels.Generator.Emit.Loops
{
    /// <summary>
    /// The shape of one span kernel's inner loop, independent of what it computes: which spans it reads per
    /// element (at the index, or through a cursor modulo a period for per-channel spans), which values it
    /// broadcasts, which spans it writes per element, and which per-channel sums it accumulates.
    /// <see cref="LoopEmitter"/> turns it into the Vector512/256/128 and scalar loops; forward and gradient
    /// kernels differ only in the model and the body.
    /// </summary>
    internal sealed class LoopModel
    {
        public LoopModel(string element, string compute, string accumulator)
        {
            Element = element;
            Compute = compute;
            Accumulator = accumulator;
        }

        /// <summary>The declared element type (what spans hold).</summary>
        public string Element { get; }

        /// <summary>Whether the spans hold Half: vectors are loaded widened to float and stored narrowed (HalfVector).</summary>
        public bool IsHalf => Element == "global::System.Half";

        /// <summary>The type the body computes in (float for Half).</summary>
        public string Compute { get; }

        /// <summary>The type reductions accumulate in (double for float and Half).</summary>
        public string Accumulator { get; }

        /// <summary>
        /// Whether the main loop is unrolled 4×: yes for cheap bodies (piecewise formulas), where it hides the
        /// loop overhead; no for bodies that call a VectorMath function. Such a body is tens of instructions that
        /// out-of-order execution already overlaps across iterations, and every inlined copy brings ~100 JIT
        /// locals: past 512 locals in one method the JIT stops inlining, and the calls it leaves spill every
        /// vector register (measured: four unrolled copies of gelu′ with dbias ran at twice the cost of one).
        /// </summary>
        public bool Unrolled { get; set; } = true;

        /// <summary>Spans read at the element index.</summary>
        public List<string> Indexed { get; } = new();

        /// <summary>Spans read through a cursor modulo their period (element-wise when the period is n).</summary>
        public List<string> Cycled { get; } = new();

        /// <summary>Single values, broadcast once per call.</summary>
        public List<string> Values { get; } = new();

        /// <summary>Spans written at the element index.</summary>
        public List<string> Writes { get; } = new();

        /// <summary>Per-channel sums: accumulated at a cursor modulo their own period into a wrap-extended buffer.</summary>
        public List<string> Reductions { get; } = new();

        /// <summary>
        /// Writes the statements for one element or vector and returns the expression of every write and
        /// every reduction (by name). Operands are referred to by name through <see cref="LoopBody.Operand"/>.
        /// </summary>
        public Func<LoopBody, IReadOnlyDictionary<string, string>>? Body { get; set; }
    }

    /// <summary>What a body sees for one step of the loop.</summary>
    internal sealed class LoopBody
    {
        private readonly Func<string, string> _operand;
        private readonly List<string> _statements;

        public LoopBody(VectorWidth width, string suffix, Func<string, string> operand, List<string> statements)
        {
            Width = width;
            Suffix = suffix;
            _operand = operand;
            _statements = statements;
        }

        public VectorWidth Width { get; }

        /// <summary>Appended to temporaries so that unrolled steps do not collide.</summary>
        public string Suffix { get; }

        /// <summary>The loaded (or broadcast) value of a read span or a value operand, of the step's type.</summary>
        public string Operand(string name) => _operand(name);

        /// <summary>Declares a temporary of the step's compute type and returns its name.</summary>
        public string Let(string name, string type, string expression)
        {
            _statements.Add($"{type} {name}{Suffix} = {expression};");
            return name + Suffix;
        }

        /// <summary>Declares two temporaries from a tuple-valued expression and returns their names.</summary>
        public (string First, string Second) LetPair(string first, string second, string type, string expression)
        {
            _statements.Add($"({type} {first}{Suffix}, {type} {second}{Suffix}) = {expression};");
            return (first + Suffix, second + Suffix);
        }
    }
}

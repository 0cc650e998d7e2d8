using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Emit.Loops;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// Chooses the widest accelerated vector path that one vector of the input fits (JIT-time constants, so
    /// the other paths cost nothing), calls its loop, runs the cleanup, then writes the loop functions.
    /// </summary>
    internal static class SpanDispatch
    {
        /// <param name="arguments">The call argument(s) for each name of the model (refs, periods, values).</param>
        public static void Emit(IndentedTextWriter w, LoopModel model, ElementType element, IReadOnlyDictionary<string, string> arguments, IReadOnlyList<string>? cleanup = null)
        {
            string args = string.Join(", ", new[] { "__n" }
                .Concat(model.Indexed.Select(n => arguments[n]))
                .Concat(model.Cycled.Select(n => arguments[n]))
                .Concat(model.Values.Select(n => arguments[n]))
                .Concat(model.Writes.Select(n => arguments[n]))
                .Concat(model.Reductions.Select(n => arguments[n])));

            // Half runs every path too: its vectors are loaded widened to float and stored narrowed (HalfVector),
            // so Vector512<float>.Count elements of Half make one step.
            w.WriteLine();
            bool first = true;
            foreach (VectorWidth width in LoopEmitter.Widths)
            {
                w.WriteLine($"{(first ? "if" : "else if")} ({width.StaticType()}.IsHardwareAccelerated && __n >= (global::System.UIntPtr){width.TypeOf(model.Compute)}.Count)");
                w.WriteLine("{");
                w.WriteLine($"    Run{(int)width}({args});");
                w.WriteLine("}");
                first = false;
            }

            w.WriteLine("else");
            w.WriteLine("{");
            w.WriteLine($"    RunScalar({args});");
            w.WriteLine("}");
            foreach (string line in cleanup ?? new List<string>())
            {
                w.WriteLine(line);
            }

            foreach (VectorWidth width in LoopEmitter.Widths)
            {
                w.WriteLine();
                LoopEmitter.EmitVector(w, model, width);
            }

            w.WriteLine();
            LoopEmitter.EmitScalar(w, model, half: element == ElementType.Half);
        }
    }
}

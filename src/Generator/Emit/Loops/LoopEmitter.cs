using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;

namespace FusedKernels.Generator.Emit.Loops
{
    /// <summary>
    /// Writes the loops of a <see cref="LoopModel"/> as local functions <c>Run512</c>, <c>Run256</c>,
    /// <c>Run128</c> and <c>RunScalar</c>, all with the same parameters (<see cref="Parameters"/>).
    /// </summary>
    /// <remarks>
    /// A vector loop is unrolled 4× (unless <see cref="LoopModel.Unrolled"/> says otherwise), then runs single
    /// vectors, then covers the remainder with one last vector ending at the last element. That vector's inputs
    /// are read before anything is written (so it is also correct in place); it is computed and stored after the
    /// loop, and its lanes that the loop already covered are masked out of reductions.
    /// Cycled spans and reductions advance a cursor by <c>w % period</c> per vector, which keeps element-wise
    /// (period = n) and per-channel spans on one code path. Past <c>Streaming.ThresholdBytes</c>, piecewise loops
    /// store non-temporally (<see cref="Streams"/>) and vector-math loops prefetch their inputs.
    /// </remarks>
    internal static class LoopEmitter
    {
        private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
        private const string Broadcast = RuntimeTypes.Broadcast;
        private const string Reductions = RuntimeTypes.Reductions;
        private const string Streaming = RuntimeTypes.Streaming;
        private const string HalfVector = RuntimeTypes.HalfVector;

        public static readonly VectorWidth[] Widths = { VectorWidth.V512, VectorWidth.V256, VectorWidth.V128 };

        /// <summary>The parameter list shared by every Run function, in call order.</summary>
        public static IEnumerable<string> Parameters(LoopModel model)
        {
            string t = model.Element;
            yield return "global::System.UIntPtr n";
            foreach (string name in model.Indexed) yield return $"ref {t} {name}";
            foreach (string name in model.Cycled)
            {
                yield return $"ref {t} {name}";
                yield return $"global::System.UIntPtr {name}Period";
            }

            foreach (string name in model.Values) yield return $"{model.Compute} {name}";
            foreach (string name in model.Writes) yield return $"ref {t} {name}";
            foreach (string name in model.Reductions)
            {
                yield return $"ref {model.Accumulator} {name}";
                yield return $"global::System.UIntPtr {name}Period";
            }
        }

        public static void EmitVector(IndentedTextWriter w, LoopModel model, VectorWidth width)
        {
            string v = width.TypeOf(model.Compute);
            string vs = width.StaticType();
            List<string> cursors = model.Cycled.Concat(model.Reductions).ToList();
            w.WriteLine($"static void Run{(int)width}({string.Join(", ", Parameters(model))})");
            w.WriteLine("{");
            w.Indent++;
            w.WriteLine($"global::System.UIntPtr w = (global::System.UIntPtr){v}.Count;");
            foreach (string name in model.Values)
            {
                w.WriteLine($"{v} {name}V = {vs}.Create({name});");
            }

            foreach (string name in cursors)
            {
                w.WriteLine($"global::System.UIntPtr {name}Step = w % {name}Period; // cursor advance per vector, modulo the period");
            }

            w.WriteLine();
            w.WriteLine("// The inputs of the last (possibly overlapping) vector, read before anything is written: correct in place too.");
            w.WriteLine("global::System.UIntPtr last = n - w;");
            foreach (string name in model.Indexed)
            {
                w.WriteLine($"{v} {name}LastIn = {Load(model, width, name, "last")};");
            }

            foreach (string name in model.Cycled)
            {
                w.WriteLine($"{v} {name}LastIn = {Load(model, width, name, $"last % {name}Period")};");
            }
            w.WriteLine();
            w.WriteLine("global::System.UIntPtr i = 0;");
            foreach (string name in cursors)
            {
                w.WriteLine($"global::System.UIntPtr {name}At = 0;");
            }

            if (Streams(model))
            {
                EmitStreamingLoop(w, model, width, cursors);
            }

            if (model.Unrolled)
            {
                EmitUnrolled(w, model, width, cursors);
            }

            if (!model.Unrolled)
            {
                w.WriteLine($"// A large call's data comes from memory: a compute-bound body gets its input lines fetched ahead (Streaming.PrefetchAhead).");
                w.WriteLine($"bool prefetch = {Streaming}.Pays<{model.Element}>(n);");
            }

            EmitSingleVectorLoop(w, model, width, cursors, "", streaming: false, prefetch: !model.Unrolled);
            w.WriteLine("// The remainder: one vector ending at the last element, computed from the inputs read at the start. It is");
            w.WriteLine("// computed after the loop so that the loop's registers are not taken by its values.");
            w.WriteLine("if (i != n)");
            w.WriteLine("{");
            w.Indent++;
            var statements = new List<string>();
            var lastBody = new LoopBody(width, "Last", name => model.Indexed.Contains(name) || model.Cycled.Contains(name) ? name + "LastIn" : name + "V", statements);
            IReadOnlyDictionary<string, string> lastResults = model.Body!(lastBody);
            foreach (string statement in statements)
            {
                w.WriteLine(statement);
            }

            foreach (string name in model.Writes)
            {
                w.WriteLine(Store(model, width, lastResults[name], name, "last"));
            }

            if (model.Reductions.Count > 0)
            {
                w.WriteLine("// Lanes of the last vector that the loop already covered are left out of the sums.");
                foreach (string name in model.Reductions)
                {
                    w.WriteLine($"{Reductions}.Add(ref {name}, last % {name}Period, {Reductions}.KeepLanesFrom({lastResults[name]}, w - n % w));");
                }
            }

            w.Indent--;
            w.WriteLine("}");
            w.Indent--;
            w.WriteLine("}");
        }

        public static void EmitScalar(IndentedTextWriter w, LoopModel model, bool half)
        {
            List<string> cursors = model.Cycled.Concat(model.Reductions).ToList();
            w.WriteLine($"static void RunScalar({string.Join(", ", Parameters(model))})");
            w.WriteLine("{");
            w.Indent++;
            foreach (string name in cursors)
            {
                w.WriteLine($"global::System.UIntPtr {name}At = 0;");
            }

            w.WriteLine("for (global::System.UIntPtr i = 0; i < n; i++)");
            w.WriteLine("{");
            w.Indent++;
            var statements = new List<string>();
            string Widen(string value) => half ? $"(float){value}" : value;
            var body = new LoopBody(VectorWidth.Scalar, "", name =>
                model.Indexed.Contains(name) ? Widen($"{Unsafe}.Add(ref {name}, i)")
                : model.Cycled.Contains(name) ? Widen($"{Unsafe}.Add(ref {name}, {name}At)")
                : name, statements);
            IReadOnlyDictionary<string, string> results = model.Body!(body);
            foreach (string statement in statements)
            {
                w.WriteLine(statement);
            }

            foreach (string name in model.Writes)
            {
                w.WriteLine($"{Unsafe}.Add(ref {name}, i) = {(half ? $"(global::System.Half)({results[name]})" : results[name])};");
            }

            foreach (string name in model.Reductions)
            {
                w.WriteLine($"{Unsafe}.Add(ref {name}, {name}At) += {results[name]};");
            }

            foreach (string name in cursors)
            {
                w.WriteLine($"{name}At = {Broadcast}.Next({name}At, 1, {name}Period);");
            }

            w.Indent--;
            w.WriteLine("}");
            w.Indent--;
            w.WriteLine("}");
        }

        /// <summary>The main loop, four vectors per iteration.</summary>
        private static void EmitUnrolled(IndentedTextWriter w, LoopModel model, VectorWidth width, List<string> cursors)
        {
            w.WriteLine("for (; i + 4 * w <= n; i += 4 * w)");
            w.WriteLine("{");
            w.Indent++;
            for (int k = 0; k < 4; k++)
            {
                foreach (string name in cursors)
                {
                    w.WriteLine(k == 0 ? $"global::System.UIntPtr {name}0 = {name}At;" : $"global::System.UIntPtr {name}{k} = {Broadcast}.Next({name}{k - 1}, {name}Step, {name}Period);");
                }

                int unroll = k;
                StoreStep(w, model, width, k.ToString(), k == 0 ? "i" : $"i + {k} * w", name => $"{name}{unroll}");
            }

            foreach (string name in cursors)
            {
                w.WriteLine($"{name}At = {Broadcast}.Next({name}3, {name}Step, {name}Period);");
            }

            w.Indent--;
            w.WriteLine("}");
            w.WriteLine();
        }

        /// <summary>One vector per iteration from <c>i</c> while a whole vector fits, advancing every cursor.</summary>
        private static void EmitSingleVectorLoop(IndentedTextWriter w, LoopModel model, VectorWidth width, List<string> cursors, string suffix, bool streaming, bool prefetch = false)
        {
            w.WriteLine("for (; i + w <= n; i += w)");
            w.WriteLine("{");
            w.Indent++;
            if (prefetch)
            {
                w.WriteLine("if (prefetch)");
                w.WriteLine("{");
                w.Indent++;
                // Inputs only: fetching the written lines ahead as well measured no better.
                foreach (string name in model.Indexed)
                {
                    w.WriteLine($"{Streaming}.PrefetchAhead(ref {name}, i);");
                }

                foreach (string name in model.Cycled)
                {
                    w.WriteLine($"{Streaming}.PrefetchAhead(ref {name}, {name}At);");
                }

                w.Indent--;
                w.WriteLine("}");
            }

            StoreStep(w, model, width, suffix, "i", name => $"{name}At", streaming);
            foreach (string name in cursors)
            {
                w.WriteLine($"{name}At = {Broadcast}.Next({name}At, {name}Step, {name}Period);");
            }

            w.Indent--;
            w.WriteLine("}");
            w.WriteLine();
        }

        /// <summary>
        /// Whether the vector loops may use non-temporal stores for large outputs (docs/design.md, "Generated code"; the runtime decides per
        /// call, see <c>Streaming</c>): only memory-bound (cheap, unrolled) bodies, which are the ones they speed up
        /// (a vector-math body is compute-bound, and two more inlined copies of it pushed tanh past the JIT's inlining
        /// budget: 3× slower at 4K); one written span (two could be aligned differently); no reductions (the
        /// unaligned first vector overlaps the aligned loop, which a sum would count twice).
        /// </summary>
        private static bool Streams(LoopModel model) => model.Unrolled && model.Writes.Count == 1 && model.Reductions.Count == 0;

        /// <summary>
        /// A vector of the compute type loaded from <c>name[index]</c>: the span's own vector, or for Half a float
        /// vector widened from half as many bytes (<c>HalfVector</c>: computed in float, rounded once on store).
        /// </summary>
        private static string Load(LoopModel model, VectorWidth width, string name, string index) => model.IsHalf
            ? $"{HalfVector}.Load{(int)width}(ref {name}, {index})"
            : $"{width.StaticType()}.LoadUnsafe(ref {name}, {index})";

        /// <summary>The statement storing <paramref name="value"/> at <c>name[index]</c> (rounded to nearest even for Half).</summary>
        private static string Store(LoopModel model, VectorWidth width, string value, string name, string index) => model.IsHalf
            ? $"{HalfVector}.Store({value}, ref {name}, {index});"
            : $"{width.StaticType()}.StoreUnsafe({value}, ref {name}, {index});";

        /// <summary>
        /// For a large out-of-place call: store the first vector unaligned, then run single vectors from the written
        /// span's first vector-aligned element with non-temporal stores; the ordinary loops that follow then have
        /// nothing left but the remainder. A loop of its own keeps the pinning that <c>Streaming.Store</c> needs out
        /// of the ordinary loops (its pinned local costs two stack stores per vector, which showed at 4K).
        /// </summary>
        private static void EmitStreamingLoop(IndentedTextWriter w, LoopModel model, VectorWidth width, List<string> cursors)
        {
            string written = model.Writes[0];
            // Every span read per element is checked, roles too: the head vector below overwrites elements that the
            // aligned loop reads again, so a read span that is the written one (in place, or a role passed as the
            // destination) must take the ordinary loops. Per-channel roles never overlap the destination (Broadcast.Period).
            string disjoint = string.Concat(model.Indexed.Concat(model.Cycled).Select(name => $" && !{Unsafe}.AreSame(ref {name}, ref {written})"));
            w.WriteLine($"// Past Streaming.ThresholdBytes (16 MiB) of output, non-temporal stores skip reading {written} into the cache (docs/benchmarks.md); never when a read span is the written one.");
            w.WriteLine($"if ({Streaming}.Pays<{model.Element}>(n){disjoint})");
            w.WriteLine("{");
            w.Indent++;
            StoreStep(w, model, width, "Head", "0", _ => "0");
            // Half: the stored vector is half the float vector's bytes (and the head vector covers only w elements).
            w.WriteLine(model.IsHalf
                ? $"i = {Streaming}.ElementsToAlignment(ref {written}, w * 2);"
                : $"i = {Streaming}.ElementsToAlignment(ref {written}, (global::System.UIntPtr){width.StaticType()}<byte>.Count);");
            foreach (string name in cursors)
            {
                w.WriteLine($"{name}At = i % {name}Period;");
            }

            EmitSingleVectorLoop(w, model, width, cursors, "Nt", streaming: true);
            w.WriteLine($"{Streaming}.Fence();");
            w.Indent--;
            w.WriteLine("}");
            w.WriteLine();
        }

        /// <summary>One step of the loop at <paramref name="index"/>: compute, store the writes, accumulate the reductions.</summary>
        private static void StoreStep(IndentedTextWriter w, LoopModel model, VectorWidth width, string suffix, string index, System.Func<string, string> cursor, bool streaming = false)
        {
            IReadOnlyDictionary<string, string> results = Step(w, model, width, suffix, index, cursor);
            foreach (string name in model.Writes)
            {
                w.WriteLine(streaming
                    ? (model.IsHalf ? $"{HalfVector}.StoreNonTemporal({results[name]}, ref {name}, {index});" : $"{Streaming}.Store({results[name]}, ref {name}, {index});")
                    : Store(model, width, results[name], name, index));
            }

            foreach (string name in model.Reductions)
            {
                w.WriteLine($"{Reductions}.Add(ref {name}, {cursor(name)}, {results[name]});");
            }
        }

        private static IReadOnlyDictionary<string, string> Step(IndentedTextWriter w, LoopModel model, VectorWidth width, string suffix, string index, System.Func<string, string> cursor)
        {
            var statements = new List<string>();
            var body = new LoopBody(width, suffix, name =>
                model.Indexed.Contains(name) ? Load(model, width, name, index)
                : model.Cycled.Contains(name) ? Load(model, width, name, cursor(name))
                : name + "V", statements);
            IReadOnlyDictionary<string, string> results = model.Body!(body);
            foreach (string statement in statements)
            {
                w.WriteLine(statement);
            }

            return results;
        }
    }
}

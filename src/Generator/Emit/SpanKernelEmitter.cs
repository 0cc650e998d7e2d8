using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// The body of a span kernel (out of place or in place): validation, then one of four paths
    /// (Vector512, Vector256, Vector128, scalar) chosen by JIT-time constants, each a local function.
    /// </summary>
    /// <remarks>
    /// Every vector path runs a 4× unrolled loop, then single vectors, then covers the remainder with one
    /// last vector ending at the last element, computed before anything is written so that it is also
    /// correct in place. A role span is read through a cursor <c>i % L</c> (L its length), which makes
    /// element-wise (L = n) and per-channel roles one code path.
    /// </remarks>
    internal static class SpanKernelEmitter
    {
        private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
        private const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";
        private const string Guard = "global::FusedKernels.Runtime.KernelGuard";
        private const string Broadcast = "global::FusedKernels.Runtime.Broadcast";

        private static readonly VectorWidth[] Widths = { VectorWidth.V512, VectorWidth.V256, VectorWidth.V128 };

        public static void Emit(IndentedTextWriter w, KernelPlan plan)
        {
            string t = plan.Element.Keyword();
            string x = plan.Input.Name;
            string y = plan.Destination?.Name ?? x;
            List<KernelParameter> spanRoles = plan.ReadRoles.Where(r => r.IsSpan).ToList();
            List<KernelParameter> valueRoles = plan.ReadRoles.Where(r => !r.IsSpan).ToList();
            KernelParameter? pre = plan.Preactivation;

            // Validation: everything is checked before the first element is written.
            w.WriteLine($"if ({x}.IsEmpty)");
            w.WriteLine("{");
            w.WriteLine("    return; // empty input: nothing to do, never an error");
            w.WriteLine("}");
            w.WriteLine();
            if (plan.Destination is not null)
            {
                w.WriteLine($"{Guard}.CheckDestination<{t}>({x}, {y}, \"{Plain(y)}\");");
            }

            string written = plan.Destination is null ? x : $"{y}.Slice(0, {x}.Length)";
            if (pre is not null)
            {
                w.WriteLine($"{Guard}.CheckDestination<{t}>({x}, {pre.Name}, \"{Plain(pre.Name)}\");");
                w.WriteLine($"{Guard}.CheckDisjoint<{t}>({written}, {pre.Name}.Slice(0, {x}.Length), \"{Plain(pre.Name)}\");");
            }

            foreach (KernelParameter role in spanRoles)
            {
                w.WriteLine($"int {Local(role)}Period = {Broadcast}.Period<{t}>({role.Name}, {x}.Length, {written}, \"{Plain(role.Name)}\", \"{Plain(y)}\");");
                if (pre is not null)
                {
                    w.WriteLine($"{Broadcast}.Period<{t}>({role.Name}, {x}.Length, {pre.Name}.Slice(0, {x}.Length), \"{Plain(role.Name)}\", \"{Plain(pre.Name)}\");");
                }
            }

            if (plan.Destination is not null || pre is not null || spanRoles.Count > 0)
            {
                w.WriteLine();
            }

            w.WriteLine($"nuint __n = (nuint){x}.Length;");
            w.WriteLine($"ref {t} __x = ref {MemoryMarshal}.GetReference({x});");
            w.WriteLine(plan.Destination is null ? $"ref {t} __y = ref __x;" : $"ref {t} __y = ref {MemoryMarshal}.GetReference({y});");
            if (pre is not null)
            {
                w.WriteLine($"ref {t} __pre = ref {MemoryMarshal}.GetReference({pre.Name});");
            }

            foreach (KernelParameter role in spanRoles)
            {
                // A per-channel role is read through its wrap-extended copy so whole vectors can be loaded at any cursor.
                string l = Local(role);
                w.WriteLine($"{t}[]? {l}Rented = null;");
                w.WriteLine($"global::System.Span<{t}> {l}Scratch = {l}Period == {x}.Length ? default : stackalloc {t}[{Broadcast}.ScratchLength];");
                w.WriteLine($"ref {t} __{l} = ref {MemoryMarshal}.GetReference({Broadcast}.Source<{t}>({role.Name}, {x}.Length, {l}Scratch, ref {l}Rented));");
            }

            string args = string.Join(", ", new[] { "ref __x", "ref __y", "__n" }
                .Concat(pre is null ? Enumerable.Empty<string>() : new[] { "ref __pre" })
                .Concat(spanRoles.SelectMany(r => new[] { $"ref __{Local(r)}", $"(nuint){Local(r)}Period" }))
                .Concat(valueRoles.Select(r => ComputeValue(plan, r.Name))));

            w.WriteLine();
            bool first = true;
            foreach (VectorWidth width in Widths)
            {
                if (plan.Element == ElementType.Half)
                {
                    break; // there is no Half vector arithmetic: Half runs the scalar path, computing in float
                }

                w.WriteLine($"{(first ? "if" : "else if")} ({width.StaticType()}.IsHardwareAccelerated && __n >= (nuint){width.TypeOf(t)}.Count)");
                w.WriteLine("{");
                w.WriteLine($"    Run{(int)width}({args});");
                w.WriteLine("}");
                first = false;
            }

            if (first)
            {
                w.WriteLine($"RunScalar({args});");
            }
            else
            {
                w.WriteLine("else");
                w.WriteLine("{");
                w.WriteLine($"    RunScalar({args});");
                w.WriteLine("}");
            }

            foreach (KernelParameter role in spanRoles)
            {
                w.WriteLine($"{Broadcast}.Return({Local(role)}Rented);");
            }

            if (plan.Element != ElementType.Half)
            {
                foreach (VectorWidth width in Widths)
                {
                    w.WriteLine();
                    EmitVectorRun(w, plan, width, spanRoles, valueRoles);
                }
            }

            w.WriteLine();
            EmitScalarRun(w, plan, spanRoles, valueRoles);
            ComputeFunctions.Emit(w, plan, VectorWidth.Scalar);
            if (plan.Element != ElementType.Half)
            {
                foreach (VectorWidth width in Widths)
                {
                    ComputeFunctions.Emit(w, plan, width);
                }
            }
        }

        private static void EmitVectorRun(IndentedTextWriter w, KernelPlan plan, VectorWidth width, List<KernelParameter> spanRoles, List<KernelParameter> valueRoles)
        {
            string t = plan.Element.Keyword();
            string v = width.TypeOf(t);
            string vs = width.StaticType();
            int bits = (int)width;
            w.WriteLine(RunSignature(plan, $"Run{bits}", spanRoles, valueRoles));
            w.WriteLine("{");
            w.Indent++;
            w.WriteLine($"nuint w = (nuint){v}.Count;");
            foreach (KernelParameter role in valueRoles)
            {
                w.WriteLine($"{v} {Local(role)}V = {vs}.Create({Local(role)});");
            }

            foreach (KernelParameter role in spanRoles)
            {
                w.WriteLine($"nuint {Local(role)}Step = w % {Local(role)}Period; // cursor advance per vector, modulo the period");
            }

            w.WriteLine();
            w.WriteLine("// The last (possibly overlapping) vector, computed before anything is written: correct in place too.");
            w.WriteLine("nuint last = n - w;");
            EmitStep(w, plan, width, "Last", "last", spanRoles.Select(r => $"last % {Local(r)}Period").ToList(), spanRoles, valueRoles, store: false);
            w.WriteLine();
            w.WriteLine("nuint i = 0;");
            foreach (KernelParameter role in spanRoles)
            {
                w.WriteLine($"nuint {Local(role)}At = 0;");
            }

            w.WriteLine("for (; i + 4 * w <= n; i += 4 * w)");
            w.WriteLine("{");
            w.Indent++;
            for (int k = 0; k < 4; k++)
            {
                foreach (KernelParameter role in spanRoles)
                {
                    string l = Local(role);
                    w.WriteLine(k == 0 ? $"nuint {l}0 = {l}At;" : $"nuint {l}{k} = {Broadcast}.Next({l}{k - 1}, {l}Step, {l}Period);");
                }

                string index = k == 0 ? "i" : $"i + {k} * w";
                EmitStep(w, plan, width, k.ToString(), index, spanRoles.Select(r => $"{Local(r)}{k}").ToList(), spanRoles, valueRoles, store: true);
            }

            foreach (KernelParameter role in spanRoles)
            {
                w.WriteLine($"{Local(role)}At = {Broadcast}.Next({Local(role)}3, {Local(role)}Step, {Local(role)}Period);");
            }

            w.Indent--;
            w.WriteLine("}");
            w.WriteLine();
            w.WriteLine("for (; i + w <= n; i += w)");
            w.WriteLine("{");
            w.Indent++;
            EmitStep(w, plan, width, "", "i", spanRoles.Select(r => $"{Local(r)}At").ToList(), spanRoles, valueRoles, store: true);
            foreach (KernelParameter role in spanRoles)
            {
                w.WriteLine($"{Local(role)}At = {Broadcast}.Next({Local(role)}At, {Local(role)}Step, {Local(role)}Period);");
            }

            w.Indent--;
            w.WriteLine("}");
            w.WriteLine();
            if (plan.Preactivation is not null)
            {
                w.WriteLine($"{width.StaticType()}.StoreUnsafe(zLast, ref pre, last);");
            }

            w.WriteLine($"{width.StaticType()}.StoreUnsafe(yLast, ref y, last);");
            w.Indent--;
            w.WriteLine("}");
        }

        /// <summary>Computes z and y for one vector at <paramref name="index"/>; stores them unless it is the held-back last vector.</summary>
        private static void EmitStep(IndentedTextWriter w, KernelPlan plan, VectorWidth width, string suffix, string index, List<string> cursors, List<KernelParameter> spanRoles, List<KernelParameter> valueRoles, bool store)
        {
            string v = width.TypeOf(plan.Element.Keyword());
            string vs = width.StaticType();
            string Operand(KernelParameter role)
            {
                int s = spanRoles.IndexOf(role);
                return s >= 0 ? $"{vs}.LoadUnsafe(ref {Local(role)}, {cursors[s]})" : $"{Local(role)}V";
            }

            string load = $"{vs}.LoadUnsafe(ref x, {index})";
            string z = plan.Pre is null ? load : $"Pre{(int)width}({string.Join(", ", new[] { load }.Concat(plan.PreRoles.Select(Operand)))})";
            string y = $"Post{(int)width}({string.Join(", ", new[] { $"z{suffix}" }.Concat(plan.PostRoles.Select(Operand)))})";
            w.WriteLine($"{v} z{suffix} = {z};");
            if (store)
            {
                if (plan.Preactivation is not null)
                {
                    w.WriteLine($"{vs}.StoreUnsafe(z{suffix}, ref pre, {index});");
                }

                w.WriteLine($"{vs}.StoreUnsafe({y}, ref y, {index});");
            }
            else
            {
                w.WriteLine($"{v} y{suffix} = {y};");
            }
        }

        private static void EmitScalarRun(IndentedTextWriter w, KernelPlan plan, List<KernelParameter> spanRoles, List<KernelParameter> valueRoles)
        {
            string t = plan.Element.Keyword();
            string c = plan.Compute.Keyword();
            bool half = plan.Element == ElementType.Half;
            w.WriteLine(RunSignature(plan, "RunScalar", spanRoles, valueRoles));
            w.WriteLine("{");
            w.Indent++;
            foreach (KernelParameter role in spanRoles)
            {
                w.WriteLine($"nuint {Local(role)}At = 0;");
            }

            w.WriteLine("for (nuint i = 0; i < n; i++)");
            w.WriteLine("{");
            w.Indent++;
            string Operand(KernelParameter role) =>
                spanRoles.Contains(role) ? Widen($"{Unsafe}.Add(ref {Local(role)}, {Local(role)}At)", half) : Local(role);
            string load = Widen($"{Unsafe}.Add(ref x, i)", half);
            string z = plan.Pre is null ? load : $"PreScalar({string.Join(", ", new[] { load }.Concat(plan.PreRoles.Select(Operand)))})";
            w.WriteLine($"{c} z = {z};");
            if (plan.Preactivation is not null)
            {
                w.WriteLine($"{Unsafe}.Add(ref pre, i) = {Narrow("z", half)};");
            }

            string y = $"PostScalar({string.Join(", ", new[] { "z" }.Concat(plan.PostRoles.Select(Operand)))})";
            w.WriteLine($"{Unsafe}.Add(ref y, i) = {Narrow(y, half)};");
            foreach (KernelParameter role in spanRoles)
            {
                w.WriteLine($"{Local(role)}At = {Broadcast}.Next({Local(role)}At, 1, {Local(role)}Period);");
            }

            w.Indent--;
            w.WriteLine("}");
            w.Indent--;
            w.WriteLine("}");
        }

        private static string RunSignature(KernelPlan plan, string name, List<KernelParameter> spanRoles, List<KernelParameter> valueRoles)
        {
            string t = plan.Element.Keyword();
            string c = plan.Compute.Keyword();
            IEnumerable<string> parameters = new[] { $"ref {t} x", $"ref {t} y", "nuint n" }
                .Concat(plan.Preactivation is null ? Enumerable.Empty<string>() : new[] { $"ref {t} pre" })
                .Concat(spanRoles.SelectMany(r => new[] { $"ref {t} {Local(r)}", $"nuint {Local(r)}Period" }))
                .Concat(valueRoles.Select(r => $"{c} {Local(r)}"));
            return $"static void {name}({string.Join(", ", parameters)})";
        }

        /// <summary>A value role as the compute type (Half widens to float once, outside the loop).</summary>
        private static string ComputeValue(KernelPlan plan, string name) => plan.Element == ElementType.Half ? $"(float){name}" : name;

        private static string Widen(string value, bool half) => half ? $"(float){value}" : value;

        private static string Narrow(string value, bool half) => half ? $"(global::System.Half){value}" : value;

        /// <summary>The name a role has inside the generated local functions.</summary>
        internal static string Local(KernelParameter role) => role.Role.ToString().ToLowerInvariant();

        /// <summary>A parameter name without a keyword-escaping @, for exception parameter names.</summary>
        private static string Plain(string name) => name.TrimStart('@');
    }
}

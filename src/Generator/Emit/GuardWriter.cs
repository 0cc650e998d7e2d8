using System.CodeDom.Compiler;
using System.Collections.Generic;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// Writes the validation block of a span kernel and the locals the loops start from. Every check calls
    /// the runtime's KernelGuard or Broadcast, so all kernels report the same messages, and all of them
    /// run before the first element is written.
    /// </summary>
    internal sealed class GuardWriter
    {
        private const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";
        private const string Guard = RuntimeTypes.KernelGuard;
        private const string Broadcast = RuntimeTypes.Broadcast;

        private readonly IndentedTextWriter _w;
        private readonly string _t;
        private readonly string _x;
        private readonly List<string> _setup = new();
        private readonly List<string> _cleanup = new();
        private readonly System.Func<string, string> _shown;
        private bool _checked;

        /// <param name="shown">The user's name of a parameter of the generated code, for messages.</param>
        public GuardWriter(IndentedTextWriter w, string elementType, string input, System.Func<string, string> shown)
        {
            _shown = shown;
            _w = w;
            _t = elementType;
            _x = input;
        }

        /// <summary>Statements to run after the loops (returning rented buffers).</summary>
        public IReadOnlyList<string> Cleanup => _cleanup;

        /// <summary>Returns at once on empty input, after zeroing the <paramref name="reductions"/> (a sum over no rows is 0).</summary>
        public void ReturnIfEmpty(params string[] reductions)
        {
            _w.WriteLine($"if ({_x}.IsEmpty)");
            _w.WriteLine("{");
            foreach (string reduction in reductions)
            {
                _w.WriteLine($"    {reduction}.Clear();");
            }

            _w.WriteLine(reductions.Length == 0 ? "    return; // empty input: nothing to do, never an error" : "    return; // empty input: only the sums are written, never an error");
            _w.WriteLine("}");
            _w.WriteLine();
        }

        /// <summary>Checks a destination span (long enough, overlapping the input only exactly); returns the written region.</summary>
        public string Destination(string name)
        {
            _w.WriteLine($"{Guard}.CheckDestination<{_t}>({_x}, {name}, \"{Shown(name)}\");");
            _checked = true;
            return $"{name}.Slice(0, {_x}.Length)";
        }

        /// <summary>Writes a check of the caller's own (a KernelGuard call).</summary>
        public void Check(string statement)
        {
            _w.WriteLine(statement);
            _checked = true;
        }

        /// <summary>Checks that two written regions do not overlap at all.</summary>
        public void Disjoint(string first, string second, string secondName)
        {
            _w.WriteLine($"{Guard}.CheckDisjoint<{_t}>({first}, {second}, \"{Shown(secondName)}\");");
        }

        /// <summary>Checks a role span's length (n, or a divisor of n) and its overlap with a written region; declares <c>{local}Period</c>.</summary>
        public void Role(string name, string? local, string written, string writtenName)
        {
            string call = $"{Broadcast}.Period<{_t}>({name}, {_x}.Length, {written}, \"{Shown(name)}\", \"{Shown(writtenName)}\");";
            _w.WriteLine(local is null ? call : $"int {local}Period = {call}");
            _checked = true;
        }

        /// <summary>Ends the validation block.</summary>
        public void EndOfChecks()
        {
            if (_checked)
            {
                _w.WriteLine();
            }

            _w.WriteLine($"global::System.UIntPtr __n = (global::System.UIntPtr){_x}.Length;");
            _w.WriteLine($"ref {_t} __x = ref {MemoryMarshal}.GetReference({_x});");
        }

        /// <summary>Declares a reference to the first element of a span; returns the call argument.</summary>
        public string Reference(string span, string local)
        {
            _w.WriteLine($"ref {_t} {local} = ref {MemoryMarshal}.GetReference({span});");
            return "ref " + local;
        }

        /// <summary>
        /// Declares the source a cycled role is loaded from: the span itself when element-wise, else its
        /// wrap-extended copy (stack scratch, or a pooled array returned after the loops). Returns the call arguments.
        /// </summary>
        public string CycledSource(string name, string local)
        {
            _w.WriteLine($"{_t}[]? {local}Rented = null;");
            _w.WriteLine($"global::System.Span<{_t}> {local}Scratch = {Broadcast}.NeedsExtension<{_t}>({local}Period, {_x}.Length) ? stackalloc {_t}[{Broadcast}.ScratchLength] : default;");
            _w.WriteLine($"ref {_t} __{local} = ref {MemoryMarshal}.GetReference({Broadcast}.Source<{_t}>({name}, {_x}.Length, {local}Scratch, ref {local}Rented));");
            _cleanup.Add($"{Broadcast}.Return({local}Rented);");
            return $"ref __{local}, (global::System.UIntPtr){local}Period";
        }

        /// <summary>Declares a zeroed per-channel accumulator for a reduction into <paramref name="destination"/>; returns the call arguments.</summary>
        public string Accumulator(string destination, string local, string computeType)
        {
            _w.WriteLine($"double[]? {local}Rented = null;");
            _w.WriteLine($"global::System.Span<double> {local}Acc = {RuntimeTypes.Reductions}.Accumulator({destination}.Length, sizeof({computeType}), stackalloc double[{RuntimeTypes.Reductions}.ScratchLength], ref {local}Rented);");
            _cleanup.Add($"{RuntimeTypes.Reductions}.Fold<{_t}>({local}Acc, {destination});");
            _cleanup.Add($"{RuntimeTypes.Reductions}.Return({local}Rented);");
            return $"ref {MemoryMarshal}.GetReference({local}Acc), (global::System.UIntPtr){destination}.Length";
        }

        /// <summary>The user's name of a parameter, for exception parameter names.</summary>
        public string Shown(string name) => _shown(name);
    }
}

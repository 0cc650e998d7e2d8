using System.CodeDom.Compiler;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// Writes the validation block of a span kernel. Every check calls the runtime's KernelGuard or Broadcast,
    /// so all kernels report the same messages, and all of them
    /// run before the first element is written.
    /// </summary>
    internal sealed class GuardWriter
    {
        private const string Guard = RuntimeTypes.KernelGuard;
        private const string Broadcast = RuntimeTypes.Broadcast;

        private readonly IndentedTextWriter _w;
        private readonly string _t;
        private readonly string _x;
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

        /// <summary>Checks a role span's length (n, or a divisor of n) and its overlap with a written region.</summary>
        public void Role(string name, string written, string writtenName)
        {
            _w.WriteLine($"{Broadcast}.Period<{_t}>({name}, {_x}.Length, {written}, \"{Shown(name)}\", \"{Shown(writtenName)}\");");
            _checked = true;
        }

        /// <summary>Ends the validation block.</summary>
        public void EndOfChecks()
        {
            if (_checked)
            {
                _w.WriteLine();
            }
        }

        /// <summary>The user's name of a parameter, for exception parameter names.</summary>
        public string Shown(string name) => _shown(name);
    }
}

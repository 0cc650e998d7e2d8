using System.CodeDom.Compiler;
using System.Collections.Generic;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// Writes a kernel's operation: a struct beside <c>Invoke</c> implementing one of the runtime driver's
    /// operation interfaces (FusedKernels.CompilerServices), with the JIT-time constants that steer the driver
    /// and the formula rendered for one element and for each vector width (docs/design.md, "Generated code").
    /// </summary>
    internal sealed class OperationWriter
    {
        /// <summary>What the driver is generic over, in the order of its type parameters after the operation.</summary>
        public const string Name = "Operation";

        private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        /// <summary>The widths every operation implements, scalar first.</summary>
        public static readonly VectorWidth[] Widths = { VectorWidth.Scalar, VectorWidth.V128, VectorWidth.V256, VectorWidth.V512 };

        private readonly IndentedTextWriter _w;

        private OperationWriter(IndentedTextWriter w) => _w = w;

        /// <summary>Opens <c>private struct Operation : interface</c>; dispose to close it.</summary>
        public static OperationWriter Open(IndentedTextWriter w, string summary, string interfaceName)
        {
            w.WriteLine();
            w.WriteLine($"/// <summary>{summary}</summary>");
            w.WriteLine($"private struct {Name} : {RuntimeTypes.CompilerServicesNamespace}.{interfaceName}");
            w.WriteLine("{");
            w.Indent++;
            return new OperationWriter(w);
        }

        /// <summary>A static property the driver reads as a JIT-time constant.</summary>
        public void Constant(string type, string name, string value) =>
            _w.WriteLine($"public static {type} {name} => {value};");

        /// <summary>How a role reaches the driver, when the kernel has it.</summary>
        public void Kind(string role, KernelParameter? parameter)
        {
            if (parameter is not null)
            {
                Constant(RuntimeTypes.OperandKind, role, $"{RuntimeTypes.OperandKind}.{(parameter.IsSpan ? "Span" : "Value")}");
            }
        }

        /// <summary>One member for one width: an expression body, or a block when there are statements first.</summary>
        public void Method(string returnType, string name, IEnumerable<string> parameters, IReadOnlyList<string> statements, string result)
        {
            _w.WriteLine();
            _w.WriteLine(Inline);
            _w.WriteLine($"public static {returnType} {name}({string.Join(", ", parameters)}){(statements.Count == 0 ? " =>" : "")}");
            if (statements.Count == 0)
            {
                _w.WriteLine($"    {result};");
                return;
            }

            _w.WriteLine("{");
            foreach (string statement in statements)
            {
                _w.WriteLine("    " + statement);
            }

            _w.WriteLine($"    return {result};");
            _w.WriteLine("}");
        }

        public void Close()
        {
            _w.Indent--;
            _w.WriteLine("}");
        }
    }
}

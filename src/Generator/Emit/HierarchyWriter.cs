using System.CodeDom.Compiler;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>Opens and closes the user's namespace and containing types around a generated member.</summary>
    internal static class HierarchyWriter
    {
        private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + KernelGenerator.ToolName + "\", \"";

        public static void Open(IndentedTextWriter writer, HierarchyInfo hierarchy)
        {
            if (hierarchy.Namespace.Length > 0)
            {
                writer.WriteLine("namespace " + hierarchy.Namespace);
                writer.WriteLine("{");
                writer.Indent++;
            }

            foreach (TypeDeclarationInfo type in hierarchy.Types)
            {
                writer.WriteLine("partial " + type.Keyword + " " + type.NameWithTypeParameters);
                writer.WriteLine("{");
                writer.Indent++;
            }
        }

        public static void Close(IndentedTextWriter writer, HierarchyInfo hierarchy)
        {
            for (int i = 0; i < hierarchy.Types.Count + (hierarchy.Namespace.Length > 0 ? 1 : 0); i++)
            {
                writer.Indent--;
                writer.WriteLine("}");
            }
        }

        /// <summary>Writes <c>[GeneratedCode]</c> unless the user's declaration already has it (partial parts' attributes merge).</summary>
        public static void WriteGeneratedCode(IndentedTextWriter writer, DeclaredAttributes declared)
        {
            if ((declared & DeclaredAttributes.GeneratedCode) == 0)
            {
                writer.WriteLine(GeneratedCode + KernelGenerator.ToolVersion + "\")]");
            }
        }
    }
}

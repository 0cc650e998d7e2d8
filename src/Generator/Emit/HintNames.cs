using System.Linq;
using System.Text;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>File names for generated kernels: unique per method, overloads included, and file-system safe.</summary>
    internal static class HintNames
    {
        public static string For(KernelSpec spec)
        {
            // Overloads share a name; the parameter names and element type tell them apart.
            string signature = spec.Element.DisplayName() + "_" + string.Join("_", spec.Parameters.Select(p => p.Name.TrimStart('@')));
            var builder = new StringBuilder();
            foreach (char c in spec.HintName + "." + signature + "." + spec.Shape)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
            }

            return builder.Append(".g.cs").ToString();
        }
    }
}

using System.CodeDom.Compiler;
using System.Linq;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// Emits the two inlined halves of a kernel for one width: <c>Pre</c> (z from x and scale, bias,
    /// residual) and <c>Post</c> (y from z, α and the multiplier). Both widths and the scalar path are
    /// rendered from the same formulas.
    /// </summary>
    internal static class ComputeFunctions
    {
        private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        public static void Emit(IndentedTextWriter w, KernelPlan plan, VectorWidth width)
        {
            string type = width.TypeOf(plan.Compute.Keyword());
            string suffix = width == VectorWidth.Scalar ? "Scalar" : ((int)width).ToString();
            if (plan.Pre is not null)
            {
                var renderer = new ExprRenderer(plan.Compute, width, "x", SpanKernelEmitter.Local);
                w.WriteLine();
                w.WriteLine(Inline);
                w.WriteLine($"static {type} Pre{suffix}({string.Join(", ", new[] { $"{type} x" }.Concat(plan.PreRoles.Select(r => $"{type} {SpanKernelEmitter.Local(r)}")))}) =>");
                w.WriteLine($"    {renderer.Render(plan.Pre)};");
            }

            var post = new ExprRenderer(plan.Compute, width, "z", SpanKernelEmitter.Local);
            w.WriteLine();
            w.WriteLine(Inline);
            w.WriteLine($"static {type} Post{suffix}({string.Join(", ", new[] { $"{type} z" }.Concat(plan.PostRoles.Select(r => $"{type} {SpanKernelEmitter.Local(r)}")))}) =>");
            w.WriteLine($"    {post.Render(plan.Post)};");
        }
    }
}

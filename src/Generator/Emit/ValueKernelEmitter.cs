using System.CodeDom.Compiler;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// The body of a one-value kernel (<c>T M(T x, …)</c> or <c>VectorN&lt;T&gt; M(VectorN&lt;T&gt; x, …)</c>):
    /// the same formulas as the span kernels' inner step, on the caller's operands.
    /// </summary>
    internal static class ValueKernelEmitter
    {
        public static void Emit(IndentedTextWriter w, KernelPlan plan)
        {
            VectorWidth width = plan.Spec.Shape switch
            {
                KernelShape.Vector128 => VectorWidth.V128,
                KernelShape.Vector256 => VectorWidth.V256,
                KernelShape.Vector512 => VectorWidth.V512,
                _ => VectorWidth.Scalar,
            };

            bool half = plan.Element == ElementType.Half;
            string type = width.TypeOf(plan.Compute.Keyword());
            string Operand(ParameterRole role)
            {
                string name = plan.Find(role)!.Name;
                return half ? $"((float){name})" : name;
            }

            string input = half ? $"(float){plan.Input.Name}" : plan.Input.Name;
            if (plan.Spec.IsGradient)
            {
                // dx = dy·f′(x); a gate multiplies dy first, as in the span kernels.
                string dy = Operand(ParameterRole.UpstreamGradient);
                string d = plan.Find(ParameterRole.Multiplier) is null ? dy : $"({dy} * {Operand(ParameterRole.Multiplier)})";
                string dx = new ExprRenderer(plan.Compute, width, input, Operand, d).Render(plan.Gradient!);
                w.WriteLine(half ? $"return (global::System.Half){dx};" : $"return {dx};");
                return;
            }

            string z = plan.Pre is null ? input : new ExprRenderer(plan.Compute, width, input, Operand).Render(plan.Pre);
            w.WriteLine($"{type} z = {z};");
            string y = new ExprRenderer(plan.Compute, width, "z", Operand).Render(plan.Post);
            w.WriteLine(half ? $"return (global::System.Half){y};" : $"return {y};");
        }
    }
}

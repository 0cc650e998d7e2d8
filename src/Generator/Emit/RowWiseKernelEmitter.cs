using System.CodeDom.Compiler;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// The body of a row-wise kernel (softmax, log_softmax, forward or gradient): the argument checks, then one call into
    /// <c>FusedKernels.CompilerServices.RowWise</c>, whose row loops are written once; a forward kernel adds its pre-activation as a
    /// small <c>IRowOperation</c> struct (x·scale + bias for every width, the catalogue's fused formula rendered by
    /// <see cref="ExprRenderer"/>). Nothing else of the algorithm lands in the user's project.
    /// </summary>
    internal static class RowWiseKernelEmitter
    {
        private const string RowWise = RuntimeTypes.RowWise;
        private const string Guard = RuntimeTypes.KernelGuard;
        private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        public static void Emit(IndentedTextWriter w, KernelPlan plan)
        {
            string t = plan.Element.Keyword();
            KernelParameter? rowLengthParameter = plan.Find(ParameterRole.RowLength);
            string input = plan.Input.Name;
            string rowLength = rowLengthParameter?.Name ?? input + ".Length";
            if (rowLengthParameter is not null)
            {
                w.WriteLine($"{RowWise}.CheckRowLength({input}.Length, {rowLength}, \"{rowLengthParameter.Shown}\");");
            }

            w.WriteLine($"if ({input}.IsEmpty)");
            w.WriteLine("{");
            w.WriteLine("    return; // empty input: nothing to do, never an error");
            w.WriteLine("}");
            w.WriteLine();
            if (plan.Spec.IsGradient)
            {
                EmitGradient(w, plan, t, rowLength);
            }
            else
            {
                EmitForward(w, plan, t, rowLength);
            }
        }

        private static void EmitGradient(IndentedTextWriter w, KernelPlan plan, string t, string rowLength)
        {
            string y = plan.Input.Name;
            KernelParameter dy = plan.Find(ParameterRole.UpstreamGradient)!;
            KernelParameter? dx = plan.Find(ParameterRole.InputGradient);
            w.WriteLine($"{Guard}.CheckSameLength<{t}>({y}, {dy.Name}, \"{dy.Shown}\");");
            if (dx is null)
            {
                w.WriteLine($"{Guard}.CheckNoPartialOverlap<{t}>({y}, {dy.Name}, \"{dy.Shown}\");");
            }
            else
            {
                w.WriteLine($"{Guard}.CheckDestination<{t}>({y}, {dx.Name}, \"{dx.Shown}\");");
                w.WriteLine($"{Guard}.CheckNoPartialOverlap<{t}>({dy.Name}, {dx.Name}.Slice(0, {y}.Length), \"{dx.Shown}\");");
            }

            string method = plan.Entry.Name == "softmax" ? "SoftmaxGradient" : "LogSoftmaxGradient";
            w.WriteLine($"{RowWise}.{method}({y}, {dy.Name}, {rowLength}, {dx?.Name ?? dy.Name});");
        }

        private static void EmitForward(IndentedTextWriter w, KernelPlan plan, string t, string rowLength)
        {
            string x = plan.Input.Name;
            string y = plan.Destination?.Name ?? x;
            KernelParameter? scale = plan.Find(ParameterRole.Scale);
            KernelParameter? bias = plan.Find(ParameterRole.Bias);
            if (plan.Destination is not null)
            {
                w.WriteLine($"{Guard}.CheckDestination<{t}>({x}, {y}, \"{plan.Destination.Shown}\");");
            }

            if (bias is not null)
            {
                w.WriteLine($"{RowWise}.CheckBias<{t}>({bias.Name}, {x}.Length, {rowLength}, {y}.Slice(0, {x}.Length), \"{bias.Shown}\", \"{(plan.Destination ?? plan.Input).Shown}\");");
            }

            string method = plan.Entry.Name == "softmax" ? "Softmax" : "LogSoftmax";
            string scaleArgument = scale is null ? "" : plan.Element == ElementType.Half ? $"(float){scale.Name}" : scale.Name;
            string biasArgument = bias?.Name ?? $"global::System.ReadOnlySpan<{t}>.Empty";
            w.WriteLine($"{RowWise}.{method}({x}, {biasArgument}, {rowLength}, {y}, new {OperationWriter.Name}({scaleArgument}));");
        }

        /// <summary>
        /// Beside <c>Invoke</c>, a forward kernel's own part: z = x·scale + bias (as the catalogue's fused step renders it) for
        /// one element and each vector width. A gradient has none.
        /// </summary>
        public static void EmitOperation(IndentedTextWriter w, KernelPlan plan)
        {
            if (plan.Spec.IsGradient)
            {
                return;
            }

            bool hasScale = plan.Find(ParameterRole.Scale) is not null, hasBias = plan.Find(ParameterRole.Bias) is not null;
            string c = plan.Compute.Keyword();
            w.WriteLine();
            w.WriteLine("/// <summary>The pre-activation z the row loops normalise.</summary>");
            w.WriteLine($"private readonly struct {OperationWriter.Name} : {RuntimeTypes.IRowOperation}<{c}>");
            w.WriteLine("{");
            w.Indent++;
            if (hasScale)
            {
                w.WriteLine($"private readonly {c} _scale;");
                w.WriteLine();
                w.WriteLine($"public Operation({c} scale) => _scale = scale;");
                w.WriteLine();
            }

            w.WriteLine($"public static bool HasBias => {(hasBias ? "true" : "false")};");
            if (plan.Spec.Parallel)
            {
                w.WriteLine("public static bool Parallel => true;");
            }

            foreach (VectorWidth width in OperationWriter.Widths)
            {
                string type = width.TypeOf(c);
                string scaleOperand = width == VectorWidth.Scalar ? "_scale" : $"{width.StaticType()}.Create(_scale)";
                var renderer = new ExprRenderer(plan.Compute, width, "x", role => role == ParameterRole.Scale ? scaleOperand : "bias");
                w.WriteLine();
                w.WriteLine(Inline);
                w.WriteLine($"public {type} Invoke({type} x, {type} bias) => {(plan.Pre is null ? "x" : renderer.Render(plan.Pre))};");
            }

            w.Indent--;
            w.WriteLine("}");
        }
    }
}

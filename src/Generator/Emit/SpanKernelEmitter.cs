using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// A forward span kernel (out of place or in place): <c>Invoke</c> validates every argument and calls the
    /// runtime's ActivationDriver, which runs the loops; <see cref="EmitOperation"/> writes what it is generic
    /// over (z = Pre(x, scale, bias, residual), y = Post(z, alpha, second, multiplier), per width).
    /// </summary>
    internal static class SpanKernelEmitter
    {
        public static void Emit(IndentedTextWriter w, KernelPlan plan)
        {
            string t = plan.Element.Keyword();
            string x = plan.Input.Name;
            string y = plan.Destination?.Name ?? x;
            KernelParameter? pre = plan.Preactivation;
            var guard = new GuardWriter(w, t, x, plan.Shown);

            // Validation: everything is checked before the first element is written.
            guard.ReturnIfEmpty();
            string written = plan.Destination is null ? x : guard.Destination(y);
            if (pre is not null)
            {
                string preWritten = guard.Destination(pre.Name);
                guard.Disjoint(written, preWritten, pre.Name);
            }

            foreach (KernelParameter role in plan.ReadRoles.Where(r => r.IsSpan))
            {
                guard.Role(role.Name, written, y);
                if (pre is not null)
                {
                    guard.Role(role.Name, $"{pre.Name}.Slice(0, {x}.Length)", pre.Name);
                }
            }

            guard.EndOfChecks();
            if (HalfSelectPlan.IsRuntimeClamp(plan))
            {
                w.WriteLine($"{RuntimeTypes.HalfClamp}.Run({x}, {y}, {plan.ValueSlots[0].Name}, {plan.ValueSlots[1].Name});");
                return;
            }

            w.WriteLine($"{RuntimeTypes.ActivationDriver}.Run<{OperationWriter.Name}, {t}, {plan.Compute.Keyword()}>({x}, {y}, {pre?.Name ?? "default"}, {Operands(plan, plan.ReadRoles)});");
        }

        /// <summary>The forward operation struct.</summary>
        public static void EmitOperation(IndentedTextWriter w, KernelPlan plan)
        {
            string c = plan.Compute.Keyword();
            OperationWriter op = OperationWriter.Open(w, $"{plan.Entry.Name}'s formula for the driver.", $"IActivationOperation<{c}>");
            if (!Expr.HasCall(plan.Pre) && !Expr.HasCall(plan.Post))
            {
                op.Constant("bool", "Cheap", "true");
            }

            if (plan.Spec.Parallel)
            {
                op.Constant("bool", "Parallel", "true");
            }

            // Half and only selecting between x and constants: the driver works on the bit patterns (HalfSelectPlan).
            HalfSelectPlan? halfSelect = plan.HalfSelect;
            if (halfSelect is not null)
            {
                op.Constant("bool", "SelectsHalfBits", "true");
            }

            if (plan.Preactivation is not null)
            {
                op.Constant("bool", "StoresPreactivation", "true");
            }

            if (plan.PipelinedMath is string function)
            {
                op.Constant(RuntimeTypes.PipelinedMath, "Pipelined", $"{RuntimeTypes.PipelinedMath}.{function}");
            }

            if (plan.PipelinedParameter is double parameter)
            {
                op.Constant("float", "PipelinedParameter", Literal.Of(parameter, ElementType.Single));
            }

            if (plan.PipelinedParameterAtRunTime)
            {
                op.Constant("bool", "PipelinedParameterAtRunTime", "true");
            }

            foreach (ParameterRole role in new[] { ParameterRole.Scale, ParameterRole.Bias, ParameterRole.Residual })
            {
                op.Kind(role.ToString(), plan.Find(role));
            }

            op.Kind("Alpha", plan.ValueSlots.FirstOrDefault()); // the second slot is always a value
            op.Kind("Multiplier", plan.Find(ParameterRole.Multiplier));
            (string first, string second) = plan.SlotNames;

            foreach (VectorWidth width in OperationWriter.Widths)
            {
                string type = width.TypeOf(c);
                if (plan.Pre is not null)
                {
                    var renderer = new ExprRenderer(plan.Compute, width, "x", Local);
                    op.Method(type, "Pre", new[] { "x", "scale", "bias", "residual" }.Select(p => $"{type} {p}"), new string[0], renderer.Render(plan.Pre));
                }

                op.Method(type, "Post", new[] { "z", first, second, "multiplier" }.Select(p => $"{type} {p}"), new string[0], new ExprRenderer(plan.Compute, width, "z", Local).Render(plan.Post));
            }

            if (halfSelect is not null)
            {
                foreach (VectorWidth width in OperationWriter.Widths)
                {
                    string bits = width.TypeOf("short");
                    op.Method(bits, "SelectHalfBits", new[] { bits + " x" }, new string[0], halfSelect.Render(width));
                }
            }

            op.Close();
        }

        /// <summary>
        /// The driver's operands argument: each role the kernel reads, a span as itself and a value converted to the
        /// compute type (float for Half).
        /// </summary>
        internal static string Operands(KernelPlan plan, IEnumerable<KernelParameter> roles)
        {
            string[] fields = roles.Select(r => r.IsSpan
                ? $"{plan.Field(r)} = {r.Name}"
                : $"{plan.Field(r)}Value = {(plan.Element == ElementType.Half ? $"(float){r.Name}" : r.Name)}").ToArray();
            return fields.Length == 0 ? "default" : $"new() {{ {string.Join(", ", fields)} }}";
        }

        /// <summary>The name a role has in the operation's members.</summary>
        internal static string Local(ParameterRole role) => role.ToString().ToLowerInvariant();
    }
}

using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Emit.Loops;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// The body of a forward span kernel (out of place or in place): validation, the per-channel role
    /// sources, then <see cref="SpanDispatch"/> over the loops <see cref="LoopEmitter"/> writes for the model
    /// built here (read x and the role spans, write y and the preactivation).
    /// </summary>
    internal static class SpanKernelEmitter
    {
        public static void Emit(IndentedTextWriter w, KernelPlan plan)
        {
            string t = plan.Element.Keyword();
            string x = plan.Input.Name;
            string y = plan.Destination?.Name ?? x;
            List<KernelParameter> spanRoles = plan.ReadRoles.Where(r => r.IsSpan).ToList();
            List<KernelParameter> valueRoles = plan.ReadRoles.Where(r => !r.IsSpan).ToList();
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

            foreach (KernelParameter role in spanRoles)
            {
                guard.Role(role.Name, Local(role), written, y);
                if (pre is not null)
                {
                    guard.Role(role.Name, null, $"{pre.Name}.Slice(0, {x}.Length)", pre.Name);
                }
            }

            guard.EndOfChecks();
            var model = new LoopModel(t, plan.Compute.Keyword(), "double");
            model.Indexed.Add("x");
            model.Cycled.AddRange(spanRoles.Select(Local));
            model.Values.AddRange(valueRoles.Select(Local));
            model.Writes.Add("y");
            model.Unrolled = !Catalogue.Expr.HasCall(plan.Pre) && !Catalogue.Expr.HasCall(plan.Post);
            if (pre is not null)
            {
                model.Writes.Add("pre");
            }

            model.Body = body =>
            {
                string type = body.Width.TypeOf(plan.Compute.Keyword());
                string suffix = body.Width == VectorWidth.Scalar ? "Scalar" : ((int)body.Width).ToString();
                string z = plan.Pre is null
                    ? body.Let("z", type, body.Operand("x"))
                    : body.Let("z", type, $"Pre{suffix}({string.Join(", ", new[] { body.Operand("x") }.Concat(plan.PreRoles.Select(r => body.Operand(Local(r)))))})");
                var results = new Dictionary<string, string>
                {
                    ["y"] = $"Post{suffix}({string.Join(", ", new[] { z }.Concat(plan.PostRoles.Select(r => body.Operand(Local(r)))))})",
                };
                if (pre is not null)
                {
                    results["pre"] = z;
                }

                return results;
            };

            var arguments = new Dictionary<string, string> { ["x"] = "ref __x", ["y"] = plan.Destination is null ? "ref __x" : guard.Reference(y, "__y") };
            if (pre is not null)
            {
                arguments["pre"] = guard.Reference(pre.Name, "__pre");
            }

            foreach (KernelParameter role in spanRoles)
            {
                arguments[Local(role)] = guard.CycledSource(role.Name, Local(role));
            }

            foreach (KernelParameter role in valueRoles)
            {
                arguments[Local(role)] = plan.Element == ElementType.Half ? $"(float){role.Name}" : role.Name;
            }

            SpanDispatch.Emit(w, model, plan.Element, arguments, guard.Cleanup);
            ComputeFunctions.Emit(w, plan, VectorWidth.Scalar);
            foreach (VectorWidth width in LoopEmitter.Widths)
            {
                ComputeFunctions.Emit(w, plan, width);
            }
        }

        /// <summary>The name a role has inside the generated local functions.</summary>
        internal static string Local(KernelParameter role) => Local(role.Role);

        /// <inheritdoc cref="Local(KernelParameter)"/>
        internal static string Local(ParameterRole role) => role.ToString().ToLowerInvariant();
    }
}

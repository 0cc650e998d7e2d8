using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// The body of a gradient span kernel (docs/activations.md, derivatives): dx = dy·f′(x) (or from y), in place into dy when there is
    /// no dx, with the gated-unit outputs (dmultiplier) and the per-channel reductions (dbias, dalpha) in the
    /// same pass. <c>Invoke</c> validates every argument, then calls the runtime's GradientDriver with the operation
    /// <see cref="EmitOperation"/> writes.
    /// </summary>
    internal static class GradientKernelEmitter
    {
        private const string Guard = RuntimeTypes.KernelGuard;

        public static void Emit(IndentedTextWriter w, KernelPlan plan)
        {
            string t = plan.Element.Keyword();
            string c = plan.Compute.Keyword();
            string x = plan.Input.Name;
            KernelParameter dy = plan.Find(ParameterRole.UpstreamGradient)!;
            KernelParameter? dx = plan.Find(ParameterRole.InputGradient);
            KernelParameter? alpha = plan.Find(ParameterRole.Alpha);
            KernelParameter? multiplier = plan.Find(ParameterRole.Multiplier);
            KernelParameter? dm = plan.Find(ParameterRole.MultiplierGradient);
            KernelParameter? dbias = plan.Find(ParameterRole.BiasGradient);
            KernelParameter? dalpha = plan.Find(ParameterRole.AlphaGradient);
            var guard = new GuardWriter(w, t, x, plan.Shown);

            // Validation: everything is checked before the first element is written.
            guard.ReturnIfEmpty(new[] { dbias, dalpha }.Where(r => r is not null).Select(r => r!.Name).ToArray());
            guard.Check($"{Guard}.CheckSameLength<{t}>({x}, {dy.Name}, \"{guard.Shown(dy.Name)}\");");
            string written;
            string writtenName;
            if (dx is not null)
            {
                written = guard.Destination(dx.Name);
                writtenName = dx.Name;
                guard.Check($"{Guard}.CheckNoPartialOverlap<{t}>({dy.Name}, {written}, \"{guard.Shown(dx.Name)}\");");
            }
            else
            {
                written = dy.Name; // dx overwrites dy
                writtenName = dy.Name;
                guard.Check($"{Guard}.CheckNoPartialOverlap<{t}>({x}, {dy.Name}, \"{guard.Shown(dy.Name)}\");");
            }

            var writtenRegions = new List<(string Region, string Name)> { (written, writtenName) };
            if (dm is not null)
            {
                string dmWritten = guard.Destination(dm.Name);
                guard.Check($"{Guard}.CheckNoPartialOverlap<{t}>({dy.Name}, {dmWritten}, \"{guard.Shown(dm.Name)}\");");
                guard.Disjoint(written, dmWritten, dm.Name);
                writtenRegions.Add((dmWritten, dm.Name));
            }

            foreach (KernelParameter? role in new[] { alpha, multiplier })
            {
                if (role is { IsSpan: true })
                {
                    for (int i = 0; i < writtenRegions.Count; i++)
                    {
                        guard.Role(role.Name, writtenRegions[i].Region, writtenRegions[i].Name);
                    }
                }
            }

            foreach (KernelParameter? reduction in new[] { dbias, dalpha })
            {
                if (reduction is null)
                {
                    continue;
                }

                // A reduction's length: dbias any divisor of n (channels), dalpha exactly α's length.
                guard.Check(reduction == dalpha
                    ? $"{Guard}.CheckSameLength<{t}>({alpha!.Name}, {reduction.Name}, \"{guard.Shown(reduction.Name)}\");"
                    : $"{Guard}.CheckChannels<{t}>({reduction.Name}, {x}.Length, \"{guard.Shown(reduction.Name)}\");");
                foreach (string other in new[] { x, dy.Name }.Concat(writtenRegions.Select(r => r.Region)))
                {
                    guard.Disjoint(other, reduction.Name, reduction.Name);
                }
            }

            if (dbias is not null && dalpha is not null)
            {
                guard.Disjoint(dbias.Name, dalpha.Name, dalpha.Name);
            }

            guard.EndOfChecks();
            string Or(KernelParameter? p) => p?.Name ?? "default";
            KernelParameter[] roles = plan.ValueSlots.Concat(new[] { multiplier }.Where(r => r is not null).Select(r => r!)).ToArray();
            w.WriteLine($"{RuntimeTypes.GradientDriver}.Run<{OperationWriter.Name}, {t}, {c}>({x}, {dy.Name}, {dx?.Name ?? dy.Name}, {Or(dm)}, {Or(dbias)}, {Or(dalpha)}, {SpanKernelEmitter.Operands(plan, roles)});");
        }

        /// <summary>
        /// The gradient operation struct: (dx, dmultiplier) from x (or y), dy, alpha and multiplier, and dalpha's term.
        /// </summary>
        public static void EmitOperation(IndentedTextWriter w, KernelPlan plan)
        {
            string c = plan.Compute.Keyword();
            KernelParameter? multiplier = plan.Find(ParameterRole.Multiplier);
            bool dm = plan.Find(ParameterRole.MultiplierGradient) is not null;
            OperationWriter op = OperationWriter.Open(w, $"The gradient of {plan.Entry.Name} for the driver.", $"IGradientOperation<{c}>");
            if (!Expr.HasCall(plan.Gradient) && (!dm || !Expr.HasCall(plan.Activation)))
            {
                op.Constant("bool", "Cheap", "true");
            }

            if (plan.Spec.Parallel)
            {
                op.Constant("bool", "Parallel", "true");
            }

            op.Kind("Alpha", plan.ValueSlots.FirstOrDefault()); // the second slot is always a value
            op.Kind("Multiplier", multiplier);
            if (dm) op.Constant("bool", "WritesMultiplierGradient", "true");
            if (plan.Find(ParameterRole.BiasGradient) is not null) op.Constant("bool", "SumsBias", "true");
            bool dalpha = plan.Find(ParameterRole.AlphaGradient) is not null;
            if (dalpha) op.Constant("bool", "SumsAlpha", "true");

            foreach (VectorWidth width in OperationWriter.Widths)
            {
                string type = width.TypeOf(c);
                (string first, string second) = plan.SlotNames;
                string[] parameters = new[] { "x", "dy", first, second, "multiplier" }.Select(p => $"{type} {p}").ToArray();
                var statements = new List<string>();
                // A gate multiplies dy first: dx = dy·multiplier·f′(x).
                string d = multiplier is null ? "dy" : "d";
                if (multiplier is not null)
                {
                    statements.Add($"{type} d = dy * multiplier;");
                }

                Dictionary<Expr, string>? known = null;
                if (dm && plan.Joint is { } joint)
                {
                    // Both f and f′ are needed: one call gives them with their common part (e.g. σ) computed once.
                    string call = new ExprRenderer(plan.Compute, width, "x", SpanKernelEmitter.Local, d).RenderCall(joint.Function, joint.Value.Args);
                    statements.Add($"({type} f, {type} fp) = {call};");
                    known = new Dictionary<Expr, string> { [joint.Value] = "f", [joint.Derivative] = "fp" };
                }

                var renderer = new ExprRenderer(plan.Compute, width, "x", SpanKernelEmitter.Local, d, known);
                string dmultiplier = dm ? $"dy * {renderer.Render(plan.Activation)}" : "default";
                op.Method($"({type} Dx, {type} Dm)", "Gradient", parameters, statements, $"({renderer.Render(plan.Gradient!)}, {dmultiplier})");
                if (dalpha)
                {
                    var alphaTerm = new ExprRenderer(plan.Compute, width, "x", SpanKernelEmitter.Local, multiplier is null ? "dy" : "(dy * multiplier)");
                    op.Method(type, "AlphaTerm", new[] { "x", "dy", first, "multiplier" }.Select(p => $"{type} {p}"), new string[0], alphaTerm.Render(Expr.Select(CompareOp.GreaterThan, Expr.X, Expr.Const(0), Expr.Const(0), Expr.X * Expr.Dy)));
                }
            }

            op.Close();
        }
    }
}

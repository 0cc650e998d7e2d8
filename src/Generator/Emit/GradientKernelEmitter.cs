using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Emit.Loops;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// The body of a gradient span kernel (docs/activations.md, derivatives): dx = dy·f′(x) (or from y), in place into dy when there is
    /// no dx, with the gated-unit outputs (dmultiplier) and the per-channel reductions (dbias, dalpha) in the
    /// same pass. Validation first, then the loops <see cref="LoopEmitter"/> writes for the model built here.
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
                        guard.Role(role.Name, i == 0 ? SpanKernelEmitter.Local(role) : null, writtenRegions[i].Region, writtenRegions[i].Name);
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
            var model = new LoopModel(t, c, "double");
            model.Indexed.Add("x");
            model.Indexed.Add("dy");
            foreach (KernelParameter? role in new[] { alpha, multiplier })
            {
                if (role is not null)
                {
                    (role.IsSpan ? model.Cycled : model.Values).Add(SpanKernelEmitter.Local(role));
                }
            }

            model.Writes.Add("dx");
            model.Unrolled = !Expr.HasCall(plan.Gradient) && (dm is null || !Expr.HasCall(plan.Activation));
            if (dm is not null) model.Writes.Add("dm");
            if (dbias is not null) model.Reductions.Add("dbias");
            if (dalpha is not null) model.Reductions.Add("dalpha");

            model.Body = body =>
            {
                string type = body.Width.TypeOf(c);
                string xv = body.Let("xv", type, body.Operand("x"));
                string dyv = body.Let("dyv", type, body.Operand("dy"));
                string d = multiplier is null ? dyv : body.Let("d", type, $"{dyv} * {body.Operand("multiplier")}");
                System.Func<ParameterRole, string> operand = role => body.Operand(SpanKernelEmitter.Local(role));
                Dictionary<Expr, string>? known = null;
                if (dm is not null && plan.Joint is { } joint)
                {
                    // Both f and f′ are needed: one call gives them with their common part (e.g. σ) computed once.
                    string call = new ExprRenderer(plan.Compute, body.Width, xv, operand, d).RenderCall(joint.Function, joint.Value.Args);
                    (string f, string fp) = body.LetPair("f", "fp", type, call);
                    known = new Dictionary<Expr, string> { [joint.Value] = f, [joint.Derivative] = fp };
                }

                var renderer = new ExprRenderer(plan.Compute, body.Width, xv, operand, d, known);
                string g = body.Let("g", type, renderer.Render(plan.Gradient!));
                var results = new Dictionary<string, string> { ["dx"] = g };
                if (dm is not null) results["dm"] = $"{dyv} * {renderer.Render(plan.Activation)}";
                if (dbias is not null) results["dbias"] = g;
                if (dalpha is not null) results["dalpha"] = renderer.Render(Expr.Select(CompareOp.GreaterThan, Expr.X, Expr.Const(0), Expr.Const(0), Expr.X * Expr.Dy));
                return results;
            };

            var arguments = new Dictionary<string, string>
            {
                ["x"] = "ref __x",
                ["dy"] = guard.Reference(dy.Name, "__dy"),
            };
            arguments["dx"] = dx is null ? "ref __dy" : guard.Reference(dx.Name, "__dx");
            if (dm is not null) arguments["dm"] = guard.Reference(dm.Name, "__dm");
            foreach (KernelParameter? role in new[] { alpha, multiplier })
            {
                if (role is not null)
                {
                    string local = SpanKernelEmitter.Local(role);
                    arguments[local] = role.IsSpan ? guard.CycledSource(role.Name, local) : (plan.Element == ElementType.Half ? $"(float){role.Name}" : role.Name);
                }
            }

            if (dbias is not null) arguments["dbias"] = guard.Accumulator(dbias.Name, "dbias", c);
            if (dalpha is not null) arguments["dalpha"] = guard.Accumulator(dalpha.Name, "dalpha", c);

            SpanDispatch.Emit(w, model, plan.Element, arguments, guard.Cleanup);
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// What the emitters derive from a <see cref="KernelSpec"/> before writing: the catalogue entry, the
    /// formulas of the two halves of a fused kernel (z from x and the pre-activation roles; y from z and the
    /// post-activation roles), and the parameters by role.
    /// </summary>
    internal sealed class KernelPlan
    {
        public KernelPlan(KernelSpec spec)
        {
            Spec = spec;
            Entry = ActivationCatalogue.Find(spec.Activation.Name)!;
            Element = spec.Element;
            Compute = spec.Element.ComputeType();
            Input = spec.Parameters.First(p => p.Role is ParameterRole.Input or ParameterRole.Output);
            Destination = spec.Parameters.FirstOrDefault(p => p.Role == ParameterRole.Destination);
            Preactivation = Find(ParameterRole.Preactivation);

            ValueSlots = Roles(ValueRoles);
            string[] runtime = ValueSlots.Select(p => Entry.Parameters.FirstOrDefault(e => FormulaArgs.RoleOf(e.Name) == p.Role)?.Name ?? "Alpha").ToArray();
            var args = new FormulaArgs(Entry.Parameters, spec.Activation.Values.ToArray(), runtime, Compute, alphaPerElement: Find(ParameterRole.Alpha) is { IsSpan: true },
                alphaInUnitInterval: spec.Activation.RuntimeAlphaInUnitInterval);
            Expr activation = Entry.Forward(args);
            Activation = activation;
            // The function's one argument beside z, if any: a constant, or the kernel's first runtime value (its α slot).
            Expr? parameterArg = activation is CallExpr { Args.Count: 2 } withParameter ? withParameter.Args[1] : null;
            PipelinedMath = (Element == ElementType.Single || Element == ElementType.Half) && Entry.Pipelined?.Invoke(args) == true && activation is CallExpr { Args.Count: > 0 } call && call.Args[0] is InputExpr
                && (parameterArg is null or ConstExpr || (parameterArg is RoleExpr runtimeParameter && ValueSlots.Count > 0 && ValueSlots[0].Role == runtimeParameter.Role))
                ? call.Function : null;
            PipelinedParameter = PipelinedMath is not null && parameterArg is ConstExpr { Value: not 1 } parameter ? parameter.Value : null;
            PipelinedParameterAtRunTime = PipelinedMath is not null && parameterArg is RoleExpr;
            if (spec.IsGradient && !Entry.RowWise) // a row-wise gradient is the runtime's row loop, not a formula
            {
                Gradient = FromOutput ? Entry.GradientFromOutput!(args)! : Entry.Gradient(args);
                Joint = FromOutput ? null : Entry.Joint?.Invoke(args);
            }

            Post = Find(ParameterRole.Multiplier) is null ? activation : activation * new RoleExpr(ParameterRole.Multiplier);
            Pre = BuildPre();
            PreRoles = Roles(ParameterRole.Scale, ParameterRole.Bias, ParameterRole.Residual);
            PostRoles = ValueSlots.Concat(Roles(ParameterRole.Multiplier)).ToList();
        }

        /// <summary>The roles that carry attribute parameters (α, and for by-name kernels β, γ and the clip bounds), in slot order.</summary>
        private static readonly ParameterRole[] ValueRoles = { ParameterRole.Alpha, ParameterRole.Beta, ParameterRole.Gamma, ParameterRole.Min, ParameterRole.Max };

        /// <summary>
        /// The kernel's runtime attribute parameters in the order of the driver's two slots: the first travels as the alpha
        /// operand (a value or prelu's span), the second as <c>SecondValue</c> (docs/design.md, "Activations by name").
        /// </summary>
        public IReadOnlyList<KernelParameter> ValueSlots { get; }

        /// <summary>The driver's operand field (without <c>Value</c>) that carries role parameter <paramref name="parameter"/>.</summary>
        public string Field(KernelParameter parameter) =>
            ValueSlots.Count > 0 && parameter == ValueSlots[0] ? "Alpha"
            : ValueSlots.Count > 1 && parameter == ValueSlots[1] ? "Second"
            : parameter.Role.ToString();

        /// <summary>The names the operation's members give the two value slots: the role a slot carries, else the interface's name.</summary>
        public (string First, string Second) SlotNames => (
            ValueSlots.Count > 0 ? ValueSlots[0].Role.ToString().ToLowerInvariant() : "alpha",
            ValueSlots.Count > 1 ? ValueSlots[1].Role.ToString().ToLowerInvariant() : "second");

        public KernelSpec Spec { get; }

        /// <summary>Half forward kernels that only select between x and constants: the bit ranges they select on; else null.</summary>
        public HalfSelectPlan? HalfSelect => _halfSelectDone ? _halfSelect : Remember(HalfSelectPlan.For(this));

        public ActivationEntry Entry { get; }

        /// <summary>The declared element type.</summary>
        public ElementType Element { get; }

        /// <summary>The type the formulas compute in (float for Half).</summary>
        public ElementType Compute { get; }

        public KernelParameter Input { get; }

        public KernelParameter? Destination { get; }

        public KernelParameter? Preactivation { get; }

        /// <summary>Gradient kernels: the input is the saved output y rather than x.</summary>
        public bool FromOutput => Find(ParameterRole.Output) is not null;

        /// <summary>The activation alone, y = f(x).</summary>
        public Expr Activation { get; }

        /// <summary>
        /// The <c>PipelinedMath</c> member the driver may run in stages, or null: a float or Half kernel whose activation is
        /// a function of z that the entry pipelines for these parameters (for Half the driver picks the functions whose
        /// stages beat Half's own pipelined conversions: docs/design.md, "Pipelined math").
        /// </summary>
        public string? PipelinedMath { get; }

        /// <summary>
        /// The folded parameter of the <see cref="PipelinedMath"/> function (its one argument beside z), where it is not 1:
        /// the operation's <c>PipelinedParameter</c>, which silu's and softplus's stages take as β and elu's and celu's as α.
        /// </summary>
        public double? PipelinedParameter { get; }

        /// <summary>Whether that parameter is the kernel's first runtime value (the operation's <c>PipelinedParameterAtRunTime</c>).</summary>
        public bool PipelinedParameterAtRunTime { get; }

        /// <summary>Gradient kernels: dx as a function of x (or y) and dy.</summary>
        public Expr? Gradient { get; }

        /// <summary>Gradient kernels from x: the function giving f and f′ in one evaluation, if the activation has one.</summary>
        public JointCall? Joint { get; }

        /// <summary>z as a function of x and the pre-activation roles; null when z is x.</summary>
        public Expr? Pre { get; }

        /// <summary>y as a function of z (the formula's input) and the post-activation roles.</summary>
        public Expr Post { get; }

        /// <summary>Role parameters that feed <see cref="Pre"/>, in a fixed order.</summary>
        public IReadOnlyList<KernelParameter> PreRoles { get; }

        /// <summary>Role parameters that feed <see cref="Post"/>, in a fixed order.</summary>
        public IReadOnlyList<KernelParameter> PostRoles { get; }

        /// <summary>Every role parameter that is read, pre then post.</summary>
        public IEnumerable<KernelParameter> ReadRoles => PreRoles.Concat(PostRoles);

        public KernelParameter? Find(ParameterRole role) => Spec.Parameters.FirstOrDefault(p => p.Role == role);

        /// <summary>The name messages give the parameter called <paramref name="name"/> in the generated code: the user's.</summary>
        public string Shown(string name) => Spec.Parameters.FirstOrDefault(p => p.Name == name)?.Shown ?? name;

        /// <summary>One line for the XML doc summary.</summary>
        public string Summary => Entry.RowWise
            ? (Spec.IsGradient ? $"Gradient of {Entry.Name}: {Entry.Derivative}." : $"{Entry.Name}: {Entry.Formula}.")
            : Spec.IsGradient
            ? $"Gradient of {Entry.Name} ({Entry.Formula}): dx = dy·f′({(FromOutput ? "from y" : "x")}), f′ = {Entry.Derivative}{ConstantsText()}."
            : $"{Entry.Name}: {Entry.Formula}{ConstantsText()}.";

        /// <summary>The comment at the top of the body: formula, constants and fusion.</summary>
        public IEnumerable<string> Description
        {
            get
            {
                if (Entry.RowWise)
                {
                    yield return Spec.IsGradient ? $"gradient of {Entry.Name} ({Entry.Formula}): {Entry.Derivative}" : $"{Entry.Name}: {Entry.Formula}";
                    yield return Find(ParameterRole.RowLength) is null ? "one row: the whole input" : "the input is [rows, rowLength], row-major";
                    if (Pre is not null)
                    {
                        yield return "fused: z = " + (Find(ParameterRole.Scale) is null ? "x" : "x·scale") + (Find(ParameterRole.Bias) is null ? "" : " + bias (a row of it shared by every row, or per element; −∞ masks)") +
                            (Find(ParameterRole.Scale) is not null && Find(ParameterRole.Bias) is not null ? ", one fused multiply-add" : "");
                    }

                    if (Element == ElementType.Half)
                    {
                        yield return "Half is computed in float and rounded once";
                    }

                    yield break;
                }


                if (Spec.IsGradient)
                {
                    yield return $"gradient of {Entry.Name}: {Entry.Formula}{ConstantsText()}";
                    yield return $"dx = dy·f′, f′ = {Entry.Derivative}" + (FromOutput ? "; computed from the saved output y" : "");
                    if (Find(ParameterRole.Multiplier) is not null)
                    {
                        yield return "gated: dx = dy·multiplier·f′(x), dmultiplier = dy·f(x)";
                    }

                    if (Find(ParameterRole.BiasGradient) is not null)
                    {
                        yield return "dbias[c] = Σ over rows of dx (accumulated in double)";
                    }

                    if (Find(ParameterRole.AlphaGradient) is not null)
                    {
                        yield return "dalpha[c] = Σ over rows of dy·x where x ≤ 0 (accumulated in double)";
                    }

                    yield break;
                }

                yield return $"{Entry.Name}: {Entry.Formula}{ConstantsText()}";
                if (Pre is not null || Find(ParameterRole.Multiplier) is not null)
                {
                    string z = string.Join(" + ", new[]
                    {
                        Find(ParameterRole.Scale) is null ? "x" : "x·scale",
                        Find(ParameterRole.Bias) is null ? null : "bias",
                        Find(ParameterRole.Residual) is null ? null : "residual",
                    }.Where(t => t is not null));
                    string fma = Find(ParameterRole.Scale) is not null && Find(ParameterRole.Bias) is not null ? " (x·scale + bias as one fused multiply-add)" : "";
                    yield return $"fused in one pass: z = {z}{fma}; y = {Entry.Name}(z){(Find(ParameterRole.Multiplier) is null ? "" : "·multiplier")}";
                }

                if (Preactivation is not null)
                {
                    yield return "z is also stored to '" + Preactivation.Shown + "' for the backward pass";
                }

                if (Element == ElementType.Half)
                {
                    yield return HalfSelectPlan.IsRuntimeClamp(this)
                        ? "Half: clamped on the 16-bit patterns with the runtime bounds (HalfClamp), no conversion (the same bits as computing in float and rounding once)"
                        : HalfSelect is null
                        ? "Half is computed in float and rounded once"
                        : "Half: selected on the 16-bit patterns, no conversion (the same bits as computing in float and rounding once)";
                }
            }
        }

        private HalfSelectPlan? _halfSelect;
        private bool _halfSelectDone;

        private HalfSelectPlan? Remember(HalfSelectPlan? plan)
        {
            _halfSelect = plan;
            _halfSelectDone = true;
            return plan;
        }

        private string ConstantsText()
        {
            var parts = new List<string>();
            for (int i = 0; i < Entry.Parameters.Length; i++)
            {
                KernelParameter? runtime = Find(FormulaArgs.RoleOf(Entry.Parameters[i].Name));
                parts.Add(Entry.Parameters[i].Name + " = " + (runtime is not null ? $"the '{runtime.Name}' parameter" : Literal.Of(Spec.Activation.Values[i], Compute)));
            }

            if (Entry.Alpha == AlphaRole.Required && parts.Count == 0)
            {
                parts.Add("α from the 'alpha' parameter");
            }

            return parts.Count == 0 ? "" : ", with " + string.Join(", ", parts);
        }

        private Expr? BuildPre()
        {
            bool scale = Find(ParameterRole.Scale) is not null;
            bool bias = Find(ParameterRole.Bias) is not null;
            Expr? z = (scale, bias) switch
            {
                (true, true) => Expr.MultiplyAdd(Expr.X, new RoleExpr(ParameterRole.Scale), new RoleExpr(ParameterRole.Bias)),
                (true, false) => Expr.X * new RoleExpr(ParameterRole.Scale),
                (false, true) => Expr.X + new RoleExpr(ParameterRole.Bias),
                _ => null,
            };

            if (Find(ParameterRole.Residual) is not null)
            {
                z = (z ?? Expr.X) + new RoleExpr(ParameterRole.Residual);
            }

            return z;
        }

        private IReadOnlyList<KernelParameter> Roles(params ParameterRole[] roles) =>
            roles.Select(Find).Where(p => p is not null).Select(p => p!).ToList();
    }
}

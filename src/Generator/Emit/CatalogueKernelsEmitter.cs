using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Helpers;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// The runtime's by-name kernels (<c>ActivationKernels.Get</c>, docs/design.md "Activations by name"): for the class
    /// carrying the runtime's internal <c>[GenerateCatalogueKernels]</c> marker, one kernel per element-wise catalogue
    /// activation × float/double/Half × fusion (plain, bias, multiplier, gradient), each once with the default parameter
    /// values folded and, where the activation has parameters, once taking all of them at run time; each written by
    /// <see cref="KernelEmitter"/> from a <see cref="KernelSpec"/> exactly as a declared kernel with the same signature and
    /// attribute values would be; and the lookup: names and aliases, parameters, and one sealed class per activation ×
    /// type × mode that forwards to those kernels.
    /// </summary>
    internal static class CatalogueKernelsEmitter
    {
        private static readonly ElementType[] Types = { ElementType.Single, ElementType.Double, ElementType.Half };

        /// <summary>Every file to add: (hint name, source).</summary>
        public static IEnumerable<(string HintName, string Source)> Emit(HierarchyInfo hierarchy)
        {
            foreach (KernelSpec spec in Specs(hierarchy).Concat(RowWiseSpecs(hierarchy)))
            {
                yield return (HintNames.For(spec), KernelEmitter.Emit(spec));
            }

            yield return (hierarchy.QualifiedName.Replace('`', '_') + ".Catalogue.g.cs", Lookup(hierarchy));
        }

        /// <summary>The activations offered by name: every element-wise one (row-wise ones need a row length).</summary>
        internal static IEnumerable<ActivationEntry> Entries => ActivationCatalogue.Entries.Where(e => !e.RowWise && (e.Types & ElementType.Floating) == ElementType.Floating);

        private static IEnumerable<KernelSpec> Specs(HierarchyInfo hierarchy)
        {
            foreach (ActivationEntry entry in Entries)
            {
                foreach (ElementType type in Types)
                {
                    foreach (AlphaMode mode in AlphaModes(entry))
                    {
                        foreach (Variant variant in Variants.Where(v => mode != AlphaMode.RuntimeUnit || !IsGradient(v)))
                        {
                            yield return Spec(hierarchy, entry, type, mode, variant);
                        }
                    }
                }
            }
        }

        /// <summary>The row-wise activations (softmax, log_softmax), offered by name with a row length.</summary>
        internal static IEnumerable<ActivationEntry> RowWiseEntries => ActivationCatalogue.Entries.Where(e => e.RowWise && (e.Types & ElementType.Floating) == ElementType.Floating);

        /// <summary>The fusions of a row-wise kernel by name: as a declared row-wise kernel takes them.</summary>
        private enum RowVariant
        {
            Plain,
            Scale,
            Bias,
            ScaleBias,
            Gradient,
            GradientInPlace,
        }

        private static readonly RowVariant[] RowVariants = { RowVariant.Plain, RowVariant.Scale, RowVariant.Bias, RowVariant.ScaleBias, RowVariant.Gradient, RowVariant.GradientInPlace };

        private static IEnumerable<KernelSpec> RowWiseSpecs(HierarchyInfo hierarchy)
        {
            foreach (ActivationEntry entry in RowWiseEntries)
            {
                foreach (ElementType type in Types)
                {
                    foreach (RowVariant variant in RowVariants)
                    {
                        yield return RowWiseSpec(hierarchy, entry, type, variant);
                    }
                }
            }
        }

        /// <summary>
        /// A row-wise kernel with the signature a declared one has: (x, [T scale], [bias], int rowLength, y) forward,
        /// (y, dy, int rowLength, [dx]) gradient. In place is the out-of-place kernel with y = x, which is the same call.
        /// </summary>
        private static KernelSpec RowWiseSpec(HierarchyInfo hierarchy, ActivationEntry entry, ElementType type, RowVariant variant)
        {
            string t = type.Keyword();
            string read = $"global::System.ReadOnlySpan<{t}>";
            string write = $"global::System.Span<{t}>";
            bool gradient = variant is RowVariant.Gradient or RowVariant.GradientInPlace;
            var parameters = new List<KernelParameter>();
            if (gradient)
            {
                parameters.Add(new("y", read + " y", ParameterRole.Output, true));
                parameters.Add(new("dy", (variant == RowVariant.GradientInPlace ? write : read) + " dy", ParameterRole.UpstreamGradient, true));
            }
            else
            {
                parameters.Add(new("x", read + " x", ParameterRole.Input, true));
                if (variant is RowVariant.Scale or RowVariant.ScaleBias)
                {
                    parameters.Add(new("scale", t + " scale", ParameterRole.Scale, false));
                }

                if (variant is RowVariant.Bias or RowVariant.ScaleBias)
                {
                    parameters.Add(new("bias", read + " bias", ParameterRole.Bias, true));
                }
            }

            parameters.Add(new("rowLength", "int rowLength", ParameterRole.RowLength, false));
            if (variant == RowVariant.Gradient)
            {
                parameters.Add(new("dx", write + " dx", ParameterRole.InputGradient, true));
            }
            else if (!gradient)
            {
                parameters.Add(new("y", write + " y", ParameterRole.Destination, true));
            }

            return new KernelSpec(
                hierarchy,
                "private static",
                "void",
                RowMethodName(entry, type, variant),
                parameters.ToEquatableArray(),
                variant == RowVariant.GradientInPlace ? KernelShape.InPlace : KernelShape.OutOfPlace,
                type,
                new ActivationUse(entry.Name, entry.Parameters.Select(p => p.Default).ToEquatableArray()),
                IsGradient: gradient);
        }

        private static string RowMethodName(ActivationEntry entry, ElementType type, RowVariant variant) =>
            Pascal(entry.Name) + TypeName(type) + (variant == RowVariant.Plain ? "" : variant.ToString());

        private static string RowClassName(ActivationEntry entry, ElementType type, bool gradient) =>
            Pascal(entry.Name) + TypeName(type) + (gradient ? "RowWiseGradientKernel" : "RowWiseKernel");

        /// <summary>
        /// How a kernel has its attribute parameters: folded (the defaults), all at run time, or at run time with α known to
        /// be in (0, 1] (leaky_relu and prelu, whose only parameter is α).
        /// </summary>
        private enum AlphaMode
        {
            Folded,
            Runtime,
            RuntimeUnit,
        }

        /// <summary>The parameters a kernel in <see cref="AlphaMode.Runtime"/> takes, in order: prelu's α, then the entry's.</summary>
        private static IEnumerable<(string Name, ParameterRole Role, bool IsBound)> RuntimeParameters(ActivationEntry entry)
        {
            if (entry.Alpha == AlphaRole.Required)
            {
                yield return ("alpha", ParameterRole.Alpha, false);
            }

            foreach (ActivationParameter parameter in entry.Parameters)
            {
                yield return (parameter.Name.ToLowerInvariant(), FormulaArgs.RoleOf(parameter.Name), parameter.IsBound);
            }
        }

        private static IEnumerable<AlphaMode> AlphaModes(ActivationEntry entry)
        {
            if (entry.Alpha != AlphaRole.Required)
            {
                yield return AlphaMode.Folded;
            }

            // The driver has two runtime-value slots; no catalogue entry has more parameters (CatalogueKernelsTests).
            int count = RuntimeParameters(entry).Count();
            if (count is > 0 and <= 2)
            {
                yield return AlphaMode.Runtime;
                if (HasUnitAlphaForm(entry))
                {
                    yield return AlphaMode.RuntimeUnit;
                }
            }
        }

        /// <summary>
        /// Whether the forward formula is cheaper for a runtime α known to be in (0, 1] (leaky_relu, prelu: max(x, α·x),
        /// as with such a constant): then kernels for that case are written too, and chosen by α's value, so that a
        /// by-name α costs what the constant costs.
        /// </summary>
        private static bool HasUnitAlphaForm(ActivationEntry entry)
        {
            double[] values = entry.Parameters.Select(p => p.Default).ToArray();
            Expr general = entry.Forward(new FormulaArgs(entry.Parameters, values, runtimeAlpha: true, ElementType.Single, alphaPerElement: false));
            Expr unit = entry.Forward(new FormulaArgs(entry.Parameters, values, runtimeAlpha: true, ElementType.Single, alphaPerElement: false, alphaInUnitInterval: true));
            // Compared as rendered text: call nodes hold arrays, which compare by reference.
            var renderer = new ExprRenderer(ElementType.Single, VectorWidth.Scalar, "x", role => role.ToString());
            return renderer.Render(general) != renderer.Render(unit);
        }

        private static bool IsGradient(Variant variant) => variant is Variant.Gradient or Variant.GradientInPlace;

        private enum Variant
        {
            Plain,
            Bias,
            Gated,
            Gradient,
            GradientInPlace,
        }

        private static readonly Variant[] Variants = { Variant.Plain, Variant.Bias, Variant.Gated, Variant.Gradient, Variant.GradientInPlace };

        private static KernelSpec Spec(HierarchyInfo hierarchy, ActivationEntry entry, ElementType type, AlphaMode mode, Variant variant)
        {
            bool runtimeAlpha = mode != AlphaMode.Folded;
            string t = type.Keyword();
            string read = $"global::System.ReadOnlySpan<{t}>";
            string write = $"global::System.Span<{t}>";
            var parameters = new List<KernelParameter> { new("x", read + " x", ParameterRole.Input, true) };
            bool gradient = variant is Variant.Gradient or Variant.GradientInPlace;
            switch (variant)
            {
                case Variant.Bias:
                    parameters.Add(new("bias", read + " bias", ParameterRole.Bias, true));
                    break;
                case Variant.Gated:
                    parameters.Add(new("multiplier", read + " multiplier", ParameterRole.Multiplier, true));
                    break;
                case Variant.Gradient:
                    parameters.Add(new("dy", read + " dy", ParameterRole.UpstreamGradient, true));
                    break;
                case Variant.GradientInPlace:
                    parameters.Add(new("dy", write + " dy", ParameterRole.UpstreamGradient, true));
                    break;
            }

            if (runtimeAlpha)
            {
                // Each parameter in the compute type (float for Half), as the attribute's value is folded: the same float either way.
                foreach ((string name, ParameterRole role, _) in RuntimeParameters(entry))
                {
                    parameters.Add(new(name, type.ComputeType().Keyword() + " " + name, role, false));
                }
            }

            if (variant == Variant.Gradient)
            {
                parameters.Add(new("dx", write + " dx", ParameterRole.InputGradient, true));
            }
            else if (!gradient)
            {
                parameters.Add(new("y", write + " y", ParameterRole.Destination, true));
            }

            return new KernelSpec(
                hierarchy,
                "private static",
                "void",
                MethodName(entry, type, mode, variant),
                parameters.ToEquatableArray(),
                variant == Variant.GradientInPlace ? KernelShape.InPlace : KernelShape.OutOfPlace,
                type,
                new ActivationUse(entry.Name, entry.Parameters.Select(p => p.Default).ToEquatableArray(), mode == AlphaMode.RuntimeUnit),
                IsGradient: gradient);
        }

        private static string MethodName(ActivationEntry entry, ElementType type, AlphaMode mode, Variant variant) =>
            Pascal(entry.Name) + TypeName(type) + ModeName(entry, mode) + (variant == Variant.Plain ? "" : variant.ToString());

        private static string ModeName(ActivationEntry entry, AlphaMode mode) => mode switch
        {
            AlphaMode.Runtime => RuntimeParameters(entry).All(p => p.Role == ParameterRole.Alpha) ? "Alpha" : "Runtime",
            AlphaMode.RuntimeUnit => "UnitAlpha",
            _ => "",
        };

        private static string TypeName(ElementType type) => type == ElementType.Half ? "Half" : type == ElementType.Single ? "Single" : "Double";

        private static string Pascal(string name) =>
            string.Concat(name.Split('_').Select(part => part.Length == 0 ? "" : char.ToUpperInvariant(part[0]) + part.Substring(1)));

        private static string Lookup(HierarchyInfo hierarchy)
        {
            var text = new StringWriter();
            var w = new IndentedTextWriter(text, "    ");
            w.WriteLine("// <auto-generated/>");
            w.WriteLine("#nullable enable");
            w.WriteLine();
            HierarchyWriter.Open(w, hierarchy);
            ActivationEntry[] entries = Entries.ToArray();

            w.WriteLine("/// <summary>The canonical names of the activations offered by name, in catalogue order (an activation's index).</summary>");
            w.WriteLine("private static readonly string[] s_catalogueNames = { " + string.Join(", ", entries.Select(e => Quote(e.Name))) + " };");
            w.WriteLine();
            w.WriteLine("/// <summary>Every name and alias of the whole catalogue, row-wise ones included, with its canonical name (for \"did you mean\").</summary>");
            w.WriteLine("private static readonly (string Candidate, string Canonical)[] s_candidates =");
            w.WriteLine("{");
            foreach ((string candidate, string canonical) in ActivationCatalogue.Candidates)
            {
                w.WriteLine($"    ({Quote(candidate)}, {Quote(canonical)}),");
            }

            w.WriteLine("};");
            w.WriteLine();
            ActivationEntry[] rowWiseEntries = RowWiseEntries.ToArray();
            w.WriteLine("/// <summary>The row-wise activations (a row length), offered by GetRowWise: an activation's row-wise index.</summary>");
            w.WriteLine("private static readonly string[] s_rowWiseNames = { " + string.Join(", ", rowWiseEntries.Select(e => Quote(e.Name))) + " };");
            w.WriteLine();
            w.WriteLine("/// <summary>Each activation's attribute parameters (name, default, bound, must be non-zero) and how it takes α.</summary>");
            w.WriteLine("private static readonly CatalogueActivation[] s_activations =");
            w.WriteLine("{");
            foreach (ActivationEntry entry in entries)
            {
                string parameters = string.Join(", ", entry.Parameters.Select(p =>
                    $"new CatalogueParameter({Quote(p.Name)}, {Double(p.Default)}, {Bool(p.IsBound)}, {Bool(p.MustBeNonZero)})"));
                w.WriteLine($"    new CatalogueActivation({Quote(entry.Name)}, CatalogueAlpha.{entry.Alpha}, new CatalogueParameter[] {{ {parameters} }}),");
            }

            w.WriteLine("};");
            w.WriteLine();

            w.WriteLine("/// <summary>The index of a name or alias (lower case), or −1.</summary>");
            w.WriteLine("private static int IndexOf(string lowerName) => lowerName switch");
            w.WriteLine("{");
            for (int i = 0; i < entries.Length; i++)
            {
                w.WriteLine($"    {string.Join(" or ", new[] { entries[i].Name }.Concat(entries[i].Aliases).Select(Quote))} => {i},");
            }

            w.WriteLine("    _ => -1,");
            w.WriteLine("};");

            w.WriteLine();
            w.WriteLine("/// <summary>The row-wise index of a name or alias (lower case), or −1.</summary>");
            w.WriteLine("private static int RowWiseIndexOf(string lowerName) => lowerName switch");
            w.WriteLine("{");
            for (int i = 0; i < rowWiseEntries.Length; i++)
            {
                w.WriteLine($"    {string.Join(" or ", new[] { rowWiseEntries[i].Name }.Concat(rowWiseEntries[i].Aliases).Select(Quote))} => {i},");
            }

            w.WriteLine("    _ => -1,");
            w.WriteLine("};");

            foreach (bool gradient in new[] { false, true })
            {
                string kernel = gradient ? "RowWiseActivationGradientKernel" : "RowWiseActivationKernel";
                w.WriteLine();
                w.WriteLine($"/// <summary>The row-wise {(gradient ? "gradient" : "forward")} kernel of row-wise activation <paramref name=\"index\"/> over T.</summary>");
                w.WriteLine($"private static global::FusedKernels.{kernel}<T> CreateRowWise{(gradient ? "Gradient" : "Forward")}<T>(int index, string name)");
                w.WriteLine("{");
                w.Indent++;
                foreach (ElementType type in Types)
                {
                    string t = type.Keyword();
                    w.WriteLine($"if (typeof(T) == typeof({t}))");
                    w.WriteLine("{");
                    w.WriteLine($"    global::FusedKernels.{kernel}<{t}> kernel = index switch");
                    w.WriteLine("    {");
                    for (int i = 0; i < rowWiseEntries.Length; i++)
                    {
                        w.WriteLine($"        {i} => new {RowClassName(rowWiseEntries[i], type, gradient)}(name),");
                    }

                    w.WriteLine("        _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
                    w.WriteLine("    };");
                    w.WriteLine($"    return (global::FusedKernels.{kernel}<T>)(object)kernel;");
                    w.WriteLine("}");
                    w.WriteLine();
                }

                w.WriteLine("throw new global::System.ArgumentOutOfRangeException(nameof(T));");
                w.Indent--;
                w.WriteLine("}");
            }

            foreach (bool gradient in new[] { false, true })
            {
                string kernel = gradient ? "ActivationGradientKernel" : "ActivationKernel";
                w.WriteLine();
                w.WriteLine($"/// <summary>The {(gradient ? "gradient" : "forward")} kernel of activation <paramref name=\"index\"/> over T: with <paramref name=\"values\"/> (prelu's α, then the activation's parameters in catalogue order) at run time, or the defaults folded when it is null.</summary>");
                w.WriteLine($"private static global::FusedKernels.{kernel}<T> Create{(gradient ? "Gradient" : "Forward")}<T>(int index, double[]? values, global::FusedKernels.ActivationKernelInfo info)");
                w.WriteLine("{");
                w.Indent++;
                foreach (ElementType type in Types)
                {
                    string t = type.Keyword();
                    string c = type.ComputeType().Keyword();
                    w.WriteLine($"if (typeof(T) == typeof({t}))");
                    w.WriteLine("{");
                    w.WriteLine($"    global::FusedKernels.{kernel}<{t}> kernel = index switch");
                    w.WriteLine("    {");
                    for (int i = 0; i < entries.Length; i++)
                    {
                        string constant = $"new {ClassName(entries[i], type, AlphaMode.Folded, gradient)}(info)";
                        string create = constant;
                        if (AlphaModes(entries[i]).Contains(AlphaMode.Runtime))
                        {
                            // prelu's declared kernels take α as T (rounded to Half for Half); an attribute's value folds into the compute
                            // type. A bound at its own infinity (min −∞, max +∞) travels as NaN ("no bound": the catalogue's Clip and
                            // ClipGradient); max = −∞ or min = +∞ does bound, and stays.
                            string[] values = RuntimeParameters(entries[i]).Select((p, k) =>
                                p.IsBound ? $"({c})NoBoundAsNaN(values![{k}], double.{(p.Role == ParameterRole.Min ? "Negative" : "Positive")}Infinity)"
                                : entries[i].Alpha == AlphaRole.Required && p.Role == ParameterRole.Alpha && type != type.ComputeType() ? $"({c})({t})values![{k}]"
                                : $"({c})values![{k}]").ToArray();
                            string runtime = $"new {ClassName(entries[i], type, AlphaMode.Runtime, gradient)}(info, {string.Join(", ", values)})";
                            if (!gradient && HasUnitAlphaForm(entries[i]))
                            {
                                runtime = $"{values[0]} is > 0 and <= 1 ? new {ClassName(entries[i], type, AlphaMode.RuntimeUnit, gradient)}(info, {values[0]}) : {runtime}";
                            }

                            create = entries[i].Alpha == AlphaRole.Required ? runtime : $"values is null ? {constant} : {runtime}";
                        }
                        else if (RuntimeParameters(entries[i]).Any())
                        {
                            // More parameters than the driver's two slots: only the defaults (no catalogue entry is such; CatalogueKernelsTests).
                            create = $"values is null ? {constant} : throw new global::System.NotSupportedException(\"'{entries[i].Name}' takes its parameters at their defaults only.\")";
                        }
                        w.WriteLine($"        {i} => {create},");
                    }

                    w.WriteLine("        _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
                    w.WriteLine("    };");
                    w.WriteLine($"    return (global::FusedKernels.{kernel}<T>)(object)kernel;");
                    w.WriteLine("}");
                    w.WriteLine();
                }

                w.WriteLine("throw new global::System.ArgumentOutOfRangeException(nameof(T));");
                w.Indent--;
                w.WriteLine("}");
            }

            foreach (ActivationEntry entry in entries)
            {
                foreach (ElementType type in Types)
                {
                    foreach (AlphaMode mode in AlphaModes(entry))
                    {
                        WriteForwardClass(w, entry, type, mode);
                        if (mode != AlphaMode.RuntimeUnit)
                        {
                            WriteGradientClass(w, entry, type, mode);
                        }
                    }
                }
            }

            foreach (ActivationEntry entry in rowWiseEntries)
            {
                foreach (ElementType type in Types)
                {
                    WriteRowWiseClasses(w, entry, type);
                }
            }

            HierarchyWriter.Close(w, hierarchy);
            w.Flush();
            return System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"[ \t]+(\r?\n)", "$1");
        }

        private static void WriteRowWiseClasses(IndentedTextWriter w, ActivationEntry entry, ElementType type)
        {
            string t = type.Keyword();
            string read = $"global::System.ReadOnlySpan<{t}>", write = $"global::System.Span<{t}>";
            foreach (bool gradient in new[] { false, true })
            {
                string name = RowClassName(entry, type, gradient);
                w.WriteLine();
                w.WriteLine($"/// <summary>{entry.Name} over {type.DisplayName()}, row by row{(gradient ? ", gradient" : "")}.</summary>");
                w.WriteLine($"private sealed class {name} : global::FusedKernels.{(gradient ? "RowWiseActivationGradientKernel" : "RowWiseActivationKernel")}<{t}>");
                w.WriteLine("{");
                w.Indent++;
                w.WriteLine($"public {name}(string name) : base(name) {{ }}");
                if (gradient)
                {
                    w.WriteLine($"public override void Invoke({read} y, {read} dy, int rowLength, {write} dx) => {RowMethodName(entry, type, RowVariant.Gradient)}(y, dy, rowLength, dx);");
                    w.WriteLine($"public override void Invoke({read} y, {write} dy, int rowLength) => {RowMethodName(entry, type, RowVariant.GradientInPlace)}(y, dy, rowLength);");
                }
                else
                {
                    w.WriteLine($"public override void Invoke({read} x, int rowLength, {write} y) => {RowMethodName(entry, type, RowVariant.Plain)}(x, rowLength, y);");
                    w.WriteLine($"public override void Invoke({read} x, {t} scale, int rowLength, {write} y) => {RowMethodName(entry, type, RowVariant.Scale)}(x, scale, rowLength, y);");
                    w.WriteLine($"public override void Invoke({read} x, {read} bias, int rowLength, {write} y) => {RowMethodName(entry, type, RowVariant.Bias)}(x, bias, rowLength, y);");
                    w.WriteLine($"public override void Invoke({read} x, {t} scale, {read} bias, int rowLength, {write} y) => {RowMethodName(entry, type, RowVariant.ScaleBias)}(x, scale, bias, rowLength, y);");
                }

                w.Indent--;
                w.WriteLine("}");
            }
        }

        private static void WriteForwardClass(IndentedTextWriter w, ActivationEntry entry, ElementType type, AlphaMode mode)
        {
            string t = type.Keyword();
            string name = ClassName(entry, type, mode, gradient: false);
            OpenClass(w, name, "ActivationKernel", entry, type, mode);
            string a = string.Concat(Fields(entry, mode).Select(f => f + ", "));
            w.WriteLine($"public override void Invoke(global::System.ReadOnlySpan<{t}> x, global::System.Span<{t}> y) => {MethodName(entry, type, mode, Variant.Plain)}(x, {a}y);");
            w.WriteLine($"public override void Invoke(global::System.ReadOnlySpan<{t}> x, global::System.ReadOnlySpan<{t}> bias, global::System.Span<{t}> y) => {MethodName(entry, type, mode, Variant.Bias)}(x, bias, {a}y);");
            w.WriteLine($"public override void InvokeGated(global::System.ReadOnlySpan<{t}> x, global::System.ReadOnlySpan<{t}> multiplier, global::System.Span<{t}> y) => {MethodName(entry, type, mode, Variant.Gated)}(x, multiplier, {a}y);");
            w.Indent--;
            w.WriteLine("}");
        }

        private static void WriteGradientClass(IndentedTextWriter w, ActivationEntry entry, ElementType type, AlphaMode mode)
        {
            string t = type.Keyword();
            string name = ClassName(entry, type, mode, gradient: true);
            OpenClass(w, name, "ActivationGradientKernel", entry, type, mode);
            string a = string.Concat(Fields(entry, mode).Select(f => ", " + f));
            w.WriteLine($"public override void Invoke(global::System.ReadOnlySpan<{t}> x, global::System.ReadOnlySpan<{t}> dy, global::System.Span<{t}> dx) => {MethodName(entry, type, mode, Variant.Gradient)}(x, dy{a}, dx);");
            w.WriteLine($"public override void Invoke(global::System.ReadOnlySpan<{t}> x, global::System.Span<{t}> dy) => {MethodName(entry, type, mode, Variant.GradientInPlace)}(x, dy{a});");
            w.Indent--;
            w.WriteLine("}");
        }

        private static void OpenClass(IndentedTextWriter w, string name, string baseName, ActivationEntry entry, ElementType type, AlphaMode mode)
        {
            bool runtimeAlpha = mode != AlphaMode.Folded;
            string t = type.Keyword();
            string c = type.ComputeType().Keyword();
            w.WriteLine();
            string[] names = RuntimeParameters(entry).Select(p => p.Name).ToArray();
            string described = mode == AlphaMode.RuntimeUnit ? ", α at run time, in (0, 1]"
                : runtimeAlpha ? ", " + string.Join(" and ", names) + " at run time"
                : entry.Parameters.Length > 0 ? ", default parameters folded" : "";
            w.WriteLine($"/// <summary>{entry.Name} over {type.DisplayName()}{described}.</summary>");
            w.WriteLine($"private sealed class {name} : global::FusedKernels.{baseName}<{t}>");
            w.WriteLine("{");
            w.Indent++;
            if (runtimeAlpha)
            {
                string[] fields = Fields(entry, mode).ToArray();
                if (mode == AlphaMode.RuntimeUnit)
                {
                    names = names.Take(1).ToArray();
                }

                w.WriteLine($"private readonly {c} {string.Join(", ", fields)};");
                w.WriteLine($"public {name}(global::FusedKernels.ActivationKernelInfo info, {string.Join(", ", names.Select(n => c + " " + n))}) : base(info)");
                w.WriteLine("{");
                for (int i = 0; i < fields.Length; i++)
                {
                    w.WriteLine($"    {fields[i]} = {names[i]};");
                }

                w.WriteLine("}");
            }
            else
            {
                w.WriteLine($"public {name}(global::FusedKernels.ActivationKernelInfo info) : base(info) {{ }}");
            }
        }

        /// <summary>The fields of a by-name class that hold its runtime parameters, in the kernel's argument order.</summary>
        private static IEnumerable<string> Fields(ActivationEntry entry, AlphaMode mode) => mode switch
        {
            AlphaMode.Folded => Enumerable.Empty<string>(),
            AlphaMode.RuntimeUnit => new[] { "_alpha" },
            _ => RuntimeParameters(entry).Select(p => "_" + p.Name),
        };

        private static string ClassName(ActivationEntry entry, ElementType type, AlphaMode mode, bool gradient) =>
            Pascal(entry.Name) + TypeName(type) + ModeName(entry, mode) + (gradient ? "GradientKernel" : "Kernel");

        private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

        private static string Bool(bool value) => value ? "true" : "false";

        private static string Double(double value) =>
            double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
            : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
            : value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }
}

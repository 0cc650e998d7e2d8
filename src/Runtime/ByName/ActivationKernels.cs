using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using FusedKernels.CompilerServices;
using FusedKernels.Generator.Parsing;

namespace FusedKernels
{
    /// <summary>
    /// Every element-wise activation of the catalogue, for float, double and Half, looked up by name at run time (for
    /// model loaders: ONNX graphs, JSON configs, hyper-parameter searches). The kernels are generated from the same
    /// catalogue and by the same generator as declared ones, so a by-name kernel gives the bits of a kernel declared with
    /// <c>[Activation]</c> and the same parameter values (docs/usage.md, "Activations by name").
    /// </summary>
    [GenerateCatalogueKernels]
    public static partial class ActivationKernels
    {
        // Made on first use: static initializers of different partial files run in no defined order.
        private static ReadOnlyCollection<string>? s_names;

        /// <summary>The canonical names of the activations offered by name, in catalogue order (aliases are accepted too).</summary>
        public static IReadOnlyList<string> Names => s_names ??= Array.AsReadOnly(s_catalogueNames);

        /// <summary>
        /// The forward kernel of activation <paramref name="name"/> (a name or alias of the catalogue, any case) over
        /// <typeparamref name="T"/>. A parameter left null takes its default; each may take any value its attribute property
        /// accepts, and the kernel gives the bits of a kernel declared with those values. With every parameter at its
        /// default the kernel has them folded, as a declared one; otherwise it takes all of them at run time.
        /// </summary>
        /// <typeparam name="T"><see cref="float"/>, <see cref="double"/> or <see cref="Half"/>.</typeparam>
        /// <param name="name">The activation, e.g. <c>"gelu"</c>, <c>"leaky_relu"</c>, <c>"swish"</c>.</param>
        /// <param name="alpha">α of leaky_relu, thresholded_relu, elu, selu, celu, hard_sigmoid; required for prelu (one α for every channel).</param>
        /// <param name="beta">β of silu/swish, softplus, hard_sigmoid.</param>
        /// <param name="gamma">γ of selu.</param>
        /// <param name="min">The lower bound of hard_tanh and clip; <see cref="double.NegativeInfinity"/> is no bound.</param>
        /// <param name="max">The upper bound of hard_tanh and clip; <see cref="double.PositiveInfinity"/> is no bound.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="ArgumentException">An unknown or row-wise name (with the nearest catalogue name), or a parameter the activation does not have; the exception names the parameter.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A value its attribute would reject (FK0007's rules for the type the kernel computes in: NaN, an infinite value other than a bound, zero where it divides, a value that overflows float or rounds to a forbidden 0 in float for float and Half, min greater than max); the exception names the parameter and holds the value.</exception>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
        public static ActivationKernel<T> Get<T>(string name, double? alpha = null, double? beta = null, double? gamma = null, double? min = null, double? max = null)
        {
            (int index, double[]? values, ActivationKernelInfo info) = Resolve<T>(name, alpha, beta, gamma, min, max);
            return CreateForward<T>(index, values, info);
        }

        /// <summary>
        /// The gradient kernel (dx = dy·f′(x)) of activation <paramref name="name"/> over <typeparamref name="T"/>, with
        /// the same names, parameters and rules as <see cref="Get{T}"/>.
        /// </summary>
        /// <inheritdoc cref="Get{T}"/>
        public static ActivationGradientKernel<T> GetGradient<T>(string name, double? alpha = null, double? beta = null, double? gamma = null, double? min = null, double? max = null)
        {
            (int index, double[]? values, ActivationKernelInfo info) = Resolve<T>(name, alpha, beta, gamma, min, max);
            return CreateGradient<T>(index, values, info);
        }

        /// <summary>
        /// The row-wise kernel of activation <paramref name="name"/> (<c>softmax</c> or <c>log_softmax</c>, any case) over
        /// <typeparamref name="T"/>: each row of the input's rowLength elements is normalised on its own, with the fusions
        /// a declared row-wise kernel has (scale, bias as an additive mask). Neither takes attribute parameters.
        /// </summary>
        /// <typeparam name="T"><see cref="float"/>, <see cref="double"/> or <see cref="Half"/>.</typeparam>
        /// <param name="name">The activation: <c>"softmax"</c> or <c>"log_softmax"</c>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="ArgumentException">An unknown name (with the nearest catalogue name), or an element-wise one (take it with <see cref="Get{T}"/>).</exception>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
        public static RowWiseActivationKernel<T> GetRowWise<T>(string name)
        {
            int index = ResolveRowWise<T>(name);
            return CreateRowWiseForward<T>(index, s_rowWiseNames[index]);
        }

        /// <summary>The gradient of the row-wise activation <paramref name="name"/>, computed from the forward output y.</summary>
        /// <inheritdoc cref="GetRowWise{T}"/>
        public static RowWiseActivationGradientKernel<T> GetRowWiseGradient<T>(string name)
        {
            int index = ResolveRowWise<T>(name);
            return CreateRowWiseGradient<T>(index, s_rowWiseNames[index]);
        }

        private static int ResolveRowWise<T>(string name)
        {
            if (typeof(T) != typeof(float) && typeof(T) != typeof(double) && typeof(T) != typeof(Half))
            {
                throw new NotSupportedException($"Activations by name are for float, double and Half, not {typeof(T)}.");
            }

            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            string lower = name.ToLowerInvariant();
            int index = RowWiseIndexOf(lower);
            if (index >= 0)
            {
                return index;
            }

            int elementWise = IndexOf(lower);
            if (elementWise >= 0)
            {
                throw new ArgumentException($"'{s_catalogueNames[elementWise]}' is element-wise: take it with ActivationKernels.Get (or GetGradient); GetRowWise offers {string.Join(", ", s_rowWiseNames)}.", nameof(name));
            }

            string shown = name.Length <= 80 ? name : name.Substring(0, 77) + "...";
            throw new ArgumentException($"Unknown activation '{shown}'{NameSuggester.Advice(name, s_candidates)}", nameof(name));
        }

        /// <summary>
        /// Validates the request as the generator validates an attribute (FK0001, FK0007), before any kernel exists, and
        /// returns the activation's index, the values to pass at run time (prelu's α, then the activation's parameters in
        /// catalogue order; null: every parameter at its default, folded) and what the kernel reports.
        /// </summary>
        private static (int Index, double[]? Values, ActivationKernelInfo Info) Resolve<T>(string name, double? alpha, double? beta, double? gamma, double? min, double? max)
        {
            bool computesInFloat = typeof(T) == typeof(float) || typeof(T) == typeof(Half);
            if (!computesInFloat && typeof(T) != typeof(double))
            {
                throw new NotSupportedException($"Activations by name are for float, double and Half, not {typeof(T)}; declare a kernel with [Activation] for the integer types.");
            }

            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            int index = IndexOf(name.ToLowerInvariant());
            if (index < 0)
            {
                int rowWise = RowWiseIndexOf(name.ToLowerInvariant());
                if (rowWise >= 0)
                {
                    throw new ArgumentException($"'{s_rowWiseNames[rowWise]}' normalises a whole row of rowLength elements: take it with ActivationKernels.GetRowWise (or GetRowWiseGradient).", nameof(name));
                }

                string shown = name.Length <= 80 ? name : name.Substring(0, 77) + "...";
                throw new ArgumentException($"Unknown activation '{shown}'{NameSuggester.Advice(name, s_candidates)}", nameof(name));
            }

            CatalogueActivation activation = s_activations[index];
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (CatalogueParameter parameter in activation.Parameters)
            {
                values[ParameterName(parameter.Name)] = parameter.Default;
            }

            bool runtime = activation.Alpha == CatalogueAlpha.Required;
            foreach ((string parameterName, double? given) in new[] { (nameof(alpha), alpha), (nameof(beta), beta), (nameof(gamma), gamma), (nameof(min), min), (nameof(max), max) })
            {
                if (given is not double value)
                {
                    continue;
                }

                CatalogueParameter? parameter = Array.Find(activation.Parameters, p => ParameterName(p.Name) == parameterName);
                bool isAlpha = parameterName == nameof(alpha);
                if (parameter is null && !(isAlpha && activation.Alpha == CatalogueAlpha.Required))
                {
                    string has = activation.Parameters.Length == 0 && activation.Alpha != CatalogueAlpha.Required
                        ? "it has none"
                        : "it has " + string.Join(", ", ParameterNames(activation));
                    throw new ArgumentException($"'{activation.Name}' has no parameter '{parameterName}' ({has}).", parameterName);
                }

                string? problem = Problem(value, parameter?.IsBound ?? false, parameter?.MustBeNonZero ?? false, computesInFloat, typeof(T) == typeof(Half) ? "Half" : "float");
                if (problem is not null)
                {
                    throw OutOfRange(parameterName, value, activation.Name, problem);
                }

                // A value equal to the default in the compute type is the default: the folded kernel (the declared kernel's code).
                runtime |= parameter is not null && (computesInFloat ? (float)value != (float)parameter.Default : value != parameter.Default);
                values[parameterName] = value;
            }

            if (activation.Alpha == CatalogueAlpha.Required && alpha is null)
            {
                throw new ArgumentException($"'{activation.Name}' takes α at run time: pass alpha (a learned α per channel needs a declared kernel with a ReadOnlySpan<T> alpha parameter).", nameof(alpha));
            }

            // FK0007 compares the bounds as written (before rounding to float); the error names the bound the caller gave.
            if (values.TryGetValue(nameof(min), out double lower) && values.TryGetValue(nameof(max), out double upper) && lower > upper)
            {
                bool minGiven = min is not null || max is null;
                throw OutOfRange(minGiven ? nameof(min) : nameof(max), minGiven ? lower : upper, activation.Name,
                    minGiven ? $"min is greater than max ({Format(upper)})" : $"max is less than min ({Format(lower)})");
            }

            double[]? runtimeValues = null;
            if (runtime)
            {
                var list = new List<double>();
                if (activation.Alpha == CatalogueAlpha.Required)
                {
                    list.Add(alpha!.Value);
                }

                foreach (CatalogueParameter parameter in activation.Parameters)
                {
                    list.Add(values[ParameterName(parameter.Name)]);
                }

                runtimeValues = list.ToArray();
            }

            return (index, runtimeValues, new ActivationKernelInfo(activation.Name, new ReadOnlyDictionary<string, double>(values)));
        }

        private static ArgumentOutOfRangeException OutOfRange(string parameterName, double value, string activation, string problem) =>
            new(parameterName, value, $"{parameterName} = {Format(value)} is not valid for '{activation}': {problem}.");

        /// <summary>
        /// A runtime clip bound: "no bound" (<paramref name="none"/>: −∞ for min, +∞ for max) as NaN, for which max(NaN, x)
        /// is x and the gradient's x ≥ NaN never zeroes dy, as in the folded kernel, which leaves such a bound out
        /// (docs/design.md, "Activations by name"). The other infinity does bound (max = −∞ makes y −∞) and stays.
        /// </summary>
        private static double NoBoundAsNaN(double bound, double none) => bound == none ? double.NaN : bound;

        /// <summary>Why the attribute would reject <paramref name="value"/> (FK0007's rules, for the type the kernel computes in), or null.</summary>
        private static string? Problem(double value, bool isBound, bool mustBeNonZero, bool computesInFloat, string floatType)
        {
            if (double.IsNaN(value))
            {
                return "NaN is not a valid value";
            }

            if (double.IsInfinity(value) && !isBound)
            {
                return "an infinite value is only valid as a min/max bound";
            }

            if (mustBeNonZero && value == 0)
            {
                return "it must not be zero";
            }

            if (computesInFloat && !double.IsInfinity(value) && float.IsInfinity((float)value))
            {
                return $"it overflows float (the kernel computes {floatType} in float), where it would be infinite";
            }

            if (computesInFloat && mustBeNonZero && (float)value == 0)
            {
                return $"it rounds to 0 in float (the kernel computes {floatType} in float)";
            }

            return null;
        }

        private static string ParameterName(string property) => property.ToLowerInvariant();

        private static IEnumerable<string> ParameterNames(CatalogueActivation activation)
        {
            if (activation.Alpha == CatalogueAlpha.Required)
            {
                yield return "alpha";
            }

            foreach (CatalogueParameter parameter in activation.Parameters)
            {
                yield return ParameterName(parameter.Name);
            }
        }

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}

using System;
using System.Collections.Generic;

namespace FusedKernels
{
    /// <summary>
    /// A forward activation kernel chosen at run time (<see cref="ActivationKernels.Get{T}"/>): the same code, checks
    /// and results, bit for bit, as a kernel declared with <c>[Activation]</c> and the same parameter values. Instances
    /// are immutable and safe to share between threads.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/>, <see cref="double"/> or <see cref="Half"/>.</typeparam>
    public abstract class ActivationKernel<T>
    {
        private readonly ActivationKernelInfo _info;

        private protected ActivationKernel(ActivationKernelInfo info) => _info = info;

        /// <summary>The activation's canonical catalogue name (an alias given to <see cref="ActivationKernels.Get{T}"/> is resolved).</summary>
        public string Name => _info.Name;

        /// <summary>The value of each of the activation's parameters (<c>alpha</c>, <c>beta</c>, <c>gamma</c>, <c>min</c>, <c>max</c>), defaults included.</summary>
        public IReadOnlyDictionary<string, double> Parameters => _info.Parameters;

        /// <summary>y = act(x). <paramref name="y"/> may be <paramref name="x"/> itself (same start); any other overlap, or a short <paramref name="y"/>, throws <see cref="ArgumentException"/> before anything is written.</summary>
        public abstract void Invoke(ReadOnlySpan<T> x, Span<T> y);

        /// <summary>x = act(x), in place.</summary>
        public void Invoke(Span<T> x) => Invoke(x, x);

        /// <summary>y = act(x + bias) in one pass; <paramref name="bias"/> is element-wise (as long as x) or per channel (a length dividing x's: <c>bias[i % bias.Length]</c>).</summary>
        public abstract void Invoke(ReadOnlySpan<T> x, ReadOnlySpan<T> bias, Span<T> y);

        /// <summary>y = act(x)·multiplier in one pass (gated units: SwiGLU is silu, GeGLU gelu, GLU sigmoid); <paramref name="multiplier"/> element-wise or per channel.</summary>
        public abstract void InvokeGated(ReadOnlySpan<T> x, ReadOnlySpan<T> multiplier, Span<T> y);

        /// <inheritdoc />
        public override string ToString() => _info.ToString();
    }

    /// <summary>
    /// A gradient kernel chosen at run time (<see cref="ActivationKernels.GetGradient{T}"/>): dx = dy·f′(x), bit for
    /// bit what a kernel declared with <c>[ActivationGradient]</c> and the same parameter values computes.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/>, <see cref="double"/> or <see cref="Half"/>.</typeparam>
    public abstract class ActivationGradientKernel<T>
    {
        private readonly ActivationKernelInfo _info;

        private protected ActivationGradientKernel(ActivationKernelInfo info) => _info = info;

        /// <inheritdoc cref="ActivationKernel{T}.Name"/>
        public string Name => _info.Name;

        /// <inheritdoc cref="ActivationKernel{T}.Parameters"/>
        public IReadOnlyDictionary<string, double> Parameters => _info.Parameters;

        /// <summary>dx = dy·f′(x). <paramref name="dx"/> may be <paramref name="dy"/> itself; other overlaps throw before anything is written.</summary>
        public abstract void Invoke(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx);

        /// <summary>dy = dy·f′(x), in place.</summary>
        public abstract void Invoke(ReadOnlySpan<T> x, Span<T> dy);

        /// <inheritdoc />
        public override string ToString() => _info.ToString() + "′";
    }

    /// <summary>What a by-name kernel reports about itself: its canonical name and parameter values.</summary>
    internal sealed class ActivationKernelInfo
    {
        public ActivationKernelInfo(string name, IReadOnlyDictionary<string, double> parameters)
        {
            Name = name;
            Parameters = parameters;
        }

        public string Name { get; }

        public IReadOnlyDictionary<string, double> Parameters { get; }

        public override string ToString()
        {
            var parts = new List<string>();
            foreach (KeyValuePair<string, double> parameter in Parameters)
            {
                parts.Add(parameter.Key + " = " + parameter.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }

            return parts.Count == 0 ? Name : Name + "(" + string.Join(", ", parts) + ")";
        }
    }
}

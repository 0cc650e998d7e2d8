using System;

namespace FusedKernels
{
    /// <summary>
    /// A row-wise activation (softmax, log_softmax) chosen at run time (<see cref="ActivationKernels.GetRowWise{T}"/>):
    /// x is [rows, rowLength], row-major, and each row is normalised on its own; the same code, checks and results, bit
    /// for bit, as a kernel declared with <c>[Activation]</c> and an <c>int rowLength</c> parameter. Instances are
    /// immutable and safe to share between threads.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/>, <see cref="double"/> or <see cref="Half"/>.</typeparam>
    public abstract class RowWiseActivationKernel<T>
    {
        private protected RowWiseActivationKernel(string name) => Name = name;

        /// <summary>The activation's canonical catalogue name.</summary>
        public string Name { get; }

        /// <summary>
        /// y = act(x) per row of <paramref name="rowLength"/> (which must divide x's length). <paramref name="y"/> may be
        /// <paramref name="x"/> itself; any other overlap, or a short <paramref name="y"/>, throws <see cref="ArgumentException"/>
        /// before anything is written.
        /// </summary>
        public abstract void Invoke(ReadOnlySpan<T> x, int rowLength, Span<T> y);

        /// <summary>x = act(x) per row, in place.</summary>
        public void Invoke(Span<T> x, int rowLength) => Invoke(x, rowLength, x);

        /// <summary>y = act(x·scale) per row (a temperature, 1/√d), in one pass.</summary>
        public abstract void Invoke(ReadOnlySpan<T> x, T scale, int rowLength, Span<T> y);

        /// <summary>
        /// y = act(x + bias) per row, in one pass (an additive attention mask: −∞ masks an element out); <paramref name="bias"/>
        /// is as long as x, or whole rows that repeat through it.
        /// </summary>
        public abstract void Invoke(ReadOnlySpan<T> x, ReadOnlySpan<T> bias, int rowLength, Span<T> y);

        /// <summary>y = act(x·scale + bias) per row, in one pass (scaled, masked attention scores).</summary>
        public abstract void Invoke(ReadOnlySpan<T> x, T scale, ReadOnlySpan<T> bias, int rowLength, Span<T> y);

        /// <inheritdoc />
        public override string ToString() => Name;
    }

    /// <summary>
    /// The gradient of a row-wise activation chosen at run time (<see cref="ActivationKernels.GetRowWiseGradient{T}"/>),
    /// from the forward output y: bit for bit what a kernel declared with <c>[ActivationGradient]</c>, y, dy and an
    /// <c>int rowLength</c> computes.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/>, <see cref="double"/> or <see cref="Half"/>.</typeparam>
    public abstract class RowWiseActivationGradientKernel<T>
    {
        private protected RowWiseActivationGradientKernel(string name) => Name = name;

        /// <inheritdoc cref="RowWiseActivationKernel{T}.Name"/>
        public string Name { get; }

        /// <summary>dx from the forward output <paramref name="y"/> and the upstream gradient <paramref name="dy"/>, per row of <paramref name="rowLength"/>. <paramref name="dx"/> may be <paramref name="dy"/> itself; other overlaps throw before anything is written.</summary>
        public abstract void Invoke(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, int rowLength, Span<T> dx);

        /// <summary>dy = dx, in place.</summary>
        public abstract void Invoke(ReadOnlySpan<T> y, Span<T> dy, int rowLength);

        /// <inheritdoc />
        public override string ToString() => Name + "′";
    }
}

using System.ComponentModel;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// What one row-wise kernel (softmax, log_softmax) adds to the shared row loops of <see cref="RowWise"/>: the fused
    /// pre-activation z = f(x, bias) for one element and one vector of each width (e.g. <c>x·scale + bias</c> as one
    /// fused multiply-add, the scale folded into the struct). The generator writes one such struct per kernel; the
    /// loops are written once, here, generic over it (as TensorPrimitives' <c>IUnaryOperator</c>).
    /// </summary>
    /// <typeparam name="T">The type the kernel computes in: float (also for Half kernels) or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IRowOperation<T>
        where T : unmanaged
    {
        /// <summary>Whether the kernel reads a <c>bias</c> span (a JIT-time constant: without one, no bias is loaded).</summary>
        static abstract bool HasBias { get; }

        /// <summary>
        /// Whether the kernel was declared with <c>Parallel = true</c>: a call of at least the grain is split into blocks of
        /// whole rows run on several threads (docs/design.md, "Many cores").
        /// </summary>
        static virtual bool Parallel => false;

        /// <summary>z for one element.</summary>
        T Invoke(T x, T bias);

        /// <summary>z for one vector.</summary>
        Vector128<T> Invoke(Vector128<T> x, Vector128<T> bias);

        /// <summary>z for one vector.</summary>
        Vector256<T> Invoke(Vector256<T> x, Vector256<T> bias);

        /// <summary>z for one vector.</summary>
        Vector512<T> Invoke(Vector512<T> x, Vector512<T> bias);
    }
}

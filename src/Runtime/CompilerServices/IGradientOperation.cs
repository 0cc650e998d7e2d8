using System.ComponentModel;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// What a generated gradient kernel computes, for <see cref="GradientDriver"/>: from x (or the saved y), dy and
    /// the role operands, dx and, for a gated unit, dmultiplier (<c>Gradient</c>); the per-channel sums are dbias
    /// (of dx) and dalpha (of <c>AlphaTerm</c>). Each member exists for one element and for a Vector128/256/512,
    /// rendered from the same formula. The static properties are JIT-time constants of the instantiation.
    /// </summary>
    /// <typeparam name="TC">The type computed in (float for Half).</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IGradientOperation<TC>
        where TC : unmanaged
    {
        /// <inheritdoc cref="IActivationOperation{TC}.Cheap"/>
        static virtual bool Cheap => false;

        /// <inheritdoc cref="IActivationOperation{TC}.Parallel"/>
        static virtual bool Parallel => false;

        /// <summary>How the kernel receives its alpha role.</summary>
        static virtual OperandKind Alpha => OperandKind.None;

        /// <summary>How the kernel receives its multiplier role.</summary>
        static virtual OperandKind Multiplier => OperandKind.None;

        /// <summary>Whether the second result of <c>Gradient</c> (dmultiplier) is stored.</summary>
        static virtual bool WritesMultiplierGradient => false;

        /// <summary>Whether dx is summed per channel into dbias.</summary>
        static virtual bool SumsBias => false;

        /// <summary>Whether <c>AlphaTerm</c> is summed per channel into dalpha.</summary>
        static virtual bool SumsAlpha => false;

        /// <summary>
        /// dx and dmultiplier (<c>default</c> when the kernel has none). <c>alpha</c> and <c>second</c> are the runtime
        /// values, as for <see cref="IActivationOperation{TC}"/>'s <c>Post</c>.
        /// </summary>
        static abstract (TC Dx, TC Dm) Gradient(TC x, TC dy, TC alpha, TC second, TC multiplier);

        /// <inheritdoc cref="Gradient(TC, TC, TC, TC, TC)"/>
        static abstract (Vector128<TC> Dx, Vector128<TC> Dm) Gradient(Vector128<TC> x, Vector128<TC> dy, Vector128<TC> alpha, Vector128<TC> second, Vector128<TC> multiplier);

        /// <inheritdoc cref="Gradient(TC, TC, TC, TC, TC)"/>
        static abstract (Vector256<TC> Dx, Vector256<TC> Dm) Gradient(Vector256<TC> x, Vector256<TC> dy, Vector256<TC> alpha, Vector256<TC> second, Vector256<TC> multiplier);

        /// <inheritdoc cref="Gradient(TC, TC, TC, TC, TC)"/>
        static abstract (Vector512<TC> Dx, Vector512<TC> Dm) Gradient(Vector512<TC> x, Vector512<TC> dy, Vector512<TC> alpha, Vector512<TC> second, Vector512<TC> multiplier);

        /// <summary>The per-element term of dalpha: dy·x where x ≤ 0, else 0.</summary>
        static virtual TC AlphaTerm(TC x, TC dy, TC alpha, TC multiplier) => default;

        /// <inheritdoc cref="AlphaTerm(TC, TC, TC, TC)"/>
        static virtual Vector128<TC> AlphaTerm(Vector128<TC> x, Vector128<TC> dy, Vector128<TC> alpha, Vector128<TC> multiplier) => default;

        /// <inheritdoc cref="AlphaTerm(TC, TC, TC, TC)"/>
        static virtual Vector256<TC> AlphaTerm(Vector256<TC> x, Vector256<TC> dy, Vector256<TC> alpha, Vector256<TC> multiplier) => default;

        /// <inheritdoc cref="AlphaTerm(TC, TC, TC, TC)"/>
        static virtual Vector512<TC> AlphaTerm(Vector512<TC> x, Vector512<TC> dy, Vector512<TC> alpha, Vector512<TC> multiplier) => default;
    }
}

using System.ComponentModel;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// What a generated forward kernel computes, for <see cref="ActivationDriver"/>: z = <c>Pre</c>(x, scale,
    /// bias, residual), y = <c>Post</c>(z, alpha, second, multiplier), each for one element and for a Vector128/256/512
    /// (the same formula rendered for each width). <c>alpha</c> is the α role, or the first attribute value a kernel
    /// takes at run time; <c>second</c> is the second such value (by-name kernels: selu's γ, hard_sigmoid's β, clip's
    /// upper bound), broadcast from <see cref="ActivationOperands{T, TC}.SecondValue"/>. The implementations name them
    /// for what they carry. The static properties are JIT-time constants of the
    /// instantiation, so the driver's code for roles a kernel does not have is removed.
    /// </summary>
    /// <typeparam name="TC">The type computed in (float for Half).</typeparam>
    /// <remarks>The operand of a role the kernel does not have is <c>default</c>.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IActivationOperation<TC>
        where TC : unmanaged
    {
        /// <summary>
        /// Whether the body is piecewise (no vector-math call): such bodies are unrolled 4× and, past
        /// <c>Streaming.ThresholdBytes</c> of output, stored non-temporally; the others are not unrolled and prefetch.
        /// </summary>
        static virtual bool Cheap => false;

        /// <summary>
        /// Half kernels only: whether the body only selects between x and constants (no arithmetic on x, no role), so
        /// that the driver applies <c>SelectHalfBits</c> to the 16-bit patterns themselves (<see cref="HalfBits"/>)
        /// instead of widening to float and narrowing back; the result is the same bits.
        /// </summary>
        static virtual bool SelectsHalfBits => false;

        /// <summary>
        /// Whether the kernel was declared with <c>Parallel = true</c>: a call of at least the grain is split into blocks
        /// run on several threads (docs/design.md, "Many cores"). False removes the block path from the kernel.
        /// </summary>
        static virtual bool Parallel => false;

        /// <summary>
        /// A float kernel whose activation is one of these functions of z (times the multiplier, if any): the vector-math
        /// loop then runs the function in three stages, beginning each vector's four vectors before it ends it, instead of
        /// calling <c>Post</c> (docs/design.md, "Pipelined math"). The same bits either way.
        /// </summary>
        static virtual PipelinedMath Pipelined => PipelinedMath.None;

        /// <summary>
        /// The parameter of the <see cref="Pipelined"/> function, a constant of the kernel, where its stages take one (silu's and
        /// softplus's β, elu's and celu's α); 1 otherwise. The driver runs the stages of a function that takes none only where
        /// this is 1.
        /// </summary>
        static virtual float PipelinedParameter => 1f;

        /// <summary>
        /// Whether the <see cref="Pipelined"/> function's parameter is the kernel's first runtime value (the α slot of its
        /// operands: a declared kernel's <c>float alpha</c>, a by-name kernel's β or α) rather than
        /// <see cref="PipelinedParameter"/>.
        /// </summary>
        static virtual bool PipelinedParameterAtRunTime => false;

        /// <summary>Whether z is also stored (the kernel's preactivation output).</summary>
        static virtual bool StoresPreactivation => false;

        /// <summary>How the kernel receives its scale role.</summary>
        static virtual OperandKind Scale => OperandKind.None;

        /// <summary>How the kernel receives its bias role.</summary>
        static virtual OperandKind Bias => OperandKind.None;

        /// <summary>How the kernel receives its residual role.</summary>
        static virtual OperandKind Residual => OperandKind.None;

        /// <summary>How the kernel receives its alpha role.</summary>
        static virtual OperandKind Alpha => OperandKind.None;

        /// <summary>How the kernel receives its multiplier role.</summary>
        static virtual OperandKind Multiplier => OperandKind.None;

        /// <summary>z from x and the pre-activation roles; z = x when the kernel has none.</summary>
        static virtual TC Pre(TC x, TC scale, TC bias, TC residual) => x;

        /// <inheritdoc cref="Pre(TC, TC, TC, TC)"/>
        static virtual Vector128<TC> Pre(Vector128<TC> x, Vector128<TC> scale, Vector128<TC> bias, Vector128<TC> residual) => x;

        /// <inheritdoc cref="Pre(TC, TC, TC, TC)"/>
        static virtual Vector256<TC> Pre(Vector256<TC> x, Vector256<TC> scale, Vector256<TC> bias, Vector256<TC> residual) => x;

        /// <inheritdoc cref="Pre(TC, TC, TC, TC)"/>
        static virtual Vector512<TC> Pre(Vector512<TC> x, Vector512<TC> scale, Vector512<TC> bias, Vector512<TC> residual) => x;

        /// <summary>
        /// y's bits from x's bits (NaN already made quiet), for a kernel that <see cref="SelectsHalfBits"/>: x, or a
        /// constant where x lies in one of the bit ranges the generator derived from the formula.
        /// </summary>
        static virtual short SelectHalfBits(short x) => x;

        /// <inheritdoc cref="SelectHalfBits(short)"/>
        static virtual Vector128<short> SelectHalfBits(Vector128<short> x) => x;

        /// <inheritdoc cref="SelectHalfBits(short)"/>
        static virtual Vector256<short> SelectHalfBits(Vector256<short> x) => x;

        /// <inheritdoc cref="SelectHalfBits(short)"/>
        static virtual Vector512<short> SelectHalfBits(Vector512<short> x) => x;

        /// <summary>y from z and the post-activation roles: the activation, times the multiplier if any.</summary>
        static abstract TC Post(TC z, TC alpha, TC second, TC multiplier);

        /// <inheritdoc cref="Post(TC, TC, TC, TC)"/>
        static abstract Vector128<TC> Post(Vector128<TC> z, Vector128<TC> alpha, Vector128<TC> second, Vector128<TC> multiplier);

        /// <inheritdoc cref="Post(TC, TC, TC, TC)"/>
        static abstract Vector256<TC> Post(Vector256<TC> z, Vector256<TC> alpha, Vector256<TC> second, Vector256<TC> multiplier);

        /// <inheritdoc cref="Post(TC, TC, TC, TC)"/>
        static abstract Vector512<TC> Post(Vector512<TC> z, Vector512<TC> alpha, Vector512<TC> second, Vector512<TC> multiplier);
    }
}

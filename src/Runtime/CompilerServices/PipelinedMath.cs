using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The vector-math functions written in two halves, which a float kernel whose activation is one of them names in
    /// <see cref="IActivationOperation{TC}.Pipelined"/>: the driver then begins each vector's function while it ends
    /// the previous vector's (docs/design.md, "Pipelined math"). The halves are the function's own code cut in two,
    /// so the results are the same bits.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public enum PipelinedMath
    {
        /// <summary>Not pipelined: the driver calls <c>Post</c>.</summary>
        None,

        /// <summary><c>VectorMath.Sigmoid</c>.</summary>
        Sigmoid,

        /// <summary><c>VectorMath.Tanh</c>.</summary>
        Tanh,

        /// <summary><c>VectorMath.Silu</c> with β = 1.</summary>
        Silu,

        /// <summary><c>VectorMath.Softplus</c> with β = 1.</summary>
        Softplus,

        /// <summary><c>VectorMath.GeluTanh</c>.</summary>
        GeluTanh,
    }

    /// <summary>
    /// <see cref="PipelinedMath"/>'s halves for the drivers: the function is a JIT-time constant of the operation, so
    /// each switch folds to one call.
    /// </summary>
    internal static class MathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(PipelinedMath function, Vector512<float> z) => function switch
        {
            PipelinedMath.Sigmoid => VectorMath.SigmoidBeginF(z),
            PipelinedMath.Tanh => VectorMath.TanhBeginF(z),
            PipelinedMath.Silu => VectorMath.SiluBeginF(z),
            PipelinedMath.Softplus => VectorMath.SoftplusBeginF(z),
            PipelinedMath.GeluTanh => VectorMath.GeluTanhBeginF(z),
            _ => throw new ArgumentOutOfRangeException(nameof(function)),
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(PipelinedMath function, MathStage<Vector512<float>> stage) => function switch
        {
            PipelinedMath.Sigmoid => VectorMath.SigmoidEndF(stage),
            PipelinedMath.Tanh => VectorMath.TanhEndF(stage),
            PipelinedMath.Silu => VectorMath.SiluEndF(stage),
            PipelinedMath.Softplus => VectorMath.SoftplusEndF(stage),
            PipelinedMath.GeluTanh => VectorMath.GeluTanhEndF(stage),
            _ => throw new ArgumentOutOfRangeException(nameof(function)),
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(PipelinedMath function, Vector256<float> z) => function switch
        {
            PipelinedMath.Sigmoid => VectorMath.SigmoidBeginF(z),
            PipelinedMath.Tanh => VectorMath.TanhBeginF(z),
            PipelinedMath.Silu => VectorMath.SiluBeginF(z),
            PipelinedMath.Softplus => VectorMath.SoftplusBeginF(z),
            PipelinedMath.GeluTanh => VectorMath.GeluTanhBeginF(z),
            _ => throw new ArgumentOutOfRangeException(nameof(function)),
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(PipelinedMath function, MathStage<Vector256<float>> stage) => function switch
        {
            PipelinedMath.Sigmoid => VectorMath.SigmoidEndF(stage),
            PipelinedMath.Tanh => VectorMath.TanhEndF(stage),
            PipelinedMath.Silu => VectorMath.SiluEndF(stage),
            PipelinedMath.Softplus => VectorMath.SoftplusEndF(stage),
            PipelinedMath.GeluTanh => VectorMath.GeluTanhEndF(stage),
            _ => throw new ArgumentOutOfRangeException(nameof(function)),
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(PipelinedMath function, Vector128<float> z) => function switch
        {
            PipelinedMath.Sigmoid => VectorMath.SigmoidBeginF(z),
            PipelinedMath.Tanh => VectorMath.TanhBeginF(z),
            PipelinedMath.Silu => VectorMath.SiluBeginF(z),
            PipelinedMath.Softplus => VectorMath.SoftplusBeginF(z),
            PipelinedMath.GeluTanh => VectorMath.GeluTanhBeginF(z),
            _ => throw new ArgumentOutOfRangeException(nameof(function)),
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(PipelinedMath function, MathStage<Vector128<float>> stage) => function switch
        {
            PipelinedMath.Sigmoid => VectorMath.SigmoidEndF(stage),
            PipelinedMath.Tanh => VectorMath.TanhEndF(stage),
            PipelinedMath.Silu => VectorMath.SiluEndF(stage),
            PipelinedMath.Softplus => VectorMath.SoftplusEndF(stage),
            PipelinedMath.GeluTanh => VectorMath.GeluTanhEndF(stage),
            _ => throw new ArgumentOutOfRangeException(nameof(function)),
        };
    }
}

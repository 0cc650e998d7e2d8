using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The vector-math functions written in three stages, which a float kernel whose activation is one of them names in
    /// <see cref="IActivationOperation{TC}.Pipelined"/>: the driver then runs each vector's stages two vectors apart, so
    /// that it begins a function four vectors before it ends it (docs/design.md, "Pipelined math"). The stages are the
    /// function's own code cut in three, so the results are the same bits.
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

        /// <summary><c>VectorMath.Silu</c> with β the stages' parameter (β = 1: the float sigmoid's form).</summary>
        Silu,

        /// <summary><c>VectorMath.Softplus</c> with β the stages' parameter (β = 1: the table form where it runs).</summary>
        Softplus,

        /// <summary><c>VectorMath.GeluTanh</c>.</summary>
        GeluTanh,

        /// <summary><c>VectorMath.Gelu</c>, in its table form (where <c>TableLookup.IsSupported</c>; elsewhere not pipelined).</summary>
        Gelu,

        /// <summary><c>VectorMath.Elu</c> with α the stages' parameter.</summary>
        Elu,

        /// <summary><c>VectorMath.Selu</c> with its usual constants (α ≈ 1.6733, γ ≈ 1.0507, the catalogue's defaults).</summary>
        Selu,

        /// <summary><c>VectorMath.Celu</c> with α the stages' parameter (α &gt; 0; with α = 1 elu's operations, and stages).</summary>
        Celu,
    }

    /// <summary>
    /// A <see cref="PipelinedMath"/> function's stages as a type, which the drivers' loops are generic over (one type per
    /// function, so the loop inlines only its own function's stages). The first and last stage take the function's
    /// parameter (silu's and softplus's β, elu's and celu's α: the operation's
    /// <see cref="IActivationOperation{TC}.PipelinedParameter"/>, or its first runtime value), which the others ignore.
    /// </summary>
    internal interface IMathStages
    {
        static virtual MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => throw new NotSupportedException();

        static virtual MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => throw new NotSupportedException();

        static virtual Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => throw new NotSupportedException();

        static virtual MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => throw new NotSupportedException();

        static virtual MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => throw new NotSupportedException();

        static virtual Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => throw new NotSupportedException();

        static virtual MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => throw new NotSupportedException();

        static virtual MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => throw new NotSupportedException();

        static virtual Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => throw new NotSupportedException();
    }

    /// <summary>No stages: the loop calls the operation's <c>Post</c>.</summary>
    internal readonly struct NoStages : IMathStages
    {
    }

    /// <summary><c>VectorMath.Sigmoid</c>, in stages.</summary>
    internal readonly struct SigmoidStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.SigmoidBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.SigmoidMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.SigmoidEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.SigmoidBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.SigmoidMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.SigmoidEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.SigmoidBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.SigmoidMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.SigmoidEndF(stage);
    }

    /// <summary><c>VectorMath.Tanh</c>, in stages.</summary>
    internal readonly struct TanhStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.TanhBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.TanhMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.TanhEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.TanhBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.TanhMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.TanhEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.TanhBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.TanhMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.TanhEndF(stage);
    }

    /// <summary><c>VectorMath.Silu</c> with β = 1, in stages.</summary>
    internal readonly struct SiluStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.SiluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.SiluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.SiluEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.SiluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.SiluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.SiluEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.SiluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.SiluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.SiluEndF(stage);
    }

    /// <summary>
    /// <c>VectorMath.Silu</c> with β ≠ 1, the stages' parameter, in stages: its wide form. A type apart from <see cref="SiluStages"/> rather than a choice in each stage: with both forms in every
    /// stage the JIT inlined neither (silu at 4K 6× slower).
    /// </summary>
    internal readonly struct SiluWideStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.SiluWideBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.SiluWideMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.SiluWideEndF(stage, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.SiluWideBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.SiluWideMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.SiluWideEndF(stage, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.SiluWideBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.SiluWideMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.SiluWideEndF(stage, parameter);
    }

    /// <summary><c>VectorMath.Softplus</c> with β = 1, in stages.</summary>
    internal readonly struct SoftplusStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.SoftplusBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.SoftplusMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.SoftplusEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.SoftplusBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.SoftplusMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.SoftplusEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.SoftplusBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.SoftplusMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.SoftplusEndF(stage);
    }

    /// <summary><c>VectorMath.Softplus</c> with β ≠ 1, the stages' parameter, in stages: its log1p form with t = β·x.</summary>
    internal readonly struct SoftplusBetaStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.SoftplusBetaBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.SoftplusBetaMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.SoftplusBetaEndF(stage, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.SoftplusBetaBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.SoftplusBetaMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.SoftplusBetaEndF(stage, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.SoftplusBetaBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.SoftplusBetaMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.SoftplusBetaEndF(stage, parameter);
    }

    /// <summary><c>VectorMath.GeluTanh</c>, in stages.</summary>
    internal readonly struct GeluTanhStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.GeluTanhBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.GeluTanhMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.GeluTanhEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.GeluTanhBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.GeluTanhMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.GeluTanhEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.GeluTanhBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.GeluTanhMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.GeluTanhEndF(stage);
    }

    /// <summary><c>VectorMath.Gelu</c>'s table form, in stages.</summary>
    internal readonly struct GeluStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.GeluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.GeluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.GeluEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.GeluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.GeluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.GeluEndF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.GeluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.GeluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.GeluEndF(stage);
    }

    /// <summary><c>VectorMath.Elu</c> with α the stages' parameter, in stages.</summary>
    internal readonly struct EluStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.EluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.EluEndF(stage, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.EluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.EluEndF(stage, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.EluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.EluEndF(stage, parameter);
    }

    /// <summary>
    /// <c>VectorMath.Celu</c> with α &gt; 0 and ≠ 1, the stages' parameter, in stages: elu's last two after <c>CeluBeginF</c>
    /// (with α = 1 celu is elu, and the driver runs <see cref="EluStages"/>).
    /// </summary>
    internal readonly struct CeluStages : IMathStages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) =>
            VectorMath.CeluBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.EluEndF(stage, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) =>
            VectorMath.CeluBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.EluEndF(stage, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) =>
            VectorMath.CeluBeginF(z, parameter);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.EluEndF(stage, parameter);
    }

    /// <summary><c>VectorMath.Selu</c> with its usual constants, in stages: elu's first two, its own last.</summary>
    internal readonly struct SeluStages : IMathStages
    {
        /// <summary>α and γ of selu's catalogue entry rounded to float, as a float kernel with the defaults has them.</summary>
        internal const float Alpha = (float)1.6732632423543772, Gamma = (float)1.0507009873554805;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Begin(Vector128<float> z, float parameter) => VectorMath.EluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector128<float>> Middle(MathStage<Vector128<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> End(MathStage<Vector128<float>> stage, float parameter) => VectorMath.SeluEndF(stage, Alpha, Gamma);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Begin(Vector256<float> z, float parameter) => VectorMath.EluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector256<float>> Middle(MathStage<Vector256<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> End(MathStage<Vector256<float>> stage, float parameter) => VectorMath.SeluEndF(stage, Alpha, Gamma);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Begin(Vector512<float> z, float parameter) => VectorMath.EluBeginF(z);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MathStage<Vector512<float>> Middle(MathStage<Vector512<float>> stage) => VectorMath.EluMiddleF(stage);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> End(MathStage<Vector512<float>> stage, float parameter) => VectorMath.SeluEndF(stage, Alpha, Gamma);
    }
}

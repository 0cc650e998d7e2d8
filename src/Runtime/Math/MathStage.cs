using System.Runtime.CompilerServices;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// What a stage of a pipelined vector-math function hands to the next (docs/design.md, "Pipelined math"): up to four
    /// values, each function saying what its fields hold. The driver runs each vector's stages two vectors apart, so that
    /// each step issues three short chains instead of one long one. D holds the function's input in every stage,
    /// unchanged: a driver whose input is x itself may end a vector with x loaded again instead
    /// (<c>ActivationDriver.ReloadsZ</c>).
    /// </summary>
    /// <typeparam name="TV">A float vector type, or float.</typeparam>
    internal readonly struct MathStage<TV>
        where TV : struct
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public MathStage(TV a, TV b, TV c = default, TV d = default)
        {
            A = a;
            B = b;
            C = c;
            D = d;
        }

        public TV A { get; }

        public TV B { get; }

        public TV C { get; }

        public TV D { get; }
    }
}

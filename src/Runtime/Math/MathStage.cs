using System.Runtime.CompilerServices;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// What the first half of a pipelined vector-math function hands to its second half (docs/design.md, "Pipelined
    /// math"): up to four values, each function saying what its fields hold. The driver begins each vector's function
    /// four vectors before it ends it, so that each step issues two half chains instead of one whole chain.
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

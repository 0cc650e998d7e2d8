// This file is produced by tools/MathGen from Derivatives/Templates/VectorMath.GeluAndDerivative.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // (gelu(x), gelu′(x)) for gated backward passes that need both (GeGLU: dmultiplier = dy·gelu(x), dx = dy·m·gelu′(x)),
    // bit-identical to Gelu and GeluDerivative (it calls them; with AVX-512 both are float table forms on the same intervals
    // of |x|, the same index and offset computed by the same operations; without it float gelu evaluates in double).
    // Not inlined, unlike the other vector math: a kernel that inlines both functions into its loop passes the JIT's
    // inlining budget for the method, and the small helpers it then leaves as calls spill the loop's registers at every
    // one of them (GeGLU backward ran at 4–6 ns per element that way, 15 with gelu′'s table form). One call per vector,
    // whose body the JIT compiles with everything inlined, costs far less.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>(gelu(x), gelu′(x)), bit-identical to <c>Gelu</c> and <c>GeluDerivative</c>, in one call.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static (float Value, float Derivative) GeluAndDerivative(float x) => (Gelu(x), GeluDerivative(x));

        /// <summary>(gelu(x), gelu′(x)), bit-identical to <c>Gelu</c> and <c>GeluDerivative</c>, in one call.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static (double Value, double Derivative) GeluAndDerivative(double x) => (Gelu(x), GeluDerivative(x));

        // ---------------- Vector128 ----------------
        /// <summary>(gelu(x), gelu′(x)), bit-identical to <c>Gelu</c> and <c>GeluDerivative</c>, in one call.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static (Vector128<float> Value, Vector128<float> Derivative) GeluAndDerivative(Vector128<float> x) => (Gelu(x), GeluDerivative(x));

        /// <summary>(gelu(x), gelu′(x)), bit-identical to <c>Gelu</c> and <c>GeluDerivative</c>, in one call.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static (Vector128<double> Value, Vector128<double> Derivative) GeluAndDerivative(Vector128<double> x) => (Gelu(x), GeluDerivative(x));

        // ---------------- Vector256 ----------------
        /// <summary>(gelu(x), gelu′(x)), bit-identical to <c>Gelu</c> and <c>GeluDerivative</c>, in one call.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static (Vector256<float> Value, Vector256<float> Derivative) GeluAndDerivative(Vector256<float> x) => (Gelu(x), GeluDerivative(x));

        /// <summary>(gelu(x), gelu′(x)), bit-identical to <c>Gelu</c> and <c>GeluDerivative</c>, in one call.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static (Vector256<double> Value, Vector256<double> Derivative) GeluAndDerivative(Vector256<double> x) => (Gelu(x), GeluDerivative(x));

        // ---------------- Vector512 ----------------
        /// <summary>(gelu(x), gelu′(x)), bit-identical to <c>Gelu</c> and <c>GeluDerivative</c>, in one call.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static (Vector512<float> Value, Vector512<float> Derivative) GeluAndDerivative(Vector512<float> x) => (Gelu(x), GeluDerivative(x));

        /// <summary>(gelu(x), gelu′(x)), bit-identical to <c>Gelu</c> and <c>GeluDerivative</c>, in one call.</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static (Vector512<double> Value, Vector512<double> Derivative) GeluAndDerivative(Vector512<double> x) => (Gelu(x), GeluDerivative(x));
    }
}

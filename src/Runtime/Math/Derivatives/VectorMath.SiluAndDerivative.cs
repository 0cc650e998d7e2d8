// This file is produced by tools/MathGen from Derivatives/Templates/VectorMath.SiluAndDerivative.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // (silu(x), silu′(x)) for gated backward passes that need both (SwiGLU: dmultiplier = dy·silu(x), dx = dy·m·silu′(x)).
    // Float: the value is the float-only Silu itself (SiluF32, VectorMath.Silu.cs.in), so it is bit-identical to Silu on
    // every input; the derivative is SiluDerivativeF itself (in double on two widened halves), bit-identical to
    // SiluDerivative. Limits as Silu and SiluDerivative; NaN propagates. Double: the two double
    // functions (no sharing), so both parts are bit-identical to Silu and SiluDerivative.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c> (≤ 1 ULP each).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (float Value, float Derivative) SiluAndDerivative(float x, float beta) => (SiluF32(x, beta), (float)SiluDerivativeF(x, beta));

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (double Value, double Derivative) SiluAndDerivative(double x, double beta) => (SiluD(x, beta), SiluDerivativeD(x, beta));

        // ---------------- Vector128 ----------------
        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c> (≤ 1 ULP each).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector128<float> Value, Vector128<float> Derivative) SiluAndDerivative(Vector128<float> x, float beta)
        {
            var (lo, hi) = V128.Widen(x);
            return (SiluF32(x, beta), V128.Narrow(SiluDerivativeF(lo, beta), SiluDerivativeF(hi, beta)));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector128<double> Value, Vector128<double> Derivative) SiluAndDerivative(Vector128<double> x, double beta) => (SiluD(x, beta), SiluDerivativeD(x, beta));

        // ---------------- Vector256 ----------------
        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c> (≤ 1 ULP each).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector256<float> Value, Vector256<float> Derivative) SiluAndDerivative(Vector256<float> x, float beta)
        {
            var (lo, hi) = V256.Widen(x);
            return (SiluF32(x, beta), V256.Narrow(SiluDerivativeF(lo, beta), SiluDerivativeF(hi, beta)));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector256<double> Value, Vector256<double> Derivative) SiluAndDerivative(Vector256<double> x, double beta) => (SiluD(x, beta), SiluDerivativeD(x, beta));

        // ---------------- Vector512 ----------------
        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c> (≤ 1 ULP each).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector512<float> Value, Vector512<float> Derivative) SiluAndDerivative(Vector512<float> x, float beta)
        {
            var (lo, hi) = V512.Widen(x);
            return (SiluF32(x, beta), V512.Narrow(SiluDerivativeF(lo, beta), SiluDerivativeF(hi, beta)));
        }

        /// <summary>(silu(x), silu′(x)) with silu(x) = x·σ(βx): the same values as <c>Silu</c> and <c>SiluDerivative</c>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (Vector512<double> Value, Vector512<double> Derivative) SiluAndDerivative(Vector512<double> x, double beta) => (SiluD(x, beta), SiluDerivativeD(x, beta));
    }
}

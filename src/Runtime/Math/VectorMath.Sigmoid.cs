// This file is produced by Templates/generate.py from Templates/VectorMath.Sigmoid.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // sigmoid(x) = 1/(1 + e^-x).
    // Float: in double, rounded once. x is clamped (in float, before widening) to [-110, 40], where the float
    // result is already 0 or 1; then e^-x = 2^(-x·log2 e) by Exp2FCore (one multiply, six FMAs, relative error
    // 2^-28.4), d = 1 + e, and 1/d by vrcp14pd plus one Newton step (2^-28) where AVX-512 is present, a
    // division otherwise. No sign split is needed: 1/(1 + e) keeps its relative accuracy for large e. Total
    // error < 2^-27 before the one rounding to float, so ≤ 1 ULP everywhere (docs/accuracy.md: all 2^32 inputs).
    // Double: e = e^-|x| (never overflows, subnormal tail rounded once), sigmoid = (x < 0 ? e : 1)/(1 + e),
    // one exp, one division, no cancellation on either side.
    // sigmoid(0) = 1/2 exactly; NaN propagates; ±Inf give 1 and 0.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>σ(t) to 2^-28 relative for t in [-700, 700] or NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidFCore(double t) => Sc.RecipF(Exp2FCore(t * Sc.C(-MathConst.Log2E)) + Sc.C(1.0));

        /// <summary>σ(t) to 2^-28 relative for any t (clamped to ±700).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidF(double t) => SigmoidFCore(Sc.MinC(Sc.MaxC(t, -700.0), 700.0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidD(double x)
        {
            double e = ExpDCore(Sc.OrBits(x, Sc.C(-0.0)), Sc.C(0.0), Sc.C(1.0));
            return Sc.Select(Sc.Lt(x, Sc.C(0.0)), e, Sc.C(1.0)) / (e + Sc.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sigmoid(float x) => (float)SigmoidFCore(Sc.ClampF(x, -110f, 40f));

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Sigmoid(double x) => SigmoidD(x);

        // ---------------- Vector128 ----------------
        /// <summary>σ(t) to 2^-28 relative for t in [-700, 700] or NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidFCore(Vector128<double> t) => V128.RecipF(Exp2FCore(t * V128.C(-MathConst.Log2E)) + V128.C(1.0));

        /// <summary>σ(t) to 2^-28 relative for any t (clamped to ±700).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidF(Vector128<double> t) => SigmoidFCore(V128.MinC(V128.MaxC(t, -700.0), 700.0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidD(Vector128<double> x)
        {
            Vector128<double> e = ExpDCore(V128.OrBits(x, V128.C(-0.0)), V128.C(0.0), V128.C(1.0));
            return V128.Select(V128.Lt(x, V128.C(0.0)), e, V128.C(1.0)) / (e + V128.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Sigmoid(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(V128.ClampF(x, -110f, 40f));
            return V128.Narrow(SigmoidFCore(lo), SigmoidFCore(hi));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Sigmoid(Vector128<double> x) => SigmoidD(x);

        // ---------------- Vector256 ----------------
        /// <summary>σ(t) to 2^-28 relative for t in [-700, 700] or NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidFCore(Vector256<double> t) => V256.RecipF(Exp2FCore(t * V256.C(-MathConst.Log2E)) + V256.C(1.0));

        /// <summary>σ(t) to 2^-28 relative for any t (clamped to ±700).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidF(Vector256<double> t) => SigmoidFCore(V256.MinC(V256.MaxC(t, -700.0), 700.0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidD(Vector256<double> x)
        {
            Vector256<double> e = ExpDCore(V256.OrBits(x, V256.C(-0.0)), V256.C(0.0), V256.C(1.0));
            return V256.Select(V256.Lt(x, V256.C(0.0)), e, V256.C(1.0)) / (e + V256.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Sigmoid(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(V256.ClampF(x, -110f, 40f));
            return V256.Narrow(SigmoidFCore(lo), SigmoidFCore(hi));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Sigmoid(Vector256<double> x) => SigmoidD(x);

        // ---------------- Vector512 ----------------
        /// <summary>σ(t) to 2^-28 relative for t in [-700, 700] or NaN.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidFCore(Vector512<double> t) => V512.RecipF(Exp2FCore(t * V512.C(-MathConst.Log2E)) + V512.C(1.0));

        /// <summary>σ(t) to 2^-28 relative for any t (clamped to ±700).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidF(Vector512<double> t) => SigmoidFCore(V512.MinC(V512.MaxC(t, -700.0), 700.0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidD(Vector512<double> x)
        {
            Vector512<double> e = ExpDCore(V512.OrBits(x, V512.C(-0.0)), V512.C(0.0), V512.C(1.0));
            return V512.Select(V512.Lt(x, V512.C(0.0)), e, V512.C(1.0)) / (e + V512.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Sigmoid(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(V512.ClampF(x, -110f, 40f));
            return V512.Narrow(SigmoidFCore(lo), SigmoidFCore(hi));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Sigmoid(Vector512<double> x) => SigmoidD(x);
    }
}

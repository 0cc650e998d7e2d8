// This file is produced by Templates/generate.py from Templates/VectorMath.Sigmoid.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // sigmoid(x) = 1/(1 + e^-x), evaluated as e = e^-|x| (never overflows), then
    // sigmoid = (x < 0 ? e : 1) / (1 + e): one exp, one division, no cancellation on either side.
    // Float: in double with the degree-6 exp (2^-36) and one rounding to float. Double: the double exp
    // (subnormal tail rounded once). sigmoid(0) = 1/2 exactly; NaN propagates; ±Inf give 1 and 0.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidF(double x)
        {
            // Float results need no sign split: e^-x is clamped to [e^-700, e^700], and 1/(1 + e^-x) keeps its
            // relative accuracy for large e^-x; sigmoid(x) of a float is 0 below x = -104 anyway.
            double e = ExpFCore(Sc.MinC(Sc.MaxC(-x, -700.0), 700.0));
            return Sc.RecipF(e + Sc.C(1.0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SigmoidD(double x)
        {
            double e = ExpDCore(Sc.OrBits(x, Sc.C(-0.0)), Sc.C(0.0), Sc.C(1.0));
            return Sc.Select(Sc.Lt(x, Sc.C(0.0)), e, Sc.C(1.0)) / (e + Sc.C(1.0));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sigmoid(float x) => (float)SigmoidF(x);

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Sigmoid(double x) => SigmoidD(x);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SigmoidF(Vector128<double> x)
        {
            // Float results need no sign split: e^-x is clamped to [e^-700, e^700], and 1/(1 + e^-x) keeps its
            // relative accuracy for large e^-x; sigmoid(x) of a float is 0 below x = -104 anyway.
            Vector128<double> e = ExpFCore(V128.MinC(V128.MaxC(-x, -700.0), 700.0));
            return V128.RecipF(e + V128.C(1.0));
        }

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
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(SigmoidF(lo), SigmoidF(hi));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Sigmoid(Vector128<double> x) => SigmoidD(x);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SigmoidF(Vector256<double> x)
        {
            // Float results need no sign split: e^-x is clamped to [e^-700, e^700], and 1/(1 + e^-x) keeps its
            // relative accuracy for large e^-x; sigmoid(x) of a float is 0 below x = -104 anyway.
            Vector256<double> e = ExpFCore(V256.MinC(V256.MaxC(-x, -700.0), 700.0));
            return V256.RecipF(e + V256.C(1.0));
        }

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
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(SigmoidF(lo), SigmoidF(hi));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Sigmoid(Vector256<double> x) => SigmoidD(x);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SigmoidF(Vector512<double> x)
        {
            // Float results need no sign split: e^-x is clamped to [e^-700, e^700], and 1/(1 + e^-x) keeps its
            // relative accuracy for large e^-x; sigmoid(x) of a float is 0 below x = -104 anyway.
            Vector512<double> e = ExpFCore(V512.MinC(V512.MaxC(-x, -700.0), 700.0));
            return V512.RecipF(e + V512.C(1.0));
        }

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
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(SigmoidF(lo), SigmoidF(hi));
        }

        /// <summary>sigmoid(x) = 1/(1 + e^−x).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Sigmoid(Vector512<double> x) => SigmoidD(x);
    }
}

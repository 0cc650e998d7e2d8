// This file is produced by tools/MathGen from Templates/VectorMath.Mish.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // mish(x) = x·tanh(softplus(x)) = x·n/(n + 2) with n = eˣ(eˣ + 2), since tanh(log(1+e)) = ((1+e)² − 1)/((1+e)² + 1):
    // one exp, no log, no cancellation (n/(n+2) → eˣ for x → −∞). x > 20: mish = x (double; tanh rounds to 1).
    // Double path: x < −700 takes x·eˣ with the factor applied before the final scaling (subnormal results
    // rounded once); mish(−∞) = −0.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double MishF(double x)
        {
            double xc = Sc.MinC(Sc.MaxC(x, -700.0), 20.0);
            double e = ExpFCore(xc);
            double n = Sc.Fma(e, e, e + e);
            return Sc.Select(Sc.Gt(x, Sc.C(20.0)), x, xc * n * Sc.RecipF(n + Sc.C(2.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double MishD(double x)
        {
            double xc = Sc.MinC(Sc.MaxC(x, -800.0), 20.0);
            double e = ExpDCore(xc, Sc.C(0.0), Sc.C(1.0));
            double n = e * (e + Sc.C(2.0));
            double r = xc * (n / (n + Sc.C(2.0)));
            bool tail = Sc.Lt(x, Sc.C(-700.0));
            if (Sc.Any(tail))
                r = Sc.Select(tail, ExpDCore(xc, Sc.C(0.0), xc), r);
            return Sc.Select(Sc.Gt(x, Sc.C(20.0)), x, r);
        }

        /// <summary>mish(x) = x·tanh(softplus(x)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Mish(float x) => (float)MishF(x);

        /// <summary>mish(x) = x·tanh(softplus(x)).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Mish(double x) => MishD(x);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> MishF(Vector128<double> x)
        {
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -700.0), 20.0);
            Vector128<double> e = ExpFCore(xc);
            Vector128<double> n = V128.Fma(e, e, e + e);
            return V128.Select(V128.Gt(x, V128.C(20.0)), x, xc * n * V128.RecipF(n + V128.C(2.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> MishD(Vector128<double> x)
        {
            Vector128<double> xc = V128.MinC(V128.MaxC(x, -800.0), 20.0);
            Vector128<double> e = ExpDCore(xc, V128.C(0.0), V128.C(1.0));
            Vector128<double> n = e * (e + V128.C(2.0));
            Vector128<double> r = xc * (n / (n + V128.C(2.0)));
            Vector128<double> tail = V128.Lt(x, V128.C(-700.0));
            if (V128.Any(tail))
                r = V128.Select(tail, ExpDCore(xc, V128.C(0.0), xc), r);
            return V128.Select(V128.Gt(x, V128.C(20.0)), x, r);
        }

        /// <summary>mish(x) = x·tanh(softplus(x)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Mish(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(MishF(lo), MishF(hi));
        }

        /// <summary>mish(x) = x·tanh(softplus(x)).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Mish(Vector128<double> x) => MishD(x);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> MishF(Vector256<double> x)
        {
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -700.0), 20.0);
            Vector256<double> e = ExpFCore(xc);
            Vector256<double> n = V256.Fma(e, e, e + e);
            return V256.Select(V256.Gt(x, V256.C(20.0)), x, xc * n * V256.RecipF(n + V256.C(2.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> MishD(Vector256<double> x)
        {
            Vector256<double> xc = V256.MinC(V256.MaxC(x, -800.0), 20.0);
            Vector256<double> e = ExpDCore(xc, V256.C(0.0), V256.C(1.0));
            Vector256<double> n = e * (e + V256.C(2.0));
            Vector256<double> r = xc * (n / (n + V256.C(2.0)));
            Vector256<double> tail = V256.Lt(x, V256.C(-700.0));
            if (V256.Any(tail))
                r = V256.Select(tail, ExpDCore(xc, V256.C(0.0), xc), r);
            return V256.Select(V256.Gt(x, V256.C(20.0)), x, r);
        }

        /// <summary>mish(x) = x·tanh(softplus(x)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Mish(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(MishF(lo), MishF(hi));
        }

        /// <summary>mish(x) = x·tanh(softplus(x)).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Mish(Vector256<double> x) => MishD(x);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> MishF(Vector512<double> x)
        {
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -700.0), 20.0);
            Vector512<double> e = ExpFCore(xc);
            Vector512<double> n = V512.Fma(e, e, e + e);
            return V512.Select(V512.Gt(x, V512.C(20.0)), x, xc * n * V512.RecipF(n + V512.C(2.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> MishD(Vector512<double> x)
        {
            Vector512<double> xc = V512.MinC(V512.MaxC(x, -800.0), 20.0);
            Vector512<double> e = ExpDCore(xc, V512.C(0.0), V512.C(1.0));
            Vector512<double> n = e * (e + V512.C(2.0));
            Vector512<double> r = xc * (n / (n + V512.C(2.0)));
            Vector512<double> tail = V512.Lt(x, V512.C(-700.0));
            if (V512.Any(tail))
                r = V512.Select(tail, ExpDCore(xc, V512.C(0.0), xc), r);
            return V512.Select(V512.Gt(x, V512.C(20.0)), x, r);
        }

        /// <summary>mish(x) = x·tanh(softplus(x)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Mish(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(MishF(lo), MishF(hi));
        }

        /// <summary>mish(x) = x·tanh(softplus(x)).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Mish(Vector512<double> x) => MishD(x);
    }
}

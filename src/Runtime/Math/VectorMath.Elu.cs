// This file is produced by Templates/generate.py from Templates/VectorMath.Elu.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // elu(x) = x > 0 ? x : α·expm1(x); selu(x) = x > 0 ? γ·x : (γα)·expm1(x); celu(x) = max(0, x) + min(0, α·expm1(x/α)).
    // expm1, not e^x − 1, so results near 0⁻ keep their relative accuracy. Float: in double (γα of two floats is
    // exact in double), rounded once. Max/min keep NaN (constant-first minpd/maxpd).
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double EluF(double x, double alpha) => Sc.Select(Sc.Gt(x, Sc.C(0.0)), x, Sc.C(alpha) * ExpM1F(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double EluD(double x, double alpha) => Sc.Select(Sc.Gt(x, Sc.C(0.0)), x, Sc.C(alpha) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SeluF(double x, double alpha, double gamma) => Sc.Select(Sc.Gt(x, Sc.C(0.0)), x * Sc.C(gamma), Sc.C(alpha * gamma) * ExpM1F(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SeluD(double x, double alpha, double gamma) => Sc.Select(Sc.Gt(x, Sc.C(0.0)), x * Sc.C(gamma), Sc.C(alpha * gamma) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double CeluF(double x, double alpha)
        {
            double u = alpha == 1.0 ? x : x / Sc.C(alpha);
            return Sc.MaxC(x, 0.0) + Sc.MinC(Sc.C(alpha) * ExpM1F(u), 0.0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double CeluD(double x, double alpha)
        {
            double u = alpha == 1.0 ? x : x / Sc.C(alpha);
            return Sc.MaxC(x, 0.0) + Sc.MinC(Sc.C(alpha) * ExpM1DCore(u), 0.0);
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Elu(float x, float alpha) => (float)EluF(x, alpha);

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Elu(double x, double alpha) => EluD(x, alpha);
        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Selu(float x, float alpha, float gamma) => (float)SeluF(x, alpha, gamma);

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Selu(double x, double alpha, double gamma) => SeluD(x, alpha, gamma);
        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Celu(float x, float alpha) => (float)CeluF(x, alpha);

        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Celu(double x, double alpha) => CeluD(x, alpha);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> EluF(Vector128<double> x, double alpha) => V128.Select(V128.Gt(x, V128.C(0.0)), x, V128.C(alpha) * ExpM1F(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> EluD(Vector128<double> x, double alpha) => V128.Select(V128.Gt(x, V128.C(0.0)), x, V128.C(alpha) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SeluF(Vector128<double> x, double alpha, double gamma) => V128.Select(V128.Gt(x, V128.C(0.0)), x * V128.C(gamma), V128.C(alpha * gamma) * ExpM1F(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SeluD(Vector128<double> x, double alpha, double gamma) => V128.Select(V128.Gt(x, V128.C(0.0)), x * V128.C(gamma), V128.C(alpha * gamma) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> CeluF(Vector128<double> x, double alpha)
        {
            Vector128<double> u = alpha == 1.0 ? x : x / V128.C(alpha);
            return V128.MaxC(x, 0.0) + V128.MinC(V128.C(alpha) * ExpM1F(u), 0.0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> CeluD(Vector128<double> x, double alpha)
        {
            Vector128<double> u = alpha == 1.0 ? x : x / V128.C(alpha);
            return V128.MaxC(x, 0.0) + V128.MinC(V128.C(alpha) * ExpM1DCore(u), 0.0);
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Elu(Vector128<float> x, float alpha)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(EluF(lo, alpha), EluF(hi, alpha));
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Elu(Vector128<double> x, double alpha) => EluD(x, alpha);
        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Selu(Vector128<float> x, float alpha, float gamma)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(SeluF(lo, alpha, gamma), SeluF(hi, alpha, gamma));
        }

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Selu(Vector128<double> x, double alpha, double gamma) => SeluD(x, alpha, gamma);
        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Celu(Vector128<float> x, float alpha)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(CeluF(lo, alpha), CeluF(hi, alpha));
        }

        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Celu(Vector128<double> x, double alpha) => CeluD(x, alpha);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> EluF(Vector256<double> x, double alpha) => V256.Select(V256.Gt(x, V256.C(0.0)), x, V256.C(alpha) * ExpM1F(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> EluD(Vector256<double> x, double alpha) => V256.Select(V256.Gt(x, V256.C(0.0)), x, V256.C(alpha) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SeluF(Vector256<double> x, double alpha, double gamma) => V256.Select(V256.Gt(x, V256.C(0.0)), x * V256.C(gamma), V256.C(alpha * gamma) * ExpM1F(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SeluD(Vector256<double> x, double alpha, double gamma) => V256.Select(V256.Gt(x, V256.C(0.0)), x * V256.C(gamma), V256.C(alpha * gamma) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> CeluF(Vector256<double> x, double alpha)
        {
            Vector256<double> u = alpha == 1.0 ? x : x / V256.C(alpha);
            return V256.MaxC(x, 0.0) + V256.MinC(V256.C(alpha) * ExpM1F(u), 0.0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> CeluD(Vector256<double> x, double alpha)
        {
            Vector256<double> u = alpha == 1.0 ? x : x / V256.C(alpha);
            return V256.MaxC(x, 0.0) + V256.MinC(V256.C(alpha) * ExpM1DCore(u), 0.0);
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Elu(Vector256<float> x, float alpha)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(EluF(lo, alpha), EluF(hi, alpha));
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Elu(Vector256<double> x, double alpha) => EluD(x, alpha);
        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Selu(Vector256<float> x, float alpha, float gamma)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(SeluF(lo, alpha, gamma), SeluF(hi, alpha, gamma));
        }

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Selu(Vector256<double> x, double alpha, double gamma) => SeluD(x, alpha, gamma);
        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Celu(Vector256<float> x, float alpha)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(CeluF(lo, alpha), CeluF(hi, alpha));
        }

        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Celu(Vector256<double> x, double alpha) => CeluD(x, alpha);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> EluF(Vector512<double> x, double alpha) => V512.Select(V512.Gt(x, V512.C(0.0)), x, V512.C(alpha) * ExpM1F(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> EluD(Vector512<double> x, double alpha) => V512.Select(V512.Gt(x, V512.C(0.0)), x, V512.C(alpha) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SeluF(Vector512<double> x, double alpha, double gamma) => V512.Select(V512.Gt(x, V512.C(0.0)), x * V512.C(gamma), V512.C(alpha * gamma) * ExpM1F(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SeluD(Vector512<double> x, double alpha, double gamma) => V512.Select(V512.Gt(x, V512.C(0.0)), x * V512.C(gamma), V512.C(alpha * gamma) * ExpM1DCore(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> CeluF(Vector512<double> x, double alpha)
        {
            Vector512<double> u = alpha == 1.0 ? x : x / V512.C(alpha);
            return V512.MaxC(x, 0.0) + V512.MinC(V512.C(alpha) * ExpM1F(u), 0.0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> CeluD(Vector512<double> x, double alpha)
        {
            Vector512<double> u = alpha == 1.0 ? x : x / V512.C(alpha);
            return V512.MaxC(x, 0.0) + V512.MinC(V512.C(alpha) * ExpM1DCore(u), 0.0);
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Elu(Vector512<float> x, float alpha)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(EluF(lo, alpha), EluF(hi, alpha));
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·(eˣ − 1).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Elu(Vector512<double> x, double alpha) => EluD(x, alpha);
        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Selu(Vector512<float> x, float alpha, float gamma)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(SeluF(lo, alpha, gamma), SeluF(hi, alpha, gamma));
        }

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·(eˣ − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Selu(Vector512<double> x, double alpha, double gamma) => SeluD(x, alpha, gamma);
        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Celu(Vector512<float> x, float alpha)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(CeluF(lo, alpha), CeluF(hi, alpha));
        }

        /// <summary>celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Celu(Vector512<double> x, double alpha) => CeluD(x, alpha);
    }
}

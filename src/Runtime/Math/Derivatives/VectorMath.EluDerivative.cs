// This file is produced by tools/MathGen from Derivatives/Templates/VectorMath.EluDerivative.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // Derivatives of the ELU family (PyTorch's convention at the kink: the x ≤ 0 branch, so elu′(0) = α):
    //   elu′(x; α) = x > 0 ? 1 : α·eˣ;  selu′(x; α, γ) = x > 0 ? γ : γα·eˣ;  celu′(x; α) = x > 0 ? 1 : e^(x/α).
    // Float: in double (γα of two floats and x·(1/α) are exact or within 2^-52, harmless for a float result),
    // the float-quality exp (2^-36), one rounding to float: ≤ 1 ULP. Double: ExpDCore with the factor applied
    // before its final scaling, so results in the subnormal range are rounded once; selu's γα is carried as
    // ph·e^(pl/ph) (its rounding error folded into the exponent) and celu's x/α as a double-double, because
    // e^u has condition number |u|. NaN propagates (x > 0 is false for NaN, the exp returns NaN); elu′(−∞) = 0.
    // The double path assumes |α|, |γα| ≤ e^14 (the range ExpDCore scales without overflow of the factor).
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double EluDerivativeF(double x, double alpha) =>
            Sc.Select(Sc.Gt(x, Sc.C(0.0)), Sc.C(1.0), Sc.C(alpha) * ExpFCore(Sc.MinC(Sc.MaxC(x, -708.0), 0.0)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double EluDerivativeD(double x, double alpha) =>
            Sc.Select(Sc.Gt(x, Sc.C(0.0)), Sc.C(1.0), ExpDCore(Sc.MinC(x, 0.0), Sc.C(0.0), Sc.C(alpha)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SeluDerivativeF(double x, double alpha, double gamma) =>
            Sc.Select(Sc.Gt(x, Sc.C(0.0)), Sc.C(gamma), Sc.C(alpha * gamma) * ExpFCore(Sc.MinC(Sc.MaxC(x, -708.0), 0.0)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SeluDerivativeD(double x, double alpha, double gamma)
        {
            double ph = alpha * gamma;
            double pl = System.Math.FusedMultiplyAdd(alpha, gamma, -ph);
            double rel = ph != 0.0 && double.IsFinite(ph) ? pl / ph : 0.0;
            return Sc.Select(Sc.Gt(x, Sc.C(0.0)), Sc.C(gamma), ExpDCore(Sc.MinC(x, 0.0), Sc.C(rel), Sc.C(ph)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double CeluDerivativeF(double x, double alpha)
        {
            double u = alpha == 1.0 ? x : x * Sc.C(1.0 / alpha);
            return Sc.Select(Sc.Gt(x, Sc.C(0.0)), Sc.C(1.0), ExpFCore(Sc.MinC(Sc.MaxC(u, -708.0), 708.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double CeluDerivativeD(double x, double alpha)
        {
            double xn = Sc.MinC(x, 0.0);
            if (alpha == 1.0)
                return Sc.Select(Sc.Gt(x, Sc.C(0.0)), Sc.C(1.0), ExpDCore(xn, Sc.C(0.0), Sc.C(1.0)));
            // u = x/α = uh + ul: uh = x·(1/α), then the residual x − uh·α (one FMA) divided by α.
            double r = 1.0 / alpha;
            double uh = xn * Sc.C(r);
            double ul = Sc.Select(Sc.Lt(Sc.Abs(uh), Sc.C(1e300)), Sc.Fnma(uh, Sc.C(alpha), xn) * Sc.C(r), Sc.C(0.0));
            return Sc.Select(Sc.Gt(x, Sc.C(0.0)), Sc.C(1.0), ExpDCore(uh, ul, Sc.C(1.0)));
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ (elu′(0) = α, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float EluDerivative(float x, float alpha) => (float)EluDerivativeF(x, alpha);

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ (elu′(0) = α, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double EluDerivative(double x, double alpha) => EluDerivativeD(x, alpha);

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ) (selu′(0) = γα, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float SeluDerivative(float x, float alpha, float gamma) => (float)SeluDerivativeF(x, alpha, gamma);

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ) (selu′(0) = γα, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SeluDerivative(double x, double alpha, double gamma) => SeluDerivativeD(x, alpha, gamma);

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α) (celu′(0) = 1 from the left branch, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float CeluDerivative(float x, float alpha) => (float)CeluDerivativeF(x, alpha);

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α) (celu′(0) = 1 from the left branch, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double CeluDerivative(double x, double alpha) => CeluDerivativeD(x, alpha);

        // ---------------- Vector128 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> EluDerivativeF(Vector128<double> x, double alpha) =>
            V128.Select(V128.Gt(x, V128.C(0.0)), V128.C(1.0), V128.C(alpha) * ExpFCore(V128.MinC(V128.MaxC(x, -708.0), 0.0)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> EluDerivativeD(Vector128<double> x, double alpha) =>
            V128.Select(V128.Gt(x, V128.C(0.0)), V128.C(1.0), ExpDCore(V128.MinC(x, 0.0), V128.C(0.0), V128.C(alpha)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SeluDerivativeF(Vector128<double> x, double alpha, double gamma) =>
            V128.Select(V128.Gt(x, V128.C(0.0)), V128.C(gamma), V128.C(alpha * gamma) * ExpFCore(V128.MinC(V128.MaxC(x, -708.0), 0.0)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SeluDerivativeD(Vector128<double> x, double alpha, double gamma)
        {
            double ph = alpha * gamma;
            double pl = System.Math.FusedMultiplyAdd(alpha, gamma, -ph);
            double rel = ph != 0.0 && double.IsFinite(ph) ? pl / ph : 0.0;
            return V128.Select(V128.Gt(x, V128.C(0.0)), V128.C(gamma), ExpDCore(V128.MinC(x, 0.0), V128.C(rel), V128.C(ph)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> CeluDerivativeF(Vector128<double> x, double alpha)
        {
            Vector128<double> u = alpha == 1.0 ? x : x * V128.C(1.0 / alpha);
            return V128.Select(V128.Gt(x, V128.C(0.0)), V128.C(1.0), ExpFCore(V128.MinC(V128.MaxC(u, -708.0), 708.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> CeluDerivativeD(Vector128<double> x, double alpha)
        {
            Vector128<double> xn = V128.MinC(x, 0.0);
            if (alpha == 1.0)
                return V128.Select(V128.Gt(x, V128.C(0.0)), V128.C(1.0), ExpDCore(xn, V128.C(0.0), V128.C(1.0)));
            // u = x/α = uh + ul: uh = x·(1/α), then the residual x − uh·α (one FMA) divided by α.
            double r = 1.0 / alpha;
            Vector128<double> uh = xn * V128.C(r);
            Vector128<double> ul = V128.Select(V128.Lt(V128.Abs(uh), V128.C(1e300)), V128.Fnma(uh, V128.C(alpha), xn) * V128.C(r), V128.C(0.0));
            return V128.Select(V128.Gt(x, V128.C(0.0)), V128.C(1.0), ExpDCore(uh, ul, V128.C(1.0)));
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ (elu′(0) = α, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> EluDerivative(Vector128<float> x, float alpha)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(EluDerivativeF(lo, alpha), EluDerivativeF(hi, alpha));
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ (elu′(0) = α, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> EluDerivative(Vector128<double> x, double alpha) => EluDerivativeD(x, alpha);

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ) (selu′(0) = γα, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> SeluDerivative(Vector128<float> x, float alpha, float gamma)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(SeluDerivativeF(lo, alpha, gamma), SeluDerivativeF(hi, alpha, gamma));
        }

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ) (selu′(0) = γα, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> SeluDerivative(Vector128<double> x, double alpha, double gamma) => SeluDerivativeD(x, alpha, gamma);

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α) (celu′(0) = 1 from the left branch, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> CeluDerivative(Vector128<float> x, float alpha)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(CeluDerivativeF(lo, alpha), CeluDerivativeF(hi, alpha));
        }

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α) (celu′(0) = 1 from the left branch, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> CeluDerivative(Vector128<double> x, double alpha) => CeluDerivativeD(x, alpha);

        // ---------------- Vector256 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> EluDerivativeF(Vector256<double> x, double alpha) =>
            V256.Select(V256.Gt(x, V256.C(0.0)), V256.C(1.0), V256.C(alpha) * ExpFCore(V256.MinC(V256.MaxC(x, -708.0), 0.0)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> EluDerivativeD(Vector256<double> x, double alpha) =>
            V256.Select(V256.Gt(x, V256.C(0.0)), V256.C(1.0), ExpDCore(V256.MinC(x, 0.0), V256.C(0.0), V256.C(alpha)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SeluDerivativeF(Vector256<double> x, double alpha, double gamma) =>
            V256.Select(V256.Gt(x, V256.C(0.0)), V256.C(gamma), V256.C(alpha * gamma) * ExpFCore(V256.MinC(V256.MaxC(x, -708.0), 0.0)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SeluDerivativeD(Vector256<double> x, double alpha, double gamma)
        {
            double ph = alpha * gamma;
            double pl = System.Math.FusedMultiplyAdd(alpha, gamma, -ph);
            double rel = ph != 0.0 && double.IsFinite(ph) ? pl / ph : 0.0;
            return V256.Select(V256.Gt(x, V256.C(0.0)), V256.C(gamma), ExpDCore(V256.MinC(x, 0.0), V256.C(rel), V256.C(ph)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> CeluDerivativeF(Vector256<double> x, double alpha)
        {
            Vector256<double> u = alpha == 1.0 ? x : x * V256.C(1.0 / alpha);
            return V256.Select(V256.Gt(x, V256.C(0.0)), V256.C(1.0), ExpFCore(V256.MinC(V256.MaxC(u, -708.0), 708.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> CeluDerivativeD(Vector256<double> x, double alpha)
        {
            Vector256<double> xn = V256.MinC(x, 0.0);
            if (alpha == 1.0)
                return V256.Select(V256.Gt(x, V256.C(0.0)), V256.C(1.0), ExpDCore(xn, V256.C(0.0), V256.C(1.0)));
            // u = x/α = uh + ul: uh = x·(1/α), then the residual x − uh·α (one FMA) divided by α.
            double r = 1.0 / alpha;
            Vector256<double> uh = xn * V256.C(r);
            Vector256<double> ul = V256.Select(V256.Lt(V256.Abs(uh), V256.C(1e300)), V256.Fnma(uh, V256.C(alpha), xn) * V256.C(r), V256.C(0.0));
            return V256.Select(V256.Gt(x, V256.C(0.0)), V256.C(1.0), ExpDCore(uh, ul, V256.C(1.0)));
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ (elu′(0) = α, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> EluDerivative(Vector256<float> x, float alpha)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(EluDerivativeF(lo, alpha), EluDerivativeF(hi, alpha));
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ (elu′(0) = α, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> EluDerivative(Vector256<double> x, double alpha) => EluDerivativeD(x, alpha);

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ) (selu′(0) = γα, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> SeluDerivative(Vector256<float> x, float alpha, float gamma)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(SeluDerivativeF(lo, alpha, gamma), SeluDerivativeF(hi, alpha, gamma));
        }

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ) (selu′(0) = γα, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> SeluDerivative(Vector256<double> x, double alpha, double gamma) => SeluDerivativeD(x, alpha, gamma);

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α) (celu′(0) = 1 from the left branch, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> CeluDerivative(Vector256<float> x, float alpha)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(CeluDerivativeF(lo, alpha), CeluDerivativeF(hi, alpha));
        }

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α) (celu′(0) = 1 from the left branch, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> CeluDerivative(Vector256<double> x, double alpha) => CeluDerivativeD(x, alpha);

        // ---------------- Vector512 ----------------
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> EluDerivativeF(Vector512<double> x, double alpha) =>
            V512.Select(V512.Gt(x, V512.C(0.0)), V512.C(1.0), V512.C(alpha) * ExpFCore(V512.MinC(V512.MaxC(x, -708.0), 0.0)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> EluDerivativeD(Vector512<double> x, double alpha) =>
            V512.Select(V512.Gt(x, V512.C(0.0)), V512.C(1.0), ExpDCore(V512.MinC(x, 0.0), V512.C(0.0), V512.C(alpha)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SeluDerivativeF(Vector512<double> x, double alpha, double gamma) =>
            V512.Select(V512.Gt(x, V512.C(0.0)), V512.C(gamma), V512.C(alpha * gamma) * ExpFCore(V512.MinC(V512.MaxC(x, -708.0), 0.0)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SeluDerivativeD(Vector512<double> x, double alpha, double gamma)
        {
            double ph = alpha * gamma;
            double pl = System.Math.FusedMultiplyAdd(alpha, gamma, -ph);
            double rel = ph != 0.0 && double.IsFinite(ph) ? pl / ph : 0.0;
            return V512.Select(V512.Gt(x, V512.C(0.0)), V512.C(gamma), ExpDCore(V512.MinC(x, 0.0), V512.C(rel), V512.C(ph)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> CeluDerivativeF(Vector512<double> x, double alpha)
        {
            Vector512<double> u = alpha == 1.0 ? x : x * V512.C(1.0 / alpha);
            return V512.Select(V512.Gt(x, V512.C(0.0)), V512.C(1.0), ExpFCore(V512.MinC(V512.MaxC(u, -708.0), 708.0)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> CeluDerivativeD(Vector512<double> x, double alpha)
        {
            Vector512<double> xn = V512.MinC(x, 0.0);
            if (alpha == 1.0)
                return V512.Select(V512.Gt(x, V512.C(0.0)), V512.C(1.0), ExpDCore(xn, V512.C(0.0), V512.C(1.0)));
            // u = x/α = uh + ul: uh = x·(1/α), then the residual x − uh·α (one FMA) divided by α.
            double r = 1.0 / alpha;
            Vector512<double> uh = xn * V512.C(r);
            Vector512<double> ul = V512.Select(V512.Lt(V512.Abs(uh), V512.C(1e300)), V512.Fnma(uh, V512.C(alpha), xn) * V512.C(r), V512.C(0.0));
            return V512.Select(V512.Gt(x, V512.C(0.0)), V512.C(1.0), ExpDCore(uh, ul, V512.C(1.0)));
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ (elu′(0) = α, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> EluDerivative(Vector512<float> x, float alpha)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(EluDerivativeF(lo, alpha), EluDerivativeF(hi, alpha));
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ (elu′(0) = α, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> EluDerivative(Vector512<double> x, double alpha) => EluDerivativeD(x, alpha);

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ) (selu′(0) = γα, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> SeluDerivative(Vector512<float> x, float alpha, float gamma)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(SeluDerivativeF(lo, alpha, gamma), SeluDerivativeF(hi, alpha, gamma));
        }

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ) (selu′(0) = γα, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> SeluDerivative(Vector512<double> x, double alpha, double gamma) => SeluDerivativeD(x, alpha, gamma);

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α) (celu′(0) = 1 from the left branch, PyTorch); evaluated in double and rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> CeluDerivative(Vector512<float> x, float alpha)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(CeluDerivativeF(lo, alpha), CeluDerivativeF(hi, alpha));
        }

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α) (celu′(0) = 1 from the left branch, PyTorch).</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> CeluDerivative(Vector512<double> x, double alpha) => CeluDerivativeD(x, alpha);

    }
}

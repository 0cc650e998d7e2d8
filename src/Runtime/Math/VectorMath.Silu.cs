// This file is produced by Templates/generate.py from Templates/VectorMath.Silu.cs.in; edit the template, not this file.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.Runtime
{
    // silu(x) = x·σ(β·x); gelu_tanh(x) = ½x(1 + tanh(u)) = x·σ(2u), u = √(2/π)(x + 0.044715x³), which has no
    // cancellation for negative x. σ as in Sigmoid. Double path: the argument t of σ is carried as a
    // double-double (σ(t) ≈ e^t has condition number |t|), lanes with t < −700 take m·e^t with the factor m = x
    // applied before the final scaling (results far in the subnormal range rounded once), and an infinite x
    // whose σ vanishes gives 0 (the limit) instead of ∞·0.
    public static partial class VectorMath
    {

        // ---------------- scalar ----------------
        /// <summary>x·σ, with the limit 0 where x is infinite and σ(±∞) = 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double TimesSigma(double x, double sigma) =>
            Sc.Select(Sc.And(Sc.Eq(Sc.Abs(x), Sc.C(double.PositiveInfinity)), Sc.Lt(sigma, Sc.C(0.5))), Sc.C(0.0), x * sigma);

        /// <summary>x·σ(th + tl) with double accuracy, including the subnormal tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double TimesSigmaD(double x, double th, double tl)
        {
            bool pos = Sc.Gt(th, Sc.C(0.0));
            double e = ExpDCore(Sc.OrBits(th, Sc.C(-0.0)), Sc.Select(pos, -tl, tl), Sc.C(1.0));
            double sigma = Sc.Select(pos, Sc.C(1.0), e) / (e + Sc.C(1.0));
            double r = x * sigma;
            bool tail = Sc.Lt(th, Sc.C(-700.0));
            if (Sc.Any(tail))
                r = Sc.Select(tail, ExpDCore(th, tl, x), r);
            return Sc.Select(Sc.And(Sc.Eq(Sc.Abs(x), Sc.C(double.PositiveInfinity)), Sc.Lt(sigma, Sc.C(0.5))), Sc.C(0.0), r);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SiluF(double x, double beta) => TimesSigma(x, SigmoidF(beta == 1.0 ? x : x * Sc.C(beta)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double SiluD(double x, double beta)
        {
            if (beta == 1.0) return TimesSigmaD(x, x, Sc.C(0.0));
            double th = x * Sc.C(beta);
            double tl = Sc.Select(Sc.Lt(Sc.Abs(th), Sc.C(1e300)), Sc.Fma(x, Sc.C(beta), -th), Sc.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluTanhF(double x) => TimesSigma(x, SigmoidF(x * Sc.Fma(x * x, Sc.C(MathConst.GeluC3), Sc.C(MathConst.GeluC1))));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GeluTanhD(double x)
        {
            // 2u = x·(C1 + C3·x²) as a double-double.
            double x2h = x * x;
            double x2l = Sc.Fma(x, x, -x2h);
            double ph = x2h * Sc.C(MathConst.GeluC3);
            double pl = Sc.Fma(x2h, Sc.C(MathConst.GeluC3), -ph) + (x2l * Sc.C(MathConst.GeluC3) + x2h * Sc.C(MathConst.GeluC3Lo));
            double wh = ph + Sc.C(MathConst.GeluC1);
            double bb = wh - ph;
            double wl = ((ph - (wh - bb)) + (Sc.C(MathConst.GeluC1) - bb)) + (pl + Sc.C(MathConst.GeluC1Lo));
            double th = x * wh;
            double tl = Sc.Fma(x, wh, -th) + x * wl;
            tl = Sc.Select(Sc.Lt(Sc.Abs(th), Sc.C(1e300)), tl, Sc.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        /// <summary>silu(x) = x·σ(β·x) (swish), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Silu(float x, float beta) => (float)SiluF(x, beta);

        /// <summary>silu(x) = x·σ(β·x) (swish).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Silu(double x, double beta) => SiluD(x, beta);
        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float GeluTanh(float x) => (float)GeluTanhF(x);

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double GeluTanh(double x) => GeluTanhD(x);

        // ---------------- Vector128 ----------------
        /// <summary>x·σ, with the limit 0 where x is infinite and σ(±∞) = 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> TimesSigma(Vector128<double> x, Vector128<double> sigma) =>
            V128.Select(V128.And(V128.Eq(V128.Abs(x), V128.C(double.PositiveInfinity)), V128.Lt(sigma, V128.C(0.5))), V128.C(0.0), x * sigma);

        /// <summary>x·σ(th + tl) with double accuracy, including the subnormal tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> TimesSigmaD(Vector128<double> x, Vector128<double> th, Vector128<double> tl)
        {
            Vector128<double> pos = V128.Gt(th, V128.C(0.0));
            Vector128<double> e = ExpDCore(V128.OrBits(th, V128.C(-0.0)), V128.Select(pos, -tl, tl), V128.C(1.0));
            Vector128<double> sigma = V128.Select(pos, V128.C(1.0), e) / (e + V128.C(1.0));
            Vector128<double> r = x * sigma;
            Vector128<double> tail = V128.Lt(th, V128.C(-700.0));
            if (V128.Any(tail))
                r = V128.Select(tail, ExpDCore(th, tl, x), r);
            return V128.Select(V128.And(V128.Eq(V128.Abs(x), V128.C(double.PositiveInfinity)), V128.Lt(sigma, V128.C(0.5))), V128.C(0.0), r);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SiluF(Vector128<double> x, double beta) => TimesSigma(x, SigmoidF(beta == 1.0 ? x : x * V128.C(beta)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> SiluD(Vector128<double> x, double beta)
        {
            if (beta == 1.0) return TimesSigmaD(x, x, V128.C(0.0));
            Vector128<double> th = x * V128.C(beta);
            Vector128<double> tl = V128.Select(V128.Lt(V128.Abs(th), V128.C(1e300)), V128.Fma(x, V128.C(beta), -th), V128.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluTanhF(Vector128<double> x) => TimesSigma(x, SigmoidF(x * V128.Fma(x * x, V128.C(MathConst.GeluC3), V128.C(MathConst.GeluC1))));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector128<double> GeluTanhD(Vector128<double> x)
        {
            // 2u = x·(C1 + C3·x²) as a double-double.
            Vector128<double> x2h = x * x;
            Vector128<double> x2l = V128.Fma(x, x, -x2h);
            Vector128<double> ph = x2h * V128.C(MathConst.GeluC3);
            Vector128<double> pl = V128.Fma(x2h, V128.C(MathConst.GeluC3), -ph) + (x2l * V128.C(MathConst.GeluC3) + x2h * V128.C(MathConst.GeluC3Lo));
            Vector128<double> wh = ph + V128.C(MathConst.GeluC1);
            Vector128<double> bb = wh - ph;
            Vector128<double> wl = ((ph - (wh - bb)) + (V128.C(MathConst.GeluC1) - bb)) + (pl + V128.C(MathConst.GeluC1Lo));
            Vector128<double> th = x * wh;
            Vector128<double> tl = V128.Fma(x, wh, -th) + x * wl;
            tl = V128.Select(V128.Lt(V128.Abs(th), V128.C(1e300)), tl, V128.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        /// <summary>silu(x) = x·σ(β·x) (swish), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Silu(Vector128<float> x, float beta)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(SiluF(lo, beta), SiluF(hi, beta));
        }

        /// <summary>silu(x) = x·σ(β·x) (swish).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Silu(Vector128<double> x, double beta) => SiluD(x, beta);
        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> GeluTanh(Vector128<float> x)
        {
            var (lo, hi) = V128.Widen(x);
            return V128.Narrow(GeluTanhF(lo), GeluTanhF(hi));
        }

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> GeluTanh(Vector128<double> x) => GeluTanhD(x);

        // ---------------- Vector256 ----------------
        /// <summary>x·σ, with the limit 0 where x is infinite and σ(±∞) = 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> TimesSigma(Vector256<double> x, Vector256<double> sigma) =>
            V256.Select(V256.And(V256.Eq(V256.Abs(x), V256.C(double.PositiveInfinity)), V256.Lt(sigma, V256.C(0.5))), V256.C(0.0), x * sigma);

        /// <summary>x·σ(th + tl) with double accuracy, including the subnormal tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> TimesSigmaD(Vector256<double> x, Vector256<double> th, Vector256<double> tl)
        {
            Vector256<double> pos = V256.Gt(th, V256.C(0.0));
            Vector256<double> e = ExpDCore(V256.OrBits(th, V256.C(-0.0)), V256.Select(pos, -tl, tl), V256.C(1.0));
            Vector256<double> sigma = V256.Select(pos, V256.C(1.0), e) / (e + V256.C(1.0));
            Vector256<double> r = x * sigma;
            Vector256<double> tail = V256.Lt(th, V256.C(-700.0));
            if (V256.Any(tail))
                r = V256.Select(tail, ExpDCore(th, tl, x), r);
            return V256.Select(V256.And(V256.Eq(V256.Abs(x), V256.C(double.PositiveInfinity)), V256.Lt(sigma, V256.C(0.5))), V256.C(0.0), r);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SiluF(Vector256<double> x, double beta) => TimesSigma(x, SigmoidF(beta == 1.0 ? x : x * V256.C(beta)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> SiluD(Vector256<double> x, double beta)
        {
            if (beta == 1.0) return TimesSigmaD(x, x, V256.C(0.0));
            Vector256<double> th = x * V256.C(beta);
            Vector256<double> tl = V256.Select(V256.Lt(V256.Abs(th), V256.C(1e300)), V256.Fma(x, V256.C(beta), -th), V256.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluTanhF(Vector256<double> x) => TimesSigma(x, SigmoidF(x * V256.Fma(x * x, V256.C(MathConst.GeluC3), V256.C(MathConst.GeluC1))));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GeluTanhD(Vector256<double> x)
        {
            // 2u = x·(C1 + C3·x²) as a double-double.
            Vector256<double> x2h = x * x;
            Vector256<double> x2l = V256.Fma(x, x, -x2h);
            Vector256<double> ph = x2h * V256.C(MathConst.GeluC3);
            Vector256<double> pl = V256.Fma(x2h, V256.C(MathConst.GeluC3), -ph) + (x2l * V256.C(MathConst.GeluC3) + x2h * V256.C(MathConst.GeluC3Lo));
            Vector256<double> wh = ph + V256.C(MathConst.GeluC1);
            Vector256<double> bb = wh - ph;
            Vector256<double> wl = ((ph - (wh - bb)) + (V256.C(MathConst.GeluC1) - bb)) + (pl + V256.C(MathConst.GeluC1Lo));
            Vector256<double> th = x * wh;
            Vector256<double> tl = V256.Fma(x, wh, -th) + x * wl;
            tl = V256.Select(V256.Lt(V256.Abs(th), V256.C(1e300)), tl, V256.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        /// <summary>silu(x) = x·σ(β·x) (swish), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Silu(Vector256<float> x, float beta)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(SiluF(lo, beta), SiluF(hi, beta));
        }

        /// <summary>silu(x) = x·σ(β·x) (swish).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Silu(Vector256<double> x, double beta) => SiluD(x, beta);
        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> GeluTanh(Vector256<float> x)
        {
            var (lo, hi) = V256.Widen(x);
            return V256.Narrow(GeluTanhF(lo), GeluTanhF(hi));
        }

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> GeluTanh(Vector256<double> x) => GeluTanhD(x);

        // ---------------- Vector512 ----------------
        /// <summary>x·σ, with the limit 0 where x is infinite and σ(±∞) = 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> TimesSigma(Vector512<double> x, Vector512<double> sigma) =>
            V512.Select(V512.And(V512.Eq(V512.Abs(x), V512.C(double.PositiveInfinity)), V512.Lt(sigma, V512.C(0.5))), V512.C(0.0), x * sigma);

        /// <summary>x·σ(th + tl) with double accuracy, including the subnormal tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> TimesSigmaD(Vector512<double> x, Vector512<double> th, Vector512<double> tl)
        {
            Vector512<double> pos = V512.Gt(th, V512.C(0.0));
            Vector512<double> e = ExpDCore(V512.OrBits(th, V512.C(-0.0)), V512.Select(pos, -tl, tl), V512.C(1.0));
            Vector512<double> sigma = V512.Select(pos, V512.C(1.0), e) / (e + V512.C(1.0));
            Vector512<double> r = x * sigma;
            Vector512<double> tail = V512.Lt(th, V512.C(-700.0));
            if (V512.Any(tail))
                r = V512.Select(tail, ExpDCore(th, tl, x), r);
            return V512.Select(V512.And(V512.Eq(V512.Abs(x), V512.C(double.PositiveInfinity)), V512.Lt(sigma, V512.C(0.5))), V512.C(0.0), r);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SiluF(Vector512<double> x, double beta) => TimesSigma(x, SigmoidF(beta == 1.0 ? x : x * V512.C(beta)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> SiluD(Vector512<double> x, double beta)
        {
            if (beta == 1.0) return TimesSigmaD(x, x, V512.C(0.0));
            Vector512<double> th = x * V512.C(beta);
            Vector512<double> tl = V512.Select(V512.Lt(V512.Abs(th), V512.C(1e300)), V512.Fma(x, V512.C(beta), -th), V512.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluTanhF(Vector512<double> x) => TimesSigma(x, SigmoidF(x * V512.Fma(x * x, V512.C(MathConst.GeluC3), V512.C(MathConst.GeluC1))));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GeluTanhD(Vector512<double> x)
        {
            // 2u = x·(C1 + C3·x²) as a double-double.
            Vector512<double> x2h = x * x;
            Vector512<double> x2l = V512.Fma(x, x, -x2h);
            Vector512<double> ph = x2h * V512.C(MathConst.GeluC3);
            Vector512<double> pl = V512.Fma(x2h, V512.C(MathConst.GeluC3), -ph) + (x2l * V512.C(MathConst.GeluC3) + x2h * V512.C(MathConst.GeluC3Lo));
            Vector512<double> wh = ph + V512.C(MathConst.GeluC1);
            Vector512<double> bb = wh - ph;
            Vector512<double> wl = ((ph - (wh - bb)) + (V512.C(MathConst.GeluC1) - bb)) + (pl + V512.C(MathConst.GeluC1Lo));
            Vector512<double> th = x * wh;
            Vector512<double> tl = V512.Fma(x, wh, -th) + x * wl;
            tl = V512.Select(V512.Lt(V512.Abs(th), V512.C(1e300)), tl, V512.C(0.0));
            return TimesSigmaD(x, th, tl);
        }

        /// <summary>silu(x) = x·σ(β·x) (swish), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Silu(Vector512<float> x, float beta)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(SiluF(lo, beta), SiluF(hi, beta));
        }

        /// <summary>silu(x) = x·σ(β·x) (swish).</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Silu(Vector512<double> x, double beta) => SiluD(x, beta);
        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0), evaluated in double and rounded once (≤ 1 ULP).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> GeluTanh(Vector512<float> x)
        {
            var (lo, hi) = V512.Widen(x);
            return V512.Narrow(GeluTanhF(lo), GeluTanhF(hi));
        }

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed as x·σ(2u) (no cancellation for x &lt; 0).</summary>
        /// <param name="x">The input.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> GeluTanh(Vector512<double> x) => GeluTanhD(x);
    }
}

using System;

namespace FusedKernels.Testing
{
    /// <summary>Scalar references of the derivatives of the transcendental activations (docs/activations.md, derivatives).</summary>
    /// <remarks>
    /// <para>Written from the textbook formulas, independently of VectorMath's algebra (this project does not reference the runtime). The
    /// <see cref="float"/> overloads evaluate the formula in <see cref="double"/> (with <see cref="Math"/> and the
    /// careful erfc/softplus helpers of the forward references) and round once. The <see cref="double"/>
    /// overloads evaluate the same formulas in double-double arithmetic (~106 bits, the helpers of
    /// <c>Reference.Transcendental.cs</c>), with the far tails scaled at the end so that subnormal results are
    /// rounded from the double-double; they are slow (a few µs) and meant for tests and the accuracy tool.</para>
    /// <para>Conventions (PyTorch): elu′(0) = α, selu′(0) = γα, celu′(0) = 1 (the x ≤ 0 branch). NaN gives NaN;
    /// ±∞ give the limits.</para>
    /// </remarks>
    public static partial class Reference
    {
        // ---------------------------------------------------------------- float: double + System.Math

        /// <summary>sigmoid′(x) = σ(x)·σ(−x), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float SigmoidDerivative(float x) => (float)(SigmoidInDouble(x) * SigmoidInDouble(-(double)x));

        /// <summary>tanh′(x) = 1/cosh²(x), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float TanhDerivative(float x)
        {
            double c = Math.Cosh(x);
            return (float)(1.0 / (c * c));
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ, in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        public static float EluDerivative(float x, float alpha) => x > 0 ? 1f : (float)(alpha * Math.Exp(x));

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        public static float SeluDerivative(float x, float alpha, float gamma) =>
            x > 0 ? gamma : (float)((double)gamma * alpha * Math.Exp(x));

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        public static float CeluDerivative(float x, float alpha) => x > 0 ? 1f : (float)Math.Exp((double)x / alpha);

        /// <summary>gelu′(x) = Φ(x) + x·φ(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float GeluDerivative(float x)
        {
            if (float.IsInfinity(x)) return x > 0 ? 1f : 0f;
            double d = x;
            return (float)(0.5 * ErfcInDouble(-d * InvSqrt2) + d * Math.Exp(-0.5 * d * d) * InvSqrt2Pi);
        }

        /// <summary>
        /// gelu_tanh′(x) = ½(1 + tanh u) + ½x·sech²(u)·√(2/π)(1 + 3·0.044715x²), u = √(2/π)(x + 0.044715x³),
        /// with 1 + tanh u = 2σ(2u) and sech² u = 4σ(2u)σ(−2u); in double, rounded once.
        /// </summary>
        /// <param name="x">The input.</param>
        public static float GeluTanhDerivative(float x)
        {
            if (float.IsInfinity(x)) return x > 0 ? 1f : 0f;
            double d = x;
            double u = SqrtTwoOverPi * (d + 0.044715 * d * d * d);
            double s = SigmoidInDouble(2 * u), sn = SigmoidInDouble(-2 * u);
            return (float)(s + 0.5 * d * (4 * s * sn) * SqrtTwoOverPi * (1 + 3 * 0.044715 * d * d));
        }

        /// <summary>silu′(x) = σ(βx) + βx·σ(βx)·σ(−βx), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        public static float SiluDerivative(float x, float beta)
        {
            double t = (double)beta * x;
            if (double.IsInfinity(t)) return t > 0 ? 1f : 0f;
            double s = SigmoidInDouble(t), sn = SigmoidInDouble(-t);
            return (float)(s + t * s * sn);
        }

        /// <summary>mish′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float MishDerivative(float x)
        {
            if (float.IsInfinity(x)) return x > 0 ? 1f : 0f;
            double d = x;
            double sp = SoftplusInDouble(d, 1.0);
            double c = Math.Cosh(sp);
            return (float)(Math.Tanh(sp) + d / (c * c) * SigmoidInDouble(d));
        }

        /// <summary>softplus′(x) = σ(βx), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        public static float SoftplusDerivative(float x, float beta) => (float)SigmoidInDouble((double)beta * x);

        private const double InvSqrt2Pi = 0.39894228040143267794;

        // ---------------------------------------------------------------- double: double-double, rounded once

        /// <summary>sigmoid′(x) = σ(x)·σ(−x) = e/(1 + e)², e = e^−|x|, in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double SigmoidDerivative(double x)
        {
            if (double.IsNaN(x)) return x;
            DD a = new DD(-Math.Abs(x));
            if (a.Hi < -800) return 0;
            if (a.Hi < -600) return Scaled(ExpParts(a, out int n), n); // (1 + e)² = 1 to 2^-860
            return (SigmoidDD(-a) * SigmoidDD(a)).Value;
        }

        /// <summary>tanh′(x) = 1 − tanh²(x) = 4e/(1 + e)², e = e^−2|x|, in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double TanhDerivative(double x)
        {
            if (double.IsNaN(x)) return x;
            double a = -2 * Math.Abs(x);
            if (a < -800) return 0;
            if (a < -600) return Scaled(ExpParts(new DD(a), out int n) * 4, n);
            DD e = ExpDD(new DD(a)), d = e + 1;
            return (e * 4 / (d * d)).Value;
        }

        /// <summary>elu′(x) = x &gt; 0 ? 1 : α·eˣ, in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        public static double EluDerivative(double x, double alpha)
        {
            if (double.IsNaN(x)) return x;
            return x > 0 ? 1 : ScaledExp(new DD(x), new DD(alpha));
        }

        /// <summary>selu′(x) = γ·(x &gt; 0 ? 1 : α·eˣ), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        public static double SeluDerivative(double x, double alpha, double gamma)
        {
            if (double.IsNaN(x)) return x;
            return x > 0 ? gamma : ScaledExp(new DD(x), new DD(alpha) * gamma);
        }

        /// <summary>celu′(x) = x &gt; 0 ? 1 : e^(x/α), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        public static double CeluDerivative(double x, double alpha)
        {
            if (double.IsNaN(x)) return x;
            if (x > 0) return 1;
            DD u = new DD(x) / alpha;
            return double.IsInfinity(u.Hi) ? 0 : ScaledExp(u, new DD(1));
        }

        /// <summary>gelu′(x) = ½·erfc(−x/√2) + x·e^(−x²/2)/√(2π), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double GeluDerivative(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x > 40) return 1;
            if (x < -40) return -0.0;
            DD dx = new DD(x);
            DD z = -dx * DD.InvSqrt2;
            DD invSqrt2Pi = DD.InvSqrtPi * DD.InvSqrt2;
            if (z.Hi >= 3)
            {
                // Both terms carry e^(−x²/2): keep it unscaled (m·2^n) until the end. erfc(z) = e^(−z²)/√π / K(z)
                // with the continued fraction K (as in Gelu), and z² = x²/2.
                DD f = z;
                for (int k = 250; k >= 1; k--) f = z + (k * 0.5) / f;
                DD m = ExpParts(-(dx * dx) * 0.5, out int n);
                return Scaled(m * (DD.InvSqrtPi / f * 0.5 + dx * invSqrt2Pi), n);
            }
            return (ErfcDD(z) * 0.5 + dx * ExpDD(-(dx * dx) * 0.5) * invSqrt2Pi).Value;
        }

        /// <summary>gelu_tanh′(x) = σ(v) + x·v′·σ(v)·σ(−v), v = 2u = 2√(2/π)(x + 0.044715x³), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double GeluTanhDerivative(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x > 40) return 1;
            if (x < -40) return -0.0;
            DD dx = new DD(x);
            DD v = DD.C1 * dx + DD.C3 * (dx * dx * dx);
            DD dv = DD.C1 + DD.C3 * 3 * (dx * dx);
            if (v.Hi < -600) return v.Hi < -800 ? -0.0 : Scaled(ExpParts(v, out int n) * (dx * dv + 1), n);
            DD s = SigmoidDD(v), sn = SigmoidDD(-v);
            return (s + dx * dv * s * sn).Value;
        }

        /// <summary>silu′(x) = σ(t) + t·σ(t)·σ(−t), t = βx, in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        public static double SiluDerivative(double x, double beta)
        {
            if (double.IsNaN(x)) return x;
            DD t = new DD(x) * beta;
            if (t.Hi > 800) return 1;
            if (t.Hi < -800) return -0.0;
            if (t.Hi < -600) return Scaled(ExpParts(t, out int n) * (t + 1), n);
            DD s = SigmoidDD(t), sn = SigmoidDD(-t);
            return (s + t * s * sn).Value;
        }

        /// <summary>mish′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double MishDerivative(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x > 40) return 1; // 1 − mish′(x) < 4x·e^(−2x) < 2^-100
            if (x < -800) return -0.0;
            DD dx = new DD(x);
            if (x < -600) return Scaled(ExpParts(dx, out int n) * (dx + 1), n); // relative error O(eˣ)
            DD sp = x > 0 ? dx + Log1PDD(ExpDD(-dx)) : Log1PDD(ExpDD(dx));
            DD m = ExpM1DD(sp * 2);                 // e^(2sp) − 1, accurate for small sp
            DD tanh = m / (m + 2);
            DD sech2 = (m + 1) * 4 / ((m + 2) * (m + 2));
            return (tanh + dx * sech2 * SigmoidDD(dx)).Value;
        }

        /// <summary>softplus′(x) = σ(βx), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        public static double SoftplusDerivative(double x, double beta)
        {
            if (double.IsNaN(x)) return x;
            DD t = new DD(x) * beta;
            if (double.IsNaN(t.Hi)) return double.NaN;
            if (t.Hi < -600) return t.Hi < -800 ? 0 : Scaled(ExpParts(t, out int n), n);
            return SigmoidDD(t).Value;
        }

        /// <summary>m·e^a for a ≤ 0, rounded once from the double-double (subnormal results too).</summary>
        private static double ScaledExp(DD a, DD m)
        {
            if (a.Hi < -800) return m.Hi < 0 ? -0.0 : 0.0;
            if (a.Hi < -600) return Scaled(ExpParts(a, out int n) * m, n);
            return (ExpDD(a) * m).Value;
        }
    }
}

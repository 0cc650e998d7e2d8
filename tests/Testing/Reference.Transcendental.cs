using System;

namespace FusedKernels.Testing
{
    /// <summary>Scalar references of the transcendental activations.</summary>
    /// <remarks>
    /// <para>Independent of VectorMath on purpose (this project does not reference the runtime). The <see cref="float"/> overloads evaluate the
    /// formula in <see cref="double"/> with <see cref="Math"/> (plus careful expm1, log1p and erfc, which
    /// <see cref="Math"/> lacks) and round once: their double intermediate is good to ~2^-45, so the float
    /// result is the correctly rounded one except within ~2^-21 ULP of a rounding boundary.</para>
    /// <para>The <see cref="double"/> overloads evaluate in double-double arithmetic (~106 bits: exp by
    /// argument reduction and Taylor series, log by a Newton step on exp, erfc by its everywhere-positive
    /// series below 3 and its continued fraction above) and round once, so they can serve as the
    /// higher-precision reference the vectorized double kernels are measured against. They are slow
    /// (~1 µs); do not use them in a hot loop.</para>
    /// </remarks>
    public static partial class Reference
    {
        private const double InvSqrt2 = 0.70710678118654752440;
        private const double SqrtTwoOverPi = 0.79788456080286535588;

        // ---------------------------------------------------------------- float: double + System.Math

        /// <summary>sigmoid(x) = 1/(1 + e^−x), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float Sigmoid(float x) => (float)SigmoidInDouble(x);

        /// <summary>tanh(x), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float Tanh(float x) => (float)Math.Tanh(x);

        /// <summary>elu(x) = x &gt; 0 ? x : α·expm1(x), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        public static float Elu(float x, float alpha) => x > 0 ? x : (float)(alpha * ExpM1InDouble(x));

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·expm1(x)), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        public static float Selu(float x, float alpha, float gamma) =>
            (float)((double)gamma * (x > 0 ? x : alpha * ExpM1InDouble(x)));

        /// <summary>celu(x) = max(0, x) + min(0, α·expm1(x/α)), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        public static float Celu(float x, float alpha)
        {
            double d = x;
            return (float)(Math.Max(0.0, d) + Math.Min(0.0, alpha * ExpM1InDouble(d / alpha)));
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float Gelu(float x)
        {
            if (float.IsNegativeInfinity(x)) return -0f;
            return (float)(0.5 * x * ErfcInDouble(-x * InvSqrt2));
        }

        /// <summary>gelu_tanh(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))) = x·σ(2u), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float GeluTanh(float x)
        {
            double d = x;
            double s = SigmoidInDouble(2 * SqrtTwoOverPi * (d + 0.044715 * d * d * d));
            return s == 0 ? 0f : (float)(d * s);
        }

        /// <summary>silu(x) = x·σ(β·x), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        public static float Silu(float x, float beta)
        {
            double s = SigmoidInDouble((double)beta * x);
            return s == 0 ? 0f : (float)(x * s);
        }

        /// <summary>mish(x) = x·tanh(softplus(x)), in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static float Mish(float x)
        {
            double d = x;
            if (double.IsNegativeInfinity(d)) return -0f;
            return (float)(d * Math.Tanh(SoftplusInDouble(d, 1.0)));
        }

        /// <summary>softplus(x) = log(1 + e^(β·x))/β, in double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        public static float Softplus(float x, float beta) => (float)SoftplusInDouble(x, beta);

        private static double SigmoidInDouble(double x)
        {
            if (x >= 0) return 1 / (1 + Math.Exp(-x));
            double e = Math.Exp(x);
            return e / (1 + e);
        }

        private static double SoftplusInDouble(double x, double beta)
        {
            double t = beta * x;
            if (double.IsNaN(t)) return double.NaN;
            if (double.IsPositiveInfinity(t)) return beta > 0 ? x : 0;
            double l = Log1PInDouble(Math.Exp(-Math.Abs(t)));
            return (Math.Max(t, 0) + l) / beta;
        }

        /// <summary>e^x − 1 without cancellation: Taylor series below ½, exp − 1 above (cancels at most 2 bits).</summary>
        private static double ExpM1InDouble(double x)
        {
            if (double.IsNaN(x)) return x;
            if (Math.Abs(x) >= 0.5) return Math.Exp(x) - 1;
            double sum = 0, term = 1;
            for (int k = 1; k <= 22; k++) { term *= x / k; sum += term; }
            return x == 0 ? x : sum;
        }

        /// <summary>log(1 + y) by Kahan's trick: log(u)·y/(u − 1) with u = 1 + y rounded (a few ULP).</summary>
        private static double Log1PInDouble(double y)
        {
            double u = 1 + y;
            if (u == 1) return y;
            return Math.Log(u) * y / (u - 1);
        }

        /// <summary>
        /// erfc in double, written from the method of fdlibm's s_erf.c (Sun Microsystems, 1993): rational
        /// approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 28) with its published
        /// coefficients, and exp(−x²) evaluated as exp(−s²−0.5625)·exp((s−x)(s+x)+R/S) with s = x truncated to
        /// 32 bits so that s² is exact. Under 1 ULP in double.
        /// </summary>
        private static double ErfcInDouble(double x)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsInfinity(x)) return x > 0 ? 0 : 2;
            double ax = Math.Abs(x);
            if (ax < 0.84375)
            {
                double z = x * x;
                double r = 1.28379167095512558561e-01 + z * (-3.25042107247001499370e-01 + z * (-2.84817495755985104766e-02 + z * (-5.77027029648944159157e-03 + z * -2.37630166566501626084e-05)));
                double s = 1.0 + z * (3.97917223959155352819e-01 + z * (6.50222499887672944485e-02 + z * (5.08130628187576562776e-03 + z * (1.32494738004321644526e-04 + z * -3.96022827877536812320e-06))));
                double y = r / s;
                return x < 0.25 ? 1.0 - (x + x * y) : 0.5 - (x * y + (x - 0.5));
            }
            if (ax < 1.25)
            {
                double s = ax - 1.0;
                double p = -2.36211856075265944077e-03 + s * (4.14856118683748331666e-01 + s * (-3.72207876035701323847e-01 + s * (3.18346619901161753674e-01 + s * (-1.10894694282396677476e-01 + s * (3.54783043256182359371e-02 + s * -2.16637559486879084300e-03)))));
                double q = 1.0 + s * (1.06420880400844228286e-01 + s * (5.40397917702171048937e-01 + s * (7.18286544141962662868e-02 + s * (1.26171219808761642112e-01 + s * (1.36370839120290507362e-02 + s * 1.19844998467991074170e-02)))));
                const double erx = 8.45062911510467529297e-01;
                return x > 0 ? (1.0 - erx) - p / q : 1.0 + (erx + p / q);
            }
            if (ax >= 28) return x > 0 ? 0 : 2;
            {
                double s = 1.0 / (ax * ax);
                double rr, ss;
                if (ax < 1 / 0.35)
                {
                    rr = -9.86494403484714822705e-03 + s * (-6.93858572707181764372e-01 + s * (-1.05586262253232909814e+01 + s * (-6.23753324503260060396e+01 + s * (-1.62396669462573470355e+02 + s * (-1.84605092906711035994e+02 + s * (-8.12874355063065934246e+01 + s * -9.81432934416914548592e+00))))));
                    ss = 1.0 + s * (1.96512716674392571292e+01 + s * (1.37657754143519042600e+02 + s * (4.34565877475229228821e+02 + s * (6.45387271733267880336e+02 + s * (4.29008140027567833386e+02 + s * (1.08635005541779435134e+02 + s * (6.57024977031928170135e+00 + s * -6.04244152148580987438e-02)))))));
                }
                else
                {
                    rr = -9.86494292470009928597e-03 + s * (-7.99283237680523006574e-01 + s * (-1.77579549177547519889e+01 + s * (-1.60636384855821916062e+02 + s * (-6.37566443368389627722e+02 + s * (-1.02509513161107724954e+03 + s * -4.83519191608651397019e+02)))));
                    ss = 1.0 + s * (3.03380607434824582924e+01 + s * (3.25792512996573918826e+02 + s * (1.53672958608443695994e+03 + s * (3.19985821950859553908e+03 + s * (2.55305040643316442583e+03 + s * (4.74528541206955367215e+02 + s * -2.24409524465858183362e+01))))));
                }
                double z = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(ax) & unchecked((long)0xFFFF_FFFF_0000_0000UL));
                double r = Math.Exp(-z * z - 0.5625) * Math.Exp((z - ax) * (z + ax) + rr / ss);
                return x > 0 ? r / ax : 2.0 - r / ax;
            }
        }

        // ---------------------------------------------------------------- double: double-double, rounded once

        /// <summary>sigmoid(x) = 1/(1 + e^−x), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double Sigmoid(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x < -600 && x > -800) return Scaled(ExpParts(new DD(x), out int n), n);
            return SigmoidDD(new DD(x)).Value;
        }

        /// <summary>tanh(x), in double-double, rounded once; tanh(±0) = ±0.</summary>
        /// <param name="x">The input.</param>
        public static double Tanh(double x)
        {
            if (double.IsNaN(x) || x == 0) return x;
            if (Math.Abs(x) > 40) return Math.Sign(x);
            DD m = ExpM1DD(new DD(2 * x));
            return (m / (m + 2)).Value;
        }

        /// <summary>elu(x) = x &gt; 0 ? x : α·expm1(x), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        public static double Elu(double x, double alpha)
        {
            if (double.IsNaN(x) || x > 0) return x;
            return (ExpM1DD(new DD(x)) * alpha).Value;
        }

        /// <summary>selu(x) = γ·(x &gt; 0 ? x : α·expm1(x)), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α.</param>
        /// <param name="gamma">γ.</param>
        public static double Selu(double x, double alpha, double gamma)
        {
            if (double.IsNaN(x)) return x;
            if (x > 0) return (new DD(x) * gamma).Value;
            return (ExpM1DD(new DD(x)) * alpha * gamma).Value;
        }

        /// <summary>celu(x) = max(0, x) + min(0, α·expm1(x/α)), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="alpha">α (nonzero).</param>
        public static double Celu(double x, double alpha)
        {
            if (double.IsNaN(x)) return x;
            DD e = ExpM1DD(new DD(x) / alpha) * alpha;
            DD neg = e.Hi < 0 ? e : new DD(0);
            return (new DD(Math.Max(0, x)) + neg).Value;
        }

        /// <summary>gelu(x) = ½·x·erfc(−x/√2), in double-double (erfc by series and continued fraction), rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double Gelu(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x < -40) return -0.0;
            if (x > 40) return x;
            DD z = new DD(-x) * DD.InvSqrt2;
            if (z.Hi > 20)
            {
                // erfc(z) = e^(-z²)/√π / K(z) with the continued fraction K; keep e^(-z²) unscaled until the end.
                DD f = z;
                for (int k = 250; k >= 1; k--) f = z + (k * 0.5) / f;
                DD m = ExpParts(-(z * z), out int n);
                return Scaled(m * DD.InvSqrtPi / f * x * 0.5, n);
            }
            return (ErfcDD(z) * x * 0.5).Value;
        }

        /// <summary>gelu_tanh(x) = x·σ(2√(2/π)·(x + 0.044715·x³)), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double GeluTanh(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x < -40) return -0.0;
            if (x > 40) return x;
            DD dx = new DD(x);
            DD u = DD.C1 * dx + DD.C3 * (dx * dx * dx);
            if (u.Hi < -600) return u.Hi < -800 ? -0.0 : Scaled(ExpParts(u, out int n) * dx, n);
            return (SigmoidDD(u) * dx).Value;
        }

        /// <summary>silu(x) = x·σ(β·x), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β.</param>
        public static double Silu(double x, double beta)
        {
            if (double.IsNaN(x)) return x;
            DD t = new DD(x) * beta;
            if (t.Hi < -800) return x < 0 ? -0.0 : 0.0;
            if (t.Hi > 800) return x;
            if (t.Hi < -600) return Scaled(ExpParts(t, out int n) * x, n);
            return (SigmoidDD(t) * x).Value;
        }

        /// <summary>mish(x) = x·tanh(softplus(x)) = x·n/(n + 2), n = eˣ(eˣ + 2), in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double Mish(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x < -800) return -0.0;
            if (x > 40) return x;
            if (x < -600) return Scaled(ExpParts(new DD(x), out int k) * x, k);
            DD e = ExpDD(new DD(x));
            DD n = e * (e + 2);
            return (n / (n + 2) * x).Value;
        }

        /// <summary>softplus(x) = log(1 + e^(β·x))/β, in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        /// <param name="beta">β (nonzero).</param>
        public static double Softplus(double x, double beta)
        {
            if (double.IsNaN(x)) return x;
            DD t = new DD(x) * beta;
            if (t.Hi > 800) return x;
            if (t.Hi < -800) return 0;
            if (t.Hi < -600) return Scaled(ExpParts(t, out int n) / beta, n);
            DD e = ExpDD(t.Hi > 0 ? -t : t);
            DD l = Log1PDD(e);
            DD sum = t.Hi > 0 ? t + l : l;
            return (sum / beta).Value;
        }

        /// <summary>erfc(x) in double-double, rounded once.</summary>
        /// <param name="x">The input.</param>
        public static double Erfc(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x > 28) return 0;
            if (x < -10) return 2;
            return ErfcDD(new DD(x)).Value;
        }

        private static DD SigmoidDD(DD t)
        {
            if (t.Hi > 800) return new DD(1);
            if (t.Hi < -800) return new DD(0);
            DD e = ExpDD(t.Hi > 0 ? -t : t);
            DD d = e + 1;
            return t.Hi > 0 ? 1 / d : e / d;
        }

        /// <summary>e^a in double-double: a = n·ln2 + r, e^r = (e^(r/1024))^1024 with a 14-term Taylor series.</summary>
        private static DD ExpDD(DD a)
        {
            if (a.Hi > 710) return new DD(double.PositiveInfinity);
            if (a.Hi < -746) return new DD(0);
            DD m = ExpParts(a, out int n);
            int n1 = n / 2, n2 = n - n1;
            return new DD(Math.ScaleB(Math.ScaleB(m.Hi, n1), n2), Math.ScaleB(Math.ScaleB(m.Lo, n1), n2));
        }

        /// <summary>e^a = m·2^n with m in [0.7, 1.5] in double-double, for any finite a (no over/underflow).</summary>
        private static DD ExpParts(DD a, out int n)
        {
            double nd = Math.Round(a.Hi / DD.Ln2.Hi);
            DD r = a - DD.Ln2 * nd;
            r = r * (1.0 / 1024);
            DD sum = new DD(1), term = new DD(1);
            for (int k = 1; k <= 14; k++) { term = term * r / k; sum += term; }
            for (int i = 0; i < 10; i++) sum *= sum;
            n = (int)nd;
            return sum;
        }

        /// <summary>v·2^n rounded to double; results in the subnormal range are rounded from the double-double at most twice (≤ 0.5 + 2^-50 units).</summary>
        private static double Scaled(DD v, int n)
        {
            double hi = v.Value;
            int n1 = n / 2;
            return Math.ScaleB(Math.ScaleB(hi, n1), n - n1);
        }

        /// <summary>e^a − 1 in double-double: Taylor series for |a| &lt; ½ (no cancellation), else exp − 1.</summary>
        private static DD ExpM1DD(DD a)
        {
            if (Math.Abs(a.Hi) >= 0.5) return ExpDD(a) - 1;
            DD sum = new DD(0), term = new DD(1);
            for (int k = 1; k <= 40; k++) { term = term * a / k; sum += term; if (Math.Abs(term.Hi) < 1e-40 * Math.Abs(sum.Hi)) break; }
            return sum;
        }

        /// <summary>log(1 + e) for e ≥ 0 in double-double: alternating series for small e, else a Newton step on exp.</summary>
        private static DD Log1PDD(DD e)
        {
            if (e.Hi == 0) return e;
            if (e.Hi < 1.0 / 1024)
            {
                DD sum = new DD(0), pow = e;
                for (int k = 1; k <= 16; k++) { sum += (k % 2 == 1 ? pow : -pow) / k; pow *= e; }
                return sum;
            }
            DD u = e + 1;
            DD y = new DD(Math.Log(u.Hi));
            return y + u * ExpDD(-y) - 1;
        }

        /// <summary>
        /// erfc(z) in double-double. |z| &lt; 3: 1 − erf(z) with erf(z) = (2/√π)·e^(−z²)·Σ 2ⁿz^(2n+1)/(1·3···(2n+1))
        /// (all terms positive; 1 − erf cancels at most 16 of the ~106 bits). |z| ≥ 3: the continued fraction
        /// erfc(z) = e^(−z²)/√π · 1/(z + ½/(z + 1/(z + (3/2)/(z + …)))), 250 levels (converged far past 106 bits).
        /// Negative z: 2 − erfc(−z).
        /// </summary>
        private static DD ErfcDD(DD z)
        {
            bool neg = z.Hi < 0;
            DD az = neg ? -z : z;
            DD expz2 = ExpDD(-(az * az));
            DD result;
            if (az.Hi < 3)
            {
                DD z2 = az * az, term = az, sum = az;
                for (int n = 1; n < 200; n++)
                {
                    term = term * z2 * 2 / (2 * n + 1);
                    sum += term;
                    if (term.Hi < 1e-34 * sum.Hi) break;
                }
                DD erf = sum * expz2 * DD.TwoOverSqrtPi;
                result = 1 - erf;
            }
            else
            {
                DD f = az;
                for (int k = 250; k >= 1; k--) f = az + (k * 0.5) / f;
                result = expz2 * DD.InvSqrtPi / f;
            }
            return neg ? 2 - result : result;
        }

        /// <summary>An unevaluated sum hi + lo with |lo| ≤ ½ulp(hi) (Dekker/Knuth arithmetic with FMA).</summary>
        private readonly struct DD
        {
            public readonly double Hi, Lo;
            public DD(double hi, double lo = 0) { Hi = hi; Lo = lo; }
            public double Value => Hi + Lo;

            public static readonly DD Ln2 = new DD(0.6931471805599453, 2.3190468138462996e-17);
            public static readonly DD InvSqrt2 = new DD(0.7071067811865476, -4.833646656726457e-17);
            public static readonly DD C1 = new DD(1.5957691216057308, -9.96930880911092e-17);      // 2·√(2/π)
            public static readonly DD C3 = new DD(0.07135481627260025, -6.175149918155315e-19);   // 2·√(2/π)·0.044715
            public static readonly DD TwoOverSqrtPi = new DD(1.1283791670955126, 1.533545961316588e-17);
            public static readonly DD InvSqrtPi = new DD(0.5641895835477563, 7.66772980658294e-18);

            private static DD TwoSum(double a, double b)
            {
                double s = a + b, bb = s - a;
                return new DD(s, (a - (s - bb)) + (b - bb));
            }

            private static DD FastTwoSum(double a, double b)
            {
                double s = a + b;
                return new DD(s, b - (s - a));
            }

            public static implicit operator DD(double d) => new DD(d);
            public static DD operator -(DD a) => new DD(-a.Hi, -a.Lo);

            public static DD operator +(DD a, DD b)
            {
                if (double.IsInfinity(a.Hi) || double.IsInfinity(b.Hi)) return new DD(a.Hi + b.Hi);
                DD s = TwoSum(a.Hi, b.Hi), t = TwoSum(a.Lo, b.Lo);
                s = FastTwoSum(s.Hi, s.Lo + t.Hi);
                return FastTwoSum(s.Hi, s.Lo + t.Lo);
            }

            public static DD operator -(DD a, DD b) => a + -b;

            public static DD operator *(DD a, DD b)
            {
                double p = a.Hi * b.Hi;
                if (double.IsInfinity(p) || p == 0) return new DD(p);
                double e = Math.FusedMultiplyAdd(a.Hi, b.Hi, -p);
                e += a.Hi * b.Lo + a.Lo * b.Hi;
                return FastTwoSum(p, e);
            }

            public static DD operator /(DD a, DD b)
            {
                double q1 = a.Hi / b.Hi;
                if (double.IsInfinity(q1) || q1 == 0 || double.IsInfinity(b.Hi)) return new DD(q1);
                DD r = a - b * q1;
                double q2 = r.Hi / b.Hi;
                r -= b * q2;
                double q3 = r.Hi / b.Hi;
                DD q = FastTwoSum(q1, q2);
                return q + q3;
            }
        }
    }
}

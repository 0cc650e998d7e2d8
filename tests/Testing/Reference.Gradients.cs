using System.Numerics;

namespace FusedKernels.Testing
{
    /// <summary>
    /// Scalar references of the piecewise gradients, dx as a function of x (or y) and dy, with PyTorch's
    /// conventions at the kinks (docs/activations.md, derivatives). The smooth derivatives f′(x) are in Reference.Derivatives.cs.
    /// </summary>
    public static partial class Reference
    {
        /// <summary><c>x ≤ 0 ? 0 : dy</c> (PyTorch's threshold_backward; relu′(0) = 0).</summary>
        public static T ReluGradient<T>(T x, T dy) where T : INumber<T> => x <= T.Zero ? T.Zero : dy;

        /// <summary><c>x ≤ 0 || x ≥ 6 ? 0 : dy</c>.</summary>
        public static T Relu6Gradient<T>(T x, T dy) where T : INumber<T> => ClipGradient(x, dy, T.Zero, T.CreateChecked(6));

        /// <summary><c>x &gt; 0 ? dy : dy·α</c> (leaky_relu′(0) = α).</summary>
        public static T LeakyReluGradient<T>(T x, T dy, T alpha) where T : INumber<T> => x > T.Zero ? dy : dy * alpha;

        /// <summary><c>x &gt; α ? dy : 0</c>.</summary>
        public static T ThresholdedReluGradient<T>(T x, T dy, T alpha) where T : INumber<T> => x > alpha ? dy : T.Zero;

        /// <summary><c>dy·α</c> where <c>0 &lt; α·x + β &lt; 1</c>, else 0.</summary>
        public static T HardSigmoidGradient<T>(T x, T dy, T alpha, T beta) where T : INumber<T>
        {
            T t = alpha * x + beta;
            return t > T.Zero && t < T.One ? dy * alpha : T.Zero;
        }

        /// <summary><c>x ≤ min || x ≥ max ? 0 : dy</c> (0 at and beyond the bounds).</summary>
        public static T ClipGradient<T>(T x, T dy, T min, T max) where T : INumber<T> => x <= min || x >= max ? T.Zero : dy;

        /// <summary><c>x &lt; −3 ? 0 : x ≤ 3 ? dy·(x/3 + ½) : dy</c>.</summary>
        public static T HardSwishGradient<T>(T x, T dy) where T : INumber<T>
        {
            T three = T.CreateChecked(3);
            return x < -three ? T.Zero : x <= three ? dy * (x / three + (T.One / (T.One + T.One))) : dy;
        }

        /// <summary><c>dy / (1 + |x|)²</c>.</summary>
        public static T SoftsignGradient<T>(T x, T dy) where T : INumber<T> => dy / ((T.One + T.Abs(x)) * (T.One + T.Abs(x)));

        /// <summary>sigmoid from its output: <c>dy·(1 − y)·y</c>.</summary>
        public static T SigmoidGradientFromOutput<T>(T y, T dy) where T : INumber<T> => dy * ((T.One - y) * y);

        /// <summary>tanh from its output: <c>dy·(1 − y)(1 + y)</c>.</summary>
        public static T TanhGradientFromOutput<T>(T y, T dy) where T : INumber<T> => dy * ((T.One - y) * (T.One + y));

        /// <summary>elu (α &gt; 0) from its output: <c>y ≤ 0 ? dy·(y + α) : dy</c>.</summary>
        public static T EluGradientFromOutput<T>(T y, T dy, T alpha) where T : INumber<T> => y <= T.Zero ? dy * (y + alpha) : dy;
    }
}

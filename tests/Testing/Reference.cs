using System.Numerics;

namespace FusedKernels.Testing
{
    /// <summary>
    /// The scalar reference of every activation: plain, obviously correct C#, written independently of the
    /// generator's formula renderer so that tests compare two implementations rather than one with itself.
    /// </summary>
    /// <remarks>
    /// Piecewise activations are written exactly as docs/activations.md states them (generated kernels must
    /// match these bit for bit). Transcendental references live in <c>Reference.*.cs</c> beside them.
    /// </remarks>
    public static partial class Reference
    {
        /// <summary><c>identity(x) = x</c>.</summary>
        public static T Identity<T>(T x) where T : INumber<T> => x;

        /// <summary><c>relu(x) = x &lt; 0 ? 0 : x</c>; keeps −0 and NaN.</summary>
        public static T Relu<T>(T x) where T : INumber<T> => x < T.Zero ? T.Zero : x;

        /// <summary><c>relu6(x) = min(max(x, 0), 6)</c>, evaluated as <c>x &lt; 0 ? 0 : (x &gt; 6 ? 6 : x)</c>.</summary>
        public static T Relu6<T>(T x) where T : INumber<T>
        {
            T six = T.CreateChecked(6);
            return x < T.Zero ? T.Zero : x > six ? six : x;
        }

        /// <summary><c>leaky_relu(x) = x &gt; 0 ? x : α·x</c>.</summary>
        public static T LeakyRelu<T>(T x, T alpha) where T : INumber<T> => x > T.Zero ? x : alpha * x;

        /// <summary><c>prelu(x) = x &gt; 0 ? x : α·x</c> with a runtime α.</summary>
        public static T PRelu<T>(T x, T alpha) where T : INumber<T> => x > T.Zero ? x : alpha * x;

        /// <summary><c>thresholded_relu(x) = x &gt; α ? x : 0</c>.</summary>
        public static T ThresholdedRelu<T>(T x, T alpha) where T : INumber<T> => x <= alpha ? T.Zero : x; // NaN stays NaN

        /// <summary><c>hard_tanh(x) = clip(x) = min(max(x, min), max)</c>, evaluated as <c>x &lt; min ? min : (x &gt; max ? max : x)</c>.</summary>
        public static T Clip<T>(T x, T min, T max) where T : INumber<T> => x < min ? min : x > max ? max : x;

        /// <summary><c>hard_sigmoid(x) = max(0, min(1, α·x + β))</c>, evaluated as <c>clip(α·x + β, 0, 1)</c> (two roundings, no FMA).</summary>
        public static T HardSigmoid<T>(T x, T alpha, T beta) where T : INumber<T> => Clip(alpha * x + beta, T.Zero, T.One);

        /// <summary><c>hard_swish(x) = x·relu6(x + 3)/6</c>, evaluated left to right.</summary>
        public static T HardSwish<T>(T x) where T : INumber<T> =>
            x <= T.CreateChecked(-3) ? -T.Zero : x * Relu6(x + T.CreateChecked(3)) / T.CreateChecked(6); // −0 down to −∞ (x·0 is NaN there)

        /// <summary><c>softsign(x) = x / (1 + |x|)</c>, with the limits ±1 at ±∞.</summary>
        public static T Softsign<T>(T x) where T : IFloatingPointIeee754<T> =>
            T.IsInfinity(x) ? (T.IsNegative(x) ? -T.One : T.One) : x / (T.One + T.Abs(x));
    }
}

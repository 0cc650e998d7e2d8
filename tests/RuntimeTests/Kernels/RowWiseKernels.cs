using System;

namespace FusedKernels.RuntimeTests.Kernels
{
    /// <summary>The row-wise activations (softmax, log_softmax) in the shapes the tests exercise, forward and backward, float, double and Half.</summary>
    public static partial class RowWiseKernels
    {
        [Activation("softmax")] public static partial void Softmax(ReadOnlySpan<float> x, Span<float> y);
        [Activation("softmax")] public static partial void AttentionSoftmax(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);
        [Activation("softmax")] public static partial void AttentionSoftmaxInPlace(Span<float> x, float scale, ReadOnlySpan<float> bias, int rowLength);
        [Activation("softmax")] public static partial void SoftmaxRows(ReadOnlySpan<float> x, int rowLength, Span<float> y);
        [Activation("log_softmax")] public static partial void LogSoftmax(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);
        [Activation("log_softmax")] public static partial void LogSoftmaxInPlace(Span<float> x, int rowLength);

        [Activation("softmax")] public static partial void AttentionSoftmax(ReadOnlySpan<double> x, double scale, ReadOnlySpan<double> bias, int rowLength, Span<double> y);
        [Activation("log_softmax")] public static partial void LogSoftmax(ReadOnlySpan<double> x, double scale, ReadOnlySpan<double> bias, int rowLength, Span<double> y);
        [Activation("softmax")] public static partial void AttentionSoftmax(ReadOnlySpan<Half> x, Half scale, ReadOnlySpan<Half> bias, int rowLength, Span<Half> y);
        [Activation("softmax")] public static partial void AttentionSoftmaxInPlace(Span<Half> x, Half scale, ReadOnlySpan<Half> bias, int rowLength);
        [Activation("log_softmax")] public static partial void LogSoftmax(ReadOnlySpan<Half> x, Half scale, ReadOnlySpan<Half> bias, int rowLength, Span<Half> y);

        [ActivationGradient("softmax")] public static partial void SoftmaxBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, int rowLength, Span<float> dx);
        [ActivationGradient("softmax")] public static partial void SoftmaxBackwardInPlace(ReadOnlySpan<float> y, Span<float> dy, int rowLength);
        [ActivationGradient("log_softmax")] public static partial void LogSoftmaxBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, int rowLength, Span<float> dx);
        [ActivationGradient("softmax")] public static partial void SoftmaxBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, int rowLength, Span<double> dx);
        [ActivationGradient("log_softmax")] public static partial void LogSoftmaxBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, int rowLength, Span<double> dx);
        [ActivationGradient("softmax")] public static partial void SoftmaxBackward(ReadOnlySpan<Half> y, ReadOnlySpan<Half> dy, int rowLength, Span<Half> dx);
        [ActivationGradient("log_softmax")] public static partial void LogSoftmaxBackward(ReadOnlySpan<Half> y, ReadOnlySpan<Half> dy, int rowLength, Span<Half> dx);
    }
}

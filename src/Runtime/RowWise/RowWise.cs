using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The row-wise activations (softmax, log_softmax) and their gradients over <c>[rows, rowLength]</c> row-major spans:
    /// the loops every generated row-wise kernel calls, written once and generic over the kernel's pre-activation
    /// (<see cref="IRowOperation{T}"/>). Each entry point picks the widest accelerated vector that one row fills
    /// (JIT-time constants and one compare per call), else the scalar path, which runs the same algorithm.
    /// Arguments are checked by the generated kernel (<see cref="CheckRowLength"/>, <see cref="CheckBias{T}"/>,
    /// <see cref="KernelGuard"/>) before these are called.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class RowWise
    {
        /// <summary>Checks that <paramref name="rowLength"/> is positive and divides <paramref name="length"/>.</summary>
        /// <exception cref="ArgumentException">It does not.</exception>
        public static void CheckRowLength(int length, int rowLength, string rowLengthName)
        {
            if (rowLength <= 0 || length % rowLength != 0)
            {
                ThrowBadRowLength(length, rowLength, rowLengthName);
            }
        }

        /// <summary>
        /// Checks a row-wise kernel's bias: as long as the input, or whole rows repeated (a multiple of
        /// <paramref name="rowLength"/> dividing <paramref name="length"/>, e.g. one mask row shared by all rows); and
        /// that it overlaps <paramref name="written"/> only exactly (element-wise, same start) or not at all.
        /// </summary>
        /// <exception cref="ArgumentException">The length is neither; or the spans overlap.</exception>
        public static void CheckBias<T>(ReadOnlySpan<T> bias, int length, int rowLength, ReadOnlySpan<T> written, string biasName, string writtenName)
        {
            if (bias.Length == 0 || bias.Length % rowLength != 0 || length % bias.Length != 0)
            {
                throw new ArgumentException(
                    $"'{biasName}' has length {bias.Length}; it must equal the input's length ({length}) or hold whole rows of {rowLength} that repeat through it (a multiple of {rowLength} dividing {length}).",
                    biasName);
            }

            if (bias.Length == length)
            {
                KernelGuard.CheckNoPartialOverlap(bias, written, writtenName);
            }
            else if (bias.Overlaps(written))
            {
                KernelGuard.ThrowPartialOverlap(writtenName); // a shared row is read again after the destination is written
            }
        }

        /// <summary>y = softmax(op(x, bias)) per row of <paramref name="rowLength"/>.</summary>
        public static void Softmax<TOp>(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, int rowLength, Span<float> y, TOp op)
            where TOp : struct, IRowOperation<float> => Forward(x, bias, rowLength, y, op, log: false);

        /// <summary>y = log_softmax(op(x, bias)) per row of <paramref name="rowLength"/>.</summary>
        public static void LogSoftmax<TOp>(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, int rowLength, Span<float> y, TOp op)
            where TOp : struct, IRowOperation<float> => Forward(x, bias, rowLength, y, op, log: true);

        /// <inheritdoc cref="Softmax{TOp}(ReadOnlySpan{float}, ReadOnlySpan{float}, int, Span{float}, TOp)"/>
        public static void Softmax<TOp>(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, int rowLength, Span<double> y, TOp op)
            where TOp : struct, IRowOperation<double> => Forward(x, bias, rowLength, y, op, log: false);

        /// <inheritdoc cref="LogSoftmax{TOp}(ReadOnlySpan{float}, ReadOnlySpan{float}, int, Span{float}, TOp)"/>
        public static void LogSoftmax<TOp>(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, int rowLength, Span<double> y, TOp op)
            where TOp : struct, IRowOperation<double> => Forward(x, bias, rowLength, y, op, log: true);

        /// <summary>y = softmax(op(x, bias)) per row, computed in float and rounded once to Half.</summary>
        public static void Softmax<TOp>(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, int rowLength, Span<Half> y, TOp op)
            where TOp : struct, IRowOperation<float> => Forward(x, bias, rowLength, y, op, log: false);

        /// <summary>y = log_softmax(op(x, bias)) per row, computed in float and rounded once to Half.</summary>
        public static void LogSoftmax<TOp>(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, int rowLength, Span<Half> y, TOp op)
            where TOp : struct, IRowOperation<float> => Forward(x, bias, rowLength, y, op, log: true);

        /// <summary>softmax′ from the saved output: dx = y·(dy − Σ_row dy·y).</summary>
        public static void SoftmaxGradient(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, int rowLength, Span<float> dx) => Backward(y, dy, rowLength, dx, log: false);

        /// <summary>log_softmax′ from the saved output: dx = dy − e^y·Σ_row dy.</summary>
        public static void LogSoftmaxGradient(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, int rowLength, Span<float> dx) => Backward(y, dy, rowLength, dx, log: true);

        /// <inheritdoc cref="SoftmaxGradient(ReadOnlySpan{float}, ReadOnlySpan{float}, int, Span{float})"/>
        public static void SoftmaxGradient(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, int rowLength, Span<double> dx) => Backward(y, dy, rowLength, dx, log: false);

        /// <inheritdoc cref="LogSoftmaxGradient(ReadOnlySpan{float}, ReadOnlySpan{float}, int, Span{float})"/>
        public static void LogSoftmaxGradient(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, int rowLength, Span<double> dx) => Backward(y, dy, rowLength, dx, log: true);

        /// <inheritdoc cref="SoftmaxGradient(ReadOnlySpan{float}, ReadOnlySpan{float}, int, Span{float})"/>
        public static void SoftmaxGradient(ReadOnlySpan<Half> y, ReadOnlySpan<Half> dy, int rowLength, Span<Half> dx) => Backward(y, dy, rowLength, dx, log: false);

        /// <inheritdoc cref="LogSoftmaxGradient(ReadOnlySpan{float}, ReadOnlySpan{float}, int, Span{float})"/>
        public static void LogSoftmaxGradient(ReadOnlySpan<Half> y, ReadOnlySpan<Half> dy, int rowLength, Span<Half> dx) => Backward(y, dy, rowLength, dx, log: true);

        private static void Forward<TOp>(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, int rowLength, Span<float> y, TOp op, bool log)
            where TOp : struct, IRowOperation<float>
        {
            // A JIT-time constant: kernels not declared Parallel have no trace of the block path (RowWise.Parallel.cs).
            if (TOp.Parallel && x.Length >= ParallelBlocks.MathGrain && RowBlock(x.Length, rowLength, bias.Length) is int block and > 0)
            {
                RunRows(x, bias, y, new FloatRows<TOp> { Op = op, Log = log, RowLength = rowLength }, block);
                return;
            }

            ForwardCore(x, bias, rowLength, y, op, log);
        }

        private static void ForwardCore<TOp>(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, int rowLength, Span<float> y, TOp op, bool log)
            where TOp : struct, IRowOperation<float>
        {
            if (!log)
            {
                if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<float>.Count)
                    SoftmaxSweeps.Run<float, Vector512<float>, FloatSum512, FloatRow512, FloatMemory512, FloatMemory512, TOp>(x, bias, rowLength, y, op);
                else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<float>.Count)
                    SoftmaxSweeps.Run<float, Vector256<float>, FloatSum256, FloatRow256, FloatMemory256, FloatMemory256, TOp>(x, bias, rowLength, y, op);
                else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<float>.Count)
                    SoftmaxSweeps.Run<float, Vector128<float>, FloatSum128, FloatRow128, FloatMemory128, FloatMemory128, TOp>(x, bias, rowLength, y, op);
                else
                    SoftmaxSweeps.Run<float, float, FloatSumScalar, FloatRowScalar, FloatMemoryScalar, FloatMemoryScalar, TOp>(x, bias, rowLength, y, op);
                return;
            }

            if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<float>.Count)
                SoftmaxRows.Run<float, float, Vector512<float>, FloatSum512, FloatRow512, FloatMemory512, TOp>(x, bias, rowLength, y, op, log);
            else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<float>.Count)
                SoftmaxRows.Run<float, float, Vector256<float>, FloatSum256, FloatRow256, FloatMemory256, TOp>(x, bias, rowLength, y, op, log);
            else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<float>.Count)
                SoftmaxRows.Run<float, float, Vector128<float>, FloatSum128, FloatRow128, FloatMemory128, TOp>(x, bias, rowLength, y, op, log);
            else
                SoftmaxRows.Run<float, float, float, FloatSumScalar, FloatRowScalar, FloatMemoryScalar, TOp>(x, bias, rowLength, y, op, log);
        }

        private static void Forward<TOp>(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, int rowLength, Span<Half> y, TOp op, bool log)
            where TOp : struct, IRowOperation<float>
        {
            // A JIT-time constant: kernels not declared Parallel have no trace of the block path (RowWise.Parallel.cs).
            if (TOp.Parallel && x.Length >= ParallelBlocks.MathGrain && RowBlock(x.Length, rowLength, bias.Length) is int block and > 0)
            {
                RunRows(x, bias, y, new HalfRows<TOp> { Op = op, Log = log, RowLength = rowLength }, block);
                return;
            }

            ForwardCore(x, bias, rowLength, y, op, log);
        }

        private static void ForwardCore<TOp>(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, int rowLength, Span<Half> y, TOp op, bool log)
            where TOp : struct, IRowOperation<float>
        {
            if (!log)
            {
                if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<float>.Count)
                    SoftmaxSweeps.Run<Half, Vector512<float>, FloatSum512, FloatRow512, HalfMemory512, FloatMemory512, TOp>(x, bias, rowLength, y, op);
                else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<float>.Count)
                    SoftmaxSweeps.Run<Half, Vector256<float>, FloatSum256, FloatRow256, HalfMemory256, FloatMemory256, TOp>(x, bias, rowLength, y, op);
                else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<float>.Count)
                    SoftmaxSweeps.Run<Half, Vector128<float>, FloatSum128, FloatRow128, HalfMemory128, FloatMemory128, TOp>(x, bias, rowLength, y, op);
                else
                    SoftmaxSweeps.Run<Half, float, FloatSumScalar, FloatRowScalar, HalfMemoryScalar, FloatMemoryScalar, TOp>(x, bias, rowLength, y, op);
                return;
            }

            if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<float>.Count)
                SoftmaxRows.Run<Half, float, Vector512<float>, FloatSum512, FloatRow512, HalfMemory512, TOp>(x, bias, rowLength, y, op, log);
            else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<float>.Count)
                SoftmaxRows.Run<Half, float, Vector256<float>, FloatSum256, FloatRow256, HalfMemory256, TOp>(x, bias, rowLength, y, op, log);
            else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<float>.Count)
                SoftmaxRows.Run<Half, float, Vector128<float>, FloatSum128, FloatRow128, HalfMemory128, TOp>(x, bias, rowLength, y, op, log);
            else
                SoftmaxRows.Run<Half, float, float, FloatSumScalar, FloatRowScalar, HalfMemoryScalar, TOp>(x, bias, rowLength, y, op, log);
        }

        private static void Forward<TOp>(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, int rowLength, Span<double> y, TOp op, bool log)
            where TOp : struct, IRowOperation<double>
        {
            // A JIT-time constant: kernels not declared Parallel have no trace of the block path (RowWise.Parallel.cs).
            if (TOp.Parallel && x.Length >= ParallelBlocks.MathGrain && RowBlock(x.Length, rowLength, bias.Length) is int block and > 0)
            {
                RunRows(x, bias, y, new DoubleRows<TOp> { Op = op, Log = log, RowLength = rowLength }, block);
                return;
            }

            ForwardCore(x, bias, rowLength, y, op, log);
        }

        private static void ForwardCore<TOp>(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, int rowLength, Span<double> y, TOp op, bool log)
            where TOp : struct, IRowOperation<double>
        {
            if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<double>.Count)
                SoftmaxRows.Run<double, double, Vector512<double>, DoubleSum512, DoubleRow512, DoubleMemory512, TOp>(x, bias, rowLength, y, op, log);
            else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<double>.Count)
                SoftmaxRows.Run<double, double, Vector256<double>, DoubleSum256, DoubleRow256, DoubleMemory256, TOp>(x, bias, rowLength, y, op, log);
            else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<double>.Count)
                SoftmaxRows.Run<double, double, Vector128<double>, DoubleSum128, DoubleRow128, DoubleMemory128, TOp>(x, bias, rowLength, y, op, log);
            else
                SoftmaxRows.Run<double, double, double, DoubleSumScalar, DoubleRowScalar, DoubleMemoryScalar, TOp>(x, bias, rowLength, y, op, log);
        }

        private static void Backward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, int rowLength, Span<float> dx, bool log)
        {
            if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<float>.Count)
                SoftmaxGradientRows.Run<float, float, Vector512<float>, FloatSum512, FloatRow512, FloatMemory512>(y, dy, rowLength, dx, log);
            else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<float>.Count)
                SoftmaxGradientRows.Run<float, float, Vector256<float>, FloatSum256, FloatRow256, FloatMemory256>(y, dy, rowLength, dx, log);
            else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<float>.Count)
                SoftmaxGradientRows.Run<float, float, Vector128<float>, FloatSum128, FloatRow128, FloatMemory128>(y, dy, rowLength, dx, log);
            else
                SoftmaxGradientRows.Run<float, float, float, FloatSumScalar, FloatRowScalar, FloatMemoryScalar>(y, dy, rowLength, dx, log);
        }

        private static void Backward(ReadOnlySpan<Half> y, ReadOnlySpan<Half> dy, int rowLength, Span<Half> dx, bool log)
        {
            if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<float>.Count)
                SoftmaxGradientRows.Run<Half, float, Vector512<float>, FloatSum512, FloatRow512, HalfMemory512>(y, dy, rowLength, dx, log);
            else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<float>.Count)
                SoftmaxGradientRows.Run<Half, float, Vector256<float>, FloatSum256, FloatRow256, HalfMemory256>(y, dy, rowLength, dx, log);
            else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<float>.Count)
                SoftmaxGradientRows.Run<Half, float, Vector128<float>, FloatSum128, FloatRow128, HalfMemory128>(y, dy, rowLength, dx, log);
            else
                SoftmaxGradientRows.Run<Half, float, float, FloatSumScalar, FloatRowScalar, HalfMemoryScalar>(y, dy, rowLength, dx, log);
        }

        private static void Backward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, int rowLength, Span<double> dx, bool log)
        {
            if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<double>.Count)
                SoftmaxGradientRows.Run<double, double, Vector512<double>, DoubleSum512, DoubleRow512, DoubleMemory512>(y, dy, rowLength, dx, log);
            else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<double>.Count)
                SoftmaxGradientRows.Run<double, double, Vector256<double>, DoubleSum256, DoubleRow256, DoubleMemory256>(y, dy, rowLength, dx, log);
            else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<double>.Count)
                SoftmaxGradientRows.Run<double, double, Vector128<double>, DoubleSum128, DoubleRow128, DoubleMemory128>(y, dy, rowLength, dx, log);
            else
                SoftmaxGradientRows.Run<double, double, double, DoubleSumScalar, DoubleRowScalar, DoubleMemoryScalar>(y, dy, rowLength, dx, log);
        }

        [DoesNotReturn]
        private static void ThrowBadRowLength(int length, int rowLength, string name) =>
            throw new ArgumentException(
                rowLength <= 0
                    ? $"'{name}' is {rowLength}; it must be positive and divide the input's length ({length})."
                    : $"'{name}' is {rowLength}; it must divide the input's length ({length}): the input is [rows, {name}], row-major.",
                name);
    }
}

using System;

namespace FusedKernels.CompilerServices
{
    public static partial class RowWise
    {
        /// <summary>
        /// The block length of a <c>Parallel</c> row-wise call (docs/design.md, "Many cores"), or 0 when it stays one call:
        /// whole rows (and whole repeats of a bias shorter than the input), at least the grain; rows are independent, so
        /// a row's result does not depend on the block it falls in, and a call that may not split runs whole.
        /// </summary>
        private static int RowBlock(int length, int rowLength, int biasLength)
        {
            long multiple = ParallelBlocks.WithPeriod(rowLength, biasLength, length);
            int block = ParallelBlocks.BlockLength(length, ParallelBlocks.MathGrain, multiple, 0);
            return block > 0 && ParallelBlocks.MaySplit() ? block : 0;
        }

        /// <summary>Runs the blocks: the spans pinned (and their pointers valid) until <c>Parallel.For</c> returns.</summary>
        private static unsafe void RunRows<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> bias, Span<T> y, RowBlocks<T> blocks, int block)
            where T : unmanaged
        {
            fixed (T* px = x, pb = bias, py = y)
            {
                blocks.X = px;
                blocks.Y = py;
                blocks.Bias = pb;
                blocks.BiasLength = bias.Length;
                blocks.Length = x.Length;
                blocks.Block = block;
                blocks.Count = x.Length / block;
                blocks.Threads = ParallelTrace.Threads(blocks.Count);
                ParallelBlocks.For(blocks.Count, blocks.Run, blocks.Threads);
            }
        }

        /// <summary>A split row-wise call: the pinned spans as pointers, and one block's rows.</summary>
        private abstract unsafe class RowBlocks<T>
            where T : unmanaged
        {
            public T* X, Y, Bias;
            public int BiasLength, RowLength, Length, Block, Count;
            public bool Log;
            public int[]? Threads;

            public void Run(int index)
            {
                (int start, int length) = ParallelBlocks.Bounds(index, Count, Block, Length);
                // A bias as long as the input is sliced with the block; whole rows repeated are passed whole (the block starts a repeat).
                ReadOnlySpan<T> bias = BiasLength == Length ? new ReadOnlySpan<T>(Bias + start, length) : new ReadOnlySpan<T>(Bias, BiasLength);
                RunBlock(new ReadOnlySpan<T>(X + start, length), bias, new Span<T>(Y + start, length));
                ParallelTrace.Ran(Threads, index);
            }

            protected abstract void RunBlock(ReadOnlySpan<T> x, ReadOnlySpan<T> bias, Span<T> y);
        }

        private sealed class FloatRows<TOp> : RowBlocks<float>
            where TOp : struct, IRowOperation<float>
        {
            public TOp Op;

            protected override void RunBlock(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y) => ForwardCore(x, bias, RowLength, y, Op, Log);
        }

        private sealed class HalfRows<TOp> : RowBlocks<Half>
            where TOp : struct, IRowOperation<float>
        {
            public TOp Op;

            protected override void RunBlock(ReadOnlySpan<Half> x, ReadOnlySpan<Half> bias, Span<Half> y) => ForwardCore(x, bias, RowLength, y, Op, Log);
        }

        private sealed class DoubleRows<TOp> : RowBlocks<double>
            where TOp : struct, IRowOperation<double>
        {
            public TOp Op;

            protected override void RunBlock(ReadOnlySpan<double> x, ReadOnlySpan<double> bias, Span<double> y) => ForwardCore(x, bias, RowLength, y, Op, Log);
        }
    }
}

using System;
using System.Runtime.CompilerServices;

namespace FusedKernels.CompilerServices
{
    public static partial class ActivationDriver
    {
        /// <summary>
        /// A <c>Parallel</c> kernel's call of at least the grain: split into blocks on up to
        /// <see cref="KernelParallelism.MaxDegreeOfParallelism"/> threads. Returns false when it stays one call on this
        /// thread (one block, the limit is 1, or the caller is already parallel): a forward kernel's elements do not
        /// depend on how the call is cut (every block is at least 64 elements, so it takes the whole call's vector path),
        /// so running it whole gives the blocks' bits.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static unsafe bool RunBlocks<TOp, T, TC>(ReadOnlySpan<T> input, Span<T> destination, Span<T> preactivation, scoped in ActivationOperands<T, TC> operands)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            int length = input.Length;
            long multiple = ParallelBlocks.Alignment;
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.Scale == OperandKind.Span ? operands.Scale.Length : 0, length);
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.Bias == OperandKind.Span ? operands.Bias.Length : 0, length);
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.Residual == OperandKind.Span ? operands.Residual.Length : 0, length);
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.Alpha == OperandKind.Span ? operands.Alpha.Length : 0, length);
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.Multiplier == OperandKind.Span ? operands.Multiplier.Length : 0, length);
            int block = ParallelBlocks.BlockLength(length, ParallelBlocks.Grain(TOp.Cheap), multiple, 0);
            if (block == 0 || !ParallelBlocks.MaySplit())
            {
                return false;
            }

            // The spans are pinned until every block has run (Parallel.For returns only then), so the pointers the blocks
            // rebuild their spans from stay valid; stack memory of this thread stays live as this frame waits.
            fixed (T* x = input, y = destination, pre = preactivation)
            fixed (T* scale = operands.Scale, bias = operands.Bias, residual = operands.Residual, alpha = operands.Alpha, multiplier = operands.Multiplier)
            {
                var blocks = new ForwardBlocks<TOp, T, TC>
                {
                    X = x, Y = y, Pre = pre, HasPre = TOp.StoresPreactivation,
                    Scale = scale, ScaleLength = operands.Scale.Length, ScaleValue = operands.ScaleValue,
                    Bias = bias, BiasLength = operands.Bias.Length, BiasValue = operands.BiasValue,
                    Residual = residual, ResidualLength = operands.Residual.Length,
                    Alpha = alpha, AlphaLength = operands.Alpha.Length, AlphaValue = operands.AlphaValue, SecondValue = operands.SecondValue,
                    Multiplier = multiplier, MultiplierLength = operands.Multiplier.Length,
                    Length = length, Block = block, Count = length / block,
                    Large = Streaming.Pays<T>((nuint)length),
                    Threads = ParallelTrace.Threads(length / block),
                };
                ParallelBlocks.For(blocks.Count, blocks.Run, blocks.Threads);
            }

            return true;
        }

        /// <summary>A split forward call: the pinned spans as pointers, and one block's work.</summary>
        private sealed unsafe class ForwardBlocks<TOp, T, TC>
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            public T* X, Y, Pre, Scale, Bias, Residual, Alpha, Multiplier;
            public int ScaleLength, BiasLength, ResidualLength, AlphaLength, MultiplierLength, Length, Block, Count;
            public TC ScaleValue, BiasValue, AlphaValue, SecondValue;
            public bool HasPre, Large;
            public int[]? Threads;

            public void Run(int index)
            {
                (int start, int length) = ParallelBlocks.Bounds(index, Count, Block, Length);
                ActivationOperands<T, TC> operands = default;
                operands.Scale = ParallelBlocks.Role(Scale, ScaleLength, Length, start, length);
                operands.ScaleValue = ScaleValue;
                operands.Bias = ParallelBlocks.Role(Bias, BiasLength, Length, start, length);
                operands.BiasValue = BiasValue;
                operands.Residual = ParallelBlocks.Role(Residual, ResidualLength, Length, start, length);
                operands.Alpha = ParallelBlocks.Role(Alpha, AlphaLength, Length, start, length);
                operands.AlphaValue = AlphaValue;
                operands.SecondValue = SecondValue;
                operands.Multiplier = ParallelBlocks.Role(Multiplier, MultiplierLength, Length, start, length);
                RunCore<TOp, T, TC>(
                    new ReadOnlySpan<T>(X + start, length), new Span<T>(Y + start, length), HasPre ? new Span<T>(Pre + start, length) : default,
                    in operands, Large);
                ParallelTrace.Ran(Threads, index);
            }
        }
    }
}

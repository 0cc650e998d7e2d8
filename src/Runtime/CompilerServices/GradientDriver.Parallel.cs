using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace FusedKernels.CompilerServices
{
    public static partial class GradientDriver
    {
        /// <summary>
        /// A <c>Parallel</c> gradient kernel's call of at least the grain: split into blocks on up to
        /// <see cref="KernelParallelism.MaxDegreeOfParallelism"/> threads, each block summing dbias/dalpha into its own
        /// period of doubles, added in block order at the end, so the sums are the same bits on any number of threads
        /// (and on the calling thread alone, which runs the same blocks one after another when it may not split). Returns
        /// false when the call is one block: then it is the kernel's ordinary call. Without a reduction, a call that may
        /// not split runs whole too (its elements do not depend on the cut).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static unsafe bool RunBlocks<TOp, T, TC>(
            ReadOnlySpan<T> input, ReadOnlySpan<T> upstream, Span<T> inputGradient, Span<T> multiplierGradient, Span<T> biasGradient, Span<T> alphaGradient,
            scoped in ActivationOperands<T, TC> operands)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged, INumberBase<T>
            where TC : unmanaged
        {
            int length = input.Length;
            long multiple = ParallelBlocks.Alignment;
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.Alpha == OperandKind.Span ? operands.Alpha.Length : 0, length);
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.Multiplier == OperandKind.Span ? operands.Multiplier.Length : 0, length);
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.SumsBias ? biasGradient.Length : 0, length);
            multiple = ParallelBlocks.WithPeriod(multiple, TOp.SumsAlpha ? alphaGradient.Length : 0, length);
            long minimum = ParallelBlocks.ReductionBlock(Math.Max(TOp.SumsBias ? biasGradient.Length : 0, TOp.SumsAlpha ? alphaGradient.Length : 0));
            int block = ParallelBlocks.BlockLength(length, ParallelBlocks.Grain(TOp.Cheap), multiple, minimum);
            if (block == 0)
            {
                return false;
            }

            bool split = ParallelBlocks.MaySplit();
            if (!split && !TOp.SumsBias && !TOp.SumsAlpha)
            {
                return false;
            }

            int count = length / block;
            double[]? biasPartials = TOp.SumsBias ? ArrayPool<double>.Shared.Rent(count * biasGradient.Length) : null;
            double[]? alphaPartials = TOp.SumsAlpha ? ArrayPool<double>.Shared.Rent(count * alphaGradient.Length) : null;
            // Pinned until every block has run (Parallel.For returns only then): the pointers the blocks rebuild their
            // spans from stay valid, and stack memory of this thread stays live while this frame waits.
            fixed (T* x = input, dy = upstream, dx = inputGradient, dm = multiplierGradient, db = biasGradient, da = alphaGradient)
            fixed (T* alpha = operands.Alpha, multiplier = operands.Multiplier)
            {
                var blocks = new GradientBlocks<TOp, T, TC>
                {
                    X = x, Dy = dy, Dx = dx, Dm = dm, HasDm = TOp.WritesMultiplierGradient,
                    Db = db, BiasPeriod = biasGradient.Length, Da = da, AlphaPeriod = alphaGradient.Length,
                    Alpha = alpha, AlphaLength = operands.Alpha.Length, AlphaValue = operands.AlphaValue, SecondValue = operands.SecondValue,
                    Multiplier = multiplier, MultiplierLength = operands.Multiplier.Length,
                    BiasPartials = biasPartials, AlphaPartials = alphaPartials,
                    Length = length, Block = block, Count = count,
                    Large = Streaming.Pays<T>((nuint)length),
                    Threads = ParallelTrace.Threads(count),
                };
                if (split)
                {
                    ParallelBlocks.For(count, blocks.Run, blocks.Threads);
                }
                else
                {
                    for (int b = 0; b < count; b++)
                    {
                        blocks.Run(b);
                    }

                    ParallelTrace.Record(count, blocks.Threads);
                }
            }

            if (biasPartials is not null)
            {
                Reductions.CombineBlocks(biasPartials.AsSpan(0, count * biasGradient.Length), count, biasGradient);
                ArrayPool<double>.Shared.Return(biasPartials);
            }

            if (alphaPartials is not null)
            {
                Reductions.CombineBlocks(alphaPartials.AsSpan(0, count * alphaGradient.Length), count, alphaGradient);
                ArrayPool<double>.Shared.Return(alphaPartials);
            }

            return true;
        }

        /// <summary>A split gradient call: the pinned spans as pointers, the blocks' partial sums, and one block's work.</summary>
        private sealed unsafe class GradientBlocks<TOp, T, TC>
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged, INumberBase<T>
            where TC : unmanaged
        {
            public T* X, Dy, Dx, Dm, Db, Da, Alpha, Multiplier;
            public int BiasPeriod, AlphaPeriod, AlphaLength, MultiplierLength, Length, Block, Count;
            public TC AlphaValue, SecondValue;
            public bool HasDm, Large;
            public double[]? BiasPartials, AlphaPartials;
            public int[]? Threads;

            public void Run(int index)
            {
                (int start, int length) = ParallelBlocks.Bounds(index, Count, Block, Length);
                ActivationOperands<T, TC> operands = default;
                operands.Alpha = ParallelBlocks.Role(Alpha, AlphaLength, Length, start, length);
                operands.AlphaValue = AlphaValue;
                operands.SecondValue = SecondValue;
                operands.Multiplier = ParallelBlocks.Role(Multiplier, MultiplierLength, Length, start, length);
                // dbias/dalpha are passed for their periods only: a block writes its sums into its partials.
                RunCore<TOp, T, TC>(
                    new ReadOnlySpan<T>(X + start, length), new ReadOnlySpan<T>(Dy + start, length), new Span<T>(Dx + start, length),
                    HasDm ? new Span<T>(Dm + start, length) : default,
                    new Span<T>(Db, BiasPeriod), new Span<T>(Da, AlphaPeriod),
                    in operands, Large,
                    BiasPartials is null ? default : BiasPartials.AsSpan(index * BiasPeriod, BiasPeriod),
                    AlphaPartials is null ? default : AlphaPartials.AsSpan(index * AlphaPeriod, AlphaPeriod));
                ParallelTrace.Ran(Threads, index);
            }
        }
    }
}

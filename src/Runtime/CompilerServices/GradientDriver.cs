using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The loops of every gradient span kernel, written once (docs/design.md, "Generated code"), shaped like
    /// <see cref="ActivationDriver"/>: x and dy read per element, alpha and multiplier per element, per channel or
    /// as values, dx (possibly dy itself) and dmultiplier written, dbias and dalpha summed per channel in double. Its loop
    /// methods, as the forward driver's, are compiled optimized at their first call, never tiered.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class GradientDriver
    {
        /// <summary>
        /// Runs <typeparamref name="TOp"/> over a non-empty, validated input. <paramref name="inputGradient"/> may be
        /// <paramref name="upstream"/> (dx in place); unused outputs are empty. Force-inlined down to the call of one loop
        /// method, as <see cref="ActivationDriver.Run{TOp, T, TC}"/> says why.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Run<TOp, T, TC>(
            ReadOnlySpan<T> input, ReadOnlySpan<T> upstream, Span<T> inputGradient, Span<T> multiplierGradient, Span<T> biasGradient, Span<T> alphaGradient,
            scoped in ActivationOperands<T, TC> operands)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged, INumberBase<T>
            where TC : unmanaged
        {
            // A JIT-time constant: kernels not declared Parallel have no trace of the block path.
            if (TOp.Parallel && input.Length >= ParallelBlocks.Grain(TOp.Cheap)
                && RunBlocks<TOp, T, TC>(input, upstream, inputGradient, multiplierGradient, biasGradient, alphaGradient, in operands))
            {
                return;
            }

            RunCore<TOp, T, TC>(input, upstream, inputGradient, multiplierGradient, biasGradient, alphaGradient, in operands, Streaming.Pays<T>((nuint)input.Length), default, default);
        }

        /// <summary>
        /// One block of the loops: the whole call, or one block of a split call, which sums into its own
        /// <paramref name="biasPartial"/> / <paramref name="alphaPartial"/> (one period of doubles each) instead of
        /// writing dbias/dalpha. <paramref name="large"/> is the whole call's streaming/prefetch decision.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static void RunCore<TOp, T, TC>(
            ReadOnlySpan<T> input, ReadOnlySpan<T> upstream, Span<T> inputGradient, Span<T> multiplierGradient, Span<T> biasGradient, Span<T> alphaGradient,
            scoped in ActivationOperands<T, TC> operands, bool large, Span<double> biasPartial, Span<double> alphaPartial)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged, INumberBase<T>
            where TC : unmanaged
        {
#if NET9_0_OR_GREATER
            // Not zeroed again, as in ActivationDriver.RunCore.
            Unsafe.SkipInit(out RoleSources<T, TC> s);
#else
            scoped RoleSources<T, TC> s = default;
#endif
            Read<TOp, T, TC>(ref s, in operands, large);

            // The roles as read, not the operands, as in ActivationDriver.RunCore.
            int length = input.Length;
            if (TOp.SumsBias || TOp.SumsAlpha || Roles.NeedsScratch<T>(TOp.Alpha, s.AlphaPeriod, length) || Roles.NeedsScratch<T>(TOp.Multiplier, s.MultiplierPeriod, length))
            {
                RunWithScratch<TOp, T, TC>(input, upstream, inputGradient, multiplierGradient, biasGradient, alphaGradient, in s, biasPartial, alphaPartial);
                return;
            }

            Dispatch<TOp, T, TC>(input, upstream, inputGradient, multiplierGradient, in s);
        }

        /// <summary>
        /// <see cref="Run{TOp, T, TC}"/> for kernels with reductions (their accumulators, folded into dbias/dalpha at the
        /// end) or a role that needs a wrap-extended copy: their scratch is on the stack here, so that the common path has
        /// no stackalloc (whose stack cookie check every call would pay). The scratch is not zeroed: the accumulator clears
        /// what it uses and a wrap-extended copy writes what it reads, while zeroing the 2 KiB accumulator scratch, which
        /// kernels of more than about 240 channels do not use, cost bias + relu backward 6–8% of a call at 1K and 4K.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        [SkipLocalsInit]
        private static void RunWithScratch<TOp, T, TC>(
            ReadOnlySpan<T> input, ReadOnlySpan<T> upstream, Span<T> inputGradient, Span<T> multiplierGradient, Span<T> biasGradient, Span<T> alphaGradient,
            scoped in RoleSources<T, TC> read, Span<double> biasPartial, Span<double> alphaPartial)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged, INumberBase<T>
            where TC : unmanaged
        {
            int length = input.Length;
            Span<T> alphaScratch = Roles.NeedsScratch<T>(TOp.Alpha, read.AlphaPeriod, length) ? stackalloc T[Broadcast.ScratchLength] : default;
            Span<T> multiplierScratch = Roles.NeedsScratch<T>(TOp.Multiplier, read.MultiplierPeriod, length) ? stackalloc T[Broadcast.ScratchLength] : default;
            Span<double> biasSumScratch = TOp.SumsBias ? stackalloc double[Reductions.ScratchLength] : default;
            Span<double> alphaSumScratch = TOp.SumsAlpha ? stackalloc double[Reductions.ScratchLength] : default;
            T[]? alphaRented = null, multiplierRented = null;
            double[]? biasSumRented = null, alphaSumRented = null;
            Span<double> biasSum = TOp.SumsBias ? Reductions.Accumulator(biasGradient.Length, Unsafe.SizeOf<TC>(), biasSumScratch, ref biasSumRented) : default;
            Span<double> alphaSum = TOp.SumsAlpha ? Reductions.Accumulator(alphaGradient.Length, Unsafe.SizeOf<TC>(), alphaSumScratch, ref alphaSumRented) : default;
            scoped RoleSources<T, TC> s = read;
            s.Alpha = ref Roles.Source(TOp.Alpha, ref read.Alpha, read.AlphaPeriod, length, alphaScratch, ref alphaRented);
            s.Multiplier = ref Roles.Source(TOp.Multiplier, ref read.Multiplier, read.MultiplierPeriod, length, multiplierScratch, ref multiplierRented);
            s.BiasSum = ref MemoryMarshal.GetReference(biasSum);
            s.BiasSumPeriod = TOp.SumsBias ? (nuint)biasGradient.Length : 1;
            s.AlphaSum = ref MemoryMarshal.GetReference(alphaSum);
            s.AlphaSumPeriod = TOp.SumsAlpha ? (nuint)alphaGradient.Length : 1;
            Dispatch<TOp, T, TC>(input, upstream, inputGradient, multiplierGradient, in s);

            // A block of a split call keeps its sums in double for the block-ordered combination (GradientDriver.Parallel.cs).
            if (TOp.SumsBias)
            {
                if (biasPartial.IsEmpty)
                {
                    Reductions.Fold(biasSum, biasGradient);
                }
                else
                {
                    Reductions.FoldPeriod(biasSum, biasPartial);
                }
            }

            if (TOp.SumsAlpha)
            {
                if (alphaPartial.IsEmpty)
                {
                    Reductions.Fold(alphaSum, alphaGradient);
                }
                else
                {
                    Reductions.FoldPeriod(alphaSum, alphaPartial);
                }
            }

            Broadcast.Return(alphaRented);
            Broadcast.Return(multiplierRented);
            Reductions.Return(biasSumRented);
            Reductions.Return(alphaSumRented);
        }

        /// <summary>
        /// Reads α and the multiplier from their operands, spans in place (<see cref="RunWithScratch"/> then replaces those
        /// that need a wrap-extended copy).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Read<TOp, T, TC>(ref RoleSources<T, TC> s, scoped in ActivationOperands<T, TC> operands, bool large)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            // Only the fields of the kernel's own roles, which are all the loops read: every store here is paid per call (so
            // is a read of an operand's value the caller just zeroed with a wide store, which stalls store forwarding).
            Roles.ReadAlphaAndMultiplier(TOp.Alpha, TOp.Multiplier, ref s, in operands);
            s.Large = large;
        }

        /// <summary>Runs the loops of the widest accelerated path that one vector fits.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Dispatch<TOp, T, TC>(ReadOnlySpan<T> input, ReadOnlySpan<T> upstream, Span<T> inputGradient, Span<T> multiplierGradient, scoped in RoleSources<T, TC> s)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint n = (nuint)input.Length;
            ref T x = ref MemoryMarshal.GetReference(input);
            ref T dy = ref MemoryMarshal.GetReference(upstream);
            ref T dx = ref MemoryMarshal.GetReference(inputGradient);
            ref T dm = ref MemoryMarshal.GetReference(multiplierGradient);
            if (Vector512.IsHardwareAccelerated && n >= (nuint)Vector512<TC>.Count)
            {
                if (TOp.Cheap)
                {
                    Cheap512<TOp, T, TC>(n, ref x, ref dy, ref dx, ref dm, in s);
                }
                else
                {
                    Math512<TOp, T, TC>(n, ref x, ref dy, ref dx, ref dm, in s);
                }
            }
            else if (Vector256.IsHardwareAccelerated && n >= (nuint)Vector256<TC>.Count)
            {
                if (TOp.Cheap)
                {
                    Cheap256<TOp, T, TC>(n, ref x, ref dy, ref dx, ref dm, in s);
                }
                else
                {
                    Math256<TOp, T, TC>(n, ref x, ref dy, ref dx, ref dm, in s);
                }
            }
            else if (Vector128.IsHardwareAccelerated && n >= (nuint)Vector128<TC>.Count)
            {
                if (TOp.Cheap)
                {
                    Cheap128<TOp, T, TC>(n, ref x, ref dy, ref dx, ref dm, in s);
                }
                else
                {
                    Math128<TOp, T, TC>(n, ref x, ref dy, ref dx, ref dm, in s);
                }
            }
            else
            {
                Scalar<TOp, T, TC>(n, ref x, ref dy, ref dx, ref dm, in s);
            }
        }

        /// <summary>
        /// Whether a large call's vector-math loop stores dx non-temporally (<c>MathStreaming512/256/128</c>): dx is the only
        /// output and no read span is dx (the first, unaligned vector overlaps the aligned loop's first one, which must
        /// read the same inputs), and dbias's period, if any, is a multiple of the width (the aligned loop's cursors,
        /// counted from its start, then never cross the period; dalpha, summed by piecewise bodies only, is not handled).
        /// Measured: docs/design.md, "Streaming past 16 MiB of output".
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool StreamsMath<TOp, T, TC>(nuint w, ref T x, ref T dy, ref T dx, scoped in RoleSources<T, TC> s)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            !TOp.WritesMultiplierGradient
            && !Unsafe.AreSame(ref x, ref dx) && !Unsafe.AreSame(ref dy, ref dx)
            && Roles.Distinct(TOp.Alpha, ref s.Alpha, ref dx) && Roles.Distinct(TOp.Multiplier, ref s.Multiplier, ref dx)
            && !TOp.SumsAlpha && (!TOp.SumsBias || s.BiasSumPeriod % w == 0);

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void Scalar<TOp, T, TC>(nuint n, ref T x, ref T dy, ref T dx, ref T dm, scoped in RoleSources<T, TC> s)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint alphaAt = 0, multiplierAt = 0, biasSumAt = 0, alphaSumAt = 0;
            for (nuint i = 0; i < n; i++)
            {
                TC xv = Lanes.Load<T, TC>(ref x, i);
                TC dyv = Lanes.Load<T, TC>(ref dy, i);
                TC a = Roles.Operand(TOp.Alpha, ref s.Alpha, alphaAt, s.AlphaValue);
                TC m = Roles.Operand(TOp.Multiplier, ref s.Multiplier, multiplierAt, default(TC));
                (TC g, TC dmv) = TOp.Gradient(xv, dyv, a, s.SecondValue, m);
                Lanes.Store(g, ref dx, i);
                if (TOp.WritesMultiplierGradient)
                {
                    Lanes.Store(dmv, ref dm, i);
                }

                if (TOp.SumsBias)
                {
                    Unsafe.Add(ref s.BiasSum, biasSumAt) += Lanes.ToDouble(g);
                    biasSumAt = Broadcast.Next(biasSumAt, 1, s.BiasSumPeriod);
                }

                if (TOp.SumsAlpha)
                {
                    Unsafe.Add(ref s.AlphaSum, alphaSumAt) += Lanes.ToDouble(TOp.AlphaTerm(xv, dyv, a, m));
                    alphaSumAt = Broadcast.Next(alphaSumAt, 1, s.AlphaSumPeriod);
                }

                alphaAt = Roles.Advance(TOp.Alpha, alphaAt, 1, s.AlphaPeriod);
                multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, 1, s.MultiplierPeriod);
            }
        }
    }
}

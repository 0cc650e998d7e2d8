using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    // The loops for one vector width. The three width files are one text with the width replaced
    // (DriverCopiesTests keeps them in step).
    public static partial class GradientDriver
    {
        /// <summary>
        /// A piecewise body: non-temporal stores past <c>Streaming.ThresholdBytes</c> when dx is the only output, no
        /// read span is dx (the unaligned head vector overlaps the aligned loop, which a sum would also count twice)
        /// and no per-channel role is read in place (the aligned loop's vectors start anywhere in the period), then
        /// 4× unrolled, single vectors, and the overlapping last vector.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static unsafe void Cheap512<TOp, T, TC>(nuint n, ref T x, ref T dy, ref T dx, ref T dm, scoped in RoleSources<T, TC> s)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint w = (nuint)Vector512<TC>.Count;
            ref T alpha = ref s.Alpha;
            ref T multiplier = ref s.Multiplier;
            ref double biasSum = ref s.BiasSum;
            ref double alphaSum = ref s.AlphaSum;
            nuint alphaP = s.AlphaPeriod, multiplierP = s.MultiplierPeriod, biasSumP = s.BiasSumPeriod, alphaSumP = s.AlphaSumPeriod;
            nuint alphaStep = Roles.Step(TOp.Alpha, w, alphaP), multiplierStep = Roles.Step(TOp.Multiplier, w, multiplierP);
            nuint biasSumStep = TOp.SumsBias ? w % biasSumP : 0, alphaSumStep = TOp.SumsAlpha ? w % alphaSumP : 0;
            Vector512<TC> alphaV = Vector512.Create(s.AlphaValue), secondV = Vector512.Create(s.SecondValue);

            nuint last = n - w;
            Vector512<TC> xLast = Lanes.Load512<T, TC>(ref x, last);
            Vector512<TC> dyLast = Lanes.Load512<T, TC>(ref dy, last);
            Vector512<TC> alphaLast = Lanes.Operand512(TOp.Alpha, ref alpha, Roles.At(TOp.Alpha, last, alphaP), alphaV);
            Vector512<TC> multiplierLast = Lanes.Operand512(TOp.Multiplier, ref multiplier, Roles.At(TOp.Multiplier, last, multiplierP), default(Vector512<TC>));

            nuint i = 0, alphaAt = 0, multiplierAt = 0, biasSumAt = 0, alphaSumAt = 0;
            if (!TOp.WritesMultiplierGradient && !TOp.SumsBias && !TOp.SumsAlpha && s.Large
                && !Unsafe.AreSame(ref x, ref dx) && !Unsafe.AreSame(ref dy, ref dx)
                && Roles.Distinct(TOp.Alpha, ref alpha, ref dx) && Roles.Distinct(TOp.Multiplier, ref multiplier, ref dx)
                && Roles.AnyCursor<T>(TOp.Alpha, alphaP, n) && Roles.AnyCursor<T>(TOp.Multiplier, multiplierP, n))
            {
                Step512<TOp, T, TC>(ref x, ref dy, ref dx, ref dm, 0, ref alpha, 0, alphaV, secondV, ref multiplier, 0, ref biasSum, 0, ref alphaSum, 0);
                i = Streaming.ElementsToAlignment(ref dx, Streaming.StoreBytes<T>((nuint)Vector512<byte>.Count));
                alphaAt = Roles.At(TOp.Alpha, i, alphaP);
                multiplierAt = Roles.At(TOp.Multiplier, i, multiplierP);
                fixed (T* pinned = &dx) // the streaming stores take dx's address as a pointer
                {
                    for (; i + w <= n; i += w)
                    {
                        (Vector512<TC> g, _) = TOp.Gradient(
                            Lanes.Load512<T, TC>(ref x, i),
                            Lanes.Load512<T, TC>(ref dy, i),
                            Lanes.Operand512(TOp.Alpha, ref alpha, alphaAt, alphaV),
                            secondV,
                            Lanes.Operand512(TOp.Multiplier, ref multiplier, multiplierAt, default(Vector512<TC>)));
                        Lanes.StoreNonTemporal512(g, ref dx, i);
                        alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                        multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    }
                }

                Streaming.Fence();
            }

            // Tested before and at the bottom: written as a for loop, the JIT kept the test at the top and jumped
            // back to it (docs/design.md, "Generated code").
            if (i + 4 * w <= n)
            {
                do
                {
                    Step512<TOp, T, TC>(ref x, ref dy, ref dx, ref dm, i, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt, ref biasSum, biasSumAt, ref alphaSum, alphaSumAt);
                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    biasSumAt = Roles.Advance(TOp.SumsBias, biasSumAt, biasSumStep, biasSumP);
                    alphaSumAt = Roles.Advance(TOp.SumsAlpha, alphaSumAt, alphaSumStep, alphaSumP);
                    Step512<TOp, T, TC>(ref x, ref dy, ref dx, ref dm, i + w, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt, ref biasSum, biasSumAt, ref alphaSum, alphaSumAt);
                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    biasSumAt = Roles.Advance(TOp.SumsBias, biasSumAt, biasSumStep, biasSumP);
                    alphaSumAt = Roles.Advance(TOp.SumsAlpha, alphaSumAt, alphaSumStep, alphaSumP);
                    Step512<TOp, T, TC>(ref x, ref dy, ref dx, ref dm, i + 2 * w, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt, ref biasSum, biasSumAt, ref alphaSum, alphaSumAt);
                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    biasSumAt = Roles.Advance(TOp.SumsBias, biasSumAt, biasSumStep, biasSumP);
                    alphaSumAt = Roles.Advance(TOp.SumsAlpha, alphaSumAt, alphaSumStep, alphaSumP);
                    Step512<TOp, T, TC>(ref x, ref dy, ref dx, ref dm, i + 3 * w, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt, ref biasSum, biasSumAt, ref alphaSum, alphaSumAt);
                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    biasSumAt = Roles.Advance(TOp.SumsBias, biasSumAt, biasSumStep, biasSumP);
                    alphaSumAt = Roles.Advance(TOp.SumsAlpha, alphaSumAt, alphaSumStep, alphaSumP);
                    i += 4 * w;
                }
                while (i + 4 * w <= n);
            }

            for (; i + w <= n; i += w)
            {
                Step512<TOp, T, TC>(ref x, ref dy, ref dx, ref dm, i, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt, ref biasSum, biasSumAt, ref alphaSum, alphaSumAt);
                alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                biasSumAt = Roles.Advance(TOp.SumsBias, biasSumAt, biasSumStep, biasSumP);
                alphaSumAt = Roles.Advance(TOp.SumsAlpha, alphaSumAt, alphaSumStep, alphaSumP);
            }

            if (i != n)
            {
                Last512<TOp, T, TC>(i, ref dx, ref dm, last, xLast, dyLast, alphaLast, secondV, multiplierLast, ref biasSum, biasSumP, ref alphaSum, alphaSumP);
            }
        }

        /// <summary>A vector-math body: not unrolled; for large calls, inputs prefetched (see <see cref="ActivationDriver"/>) and dx streamed where <see cref="StreamsMath"/> allows.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void Math512<TOp, T, TC>(nuint n, ref T x, ref T dy, ref T dx, ref T dm, scoped in RoleSources<T, TC> s)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint w = (nuint)Vector512<TC>.Count;
            ref T alpha = ref s.Alpha;
            ref T multiplier = ref s.Multiplier;
            ref double biasSum = ref s.BiasSum;
            ref double alphaSum = ref s.AlphaSum;
            nuint alphaP = s.AlphaPeriod, multiplierP = s.MultiplierPeriod, biasSumP = s.BiasSumPeriod, alphaSumP = s.AlphaSumPeriod;
            nuint alphaStep = Roles.Step(TOp.Alpha, w, alphaP), multiplierStep = Roles.Step(TOp.Multiplier, w, multiplierP);
            nuint biasSumStep = TOp.SumsBias ? w % biasSumP : 0, alphaSumStep = TOp.SumsAlpha ? w % alphaSumP : 0;
            Vector512<TC> alphaV = Vector512.Create(s.AlphaValue), secondV = Vector512.Create(s.SecondValue);

            nuint last = n - w;
            Vector512<TC> xLast = Lanes.Load512<T, TC>(ref x, last);
            Vector512<TC> dyLast = Lanes.Load512<T, TC>(ref dy, last);
            Vector512<TC> alphaLast = Lanes.Operand512(TOp.Alpha, ref alpha, Roles.At(TOp.Alpha, last, alphaP), alphaV);
            Vector512<TC> multiplierLast = Lanes.Operand512(TOp.Multiplier, ref multiplier, Roles.At(TOp.Multiplier, last, multiplierP), default(Vector512<TC>));

            nuint i = 0, alphaAt = 0, multiplierAt = 0, biasSumAt = 0, alphaSumAt = 0;
            bool prefetch = s.Large;
            if (prefetch && StreamsMath<TOp, T, TC>(w, ref x, ref dy, ref dx, in s))
            {
                i = Streaming.PrefetchGradientInputs
                    ? MathStreaming512<TOp, T, TC, AscendingPrefetchingX>(n, ref x, ref dy, ref dx, in s)
                    : MathStreaming512<TOp, T, TC, Ascending>(n, ref x, ref dy, ref dx, in s);
                alphaAt = Roles.At(TOp.Alpha, i, alphaP);
                multiplierAt = Roles.At(TOp.Multiplier, i, multiplierP);
                biasSumAt = TOp.SumsBias ? i % biasSumP : 0;
                alphaSumAt = TOp.SumsAlpha ? i % alphaSumP : 0;
            }

            for (; i + w <= n; i += w)
            {
                if (prefetch)
                {
                    // Inputs only: fetching the written lines ahead as well measured no better.
                    Streaming.PrefetchAhead(ref x, i);
                    Streaming.PrefetchAhead(ref dy, i);
                    Roles.Prefetch(TOp.Alpha, ref alpha, alphaAt);
                    Roles.Prefetch(TOp.Multiplier, ref multiplier, multiplierAt);
                }

                Step512<TOp, T, TC>(ref x, ref dy, ref dx, ref dm, i, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt, ref biasSum, biasSumAt, ref alphaSum, alphaSumAt);
                alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                biasSumAt = Roles.Advance(TOp.SumsBias, biasSumAt, biasSumStep, biasSumP);
                alphaSumAt = Roles.Advance(TOp.SumsAlpha, alphaSumAt, alphaSumStep, alphaSumP);
            }

            if (i != n)
            {
                Last512<TOp, T, TC>(i, ref dx, ref dm, last, xLast, dyLast, alphaLast, secondV, multiplierLast, ref biasSum, biasSumP, ref alphaSum, alphaSumP);
            }
        }

        /// <summary>
        /// The vector-math loop of a large call with non-temporal dx stores (<see cref="StreamsMath"/>): one ordinary vector
        /// at 0, then every full vector from dx's first aligned element, each stored past the cache. dbias keeps the
        /// order of the ordinary loop's sums (each channel's rows in ascending order, so the same bits): the aligned vectors
        /// add at cursors counted from that element, so that none crosses the accumulator's period, and the first vector
        /// adds only its lanes before that element, at the period's end; the accumulator is rotated back afterwards.
        /// Returns where it stopped (the overlapping last vector is left to the caller's <c>Last512</c>); or 0 without
        /// streaming when dx is not aligned and a per-channel role is read in place (its cursors must stay at multiples
        /// of the width). <typeparamref name="TOrder"/>: <see cref="AscendingPrefetchingX"/> asks for the inputs ahead
        /// (<see cref="Streaming.PrefetchGradientInputs"/>), <see cref="Ascending"/> leaves them to the hardware; a type's
        /// constant, since a runtime flag in this loop made the JIT keep i and the dbias cursor on the stack.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static unsafe nuint MathStreaming512<TOp, T, TC, TOrder>(nuint n, ref T x, ref T dy, ref T dx, scoped in RoleSources<T, TC> s)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged
            where TOrder : struct, IVectorOrder
        {
            nuint w = (nuint)Vector512<TC>.Count;
            ref T alpha = ref s.Alpha;
            ref T multiplier = ref s.Multiplier;
            ref double biasSum = ref s.BiasSum;
            nuint alphaP = s.AlphaPeriod, multiplierP = s.MultiplierPeriod, biasSumP = s.BiasSumPeriod;
            nuint alphaStep = Roles.Step(TOp.Alpha, w, alphaP), multiplierStep = Roles.Step(TOp.Multiplier, w, multiplierP);
            Vector512<TC> alphaV = Vector512.Create(s.AlphaValue), secondV = Vector512.Create(s.SecondValue);

            nuint head = Streaming.ElementsToAlignment(ref dx, Streaming.StoreBytes<T>((nuint)Vector512<byte>.Count));
            if (head != 0 && !(Roles.AnyCursor<T>(TOp.Alpha, alphaP, n) && Roles.AnyCursor<T>(TOp.Multiplier, multiplierP, n)))
            {
                return 0; // not aligned: a per-channel role read in place needs cursors at multiples of the width
            }

            if (head != 0)
            {
                (Vector512<TC> g, _) = TOp.Gradient(
                    Lanes.Load512<T, TC>(ref x, 0), Lanes.Load512<T, TC>(ref dy, 0), Lanes.Operand512(TOp.Alpha, ref alpha, 0, alphaV), secondV,
                    Lanes.Operand512(TOp.Multiplier, ref multiplier, 0, default(Vector512<TC>)));
                Lanes.Store512(g, ref dx, 0);
                if (TOp.SumsBias)
                {
                    Lanes.Sum512(ref biasSum, biasSumP - head, Reductions.KeepLanesBelow(g, head));
                }
            }

            nuint i = head, alphaAt = Roles.At(TOp.Alpha, i, alphaP), multiplierAt = Roles.At(TOp.Multiplier, i, multiplierP), biasSumAt = 0;
            fixed (T* pinned = &dx) // the streaming stores take dx's address as a pointer
            {
                for (; i + w <= n; i += w)
                {
                    if (TOrder.PrefetchesX)
                    {
                        Streaming.PrefetchAhead(ref x, i);
                        Streaming.PrefetchAhead(ref dy, i);
                        Roles.Prefetch(TOp.Alpha, ref alpha, alphaAt);
                        Roles.Prefetch(TOp.Multiplier, ref multiplier, multiplierAt);
                    }

                    Vector512<TC> xv = Lanes.Load512<T, TC>(ref x, i);
                    Vector512<TC> dyv = Lanes.Load512<T, TC>(ref dy, i);
                    Vector512<TC> a = Lanes.Operand512(TOp.Alpha, ref alpha, alphaAt, alphaV);
                    Vector512<TC> m = Lanes.Operand512(TOp.Multiplier, ref multiplier, multiplierAt, default(Vector512<TC>));
                    (Vector512<TC> g, _) = TOp.Gradient(xv, dyv, a, secondV, m);
                    Lanes.StoreNonTemporal512(g, ref dx, i);
                    if (TOp.SumsBias)
                    {
                        Lanes.Sum512(ref biasSum, biasSumAt, g);
                        biasSumAt = biasSumAt + w == biasSumP ? 0 : biasSumAt + w;
                    }

                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                }
            }

            Streaming.Fence();
            if (TOp.SumsBias)
            {
                Reductions.RotateRight(ref biasSum, biasSumP, head);
            }

            return i;
        }

        /// <summary>One vector at <paramref name="i"/>: compute, store dx (and dmultiplier), add the sums.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Step512<TOp, T, TC>(
            ref T x, ref T dy, ref T dx, ref T dm, nuint i, ref T alpha, nuint alphaAt, Vector512<TC> alphaV, Vector512<TC> secondV, ref T multiplier, nuint multiplierAt,
            ref double biasSum, nuint biasSumAt, ref double alphaSum, nuint alphaSumAt)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            Vector512<TC> xv = Lanes.Load512<T, TC>(ref x, i);
            Vector512<TC> dyv = Lanes.Load512<T, TC>(ref dy, i);
            Vector512<TC> a = Lanes.Operand512(TOp.Alpha, ref alpha, alphaAt, alphaV);
            Vector512<TC> m = Lanes.Operand512(TOp.Multiplier, ref multiplier, multiplierAt, default(Vector512<TC>));
            (Vector512<TC> g, Vector512<TC> dmv) = TOp.Gradient(xv, dyv, a, secondV, m);
            Lanes.Store512(g, ref dx, i);
            if (TOp.WritesMultiplierGradient)
            {
                Lanes.Store512(dmv, ref dm, i);
            }

            if (TOp.SumsBias)
            {
                Lanes.Sum512(ref biasSum, biasSumAt, g);
            }

            if (TOp.SumsAlpha)
            {
                Lanes.Sum512(ref alphaSum, alphaSumAt, TOp.AlphaTerm(xv, dyv, a, m));
            }
        }

        /// <summary>
        /// The remainder: one vector ending at the last element, from inputs read before the loops; its lanes the
        /// loops already covered (those before <paramref name="end"/>, where they stopped) are left out of the sums.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Last512<TOp, T, TC>(
            nuint end, ref T dx, ref T dm, nuint last, Vector512<TC> x, Vector512<TC> dy, Vector512<TC> alpha, Vector512<TC> second, Vector512<TC> multiplier,
            ref double biasSum, nuint biasSumP, ref double alphaSum, nuint alphaSumP)
            where TOp : struct, IGradientOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint covered = end - last;
            (Vector512<TC> g, Vector512<TC> dmv) = TOp.Gradient(x, dy, alpha, second, multiplier);
            Lanes.Store512(g, ref dx, last);
            if (TOp.WritesMultiplierGradient)
            {
                Lanes.Store512(dmv, ref dm, last);
            }

            if (TOp.SumsBias)
            {
                Lanes.Sum512(ref biasSum, last % biasSumP, Reductions.KeepLanesFrom(g, covered));
            }

            if (TOp.SumsAlpha)
            {
                Lanes.Sum512(ref alphaSum, last % alphaSumP, Reductions.KeepLanesFrom(TOp.AlphaTerm(x, dy, alpha, multiplier), covered));
            }
        }
    }
}

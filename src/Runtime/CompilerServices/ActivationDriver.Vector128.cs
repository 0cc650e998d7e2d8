using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    // The loops for one vector width. The three width files are one text with the width replaced
    // (DriverCopiesTests keeps them in step).
    public static partial class ActivationDriver
    {
        /// <summary>
        /// Where a piecewise loop starts: past the vectors <see cref="AlignY128"/> stored, from 16 vectors on when x is
        /// as far from alignment as y or the call streams, and y is not aligned already (on aligned buffers, a call that
        /// returned at once made identity, relu and leaky_relu at 4K 1–3% slower); else 0. Called before the loop's
        /// method rather than in it: a call there made the JIT keep the role cursors in memory (bias + relu at 4K ran
        /// 1.5× slower).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static nuint Start128<TOp, T, TC>(nuint n, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            if (n < AlignedFrom * (nuint)Vector128<TC>.Count)
            {
                return 0;
            }

            nuint bytes = Streaming.StoreBytes<T>((nuint)Vector128<byte>.Count);
            nuint head = Streaming.ElementsToAlignment(ref y, bytes);
            return head != 0 && (s.Large || Streaming.SameAlignment(ref x, ref y, bytes)) ? AlignY128<TOp, T, TC>(n, head, ref x, ref y, ref pre, in s) : 0;
        }

        /// <summary>
        /// A piecewise body, from <paramref name="start"/> (<see cref="Start128"/>: y aligned first when x is as far
        /// from alignment as y, or to stream); past
        /// <c>Streaming.ThresholdBytes</c> of output, non-temporal stores (not when a read span is the destination,
        /// nor with a preactivation output); then 4× unrolled, single vectors, and one overlapping last vector whose
        /// inputs are read before anything is written (so in place is correct).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static unsafe void Cheap128<TOp, T, TC>(nuint n, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s, nuint start)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            if (LoopDirection.Backward<TOp, T, TC>(ref x, ref y, in s))
            {
                CheapBackward128<TOp, T, TC>(n, ref x, ref y, in s, start);
                return;
            }

            nuint w = (nuint)Vector128<TC>.Count;
            ref T scale = ref s.Scale;
            ref T bias = ref s.Bias;
            ref T residual = ref s.Residual;
            ref T alpha = ref s.Alpha;
            ref T multiplier = ref s.Multiplier;
            nuint scaleP = s.ScalePeriod, biasP = s.BiasPeriod, residualP = s.ResidualPeriod, alphaP = s.AlphaPeriod, multiplierP = s.MultiplierPeriod;
            nuint scaleStep = Roles.Step(TOp.Scale, w, scaleP), biasStep = Roles.Step(TOp.Bias, w, biasP), residualStep = Roles.Step(TOp.Residual, w, residualP);
            nuint alphaStep = Roles.Step(TOp.Alpha, w, alphaP), multiplierStep = Roles.Step(TOp.Multiplier, w, multiplierP);
            Vector128<TC> scaleV = Vector128.Create(s.ScaleValue), biasV = Vector128.Create(s.BiasValue), alphaV = Vector128.Create(s.AlphaValue), secondV = Vector128.Create(s.SecondValue);

            nuint last = n - w;
            Vector128<TC> xLast = Lanes.Load128<T, TC>(ref x, last);
            Vector128<TC> scaleLast = Lanes.Operand128(TOp.Scale, ref scale, Roles.AtLast(TOp.Scale, n, w, scaleP), scaleV);
            Vector128<TC> biasLast = Lanes.Operand128(TOp.Bias, ref bias, Roles.AtLast(TOp.Bias, n, w, biasP), biasV);
            Vector128<TC> residualLast = Lanes.Operand128(TOp.Residual, ref residual, Roles.AtLast(TOp.Residual, n, w, residualP), default(Vector128<TC>));
            Vector128<TC> alphaLast = Lanes.Operand128(TOp.Alpha, ref alpha, Roles.AtLast(TOp.Alpha, n, w, alphaP), alphaV);
            Vector128<TC> multiplierLast = Lanes.Operand128(TOp.Multiplier, ref multiplier, Roles.AtLast(TOp.Multiplier, n, w, multiplierP), default(Vector128<TC>));

            nuint i = start, scaleAt = 0, biasAt = 0, residualAt = 0, alphaAt = 0, multiplierAt = 0;
            if (start != 0)
            {
                scaleAt = Roles.At(TOp.Scale, i, scaleP);
                biasAt = Roles.At(TOp.Bias, i, biasP);
                residualAt = Roles.At(TOp.Residual, i, residualP);
                alphaAt = Roles.At(TOp.Alpha, i, alphaP);
                multiplierAt = Roles.At(TOp.Multiplier, i, multiplierP);
            }

            if (s.Large && MayStreamY<TOp, T, TC>(ref x, ref y, in s))
            {
                fixed (T* pinned = &y) // the streaming stores take y's address as a pointer
                {
                    for (; i + w <= n; i += w)
                    {
                        Vector128<TC> z = TOp.Pre(
                            Lanes.Load128<T, TC>(ref x, i),
                            Lanes.Operand128(TOp.Scale, ref scale, scaleAt, scaleV),
                            Lanes.Operand128(TOp.Bias, ref bias, biasAt, biasV),
                            Lanes.Operand128(TOp.Residual, ref residual, residualAt, default(Vector128<TC>)));
                        Lanes.StoreNonTemporal128(TOp.Post(z, Lanes.Operand128(TOp.Alpha, ref alpha, alphaAt, alphaV), secondV, Lanes.Operand128(TOp.Multiplier, ref multiplier, multiplierAt, default(Vector128<TC>))), ref y, i);
                        scaleAt = Roles.Advance(TOp.Scale, scaleAt, scaleStep, scaleP);
                        biasAt = Roles.Advance(TOp.Bias, biasAt, biasStep, biasP);
                        residualAt = Roles.Advance(TOp.Residual, residualAt, residualStep, residualP);
                        alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                        multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    }
                }

                Streaming.Fence();
            }

            bool atPass = Roles.NoSpan<TOp, TC>();
            // Tested before and at the bottom: written as a for loop, the JIT kept the test at the top and jumped
            // back to it (docs/design.md, "Generated code").
            if (i + 4 * w <= n)
            {
                do
                {
                    // Without span roles, the vectors of a pass at constant offsets from x + i and y + i, which the JIT folds
                    // into each load's and store's address (as x and y at i + k·w it formed each index with an instruction of
                    // its own: leaky_relu at 4K 1.2× the inlined loops' time on Zen 5); with them, as before (bias + relu
                    // element-wise 2–3% slower the other way). docs/design.md, "Generated code".
                    ref T xi = ref atPass ? ref Unsafe.Add(ref x, i) : ref x;
                    ref T yi = ref atPass ? ref Unsafe.Add(ref y, i) : ref y;
                    ref T prei = ref atPass && TOp.StoresPreactivation ? ref Unsafe.Add(ref pre, i) : ref pre;
                    nuint o = atPass ? 0 : i;
                    Step128<TOp, T, TC>(ref xi, ref yi, ref prei, o, ref scale, scaleAt, scaleV, ref bias, biasAt, biasV, ref residual, residualAt, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt);
                    scaleAt = Roles.Advance(TOp.Scale, scaleAt, scaleStep, scaleP);
                    biasAt = Roles.Advance(TOp.Bias, biasAt, biasStep, biasP);
                    residualAt = Roles.Advance(TOp.Residual, residualAt, residualStep, residualP);
                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    Step128<TOp, T, TC>(ref xi, ref yi, ref prei, o + w, ref scale, scaleAt, scaleV, ref bias, biasAt, biasV, ref residual, residualAt, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt);
                    scaleAt = Roles.Advance(TOp.Scale, scaleAt, scaleStep, scaleP);
                    biasAt = Roles.Advance(TOp.Bias, biasAt, biasStep, biasP);
                    residualAt = Roles.Advance(TOp.Residual, residualAt, residualStep, residualP);
                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    Step128<TOp, T, TC>(ref xi, ref yi, ref prei, o + 2 * w, ref scale, scaleAt, scaleV, ref bias, biasAt, biasV, ref residual, residualAt, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt);
                    scaleAt = Roles.Advance(TOp.Scale, scaleAt, scaleStep, scaleP);
                    biasAt = Roles.Advance(TOp.Bias, biasAt, biasStep, biasP);
                    residualAt = Roles.Advance(TOp.Residual, residualAt, residualStep, residualP);
                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    Step128<TOp, T, TC>(ref xi, ref yi, ref prei, o + 3 * w, ref scale, scaleAt, scaleV, ref bias, biasAt, biasV, ref residual, residualAt, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt);
                    scaleAt = Roles.Advance(TOp.Scale, scaleAt, scaleStep, scaleP);
                    biasAt = Roles.Advance(TOp.Bias, biasAt, biasStep, biasP);
                    residualAt = Roles.Advance(TOp.Residual, residualAt, residualStep, residualP);
                    alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                    multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
                    i += 4 * w;
                }
                while (i + 4 * w <= n);
            }

            for (; i + w <= n; i += w)
            {
                Step128<TOp, T, TC>(ref x, ref y, ref pre, i, ref scale, scaleAt, scaleV, ref bias, biasAt, biasV, ref residual, residualAt, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt);
                scaleAt = Roles.Advance(TOp.Scale, scaleAt, scaleStep, scaleP);
                biasAt = Roles.Advance(TOp.Bias, biasAt, biasStep, biasP);
                residualAt = Roles.Advance(TOp.Residual, residualAt, residualStep, residualP);
                alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
            }

            if (i != n)
            {
                Last128<TOp, T, TC>(ref y, ref pre, last, xLast, scaleLast, biasLast, residualLast, alphaLast, secondV, multiplierLast);
            }
        }

        /// <summary>
        /// <see cref="Cheap128"/> from the end down to <paramref name="start"/>, for a call that <see cref="LoopDirection.Backward"/>
        /// picks (no span operand, y just above x modulo 4 KiB): each vector's load then follows stores to higher addresses only,
        /// never one with the same low 12 address bits. 4× unrolled, as forward, then one vector per step, then the first vector,
        /// which overlaps the ones after it (not in place: recomputing them stores the same values). With no span operand and no
        /// preactivation, the role and preactivation references passed to each step are never read.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void CheapBackward128<TOp, T, TC>(nuint n, ref T x, ref T y, scoped in RoleSources<T, TC> s, nuint start)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint w = (nuint)Vector128<TC>.Count;
            Vector128<TC> scaleV = Vector128.Create(s.ScaleValue), biasV = Vector128.Create(s.BiasValue), alphaV = Vector128.Create(s.AlphaValue), secondV = Vector128.Create(s.SecondValue);
            ref T none = ref y;
            nuint i = n;
            // Tested before and at the bottom: written as a for loop, the JIT kept the test at the top and jumped
            // back to it (docs/design.md, "Generated code").
            if (i - start >= 4 * w)
            {
                do
                {
                    Step128<TOp, T, TC>(ref x, ref y, ref none, i - w, ref none, 0, scaleV, ref none, 0, biasV, ref none, 0, ref none, 0, alphaV, secondV, ref none, 0);
                    Step128<TOp, T, TC>(ref x, ref y, ref none, i - 2 * w, ref none, 0, scaleV, ref none, 0, biasV, ref none, 0, ref none, 0, alphaV, secondV, ref none, 0);
                    Step128<TOp, T, TC>(ref x, ref y, ref none, i - 3 * w, ref none, 0, scaleV, ref none, 0, biasV, ref none, 0, ref none, 0, alphaV, secondV, ref none, 0);
                    Step128<TOp, T, TC>(ref x, ref y, ref none, i - 4 * w, ref none, 0, scaleV, ref none, 0, biasV, ref none, 0, ref none, 0, alphaV, secondV, ref none, 0);
                    i -= 4 * w;
                }
                while (i - start >= 4 * w);
            }

            for (; i - start >= w; i -= w)
            {
                Step128<TOp, T, TC>(ref x, ref y, ref none, i - w, ref none, 0, scaleV, ref none, 0, biasV, ref none, 0, ref none, 0, alphaV, secondV, ref none, 0);
            }

            if (i != start)
            {
                Step128<TOp, T, TC>(ref x, ref y, ref none, start + w <= n ? start : n - w, ref none, 0, scaleV, ref none, 0, biasV, ref none, 0, ref none, 0, alphaV, secondV, ref none, 0);
            }
        }

        /// <summary>
        /// <see cref="Math128"/> with the stages of the kernel's <see cref="IActivationOperation{TC}.Pipelined"/> function as
        /// a type argument (<see cref="NoStages"/>: none). A type rather than the enum inside the loop: without tiered PGO the
        /// JIT spent its inlining budget on every function's stages in the dead arms of a switch, and the live one was
        /// called (sigmoid at 4K 1.5–1.7 ns per element, and kernels without stages slowed too: bias + gelu 0.34 → 0.58).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void MathStaged128<TOp, T, TC>(nuint n, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            // Half runs sigmoid's and silu's stages (β = 1), which measured faster than its own loop from HalfStagesFrom elements
            // (Directed128; RunsHalfStages: not with 64-byte vectors on Zen 5); the others keep its loop (docs/design.md,
            // "Pipelined math"), as do a parameter other than 1 or one at run time (silu with β = 1.702 staged: 15–18% slower
            // with 16 vector registers), a preactivation, which the staged tail would read back rounded, and a multiplier span
            // (SwiGLU staged: 1.4× slower in half the processes with 32 vector registers; with 16, 10% faster in most and 2.3×
            // slower in one in ten).
            PipelinedMath function = TOp.Pipelined;
            float parameter = StageParameter<TOp, T, TC>(in s);
            if (typeof(TC) != typeof(float) || (typeof(T) == typeof(Half) && (TOp.StoresPreactivation || TOp.Multiplier == OperandKind.Span
                || TOp.PipelinedParameterAtRunTime || TOp.PipelinedParameter != 1f || function is not (PipelinedMath.Sigmoid or PipelinedMath.Silu)))
                || (parameter != 1f && function is not (PipelinedMath.Silu or PipelinedMath.Softplus or PipelinedMath.Elu or PipelinedMath.Celu)) // stages without a parameter
                || (function == PipelinedMath.Celu && !(parameter > 0f))) // celu with α ≤ 0 evaluates in double
            {
                function = PipelinedMath.None;
            }

            switch (function)
            {
                case PipelinedMath.Sigmoid: Directed128<TOp, T, TC, SigmoidStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Tanh: Directed128<TOp, T, TC, TanhStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Silu when parameter == 1f: Directed128<TOp, T, TC, SiluStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Silu: Directed128<TOp, T, TC, SiluWideStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Softplus when parameter == 1f: Directed128<TOp, T, TC, SoftplusStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Softplus: Directed128<TOp, T, TC, SoftplusBetaStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.GeluTanh: Directed128<TOp, T, TC, GeluTanhStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Gelu when TableLookup.IsSupported: Directed128<TOp, T, TC, GeluStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Elu: Directed128<TOp, T, TC, EluStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Celu when parameter == 1f: Directed128<TOp, T, TC, EluStages>(n, ref x, ref y, ref pre, in s); break; // celu with α = 1 is elu's operations
                case PipelinedMath.Celu: Directed128<TOp, T, TC, CeluStages>(n, ref x, ref y, ref pre, in s); break;
                case PipelinedMath.Selu: Directed128<TOp, T, TC, SeluStages>(n, ref x, ref y, ref pre, in s); break;
                default: Directed128<TOp, T, TC, NoStages>(n, ref x, ref y, ref pre, in s); break;
            }
        }

        /// <summary>
        /// <see cref="Math128"/> from the end where <see cref="LoopDirection.Backward"/> holds, or with stages
        /// <see cref="LoopDirection.BackwardPipelined"/> (its stores trail its loads by four vectors, two with 16 vector
        /// registers); float and double (Half runs forward); else from the start.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Directed128<TOp, T, TC, TStages>(nuint n, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
            where TStages : struct, IMathStages
        {
            if (typeof(T) == typeof(Half) && typeof(TStages) != typeof(NoStages) && !RunsHalfStages(n, (nuint)Vector128<byte>.Count))
            {
                Math128<TOp, T, TC, NoStages, Ascending>(n, ref x, ref y, ref pre, in s);
                return;
            }

            if (typeof(T) == typeof(TC) && (typeof(TStages) == typeof(NoStages)
                ? LoopDirection.Backward<TOp, T, TC>(ref x, ref y, in s)
                : LoopDirection.BackwardPipelined<TOp, T, TC>(ref x, ref y, in s, (DeepPipeline ? 4u : 2u) * (nuint)Vector128<byte>.Count)))
            {
                Math128<TOp, T, TC, TStages, Descending>(n, ref x, ref y, ref pre, in s);
            }
            else if (typeof(TStages) != typeof(NoStages) && s.Large && Streaming.PrefetchPipelinedX)
            {
                if (typeof(T) == typeof(float) && Streaming.StreamsPipelinedY((nuint)Vector128<byte>.Count) && MayStreamY<TOp, T, TC>(ref x, ref y, in s))
                {
                    Streamed128<TOp, T, TC, TStages>(n, ref x, ref y, ref pre, in s);
                }
                else
                {
                    Math128<TOp, T, TC, TStages, AscendingPrefetchingX>(n, ref x, ref y, ref pre, in s);
                }
            }
            else
            {
                Math128<TOp, T, TC, TStages, Ascending>(n, ref x, ref y, ref pre, in s);
            }
        }

        /// <summary>
        /// A large float call's pipelined loop on Intel or Zen 5 with y stored past the cache (<see cref="AscendingStreaming"/>):
        /// the vector before the first element of y on a vector boundary stored as usual, the loop from there on, y pinned for
        /// the streaming stores. Left to <see cref="AscendingPrefetchingX"/> when y is off a boundary and a per-channel role
        /// read in place needs its vectors to start at multiples of the width.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static unsafe void Streamed128<TOp, T, TC, TStages>(nuint n, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
            where TStages : struct, IMathStages
        {
            if (Streaming.ElementsToAlignment(ref y, Streaming.StoreBytes<T>((nuint)Vector128<byte>.Count)) != 0)
            {
                if (!VectorsStartAnywhere<TOp, T, TC>(in s, n))
                {
                    Math128<TOp, T, TC, TStages, AscendingPrefetchingX>(n, ref x, ref y, ref pre, in s);
                    return;
                }

                Last128<TOp, T, TC>(
                    ref y, ref pre, 0, Lanes.Load128<T, TC>(ref x, 0),
                    Lanes.Operand128(TOp.Scale, ref s.Scale, 0, Vector128.Create(s.ScaleValue)),
                    Lanes.Operand128(TOp.Bias, ref s.Bias, 0, Vector128.Create(s.BiasValue)),
                    Lanes.Operand128(TOp.Residual, ref s.Residual, 0, default(Vector128<TC>)),
                    Lanes.Operand128(TOp.Alpha, ref s.Alpha, 0, Vector128.Create(s.AlphaValue)), Vector128.Create(s.SecondValue),
                    Lanes.Operand128(TOp.Multiplier, ref s.Multiplier, 0, default(Vector128<TC>)));
            }

            fixed (T* pinned = &y) // the streaming stores take y's address as a pointer
            {
                Math128<TOp, T, TC, TStages, AscendingStreaming>(n, ref x, ref y, ref pre, in s);
            }
        }

        /// <summary>
        /// A vector-math body: not unrolled (out-of-order execution already overlaps its iterations, and more
        /// inlined copies pass the JIT's inlining budget), inputs prefetched for large calls, then the overlapping last vector.
        /// With <typeparamref name="TStages"/>, a float activation in three stages two vectors apart: begun four vectors
        /// before it is ended. <typeparamref name="TOrder"/> <see cref="Descending"/> runs it from the end, the last vector
        /// first and the overlapping one at the start (only for a call with no span operand and no preactivation, in T = TC:
        /// the role cursors and the Half pipeline run ascending); the same method rather than a mirrored copy, whose smaller
        /// body got a smaller inlining budget from the JIT and called its stages (silu 2.3× slower in some processes).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void Math128<TOp, T, TC, TStages, TOrder>(nuint n, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
            where TStages : struct, IMathStages
            where TOrder : struct, IVectorOrder
        {
            nuint w = (nuint)Vector128<TC>.Count;
            ref T scale = ref s.Scale;
            ref T bias = ref s.Bias;
            ref T residual = ref s.Residual;
            ref T alpha = ref s.Alpha;
            ref T multiplier = ref s.Multiplier;
            nuint scaleP = s.ScalePeriod, biasP = s.BiasPeriod, residualP = s.ResidualPeriod, alphaP = s.AlphaPeriod, multiplierP = s.MultiplierPeriod;
            nuint scaleStep = Roles.Step(TOp.Scale, w, scaleP), biasStep = Roles.Step(TOp.Bias, w, biasP), residualStep = Roles.Step(TOp.Residual, w, residualP);
            nuint alphaStep = Roles.Step(TOp.Alpha, w, alphaP), multiplierStep = Roles.Step(TOp.Multiplier, w, multiplierP);
            Vector128<TC> scaleV = Vector128.Create(s.ScaleValue), biasV = Vector128.Create(s.BiasValue), alphaV = Vector128.Create(s.AlphaValue), secondV = Vector128.Create(s.SecondValue);
            float parameter = StageParameter<TOp, T, TC>(in s);

            nuint last = n - w;
            // The vector at step j starts at element first + sign·j (j, or last − j from the end). The order's At is called
            // only here, and the JIT folds first = 0, sign = 1 away: in the tail its calls ran past the JIT's inlining budget
            // (calls left in every kernel call), a test of the order at each index let the budget run out inside the loop
            // (softplus 0.40 → 1.2–1.6 ns per element), and an index variable of its own cost the forward loop two instructions.
            nint first = (nint)TOrder.At(0, last), sign = (nint)TOrder.At(1, last) - first;
            nuint lastAt = TOrder.At(last, last);
            // Streaming (TOrder.StreamsY): the walk starts at y's first vector boundary, where Streamed128 left it.
            nuint head = TOrder.StreamsY ? Streaming.ElementsToAlignment(ref y, Streaming.StoreBytes<T>((nuint)Vector128<byte>.Count)) : 0;
            first += (nint)head;
            Vector128<TC> xLast = Lanes.Load128<T, TC>(ref x, lastAt);
            Vector128<TC> scaleLast = Lanes.Operand128(TOp.Scale, ref scale, Roles.AtLast(TOp.Scale, n, w, scaleP), scaleV);
            Vector128<TC> biasLast = Lanes.Operand128(TOp.Bias, ref bias, Roles.AtLast(TOp.Bias, n, w, biasP), biasV);
            Vector128<TC> residualLast = Lanes.Operand128(TOp.Residual, ref residual, Roles.AtLast(TOp.Residual, n, w, residualP), default(Vector128<TC>));
            Vector128<TC> alphaLast = Lanes.Operand128(TOp.Alpha, ref alpha, Roles.AtLast(TOp.Alpha, n, w, alphaP), alphaV);
            Vector128<TC> multiplierLast = Lanes.Operand128(TOp.Multiplier, ref multiplier, Roles.AtLast(TOp.Multiplier, n, w, multiplierP), default(Vector128<TC>));

            nuint i = 0, scaleAt = 0, biasAt = 0, residualAt = 0, alphaAt = 0, multiplierAt = 0;
            if (TOrder.StreamsY)
            {
                scaleAt = Roles.At(TOp.Scale, head, scaleP);
                biasAt = Roles.At(TOp.Bias, head, biasP);
                residualAt = Roles.At(TOp.Residual, head, residualP);
                alphaAt = Roles.At(TOp.Alpha, head, alphaP);
                multiplierAt = Roles.At(TOp.Multiplier, head, multiplierP);
            }

            bool prefetch = s.Large;
            // A pipelined loop reading x alone from memory leaves x to the hardware prefetcher but on Intel and Zen 5
            // (TOrder.PrefetchesX): on Zen 4 the hints only cost there (Streaming.PrefetchPipelinedX); beside a second
            // stream they pay everywhere (SwiGLU, 0.34 against 0.37).
            bool prefetchX = TOrder.PrefetchesX || (prefetch && (typeof(TStages) == typeof(NoStages)
                || Roles.ElementWise(TOp.Scale, scaleP, n) || Roles.ElementWise(TOp.Bias, biasP, n) || Roles.ElementWise(TOp.Residual, residualP, n)
                || Roles.ElementWise(TOp.Multiplier, multiplierP, n)));
            // Half: x is widened one vector ahead and y (z) narrowed three vectors behind, so that the conversions
            // overlap other vectors' math instead of lengthening each vector's dependency chain (docs/design.md).
            Vector128<TC> xNext = typeof(T) == typeof(Half) && typeof(TStages) == typeof(NoStages) ? Lanes.Load128<T, TC>(ref x, 0) : default;
            Vector128<TC> biasNext = typeof(T) == typeof(Half) && typeof(TStages) == typeof(NoStages) && TOp.Bias == OperandKind.Span ? Lanes.Load128<T, TC>(ref bias, 0) : default;
            Vector128<TC> y1 = default, y2 = default, y3 = default, z1 = default, z2 = default, z3 = default;
            // Pipelined: the four vectors before i and their multipliers (s1 and m1 the latest): s1, s2 through the first
            // stage, s3, s4 through the second.
            MathStage<Vector128<float>> s1 = default, s2 = default, s3 = default, s4 = default;
            Vector128<TC> m1 = default, m2 = default, m3 = default, m4 = default;
            for (; i + w <= n - head; i += w)
            {
                // Inputs only: fetching the written lines ahead as well measured no better.
                if (prefetchX)
                {
                    Streaming.PrefetchAhead(ref x, i);
                }

                if (prefetch)
                {
                    Roles.Prefetch(TOp.Scale, ref scale, scaleAt);
                    Roles.Prefetch(TOp.Bias, ref bias, biasAt);
                    Roles.Prefetch(TOp.Residual, ref residual, residualAt);
                    Roles.Prefetch(TOp.Alpha, ref alpha, alphaAt);
                    Roles.Prefetch(TOp.Multiplier, ref multiplier, multiplierAt);
                }

                if (typeof(T) == typeof(Half) && typeof(TStages) == typeof(NoStages))
                {
                    Vector128<TC> xi = xNext;
                    xNext = Lanes.Load128<T, TC>(ref x, i + w <= last ? i + w : last);
                    Vector128<TC> bi = biasV;
                    if (TOp.Bias == OperandKind.Span)
                    {
                        // The bias too is widened one vector ahead (its conversion otherwise sits in each vector's chain).
                        bi = biasNext;
                        biasNext = Lanes.Load128<T, TC>(ref bias, i + w <= last ? Roles.Advance(TOp.Bias, biasAt, biasStep, biasP) : biasAt);
                    }

                    Vector128<TC> z = TOp.Pre(
                        xi,
                        Lanes.Operand128(TOp.Scale, ref scale, scaleAt, scaleV),
                        bi,
                        Lanes.Operand128(TOp.Residual, ref residual, residualAt, default(Vector128<TC>)));
                    Vector128<TC> yi = TOp.Post(z, Lanes.Operand128(TOp.Alpha, ref alpha, alphaAt, alphaV), secondV, Lanes.Operand128(TOp.Multiplier, ref multiplier, multiplierAt, default(Vector128<TC>)));
                    if (i >= 3 * w)
                    {
                        Lanes.Store128(y3, ref y, i - 3 * w);
                        if (TOp.StoresPreactivation)
                        {
                            Lanes.Store128(z3, ref pre, i - 3 * w);
                        }
                    }

                    y3 = y2;
                    y2 = y1;
                    y1 = yi;
                    z3 = z2;
                    z2 = z1;
                    z1 = z;
                }
                else if (typeof(TStages) != typeof(NoStages))
                {
                    // Begin this vector's activation, run the second stage of the one begun two vectors before, end the
                    // one begun four before and store it (one and two before with 16 vector registers: DeepPipeline): each
                    // step issues three short chains whose inputs are long computed, instead of one long chain
                    // (docs/design.md, "Pipelined math"). Every element is read before it is stored.
                    Vector128<TC> z = TOp.Pre(
                        Lanes.Load128<T, TC>(ref x, (nuint)(first + sign * (nint)i)),
                        Lanes.Operand128(TOp.Scale, ref scale, scaleAt, scaleV),
                        Lanes.Operand128(TOp.Bias, ref bias, biasAt, biasV),
                        Lanes.Operand128(TOp.Residual, ref residual, residualAt, default(Vector128<TC>)));
                    if (TOp.StoresPreactivation)
                    {
                        Lanes.Store128(z, ref pre, (nuint)(first + sign * (nint)i));
                    }

                    MathStage<Vector128<float>> begun = TStages.Begin(z.As<TC, float>(), parameter);
                    if (DeepPipeline)
                    {
                        MathStage<Vector128<float>> middle = TStages.Middle(s2);
                        if (i >= 4 * w)
                        {
                            nuint at = (nuint)(first + sign * (nint)(i - 4 * w));
                            Vector128<float> zEnd = ReloadsZ<TOp, T, TC>() ? Lanes.Load128<T, TC>(ref x, at).As<TC, float>() : s4.D;
                            Store128<T, TC, TOrder>(End128<TOp, TC, TStages>(new MathStage<Vector128<float>>(s4.A, s4.B, s4.C, zEnd), m4, parameter), ref y, at);
                        }

                        s4 = s3; // one assignment each: a tuple's temporaries kept the stages in memory
                        s3 = middle;
                        s2 = s1;
                        s1 = begun;
                        m4 = m3;
                        m3 = m2;
                    }
                    else
                    {
                        // Sixteen vector registers: the middle stage of the vector before, the end of the one before that.
                        MathStage<Vector128<float>> middle = TStages.Middle(s1);
                        if (i >= 2 * w)
                        {
                            nuint at = (nuint)(first + sign * (nint)(i - 2 * w));
                            Vector128<float> zEnd = ReloadsZ<TOp, T, TC>() ? Lanes.Load128<T, TC>(ref x, at).As<TC, float>() : s2.D;
                            Store128<T, TC, TOrder>(End128<TOp, TC, TStages>(new MathStage<Vector128<float>>(s2.A, s2.B, s2.C, zEnd), m2, parameter), ref y, at);
                        }

                        s2 = middle;
                        s1 = begun;
                    }

                    m2 = m1;
                    m1 = Lanes.Operand128(TOp.Multiplier, ref multiplier, multiplierAt, default(Vector128<TC>));
                }
                else
                {
                    Step128<TOp, T, TC>(ref x, ref y, ref pre, (nuint)(first + sign * (nint)i), ref scale, scaleAt, scaleV, ref bias, biasAt, biasV, ref residual, residualAt, ref alpha, alphaAt, alphaV, secondV, ref multiplier, multiplierAt);
                }

                scaleAt = Roles.Advance(TOp.Scale, scaleAt, scaleStep, scaleP);
                biasAt = Roles.Advance(TOp.Bias, biasAt, biasStep, biasP);
                residualAt = Roles.Advance(TOp.Residual, residualAt, residualStep, residualP);
                alphaAt = Roles.Advance(TOp.Alpha, alphaAt, alphaStep, alphaP);
                multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, multiplierStep, multiplierP);
            }

            if (TOrder.StreamsY)
            {
                Streaming.Fence(); // before the tail's ordinary stores
            }

            if (typeof(T) == typeof(Half) && typeof(TStages) == typeof(NoStages))
            {
                Pending128<TOp, T, TC>(ref y, ref pre, i, y1, y2, y3, z1, z2, z3);
            }
            else if (typeof(TStages) != typeof(NoStages))
            {
                // Only the span operands are passed: a value operand live across the loop to this call took a register
                // from the loop where the JIT has no profile to weigh it by (TieredCompilation or TieredPGO off).
                StagedTail128<TOp, T, TC>(
                    n, ref x, ref y, ref pre, in s, i, first, sign, lastAt, xLast,
                    TOp.Scale == OperandKind.Span ? scaleLast : default, TOp.Bias == OperandKind.Span ? biasLast : default,
                    TOp.Residual == OperandKind.Span ? residualLast : default, TOp.Alpha == OperandKind.Span ? alphaLast : default,
                    TOp.Multiplier == OperandKind.Span ? multiplierLast : default);
                return;
            }

            if (i != n)
            {
                Last128<TOp, T, TC>(ref y, ref pre, lastAt, xLast, scaleLast, biasLast, residualLast, alphaLast, secondV, multiplierLast);
            }
        }

        /// <summary>
        /// The pipelined loop's tail, when it stops at step <paramref name="to"/>: the vectors it began but did not store (the
        /// four before, two in its shallow form; the vector at step j starts at <paramref name="first"/> + <paramref name="sign"/>·j,
        /// see <see cref="Math128"/>), computed again whole, then the overlapping last vector from the inputs read before the
        /// loop (x and the span operands; a value operand is passed as default and broadcast here). A method of its own:
        /// ending the loop's pending stages inline ran Math128 past what the JIT inlines into one method, and the stage
        /// functions were calls there (sigmoid over 64 elements took 61 ns per call, gelu 170, against 19 and 29 at their
        /// loops' pace; docs/design.md, "Pipelined math"). Their first stages run a second time; nothing at
        /// their places has been written (y, or a span read there), but z is read back from the preactivation output, which
        /// may be x itself.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void StagedTail128<TOp, T, TC>(
            nuint n, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s, nuint to, nint first, nint sign, nuint lastAt,
            Vector128<TC> xLast, Vector128<TC> scaleLast, Vector128<TC> biasLast, Vector128<TC> residualLast, Vector128<TC> alphaLast, Vector128<TC> multiplierLast)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint w = (nuint)Vector128<TC>.Count;
            Vector128<TC> scaleV = Vector128.Create(s.ScaleValue), biasV = Vector128.Create(s.BiasValue), alphaV = Vector128.Create(s.AlphaValue), secondV = Vector128.Create(s.SecondValue);
            // Step to is the overlapping last vector, if n is not a multiple of w. One copy of Pre and Post for all: with two,
            // the JIT refused gelu's inlines here ("too many locals": it inlines into a method up to a fixed count of them).
            nuint depth = (DeepPipeline ? 4u : 2u) * w;
            nuint end = to == n ? to : to + w;
            for (nuint j = to > depth ? to - depth : 0; j < end; j += w)
            {
                bool last = j == to;
                nuint at = last ? lastAt : (nuint)(first + sign * (nint)j);
                Vector128<TC> z;
                if (TOp.StoresPreactivation && !last)
                {
                    z = Lanes.Load128<T, TC>(ref pre, at);
                }
                else
                {
                    z = TOp.Pre(
                        last ? xLast : Lanes.Load128<T, TC>(ref x, at),
                        last && TOp.Scale == OperandKind.Span ? scaleLast : Lanes.Operand128(TOp.Scale, ref s.Scale, Roles.At(TOp.Scale, at, s.ScalePeriod), scaleV),
                        last && TOp.Bias == OperandKind.Span ? biasLast : Lanes.Operand128(TOp.Bias, ref s.Bias, Roles.At(TOp.Bias, at, s.BiasPeriod), biasV),
                        last && TOp.Residual == OperandKind.Span ? residualLast : Lanes.Operand128(TOp.Residual, ref s.Residual, Roles.At(TOp.Residual, at, s.ResidualPeriod), default(Vector128<TC>)));
                    if (TOp.StoresPreactivation)
                    {
                        Lanes.Store128(z, ref pre, at);
                    }
                }

                Vector128<TC> alpha = last && TOp.Alpha == OperandKind.Span ? alphaLast : Lanes.Operand128(TOp.Alpha, ref s.Alpha, Roles.At(TOp.Alpha, at, s.AlphaPeriod), alphaV);
                Vector128<TC> multiplier = last && TOp.Multiplier == OperandKind.Span ? multiplierLast : Lanes.Operand128(TOp.Multiplier, ref s.Multiplier, Roles.At(TOp.Multiplier, at, s.MultiplierPeriod), default(Vector128<TC>));
                Lanes.Store128(TOp.Post(z, alpha, secondV, multiplier), ref y, at);
            }
        }

        /// <summary>
        /// A pipelined activation's last stage, times the multiplier if the kernel has one. The callers pick the stage's z
        /// (<see cref="ReloadsZ"/>): picked here, with x and the index passed in, the JIT's inlining budget ran out in
        /// gelu_tanh's loop on the 16-register path, leaving its tuple constructors as calls (JIT disassembly, 2026-12-07).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<TC> End128<TOp, TC, TStages>(MathStage<Vector128<float>> stage, Vector128<TC> multiplier, float parameter)
            where TOp : struct, IActivationOperation<TC>
            where TC : unmanaged
            where TStages : struct, IMathStages
        {
            Vector128<TC> activation = TStages.End(stage, parameter).As<float, TC>();
            return TOp.Multiplier == OperandKind.None ? activation : activation * multiplier;
        }

        /// <summary>A pipelined loop's store of y: past the cache where <typeparamref name="TOrder"/> streams (y pinned, on a vector boundary).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Store128<T, TC, TOrder>(Vector128<TC> value, ref T y, nuint at)
            where T : unmanaged
            where TC : unmanaged
            where TOrder : struct, IVectorOrder
        {
            if (TOrder.StreamsY)
            {
                Lanes.StoreNonTemporal128(value, ref y, at);
            }
            else
            {
                Lanes.Store128(value, ref y, at);
            }
        }

        /// <summary>
        /// The Half vector-math loop's results still to store when it ends at <paramref name="i"/>: the vector before
        /// it and, where there were such, the two before that. Not inlined: the loop's body needs the JIT's inlining budget.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void Pending128<TOp, T, TC>(
            ref T y, ref T pre, nuint i, Vector128<TC> y1, Vector128<TC> y2, Vector128<TC> y3, Vector128<TC> z1, Vector128<TC> z2, Vector128<TC> z3)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint w = (nuint)Vector128<TC>.Count;
            if (i >= 3 * w)
            {
                Lanes.Store128(y3, ref y, i - 3 * w);
                if (TOp.StoresPreactivation)
                {
                    Lanes.Store128(z3, ref pre, i - 3 * w);
                }
            }

            if (i >= 2 * w)
            {
                Lanes.Store128(y2, ref y, i - 2 * w);
                if (TOp.StoresPreactivation)
                {
                    Lanes.Store128(z2, ref pre, i - 2 * w);
                }
            }

            Lanes.Store128(y1, ref y, i - w);
            if (TOp.StoresPreactivation)
            {
                Lanes.Store128(z1, ref pre, i - w);
            }
        }

        /// <summary>
        /// A Half kernel that selects on the bit patterns (<see cref="IActivationOperation{TC}.SelectsHalfBits"/>): as
        /// a cheap body (streaming past <c>Streaming.ThresholdBytes</c> of output unless in place, 4× unrolled, one
        /// overlapping last vector read before anything is written), on 16-bit lanes, NaN made quiet first.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static unsafe void SelectHalf128<TOp, TC>(nuint n, ref short x, ref short y, bool large)
            where TOp : struct, IActivationOperation<TC>
            where TC : unmanaged
        {
            nuint w = (nuint)Vector128<short>.Count;
            nuint last = n - w;
            Vector128<short> xLast = Vector128.LoadUnsafe(ref x, last);
            nuint i = 0;
            if (large && !Unsafe.AreSame(ref x, ref y))
            {
                TOp.SelectHalfBits(HalfBits.Quiet(Vector128.LoadUnsafe(ref x))).StoreUnsafe(ref y);
                fixed (short* pinned = &y) // the streaming stores take y's address as a pointer
                {
                    for (i = Streaming.ElementsToAlignment(ref y, (nuint)Vector128<byte>.Count); i + w <= n; i += w)
                    {
                        Streaming.Store(TOp.SelectHalfBits(HalfBits.Quiet(Vector128.LoadUnsafe(ref x, i))), ref y, i);
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
                    TOp.SelectHalfBits(HalfBits.Quiet(Vector128.LoadUnsafe(ref x, i))).StoreUnsafe(ref y, i);
                    TOp.SelectHalfBits(HalfBits.Quiet(Vector128.LoadUnsafe(ref x, i + w))).StoreUnsafe(ref y, i + w);
                    TOp.SelectHalfBits(HalfBits.Quiet(Vector128.LoadUnsafe(ref x, i + 2 * w))).StoreUnsafe(ref y, i + 2 * w);
                    TOp.SelectHalfBits(HalfBits.Quiet(Vector128.LoadUnsafe(ref x, i + 3 * w))).StoreUnsafe(ref y, i + 3 * w);
                    i += 4 * w;
                }
                while (i + 4 * w <= n);
            }

            for (; i + w <= n; i += w)
            {
                TOp.SelectHalfBits(HalfBits.Quiet(Vector128.LoadUnsafe(ref x, i))).StoreUnsafe(ref y, i);
            }

            if (i != n)
            {
                TOp.SelectHalfBits(HalfBits.Quiet(xLast)).StoreUnsafe(ref y, last);
            }
        }

        /// <summary>
        /// Stores y's first vector unaligned, then the vector at y's first aligned element, whose inputs are read before
        /// the first store (so in place, or with a read span that is y, nothing is read after it is written), and
        /// returns where the loops go on: every store from there is inside one cache line, and every load too where x
        /// is as far from alignment as y (in place, for one). <paramref name="head"/> (not 0) is y's first aligned
        /// element. Returns 0 if a per-channel role is read in place (its vectors must start at multiples of the width).
        /// Not inlined: its two bodies are run once per call. Optimized at once rather than tiered: whether a call aligns
        /// depends on its buffers, so a process may reach this long after start, and the tiered JIT then left it at Tier0
        /// (docs/design.md, "Generated code").
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static nuint AlignY128<TOp, T, TC>(nuint n, nuint head, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint w = (nuint)Vector128<TC>.Count;
            if (!VectorsStartAnywhere<TOp, T, TC>(in s, n))
            {
                return 0;
            }

            Vector128<TC> scaleV = Vector128.Create(s.ScaleValue), biasV = Vector128.Create(s.BiasValue), alphaV = Vector128.Create(s.AlphaValue), secondV = Vector128.Create(s.SecondValue);
            Vector128<TC> xHead = Lanes.Load128<T, TC>(ref x, head);
            Vector128<TC> scaleHead = Lanes.Operand128(TOp.Scale, ref s.Scale, Roles.At(TOp.Scale, head, s.ScalePeriod), scaleV);
            Vector128<TC> biasHead = Lanes.Operand128(TOp.Bias, ref s.Bias, Roles.At(TOp.Bias, head, s.BiasPeriod), biasV);
            Vector128<TC> residualHead = Lanes.Operand128(TOp.Residual, ref s.Residual, Roles.At(TOp.Residual, head, s.ResidualPeriod), default(Vector128<TC>));
            Vector128<TC> alphaHead = Lanes.Operand128(TOp.Alpha, ref s.Alpha, Roles.At(TOp.Alpha, head, s.AlphaPeriod), alphaV);
            Vector128<TC> multiplierHead = Lanes.Operand128(TOp.Multiplier, ref s.Multiplier, Roles.At(TOp.Multiplier, head, s.MultiplierPeriod), default(Vector128<TC>));
            Step128<TOp, T, TC>(ref x, ref y, ref pre, 0, ref s.Scale, 0, scaleV, ref s.Bias, 0, biasV, ref s.Residual, 0, ref s.Alpha, 0, alphaV, secondV, ref s.Multiplier, 0);
            Last128<TOp, T, TC>(ref y, ref pre, head, xHead, scaleHead, biasHead, residualHead, alphaHead, secondV, multiplierHead);
            return head + w;
        }

        /// <summary>One vector at <paramref name="i"/>: load, compute, store y (and z).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Step128<TOp, T, TC>(
            ref T x, ref T y, ref T pre, nuint i,
            ref T scale, nuint scaleAt, Vector128<TC> scaleV, ref T bias, nuint biasAt, Vector128<TC> biasV, ref T residual, nuint residualAt,
            ref T alpha, nuint alphaAt, Vector128<TC> alphaV, Vector128<TC> secondV, ref T multiplier, nuint multiplierAt)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            // The role loads are written out rather than through Lanes.Operand128, and the one a formula most likely
            // uses (bias in Pre, α in Post) is the last argument that is not a local: a call or a conditional in an
            // argument of Pre or Post is spilled to a temporary, and the JIT then no longer folds the load into the
            // arithmetic (prelu with α per channel at 4K took 1.38× the time of the previously inlined loops that way;
            // docs/design.md, "Generated code"). Half loads through Lanes: its widening is a call anyway.
            Vector128<TC> scaleOperand = TOp.Scale != OperandKind.Span ? scaleV : typeof(T) == typeof(Half) ? Lanes.Load128<T, TC>(ref scale, scaleAt) : Vector128.LoadUnsafe(ref Unsafe.As<T, TC>(ref scale), scaleAt);
            Vector128<TC> residualOperand = TOp.Residual != OperandKind.Span ? default : typeof(T) == typeof(Half) ? Lanes.Load128<T, TC>(ref residual, residualAt) : Vector128.LoadUnsafe(ref Unsafe.As<T, TC>(ref residual), residualAt);
            Vector128<TC> multiplierOperand = TOp.Multiplier != OperandKind.Span ? default : typeof(T) == typeof(Half) ? Lanes.Load128<T, TC>(ref multiplier, multiplierAt) : Vector128.LoadUnsafe(ref Unsafe.As<T, TC>(ref multiplier), multiplierAt);
            Vector128<TC> z = TOp.Pre(
                Lanes.Load128<T, TC>(ref x, i),
                scaleOperand,
                TOp.Bias != OperandKind.Span ? biasV : typeof(T) == typeof(Half) ? Lanes.Load128<T, TC>(ref bias, biasAt) : Vector128.LoadUnsafe(ref Unsafe.As<T, TC>(ref bias), biasAt),
                residualOperand);
            Vector128<TC> result = TOp.Post(
                z,
                TOp.Alpha != OperandKind.Span ? alphaV : typeof(T) == typeof(Half) ? Lanes.Load128<T, TC>(ref alpha, alphaAt) : Vector128.LoadUnsafe(ref Unsafe.As<T, TC>(ref alpha), alphaAt),
                secondV,
                multiplierOperand);
            Lanes.Store128(result, ref y, i);
            if (TOp.StoresPreactivation)
            {
                Lanes.Store128(z, ref pre, i);
            }
        }

        /// <summary>
        /// The remainder: one vector ending at the last element, from operands read before the loops. It is computed
        /// after them so that the loops' registers are not taken by its values.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Last128<TOp, T, TC>(
            ref T y, ref T pre, nuint last, Vector128<TC> x, Vector128<TC> scale, Vector128<TC> bias, Vector128<TC> residual, Vector128<TC> alpha, Vector128<TC> second, Vector128<TC> multiplier)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            Vector128<TC> z = TOp.Pre(x, scale, bias, residual);
            Lanes.Store128(TOp.Post(z, alpha, second, multiplier), ref y, last);
            if (TOp.StoresPreactivation)
            {
                Lanes.Store128(z, ref pre, last);
            }
        }
    }
}

using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The loops of every forward span kernel, written once (docs/design.md, "Generated code"): a generated kernel
    /// checks its arguments and calls <see cref="Run{TOp, T, TC}"/> with an <see cref="IActivationOperation{TC}"/>
    /// that holds its formula. The widest accelerated path that one vector fits is chosen (JIT-time constants);
    /// cheap bodies run the unrolled/streaming loops, vector-math bodies the prefetching ones
    /// (<see cref="IActivationOperation{TC}.Cheap"/>), each in a method of its own so that one's inlining never
    /// counts against the other's budget. Those methods are compiled optimized at their first call, never tiered: tiered,
    /// a kernel's first 0.4–0.8 s of calls ran many times slower (gelu at 4K 8 ns per element for most of that time,
    /// instead of 0.47; docs/design.md, "Generated code"; TieringTests).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class ActivationDriver
    {
        /// <summary>
        /// Vectors from which a piecewise loop first aligns y (one more vector of work): 16. Where x and y are equally far
        /// from alignment (in place, for one), every load and store then stays within one cache line: relu at 4K with
        /// both 16 bytes off a cache line took 0.72× the time of the inlined loops before the driver (benchmarks/Compare,
        /// COMPARE_X_OFFSET=4 COMPARE_Y_OFFSET=4); below about 256 floats the extra vector ate the gain.
        /// </summary>
        private const nuint AlignedFrom = 16;

        /// <summary>
        /// Elements from which a Half kernel runs its function's stages (where it does: <c>MathStaged512</c>): below, refilling
        /// and draining the pipeline (four vectors computed again in its tail) cost more than the stages save; measured
        /// (Zen 4, AVX-512, 2026-12-06), Half silu and sigmoid over 256 elements 2–11% slower staged, within ±4% at 512,
        /// 3–6% faster at 1,024 and 6–10% from 4K.
        /// </summary>
        private const nuint HalfStagesFrom = 512;

        /// <summary>
        /// Whether Half kernels run their function's stages with 64-byte vectors (<see cref="RunsHalfStages"/>): not on
        /// AMD from Zen 5, where Half's own loop was as fast or faster at every size (2026-12-07, N(0, 1), two builds
        /// alternating in both orders: silu and sigmoid 2–6% at 1K–64K, 1–4% at 1M, level at 16M; with 32-byte vectors
        /// the stages were still 2–3% faster there). A field rather than a constant so that tests run both loops on
        /// every machine: only the speed depends on it, never the bits.
        /// </summary>
        internal static bool HalfStagesWith64ByteVectors = !Processor.IsAmdZen5OrLater;

        /// <summary>Whether a Half call of <paramref name="n"/> elements on <paramref name="vectorBytes"/>-byte vectors runs its function's stages.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool RunsHalfStages(nuint n, nuint vectorBytes) => n >= HalfStagesFrom && (vectorBytes != 64 || HalfStagesWith64ByteVectors);

        /// <summary>
        /// The parameter of a float kernel's pipelined function (1 where it has none): the kernel's first runtime value where
        /// <see cref="IActivationOperation{TC}.PipelinedParameterAtRunTime"/>, else the constant
        /// <see cref="IActivationOperation{TC}.PipelinedParameter"/>, which the JIT folds into the stages.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static float StageParameter<TOp, T, TC>(scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            TOp.PipelinedParameterAtRunTime && typeof(TC) == typeof(float) ? Unsafe.As<TC, float>(ref Unsafe.AsRef(in s.AlphaValue)) : TOp.PipelinedParameter;

        /// <summary>
        /// Whether the staged loops keep four vectors in flight (docs/design.md, "Pipelined math"): with 32 vector registers
        /// (AVX-512, Arm64). With x86's 16 (AVX2 and older), four vectors' stages spilled to the stack and two are kept (silu
        /// on Vector256 at 4K: 1.20 ns per element four deep, 0.69 two deep, 0.81 whole).
        /// </summary>
        private static bool DeepPipeline => Avx512F.IsSupported || AdvSimd.Arm64.IsSupported;

        /// <summary>
        /// Whether a pipelined loop ends each vector with z loaded again from x instead of carried through the stages in
        /// <c>MathStage.D</c>: where z = x (no scale, bias or residual; T is the type computed in), and x there is not yet
        /// overwritten (stores trail loads by the pipeline's depth, in place included). Carried, z cost a register copy per
        /// vector in flight at every step, and the loops ran 3–15% slower (docs/design.md, "Pipelined math").
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool ReloadsZ<TOp, T, TC>()
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            typeof(T) == typeof(TC) && TOp.Scale == OperandKind.None && TOp.Bias == OperandKind.None && TOp.Residual == OperandKind.None;

        /// <summary>
        /// y = Post(Pre(x, scale, bias, residual), alpha, multiplier) for every element, z = Pre(…) also into
        /// <paramref name="preactivation"/> when the operation stores it. The caller has validated every argument
        /// (lengths, periods, overlaps) and passes a non-empty input; <paramref name="destination"/> may be the input.
        /// </summary>
        /// <remarks>
        /// Everything from the kernel's <c>Invoke</c> down to the call of one loop method is force-inlined, in pieces
        /// the JIT's inlining budget admits (docs/design.md, "Generated code"): a chain of force inlines from the root
        /// raises the budget by what each costs, but one method larger than the root's initial headroom is refused.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Run<TOp, T, TC>(ReadOnlySpan<T> input, Span<T> destination, Span<T> preactivation, scoped in ActivationOperands<T, TC> operands)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            // A JIT-time constant: kernels not declared Parallel have no trace of the block path.
            if (TOp.Parallel && input.Length >= ParallelBlocks.Grain(TOp.Cheap) && RunBlocks<TOp, T, TC>(input, destination, preactivation, in operands))
            {
                return;
            }

            RunCore<TOp, T, TC>(input, destination, preactivation, in operands, Streaming.Pays<T>((nuint)input.Length));
        }

        /// <summary>
        /// One block of the loops: the whole call, or one block of a split call. <paramref name="large"/> is the whole
        /// call's streaming/prefetch decision (<see cref="Streaming.Pays{T}"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static void RunCore<TOp, T, TC>(ReadOnlySpan<T> input, Span<T> destination, Span<T> preactivation, scoped in ActivationOperands<T, TC> operands, bool large)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
#if NET9_0_OR_GREATER
            // Not zeroed again: the JIT has zeroed its references in the prolog, and Read writes every field the loops read.
            Unsafe.SkipInit(out RoleSources<T, TC> s);
#else
            scoped RoleSources<T, TC> s = default;
#endif
            Read<TOp, T, TC>(ref s, in operands, large);

            // The rare path takes the roles as read, not the operands: passed on by reference, the operands would stay a
            // struct in this frame that the prolog zeroes on every call (docs/design.md, "Generated code").
            int length = input.Length;
            if (Roles.NeedsScratch<T>(TOp.Scale, s.ScalePeriod, length) || Roles.NeedsScratch<T>(TOp.Bias, s.BiasPeriod, length)
                || Roles.NeedsScratch<T>(TOp.Residual, s.ResidualPeriod, length) || Roles.NeedsScratch<T>(TOp.Alpha, s.AlphaPeriod, length)
                || Roles.NeedsScratch<T>(TOp.Multiplier, s.MultiplierPeriod, length))
            {
                RunExtended<TOp, T, TC>(input, destination, preactivation, in s);
                return;
            }

            Dispatch<TOp, T, TC>(input, destination, preactivation, in s);
        }

        /// <summary>
        /// <see cref="Run{TOp, T, TC}"/> when a per-channel role's period is not a multiple of every vector width, so its
        /// wrap-extended copy needs scratch: on the stack here, so that the common path has no stackalloc (whose stack
        /// cookie check every call would pay). The scratch is not zeroed: the copy writes every element it reads
        /// (<see cref="GradientDriver"/>'s scratch entry says what zeroing cost).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        [SkipLocalsInit]
        private static void RunExtended<TOp, T, TC>(ReadOnlySpan<T> input, Span<T> destination, Span<T> preactivation, scoped in RoleSources<T, TC> read)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            int length = input.Length;
            Span<T> scaleScratch = Roles.NeedsScratch<T>(TOp.Scale, read.ScalePeriod, length) ? stackalloc T[Broadcast.ScratchLength] : default;
            Span<T> biasScratch = Roles.NeedsScratch<T>(TOp.Bias, read.BiasPeriod, length) ? stackalloc T[Broadcast.ScratchLength] : default;
            Span<T> residualScratch = Roles.NeedsScratch<T>(TOp.Residual, read.ResidualPeriod, length) ? stackalloc T[Broadcast.ScratchLength] : default;
            Span<T> alphaScratch = Roles.NeedsScratch<T>(TOp.Alpha, read.AlphaPeriod, length) ? stackalloc T[Broadcast.ScratchLength] : default;
            Span<T> multiplierScratch = Roles.NeedsScratch<T>(TOp.Multiplier, read.MultiplierPeriod, length) ? stackalloc T[Broadcast.ScratchLength] : default;
            T[]? scaleRented = null, biasRented = null, residualRented = null, alphaRented = null, multiplierRented = null;
            scoped RoleSources<T, TC> s = read;
            s.Scale = ref Roles.Source(TOp.Scale, ref read.Scale, read.ScalePeriod, length, scaleScratch, ref scaleRented);
            s.Bias = ref Roles.Source(TOp.Bias, ref read.Bias, read.BiasPeriod, length, biasScratch, ref biasRented);
            s.Residual = ref Roles.Source(TOp.Residual, ref read.Residual, read.ResidualPeriod, length, residualScratch, ref residualRented);
            s.Alpha = ref Roles.Source(TOp.Alpha, ref read.Alpha, read.AlphaPeriod, length, alphaScratch, ref alphaRented);
            s.Multiplier = ref Roles.Source(TOp.Multiplier, ref read.Multiplier, read.MultiplierPeriod, length, multiplierScratch, ref multiplierRented);
            Dispatch<TOp, T, TC>(input, destination, preactivation, in s);
            Broadcast.Return(scaleRented);
            Broadcast.Return(biasRented);
            Broadcast.Return(residualRented);
            Broadcast.Return(alphaRented);
            Broadcast.Return(multiplierRented);
        }

        /// <summary>
        /// Reads the kernel's roles from their operands: a span role from the span itself (<see cref="RunExtended"/> then
        /// replaces those that need a wrap-extended copy), a value role's value.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Read<TOp, T, TC>(ref RoleSources<T, TC> s, scoped in ActivationOperands<T, TC> operands, bool large)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            // Only the fields of the kernel's own roles, which are all the loops read: every store here is paid per call (so
            // is a read of an operand's value the caller just zeroed with a wide store, which stalls store forwarding).
            if (TOp.Scale == OperandKind.Span)
            {
                s.Scale = ref MemoryMarshal.GetReference(operands.Scale);
                s.ScalePeriod = (nuint)operands.Scale.Length;
            }
            else if (TOp.Scale == OperandKind.Value)
            {
                s.ScaleValue = operands.ScaleValue;
            }

            if (TOp.Bias == OperandKind.Span)
            {
                s.Bias = ref MemoryMarshal.GetReference(operands.Bias);
                s.BiasPeriod = (nuint)operands.Bias.Length;
            }
            else if (TOp.Bias == OperandKind.Value)
            {
                s.BiasValue = operands.BiasValue;
            }

            if (TOp.Residual == OperandKind.Span)
            {
                s.Residual = ref MemoryMarshal.GetReference(operands.Residual);
                s.ResidualPeriod = (nuint)operands.Residual.Length;
            }

            Roles.ReadAlphaAndMultiplier(TOp.Alpha, TOp.Multiplier, ref s, in operands);
            s.Large = large;
        }

        /// <summary>
        /// Whether a large call may store y past the cache: only where y's lines are not in the cache already, so not in
        /// place, nor when another read span is y, nor with a preactivation output.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool MayStreamY<TOp, T, TC>(ref T x, ref T y, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            !TOp.StoresPreactivation && !Unsafe.AreSame(ref x, ref y)
            && Roles.Distinct(TOp.Scale, ref s.Scale, ref y) && Roles.Distinct(TOp.Bias, ref s.Bias, ref y) && Roles.Distinct(TOp.Residual, ref s.Residual, ref y)
            && Roles.Distinct(TOp.Alpha, ref s.Alpha, ref y) && Roles.Distinct(TOp.Multiplier, ref s.Multiplier, ref y);

        /// <summary>
        /// Whether a call's vectors may start at any element (<see cref="Roles.AnyCursor"/> for every role): not when a
        /// per-channel role is read in place, whose vectors must start at multiples of the width.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool VectorsStartAnywhere<TOp, T, TC>(scoped in RoleSources<T, TC> s, nuint n)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged =>
            Roles.AnyCursor<T>(TOp.Scale, s.ScalePeriod, n) && Roles.AnyCursor<T>(TOp.Bias, s.BiasPeriod, n)
            && Roles.AnyCursor<T>(TOp.Residual, s.ResidualPeriod, n) && Roles.AnyCursor<T>(TOp.Alpha, s.AlphaPeriod, n)
            && Roles.AnyCursor<T>(TOp.Multiplier, s.MultiplierPeriod, n);

        /// <summary>Runs the loops of the widest accelerated path that one vector fits.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Dispatch<TOp, T, TC>(ReadOnlySpan<T> input, Span<T> destination, Span<T> preactivation, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint n = (nuint)input.Length;
            ref T x = ref MemoryMarshal.GetReference(input);
            ref T y = ref MemoryMarshal.GetReference(destination);
            if (typeof(T) == typeof(Half) && TOp.SelectsHalfBits)
            {
                SelectHalf<TOp, TC>(n, ref Unsafe.As<T, short>(ref x), ref Unsafe.As<T, short>(ref y), s.Large);
                return;
            }

            ref T pre = ref MemoryMarshal.GetReference(preactivation);
            if (Vector512.IsHardwareAccelerated && n >= (nuint)Vector512<TC>.Count)
            {
                if (TOp.Cheap)
                {
                    Cheap512<TOp, T, TC>(n, ref x, ref y, ref pre, in s, Start512<TOp, T, TC>(n, ref x, ref y, ref pre, in s));
                }
                else
                {
                    MathStaged512<TOp, T, TC>(n, ref x, ref y, ref pre, in s);
                }
            }
            else if (Vector256.IsHardwareAccelerated && n >= (nuint)Vector256<TC>.Count)
            {
                if (TOp.Cheap)
                {
                    Cheap256<TOp, T, TC>(n, ref x, ref y, ref pre, in s, Start256<TOp, T, TC>(n, ref x, ref y, ref pre, in s));
                }
                else
                {
                    MathStaged256<TOp, T, TC>(n, ref x, ref y, ref pre, in s);
                }
            }
            else if (Vector128.IsHardwareAccelerated && n >= (nuint)Vector128<TC>.Count)
            {
                if (TOp.Cheap)
                {
                    Cheap128<TOp, T, TC>(n, ref x, ref y, ref pre, in s, Start128<TOp, T, TC>(n, ref x, ref y, ref pre, in s));
                }
                else
                {
                    MathStaged128<TOp, T, TC>(n, ref x, ref y, ref pre, in s);
                }
            }
            else
            {
                Scalar<TOp, T, TC>(n, ref x, ref y, ref pre, in s);
            }
        }

        /// <summary>
        /// A Half kernel that <see cref="IActivationOperation{TC}.SelectsHalfBits"/>: on the 16-bit patterns, on the
        /// widest accelerated path that one vector of them fits (32 per Vector512), no conversion.
        /// </summary>
        private static void SelectHalf<TOp, TC>(nuint n, ref short x, ref short y, bool large)
            where TOp : struct, IActivationOperation<TC>
            where TC : unmanaged
        {
            if (Vector512.IsHardwareAccelerated && n >= (nuint)Vector512<short>.Count)
            {
                SelectHalf512<TOp, TC>(n, ref x, ref y, large);
            }
            else if (Vector256.IsHardwareAccelerated && n >= (nuint)Vector256<short>.Count)
            {
                SelectHalf256<TOp, TC>(n, ref x, ref y, large);
            }
            else if (Vector128.IsHardwareAccelerated && n >= (nuint)Vector128<short>.Count)
            {
                SelectHalf128<TOp, TC>(n, ref x, ref y, large);
            }
            else
            {
                for (nuint i = 0; i < n; i++)
                {
                    Unsafe.Add(ref y, i) = TOp.SelectHalfBits(HalfBits.Quiet(Unsafe.Add(ref x, i)));
                }
            }
        }

        /// <summary>One element at a time: no vector path is accelerated, or the input is shorter than one vector.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void Scalar<TOp, T, TC>(nuint n, ref T x, ref T y, ref T pre, scoped in RoleSources<T, TC> s)
            where TOp : struct, IActivationOperation<TC>
            where T : unmanaged
            where TC : unmanaged
        {
            nuint scaleAt = 0, biasAt = 0, residualAt = 0, alphaAt = 0, multiplierAt = 0;
            for (nuint i = 0; i < n; i++)
            {
                TC z = TOp.Pre(
                    Lanes.Load<T, TC>(ref x, i),
                    Roles.Operand(TOp.Scale, ref s.Scale, scaleAt, s.ScaleValue),
                    Roles.Operand(TOp.Bias, ref s.Bias, biasAt, s.BiasValue),
                    Roles.Operand(TOp.Residual, ref s.Residual, residualAt, default(TC)));
                Lanes.Store(TOp.Post(z, Roles.Operand(TOp.Alpha, ref s.Alpha, alphaAt, s.AlphaValue), s.SecondValue, Roles.Operand(TOp.Multiplier, ref s.Multiplier, multiplierAt, default(TC))), ref y, i);
                if (TOp.StoresPreactivation)
                {
                    Lanes.Store(z, ref pre, i);
                }

                scaleAt = Roles.Advance(TOp.Scale, scaleAt, 1, s.ScalePeriod);
                biasAt = Roles.Advance(TOp.Bias, biasAt, 1, s.BiasPeriod);
                residualAt = Roles.Advance(TOp.Residual, residualAt, 1, s.ResidualPeriod);
                alphaAt = Roles.Advance(TOp.Alpha, alphaAt, 1, s.AlphaPeriod);
                multiplierAt = Roles.Advance(TOp.Multiplier, multiplierAt, 1, s.MultiplierPeriod);
            }
        }
    }
}

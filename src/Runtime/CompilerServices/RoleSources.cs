using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// Where a driver's loops read each role from: a span role's first element (its wrap-extended copy when per
    /// channel, <see cref="Broadcast.Source{T}"/>) and period, or a value role's value. The fields of a role the
    /// kernel does not have are never read (every use is under the role's kind, a JIT-time constant), so the common
    /// path leaves them unwritten.
    /// Gradients add the reductions' accumulators.
    /// </summary>
    internal ref struct RoleSources<T, TC>
        where T : unmanaged
        where TC : unmanaged
    {
        public ref T Scale;
        public nuint ScalePeriod;
        public TC ScaleValue;
        public ref T Bias;
        public nuint BiasPeriod;
        public TC BiasValue;
        public ref T Residual;
        public nuint ResidualPeriod;
        public ref T Alpha;
        public nuint AlphaPeriod;
        public TC AlphaValue;
        public TC SecondValue;
        public ref T Multiplier;
        public nuint MultiplierPeriod;

        /// <summary>
        /// Whether the whole call is large enough to stream its stores and prefetch its inputs
        /// (<see cref="Streaming.Pays{T}"/> of the whole call's length, also when these loops run one block of it:
        /// <see cref="ParallelBlocks"/>).
        /// </summary>
        public bool Large;

        /// <summary>Gradients: the double accumulator of dbias (wrap-extended, <see cref="Reductions.Accumulator"/>) and its period.</summary>
        public ref double BiasSum;
        public nuint BiasSumPeriod;
        public ref double AlphaSum;
        public nuint AlphaSumPeriod;
    }

    /// <summary>The drivers' per-role helpers; the kind is a JIT-time constant, so each folds to one branch.</summary>
    internal static class Roles
    {
        /// <summary>
        /// Writes the fields of α and the multiplier, the roles both drivers have, into <paramref name="s"/>: only for the
        /// kinds the kernel has (the drivers' <c>Read</c> says why).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void ReadAlphaAndMultiplier<T, TC>(OperandKind alpha, OperandKind multiplier, ref RoleSources<T, TC> s, scoped in ActivationOperands<T, TC> operands)
            where T : unmanaged
            where TC : unmanaged
        {
            if (alpha == OperandKind.Span)
            {
                s.Alpha = ref MemoryMarshal.GetReference(operands.Alpha);
                s.AlphaPeriod = (nuint)operands.Alpha.Length;
            }
            else if (alpha == OperandKind.Value)
            {
                s.AlphaValue = operands.AlphaValue;
                // A second runtime value travels only beside a value α (docs/design.md, "Activations by name").
                s.SecondValue = operands.SecondValue;
            }

            if (multiplier == OperandKind.Span)
            {
                s.Multiplier = ref MemoryMarshal.GetReference(operands.Multiplier);
                s.MultiplierPeriod = (nuint)operands.Multiplier.Length;
            }
        }

        /// <summary>
        /// The first element the loops read a role from: the span itself (<paramref name="role"/>, <paramref name="period"/>
        /// elements) when element-wise, else its wrap-extended copy in <paramref name="scratch"/> or a pooled array
        /// (<paramref name="rented"/>, returned by the caller).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ref T Source<T>(OperandKind kind, ref T role, nuint period, int length, Span<T> scratch, ref T[]? rented)
            where T : unmanaged
        {
            if (kind != OperandKind.Span)
            {
                return ref Unsafe.NullRef<T>();
            }

            // The span itself unless it needs its wrap-extended copy: tested here, so that the common case makes no call.
            return ref Broadcast.NeedsExtension<T>((int)period, length)
                ? ref MemoryMarshal.GetReference(Broadcast.Source(MemoryMarshal.CreateReadOnlySpan(ref role, (int)period), length, scratch, ref rented))
                : ref role;
        }

        /// <summary>Whether a role of <paramref name="period"/> elements needs stack scratch for its wrap-extended copy.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool NeedsScratch<T>(OperandKind kind, nuint period, int length) =>
            kind == OperandKind.Span && Broadcast.NeedsExtension<T>((int)period, length);

        /// <summary>
        /// A role's cursor at element <paramref name="index"/>: <c>index % period</c>, outside the loops, dividing only when
        /// index ≥ period (a 64-bit division per role and call showed in the per-call cost of small calls).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint At(OperandKind kind, nuint index, nuint period) =>
            kind == OperandKind.Span ? (index < period ? index : index % period) : 0;

        /// <summary>
        /// The cursor of the overlapping last vector, at element n − <paramref name="w"/>: a span role's period divides n
        /// (<see cref="Broadcast.Period{T}"/>; a parallel block is whole periods), so it is period − w when the period is at
        /// least w, with no division.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint AtLast(OperandKind kind, nuint n, nuint w, nuint period) =>
            kind == OperandKind.Span ? (period >= w ? period - w : (n - w) % period) : 0;

        /// <summary>How far a role's cursor moves per step of <paramref name="elements"/>, modulo its period (as <see cref="At"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint Step(OperandKind kind, nuint elements, nuint period) => At(kind, elements, period);

        /// <summary>The cursor one step on: an add and a compare, no division per vector.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint Advance(OperandKind kind, nuint at, nuint step, nuint period) =>
            kind == OperandKind.Span ? Broadcast.Next(at, step, period) : 0;

        /// <summary>A reduction's cursor one step on; no work at all for a reduction the kernel does not have.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static nuint Advance(bool sums, nuint at, nuint step, nuint period) =>
            sums ? Broadcast.Next(at, step, period) : 0;

        /// <summary>
        /// Whether a role's vectors may start at any element: not for a per-channel span read in place, whose vectors
        /// must start at multiples of the vector width (an element-wise role, or one read through a wrap-extended copy,
        /// can be read anywhere).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool AnyCursor<T>(OperandKind kind, nuint period, nuint n) =>
            kind != OperandKind.Span || period == n || Broadcast.NeedsExtension<T>((int)period, (int)n);

        /// <summary>Whether no role of the operation is a span: x is the only input read per element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool NoSpan<TOp, TC>()
            where TOp : struct, IActivationOperation<TC>
            where TC : unmanaged =>
            TOp.Scale != OperandKind.Span && TOp.Bias != OperandKind.Span && TOp.Residual != OperandKind.Span
            && TOp.Alpha != OperandKind.Span && TOp.Multiplier != OperandKind.Span;

        /// <summary>Whether a role is a span as long as the call (element-wise), which streams from memory beside x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool ElementWise(OperandKind kind, nuint period, nuint n) => kind == OperandKind.Span && period == n;

        /// <summary>Whether a role is not read from <paramref name="written"/> (per-channel roles never are: the guards forbid any overlap).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Distinct<T>(OperandKind kind, ref T source, ref T written) =>
            kind != OperandKind.Span || !Unsafe.AreSame(ref source, ref written);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Prefetch<T>(OperandKind kind, ref T source, nuint at)
            where T : unmanaged
        {
            if (kind == OperandKind.Span)
            {
                Streaming.PrefetchAhead(ref source, at);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TC Operand<T, TC>(OperandKind kind, ref T source, nuint at, TC value)
            where T : unmanaged
            where TC : unmanaged =>
            kind == OperandKind.Span ? Lanes.Load<T, TC>(ref source, at) : value;
    }
}

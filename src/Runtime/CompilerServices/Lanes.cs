using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The drivers' loads and stores: spans of T read as vectors of the compute type TC and written back. For Half
    /// a vector of float is loaded widened and stored narrowed (<see cref="HalfVector"/>: computed in float, rounded
    /// once), so Half runs every path; otherwise T is TC. The <c>typeof</c> tests are JIT-time constants.
    /// </summary>
    internal static class Lanes
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsHalf<T>() => typeof(T) == typeof(Half);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TC Load<T, TC>(ref T source, nuint index)
            where T : unmanaged
            where TC : unmanaged
        {
            if (IsHalf<T>())
            {
                float value = (float)Unsafe.Add(ref Unsafe.As<T, Half>(ref source), index);
                return Unsafe.As<float, TC>(ref value);
            }

            return Unsafe.Add(ref Unsafe.As<T, TC>(ref source), index);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store<T, TC>(TC value, ref T destination, nuint index)
            where T : unmanaged
            where TC : unmanaged
        {
            if (IsHalf<T>())
            {
                Unsafe.Add(ref Unsafe.As<T, Half>(ref destination), index) = (Half)Unsafe.As<TC, float>(ref value);
            }
            else
            {
                Unsafe.Add(ref Unsafe.As<T, TC>(ref destination), index) = value;
            }
        }

        /// <summary>A scalar term widened to double for a reduction (TC is float or double).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double ToDouble<TC>(TC value)
            where TC : unmanaged =>
            typeof(TC) == typeof(float) ? Unsafe.As<TC, float>(ref value) : Unsafe.As<TC, double>(ref value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<TC> Load512<T, TC>(ref T source, nuint index)
            where T : unmanaged
            where TC : unmanaged =>
            IsHalf<T>()
                ? HalfVector.Load512(ref Unsafe.As<T, Half>(ref source), index).As<float, TC>()
                : Vector512.LoadUnsafe(ref Unsafe.As<T, TC>(ref source), index);

        /// <summary>A role's operand: loaded at its cursor when a span, else the value broadcast once per call.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<TC> Operand512<T, TC>(OperandKind kind, ref T source, nuint at, Vector512<TC> value)
            where T : unmanaged
            where TC : unmanaged =>
            kind == OperandKind.Span ? Load512<T, TC>(ref source, at) : value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store512<T, TC>(Vector512<TC> value, ref T destination, nuint index)
            where T : unmanaged
            where TC : unmanaged
        {
            if (IsHalf<T>())
            {
                HalfVector.Store(value.As<TC, float>(), ref Unsafe.As<T, Half>(ref destination), index);
            }
            else
            {
                Vector512.StoreUnsafe(value, ref Unsafe.As<T, TC>(ref destination), index);
            }
        }

        /// <summary>A streaming store (<see cref="Streaming"/>): the caller pins <paramref name="destination"/> around its loop.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreNonTemporal512<T, TC>(Vector512<TC> value, ref T destination, nuint index)
            where T : unmanaged
            where TC : unmanaged
        {
            if (IsHalf<T>())
            {
                HalfVector.StoreNonTemporal(value.As<TC, float>(), ref Unsafe.As<T, Half>(ref destination), index);
            }
            else
            {
                Streaming.Store(value, ref Unsafe.As<T, TC>(ref destination), index);
            }
        }

        /// <summary>Adds a vector of per-element terms (float widened) into a double accumulator at <paramref name="at"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Sum512<TC>(ref double accumulator, nuint at, Vector512<TC> value)
            where TC : unmanaged
        {
            if (typeof(TC) == typeof(float))
            {
                Reductions.Add(ref accumulator, at, value.As<TC, float>());
            }
            else
            {
                Reductions.Add(ref accumulator, at, value.As<TC, double>());
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<TC> Load256<T, TC>(ref T source, nuint index)
            where T : unmanaged
            where TC : unmanaged =>
            IsHalf<T>()
                ? HalfVector.Load256(ref Unsafe.As<T, Half>(ref source), index).As<float, TC>()
                : Vector256.LoadUnsafe(ref Unsafe.As<T, TC>(ref source), index);

        /// <summary>A role's operand: loaded at its cursor when a span, else the value broadcast once per call.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<TC> Operand256<T, TC>(OperandKind kind, ref T source, nuint at, Vector256<TC> value)
            where T : unmanaged
            where TC : unmanaged =>
            kind == OperandKind.Span ? Load256<T, TC>(ref source, at) : value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store256<T, TC>(Vector256<TC> value, ref T destination, nuint index)
            where T : unmanaged
            where TC : unmanaged
        {
            if (IsHalf<T>())
            {
                HalfVector.Store(value.As<TC, float>(), ref Unsafe.As<T, Half>(ref destination), index);
            }
            else
            {
                Vector256.StoreUnsafe(value, ref Unsafe.As<T, TC>(ref destination), index);
            }
        }

        /// <summary>A streaming store (<see cref="Streaming"/>): the caller pins <paramref name="destination"/> around its loop.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreNonTemporal256<T, TC>(Vector256<TC> value, ref T destination, nuint index)
            where T : unmanaged
            where TC : unmanaged
        {
            if (IsHalf<T>())
            {
                HalfVector.StoreNonTemporal(value.As<TC, float>(), ref Unsafe.As<T, Half>(ref destination), index);
            }
            else
            {
                Streaming.Store(value, ref Unsafe.As<T, TC>(ref destination), index);
            }
        }

        /// <inheritdoc cref="Sum512{TC}"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Sum256<TC>(ref double accumulator, nuint at, Vector256<TC> value)
            where TC : unmanaged
        {
            if (typeof(TC) == typeof(float))
            {
                Reductions.Add(ref accumulator, at, value.As<TC, float>());
            }
            else
            {
                Reductions.Add(ref accumulator, at, value.As<TC, double>());
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<TC> Load128<T, TC>(ref T source, nuint index)
            where T : unmanaged
            where TC : unmanaged =>
            IsHalf<T>()
                ? HalfVector.Load128(ref Unsafe.As<T, Half>(ref source), index).As<float, TC>()
                : Vector128.LoadUnsafe(ref Unsafe.As<T, TC>(ref source), index);

        /// <summary>A role's operand: loaded at its cursor when a span, else the value broadcast once per call.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<TC> Operand128<T, TC>(OperandKind kind, ref T source, nuint at, Vector128<TC> value)
            where T : unmanaged
            where TC : unmanaged =>
            kind == OperandKind.Span ? Load128<T, TC>(ref source, at) : value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store128<T, TC>(Vector128<TC> value, ref T destination, nuint index)
            where T : unmanaged
            where TC : unmanaged
        {
            if (IsHalf<T>())
            {
                HalfVector.Store(value.As<TC, float>(), ref Unsafe.As<T, Half>(ref destination), index);
            }
            else
            {
                Vector128.StoreUnsafe(value, ref Unsafe.As<T, TC>(ref destination), index);
            }
        }

        /// <summary>A streaming store (<see cref="Streaming"/>): the caller pins <paramref name="destination"/> around its loop.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreNonTemporal128<T, TC>(Vector128<TC> value, ref T destination, nuint index)
            where T : unmanaged
            where TC : unmanaged
        {
            if (IsHalf<T>())
            {
                HalfVector.StoreNonTemporal(value.As<TC, float>(), ref Unsafe.As<T, Half>(ref destination), index);
            }
            else
            {
                Streaming.Store(value, ref Unsafe.As<T, TC>(ref destination), index);
            }
        }

        /// <inheritdoc cref="Sum512{TC}"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Sum128<TC>(ref double accumulator, nuint at, Vector128<TC> value)
            where TC : unmanaged
        {
            if (typeof(TC) == typeof(float))
            {
                Reductions.Add(ref accumulator, at, value.As<TC, float>());
            }
            else
            {
                Reductions.Add(ref accumulator, at, value.As<TC, double>());
            }
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>Lane constants and across-lane reductions of the row loops (once per block or row, not per element).</summary>
    internal static class RowLanes
    {
        public static Vector512<float> Indices512() => Vector512.Create(0f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

        public static Vector256<float> Indices256() => Vector256.Create(0f, 1, 2, 3, 4, 5, 6, 7);

        public static Vector128<float> Indices128() => Vector128.Create(0f, 1, 2, 3);

        public static Vector512<double> DoubleIndices512() => Vector512.Create(0d, 1, 2, 3, 4, 5, 6, 7);

        public static Vector256<double> DoubleIndices256() => Vector256.Create(0d, 1, 2, 3);

        public static Vector128<double> DoubleIndices128() => Vector128.Create(0d, 1);

        public static double MaxAcross(Vector512<float> v) => MaxAcross(Simd.Max(v.GetLower(), v.GetUpper()));

        public static double MaxAcross(Vector256<float> v) => MaxAcross(Simd.Max(v.GetLower(), v.GetUpper()));

        public static double MaxAcross(Vector128<float> v)
        {
            float max = v.GetElement(0);
            for (int i = 1; i < Vector128<float>.Count; i++)
            {
                max = Simd.Max(v.GetElement(i), max);
            }

            return max;
        }

        /// <summary>The largest lane of a float vector without NaN, by halving (a few shuffles, inlined: once per row).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float MaxAcrossF(Vector512<float> v) => MaxAcrossF(Simd.Max(v.GetLower(), v.GetUpper()));

        /// <inheritdoc cref="MaxAcrossF(Vector512{float})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float MaxAcrossF(Vector256<float> v) => MaxAcrossF(Simd.Max(v.GetLower(), v.GetUpper()));

        /// <inheritdoc cref="MaxAcrossF(Vector512{float})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float MaxAcrossF(Vector128<float> v)
        {
            v = Simd.Max(v, Vector128.Shuffle(v, Vector128.Create(2, 3, 0, 1)));
            v = Simd.Max(v, Vector128.Shuffle(v, Vector128.Create(1, 0, 3, 2)));
            return v.ToScalar();
        }

        public static double MaxAcross(Vector512<double> v) => MaxAcross(Simd.Max(v.GetLower(), v.GetUpper()));

        public static double MaxAcross(Vector256<double> v) => MaxAcross(Simd.Max(v.GetLower(), v.GetUpper()));

        public static double MaxAcross(Vector128<double> v) => Simd.Max(v.GetElement(1), v.GetElement(0));

        /// <summary>The lanes' sum by halving (a few shuffles, inlined: once per row).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SumAcross(Vector512<double> v) => SumAcross(v.GetLower() + v.GetUpper());

        /// <inheritdoc cref="SumAcross(Vector512{double})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SumAcross(Vector256<double> v) => SumAcross(v.GetLower() + v.GetUpper());

        /// <inheritdoc cref="SumAcross(Vector512{double})"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SumAcross(Vector128<double> v) => v.ToScalar() + v.GetElement(1);

        /// <summary>The lanes' sum, each lane widened to double first.</summary>
        public static double SumAcross(Vector512<float> v) => Vector512.Sum(Vector512.WidenLower(v)) + Vector512.Sum(Vector512.WidenUpper(v));

        /// <inheritdoc cref="SumAcross(Vector512{float})"/>
        public static double SumAcross(Vector256<float> v) => Vector256.Sum(Vector256.WidenLower(v)) + Vector256.Sum(Vector256.WidenUpper(v));

        /// <inheritdoc cref="SumAcross(Vector512{float})"/>
        public static double SumAcross(Vector128<float> v) => Vector128.Sum(Vector128.WidenLower(v)) + Vector128.Sum(Vector128.WidenUpper(v));
    }
}

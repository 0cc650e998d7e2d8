using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    // The three widths below are the same text with 512 replaced by 256 and 128.
    /// <summary>Row sums of double kernels at this width: a compensated (Neumaier) sum per lane, S + C.</summary>
    internal struct DoubleSum512
    {
        public Vector512<double> S;
        public Vector512<double> C;
    }

    /// <summary>Double row arithmetic on Vector512 (VectorMath.Exp, compensated sums).</summary>
    internal readonly struct DoubleRow512 : IRowMath<double, Vector512<double>, DoubleSum512>
    {
        private static readonly Vector512<double> LaneIndex = RowLanes.DoubleIndices512();

        public static int Count => Vector512<double>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Splat(double value) => Vector512.Create(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double value) => value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Pre<TOp>(in TOp op, Vector512<double> x, Vector512<double> bias)
            where TOp : struct, IRowOperation<double> => op.Invoke(x, bias);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Max(Vector512<double> running, Vector512<double> v) => Simd.Max(v, running);

        public static double MaxAcross(Vector512<double> v) => RowLanes.MaxAcross(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Ordered(Vector512<double> ordered, Vector512<double> v) => ordered & Vector512.Equals(v, v);

        public static Vector512<double> AllOrdered => Vector512<double>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsAllOrdered(Vector512<double> ordered) => ordered.AsInt64() == Vector512<long>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> HeadTo(Vector512<double> v, int lanes, double value) =>
            Vector512.ConditionalSelect(Vector512.LessThan(LaneIndex, Vector512.Create((double)lanes)), Vector512.Create(value), v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddExp(ref DoubleSum512 acc, Vector512<double> z, Vector512<double> negM)
        {
            Vector512<double> e = ExpOfDifference(z, negM);
            Vector512<double> s = acc.S + e;
            Vector512<double> bp = s - acc.S;
            acc.C += (acc.S - (s - bp)) + (e - bp);
            acc.S = s;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> ExpOf(Vector512<double> z, Vector512<double> negM) => ExpOfDifference(z, negM);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Times(Vector512<double> e, Vector512<double> fh, Vector512<double> fl) => V512.Fma(e, fh, e * fl);

        public static void Rescale(ref DoubleSum512 acc, double factor)
        {
            acc.S *= Vector512.Create(factor);
            acc.C *= Vector512.Create(factor);
        }

        public static (double Hi, double Lo) Total(in DoubleSum512 acc)
        {
            double hi = 0, lo = Vector512.Sum(acc.C);
            for (int i = 0; i < Vector512<double>.Count; i++)
            {
                double e = acc.S.GetElement(i), s = hi + e, bp = s - hi;
                lo += (hi - (s - bp)) + (e - bp);
                hi = s;
            }

            return (hi, lo);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Softmax(Vector512<double> z, Vector512<double> negM, Vector512<double> rh, Vector512<double> rl)
        {
            Vector512<double> e = ExpOfDifference(z, negM);
            return V512.Fma(e, rh, e * rl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> LogSoftmax(Vector512<double> z, Vector512<double> ch, Vector512<double> cl) => (z - ch) - cl;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddProduct(ref DoubleSum512 acc, Vector512<double> a, Vector512<double> b)
        {
            // Compensated like the forward sums: the product's exact rounding error and the addition's go into C.
            Vector512<double> p = a * b;
            acc.C += V512.Fma(a, b, -p);
            AddSum(ref acc, p);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddSum(ref DoubleSum512 acc, Vector512<double> a)
        {
            Vector512<double> s = acc.S + a;
            Vector512<double> bp = s - acc.S;
            acc.C += (acc.S - (s - bp)) + (a - bp);
            acc.S = s;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> SoftmaxGradient(Vector512<double> y, Vector512<double> dy, double s) => y * (dy - Vector512.Create(s));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> LogSoftmaxGradient(Vector512<double> y, Vector512<double> dy, double s) => V512.Fnma(VectorMath.Exp(y), Vector512.Create(s), dy);

        /// <summary>e^(z − m) with z − m carried as a double-double (TwoSum): e^(dh + dl) = e^dh·(1 + dl).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> ExpOfDifference(Vector512<double> z, Vector512<double> negM)
        {
            Vector512<double> dh = z + negM;
            Vector512<double> bp = dh - z;
            Vector512<double> dl = (z - (dh - bp)) + (negM - bp);
            // dl is NaN where z is −∞ (masked; e^dh is 0 there): the select keeps the lanes where it is small and finite.
            dl = Vector512.ConditionalSelect(Vector512.LessThan(Vector512.Abs(dl), Vector512.Create(1e-10)), dl, Vector512<double>.Zero);
            Vector512<double> e = VectorMath.Exp(dh);
            return V512.Fma(e, dl, e);
        }
    }

    /// <summary>Row sums of double kernels at this width: a compensated (Neumaier) sum per lane, S + C.</summary>
    internal struct DoubleSum256
    {
        public Vector256<double> S;
        public Vector256<double> C;
    }

    /// <summary>Double row arithmetic on Vector256 (VectorMath.Exp, compensated sums).</summary>
    internal readonly struct DoubleRow256 : IRowMath<double, Vector256<double>, DoubleSum256>
    {
        private static readonly Vector256<double> LaneIndex = RowLanes.DoubleIndices256();

        public static int Count => Vector256<double>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Splat(double value) => Vector256.Create(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double value) => value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Pre<TOp>(in TOp op, Vector256<double> x, Vector256<double> bias)
            where TOp : struct, IRowOperation<double> => op.Invoke(x, bias);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Max(Vector256<double> running, Vector256<double> v) => Simd.Max(v, running);

        public static double MaxAcross(Vector256<double> v) => RowLanes.MaxAcross(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Ordered(Vector256<double> ordered, Vector256<double> v) => ordered & Vector256.Equals(v, v);

        public static Vector256<double> AllOrdered => Vector256<double>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsAllOrdered(Vector256<double> ordered) => ordered.AsInt64() == Vector256<long>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> HeadTo(Vector256<double> v, int lanes, double value) =>
            Vector256.ConditionalSelect(Vector256.LessThan(LaneIndex, Vector256.Create((double)lanes)), Vector256.Create(value), v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddExp(ref DoubleSum256 acc, Vector256<double> z, Vector256<double> negM)
        {
            Vector256<double> e = ExpOfDifference(z, negM);
            Vector256<double> s = acc.S + e;
            Vector256<double> bp = s - acc.S;
            acc.C += (acc.S - (s - bp)) + (e - bp);
            acc.S = s;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> ExpOf(Vector256<double> z, Vector256<double> negM) => ExpOfDifference(z, negM);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Times(Vector256<double> e, Vector256<double> fh, Vector256<double> fl) => V256.Fma(e, fh, e * fl);

        public static void Rescale(ref DoubleSum256 acc, double factor)
        {
            acc.S *= Vector256.Create(factor);
            acc.C *= Vector256.Create(factor);
        }

        public static (double Hi, double Lo) Total(in DoubleSum256 acc)
        {
            double hi = 0, lo = Vector256.Sum(acc.C);
            for (int i = 0; i < Vector256<double>.Count; i++)
            {
                double e = acc.S.GetElement(i), s = hi + e, bp = s - hi;
                lo += (hi - (s - bp)) + (e - bp);
                hi = s;
            }

            return (hi, lo);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Softmax(Vector256<double> z, Vector256<double> negM, Vector256<double> rh, Vector256<double> rl)
        {
            Vector256<double> e = ExpOfDifference(z, negM);
            return V256.Fma(e, rh, e * rl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> LogSoftmax(Vector256<double> z, Vector256<double> ch, Vector256<double> cl) => (z - ch) - cl;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddProduct(ref DoubleSum256 acc, Vector256<double> a, Vector256<double> b)
        {
            // Compensated like the forward sums: the product's exact rounding error and the addition's go into C.
            Vector256<double> p = a * b;
            acc.C += V256.Fma(a, b, -p);
            AddSum(ref acc, p);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddSum(ref DoubleSum256 acc, Vector256<double> a)
        {
            Vector256<double> s = acc.S + a;
            Vector256<double> bp = s - acc.S;
            acc.C += (acc.S - (s - bp)) + (a - bp);
            acc.S = s;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> SoftmaxGradient(Vector256<double> y, Vector256<double> dy, double s) => y * (dy - Vector256.Create(s));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> LogSoftmaxGradient(Vector256<double> y, Vector256<double> dy, double s) => V256.Fnma(VectorMath.Exp(y), Vector256.Create(s), dy);

        /// <summary>e^(z − m) with z − m carried as a double-double (TwoSum): e^(dh + dl) = e^dh·(1 + dl).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> ExpOfDifference(Vector256<double> z, Vector256<double> negM)
        {
            Vector256<double> dh = z + negM;
            Vector256<double> bp = dh - z;
            Vector256<double> dl = (z - (dh - bp)) + (negM - bp);
            // dl is NaN where z is −∞ (masked; e^dh is 0 there): the select keeps the lanes where it is small and finite.
            dl = Vector256.ConditionalSelect(Vector256.LessThan(Vector256.Abs(dl), Vector256.Create(1e-10)), dl, Vector256<double>.Zero);
            Vector256<double> e = VectorMath.Exp(dh);
            return V256.Fma(e, dl, e);
        }
    }

    /// <summary>Row sums of double kernels at this width: a compensated (Neumaier) sum per lane, S + C.</summary>
    internal struct DoubleSum128
    {
        public Vector128<double> S;
        public Vector128<double> C;
    }

    /// <summary>Double row arithmetic on Vector128 (VectorMath.Exp, compensated sums).</summary>
    internal readonly struct DoubleRow128 : IRowMath<double, Vector128<double>, DoubleSum128>
    {
        private static readonly Vector128<double> LaneIndex = RowLanes.DoubleIndices128();

        public static int Count => Vector128<double>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Splat(double value) => Vector128.Create(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double value) => value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Pre<TOp>(in TOp op, Vector128<double> x, Vector128<double> bias)
            where TOp : struct, IRowOperation<double> => op.Invoke(x, bias);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Max(Vector128<double> running, Vector128<double> v) => Simd.Max(v, running);

        public static double MaxAcross(Vector128<double> v) => RowLanes.MaxAcross(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Ordered(Vector128<double> ordered, Vector128<double> v) => ordered & Vector128.Equals(v, v);

        public static Vector128<double> AllOrdered => Vector128<double>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsAllOrdered(Vector128<double> ordered) => ordered.AsInt64() == Vector128<long>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> HeadTo(Vector128<double> v, int lanes, double value) =>
            Vector128.ConditionalSelect(Vector128.LessThan(LaneIndex, Vector128.Create((double)lanes)), Vector128.Create(value), v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddExp(ref DoubleSum128 acc, Vector128<double> z, Vector128<double> negM)
        {
            Vector128<double> e = ExpOfDifference(z, negM);
            Vector128<double> s = acc.S + e;
            Vector128<double> bp = s - acc.S;
            acc.C += (acc.S - (s - bp)) + (e - bp);
            acc.S = s;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> ExpOf(Vector128<double> z, Vector128<double> negM) => ExpOfDifference(z, negM);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Times(Vector128<double> e, Vector128<double> fh, Vector128<double> fl) => V128.Fma(e, fh, e * fl);

        public static void Rescale(ref DoubleSum128 acc, double factor)
        {
            acc.S *= Vector128.Create(factor);
            acc.C *= Vector128.Create(factor);
        }

        public static (double Hi, double Lo) Total(in DoubleSum128 acc)
        {
            double hi = 0, lo = Vector128.Sum(acc.C);
            for (int i = 0; i < Vector128<double>.Count; i++)
            {
                double e = acc.S.GetElement(i), s = hi + e, bp = s - hi;
                lo += (hi - (s - bp)) + (e - bp);
                hi = s;
            }

            return (hi, lo);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> Softmax(Vector128<double> z, Vector128<double> negM, Vector128<double> rh, Vector128<double> rl)
        {
            Vector128<double> e = ExpOfDifference(z, negM);
            return V128.Fma(e, rh, e * rl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> LogSoftmax(Vector128<double> z, Vector128<double> ch, Vector128<double> cl) => (z - ch) - cl;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddProduct(ref DoubleSum128 acc, Vector128<double> a, Vector128<double> b)
        {
            // Compensated like the forward sums: the product's exact rounding error and the addition's go into C.
            Vector128<double> p = a * b;
            acc.C += V128.Fma(a, b, -p);
            AddSum(ref acc, p);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddSum(ref DoubleSum128 acc, Vector128<double> a)
        {
            Vector128<double> s = acc.S + a;
            Vector128<double> bp = s - acc.S;
            acc.C += (acc.S - (s - bp)) + (a - bp);
            acc.S = s;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> SoftmaxGradient(Vector128<double> y, Vector128<double> dy, double s) => y * (dy - Vector128.Create(s));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<double> LogSoftmaxGradient(Vector128<double> y, Vector128<double> dy, double s) => V128.Fnma(VectorMath.Exp(y), Vector128.Create(s), dy);

        /// <summary>e^(z − m) with z − m carried as a double-double (TwoSum): e^(dh + dl) = e^dh·(1 + dl).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> ExpOfDifference(Vector128<double> z, Vector128<double> negM)
        {
            Vector128<double> dh = z + negM;
            Vector128<double> bp = dh - z;
            Vector128<double> dl = (z - (dh - bp)) + (negM - bp);
            // dl is NaN where z is −∞ (masked; e^dh is 0 there): the select keeps the lanes where it is small and finite.
            dl = Vector128.ConditionalSelect(Vector128.LessThan(Vector128.Abs(dl), Vector128.Create(1e-10)), dl, Vector128<double>.Zero);
            Vector128<double> e = VectorMath.Exp(dh);
            return V128.Fma(e, dl, e);
        }
    }

}

using System;
using System.Runtime.CompilerServices;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>Row sums of double kernels on the scalar path.</summary>
    internal struct DoubleSumScalar
    {
        public double S;
        public double C;
    }

    /// <summary>Double row arithmetic one element at a time: the algorithm of <see cref="DoubleRow512"/> on one lane.</summary>
    internal readonly struct DoubleRowScalar : IRowMath<double, double, DoubleSumScalar>
    {
        public static int Count => 1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Splat(double value) => value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double value) => value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Pre<TOp>(in TOp op, double x, double bias)
            where TOp : struct, IRowOperation<double> => op.Invoke(x, bias);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Max(double running, double v) => v > running ? v : running;

        public static double MaxAcross(double v) => v;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Ordered(double ordered, double v) => double.IsNaN(v) ? 0 : ordered;

        public static double AllOrdered => 1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsAllOrdered(double ordered) => ordered != 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double HeadTo(double v, int lanes, double value) => lanes > 0 ? value : v;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddExp(ref DoubleSumScalar acc, double z, double negM)
        {
            double e = ExpOfDifference(z, negM);
            double s = acc.S + e, bp = s - acc.S;
            acc.C += (acc.S - (s - bp)) + (e - bp);
            acc.S = s;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double ExpOf(double z, double negM) => ExpOfDifference(z, negM);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Times(double e, double fh, double fl) => Math.FusedMultiplyAdd(e, fh, e * fl);

        public static void Rescale(ref DoubleSumScalar acc, double factor)
        {
            acc.S *= factor;
            acc.C *= factor;
        }

        public static (double Hi, double Lo) Total(in DoubleSumScalar acc) => (acc.S, acc.C);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Softmax(double z, double negM, double rh, double rl)
        {
            double e = ExpOfDifference(z, negM);
            return Math.FusedMultiplyAdd(e, rh, e * rl);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double LogSoftmax(double z, double ch, double cl) => (z - ch) - cl;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddProduct(ref DoubleSumScalar acc, double a, double b)
        {
            double p = a * b;
            acc.C += Math.FusedMultiplyAdd(a, b, -p);
            AddSum(ref acc, p);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddSum(ref DoubleSumScalar acc, double a)
        {
            double s = acc.S + a, bp = s - acc.S;
            acc.C += (acc.S - (s - bp)) + (a - bp);
            acc.S = s;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double SoftmaxGradient(double y, double dy, double s) => y * (dy - s);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double LogSoftmaxGradient(double y, double dy, double s) => Math.FusedMultiplyAdd(-VectorMath.Exp(y), s, dy);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double ExpOfDifference(double z, double negM)
        {
            double dh = z + negM, bp = dh - z;
            double dl = (z - (dh - bp)) + (negM - bp);
            dl = Math.Abs(dl) < 1e-10 ? dl : 0;
            double e = VectorMath.Exp(dh);
            return Math.FusedMultiplyAdd(e, dl, e);
        }
    }
}

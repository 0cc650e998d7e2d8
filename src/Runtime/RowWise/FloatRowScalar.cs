using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>Row sums of float kernels on the scalar path.</summary>
    internal struct FloatSumScalar
    {
        public double A;
        public float Lo;
    }

    /// <summary>Float row arithmetic one element at a time: the vector algorithm of <see cref="FloatRow512"/> on one lane.</summary>
    internal readonly struct FloatRowScalar : IRowMath<float, float, FloatSumScalar>, IFloatSoftmaxRow<float, FloatSumScalar>
    {
        public static int Count => 1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Splat(double value) => (float)value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double value) => (float)value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Pre<TOp>(in TOp op, float x, float bias)
            where TOp : struct, IRowOperation<float> => op.Invoke(x, bias);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Max(float running, float v) => v > running ? v : running;

        public static double MaxAcross(float v) => v;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Ordered(float ordered, float v) => float.IsNaN(v) ? 0f : ordered;

        public static float AllOrdered => 1f;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsAllOrdered(float ordered) => ordered != 0f;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float HeadTo(float v, int lanes, double value) => lanes > 0 ? (float)value : v;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddExp(ref FloatSumScalar acc, float z, float negM)
        {
            (float dh, float dl) = TwoSum(z, negM);
            dh = Sc.MaxCF(dh, -87f);
            var (k, sHi, sLo) = VectorMath.ExpCorePairF(dh, VectorMath.LowPartF(dl), dh * -2f);
            float t = Sc.Pow2F((k, 127));
            float hi = Sc.FmaF(t, sHi, t);
            acc.Lo += Sc.FmaF(t, sLo, Sc.FmaF(t, sHi, t - hi));
            acc.A += hi;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float ExpOf(float z, float negM)
        {
            (float dh, float dl) = TwoSum(z, negM);
            return VectorMath.ExpF(dh, VectorMath.LowPartF(dl));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Times(float e, float fh, float fl) => Sc.FmaF(e, fh, e * fl);

        public static void Rescale(ref FloatSumScalar acc, double factor)
        {
            acc.A *= factor;
            acc.Lo *= (float)factor;
        }

        public static (double Hi, double Lo) Total(in FloatSumScalar acc) => (acc.A + acc.Lo, 0);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Softmax(float z, float negM, float rh, float rl)
        {
            (float dh, float dl) = TwoSum(z, negM);
            dh = Sc.MaxCF(dh, -104f);
            var (k, sHi, sLo) = VectorMath.ExpCorePairF(dh, VectorMath.LowPartF(dl), dh * -2f);
            float hi = Sc.FmaF(rh, sHi, rh);
            float lo = Sc.FmaF(rh, sHi, rh - hi);
            float c = Sc.FmaF(rh, sLo, Sc.FmaF(rl, sHi, rl));
            return Sc.ScaleF(hi + (lo + c), k - MathConstF.Shift);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float LogSoftmax(float z, float ch, float cl) => (z - ch) - cl;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void AddProduct(ref FloatSumScalar acc, float a, float b) => acc.A = Math.FusedMultiplyAdd(a, (double)b, acc.A);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void AddSum(ref FloatSumScalar acc, float a) => acc.A += a;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float SoftmaxGradient(float y, float dy, double s) => (float)(y * (dy - s));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float LogSoftmaxGradient(float y, float dy, double s) => (float)Math.FusedMultiplyAdd(-VectorMath.Exp((double)y), s, dy);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MaxAcrossF(float v) => v;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float ExponentBias(int k) => TableLookup.IsSingleInstruction ? 64f - k : BitConverter.Int32BitsToSingle(127 + 64 - k);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float ScaledExp(ref FloatSumScalar acc, float z, float zMin, float bits)
        {
            z = zMin > z ? zMin : z; // NaN passes
            if (TableLookup.IsSingleInstruction)
            {
                float kt = Sc.FmaF(z, ExpTable.Log2E16, MathConstF.Shift);
                float nt = kt - MathConstF.Shift;
                float rt = Sc.FnmaF(nt, ExpTable.Ln2Lo16, Sc.FnmaF(nt, ExpTable.Ln2Hi16, z));
                float qt = Sc.FmaF(Sc.FmaF(rt, 1f / 24, 1f / 6), rt, 0.5f);
                float st = Sc.FmaF(rt * rt, qt, rt);
                float th = TableLookup.Lookup16(ref ExpTable.Hi, kt);
                float u = Sc.FmaF(th, st, TableLookup.Lookup16(ref ExpTable.Lo, kt));
                float e0 = th + u;
                Vector128<float> m = Vector128.CreateScalarUnsafe(Sc.FmaF(nt, 1f / 16, bits));
                float et = Avx512F.ScaleScalar(Vector128.CreateScalarUnsafe(e0), m).ToScalar();
                acc.A += et;
                acc.Lo += Avx512F.ScaleScalar(Vector128.CreateScalarUnsafe((th - e0) + u), m).ToScalar();
                return et;
            }

            float k = Sc.FmaF(z, MathConstF.Log2E, MathConstF.Shift);
            float n = k - MathConstF.Shift;
            float rHi = Sc.FnmaF(n, MathConstF.Ln2Hi, z); // exact
            float rLo = n * -MathConstF.Ln2Lo;
            float r = rHi + rLo;
            float r2 = r * r;
            float q01 = Sc.FmaF(r, MathConstF.Q1, MathConstF.Q0);
            float q23 = Sc.FmaF(r, MathConstF.Q3, MathConstF.Q2);
            float q = Sc.FmaF(r2, Sc.FmaF(r2, MathConstF.Q4, q23), q01);
            float p = Sc.FmaF(r2, q, rLo);
            float sHi = rHi + p;
            float sLo = (rHi - sHi) + p;
            float t = BitConverter.Int32BitsToSingle((BitConverter.SingleToInt32Bits(k) + BitConverter.SingleToInt32Bits(bits)) << 23);
            float hi = Sc.FmaF(t, sHi, t);
            float lo = Sc.FmaF(t, sLo, Sc.FmaF(t, sHi, t - hi));
            acc.A += hi;
            acc.Lo += lo;
            return hi + lo;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void BeginExps(out ExpStage<float> s, float z0, float z1, float zMin, float bits) => s = new ExpStage<float> { R0 = z0, R1 = z1 };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void EndExps(ref FloatSumScalar acc, in ExpStage<float> s, float zMin, float bits, ref float e, nuint i)
        {
            Unsafe.Add(ref e, i) = ScaledExp(ref acc, s.R0, zMin, bits);
            Unsafe.Add(ref e, i + 1) = ScaledExp(ref acc, s.R1, zMin, bits);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double SumOf(in FloatSumScalar acc) => acc.A + acc.Lo;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (float Hi, float Lo) TwoSum(float a, float b)
        {
            float s = a + b;
            float bp = s - a;
            return (s, (a - (s - bp)) + (b - bp));
        }
    }
}

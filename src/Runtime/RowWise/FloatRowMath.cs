using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    // The three widths below are the same text with 512 replaced by 256 and 128.
    /// <summary>Row sums of float kernels at this width: e^(z − m) rounded to float (A, B: its lower and upper halves widened to double) plus the rounding residuals (Lo, float).</summary>
    internal struct FloatSum512
    {
        public Vector512<double> A;
        public Vector512<double> B;
        public Vector512<float> Lo;
    }

    /// <summary>Float row arithmetic on Vector512 (docs/activations.md, "Row-wise activations": the float-only exp, sums in double).</summary>
    internal readonly struct FloatRow512 : IRowMath<float, Vector512<float>, FloatSum512>, IFloatSoftmaxRow<Vector512<float>, FloatSum512>
    {
        private static readonly Vector512<float> LaneIndex = RowLanes.Indices512();

        public static int Count => Vector512<float>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Splat(double value) => Vector512.Create((float)value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double value) => (float)value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Pre<TOp>(in TOp op, Vector512<float> x, Vector512<float> bias)
            where TOp : struct, IRowOperation<float> => op.Invoke(x, bias);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Max(Vector512<float> running, Vector512<float> v) => Simd.Max(v, running);

        public static double MaxAcross(Vector512<float> v) => RowLanes.MaxAcross(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Ordered(Vector512<float> ordered, Vector512<float> v) => ordered & Vector512.Equals(v, v);

        public static Vector512<float> AllOrdered => Vector512<float>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsAllOrdered(Vector512<float> ordered) => ordered.AsInt32() == Vector512<int>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> HeadTo(Vector512<float> v, int lanes, double value) =>
            Vector512.ConditionalSelect(Vector512.LessThan(LaneIndex, Vector512.Create((float)lanes)), Vector512.Create((float)value), v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddExp(ref FloatSum512 acc, Vector512<float> z, Vector512<float> negM)
        {
            (Vector512<float> dh, Vector512<float> dl) = TwoSum(z, negM);
            // Terms below e^-87 cannot move a sum that is at least 1 (the max's own term), and 2^n stays normal.
            dh = V512.MaxCF(dh, -87f);
            var (k, sHi, sLo) = VectorMath.ExpCorePairF(dh, VectorMath.LowPartF(dl), dh * V512.CF(-2f));
            Vector512<float> t = V512.Pow2F((k, 127));
            Vector512<float> hi = V512.FmaF(t, sHi, t);
            acc.Lo += V512.FmaF(t, sLo, V512.FmaF(t, sHi, t - hi)); // hi's exact rounding error, plus t·sLo
            acc.A += Vector512.WidenLower(hi);
            acc.B += Vector512.WidenUpper(hi);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> ExpOf(Vector512<float> z, Vector512<float> negM)
        {
            (Vector512<float> dh, Vector512<float> dl) = TwoSum(z, negM);
            return VectorMath.ExpF(dh, VectorMath.LowPartF(dl));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Times(Vector512<float> e, Vector512<float> fh, Vector512<float> fl) => V512.FmaF(e, fh, e * fl);

        public static void Rescale(ref FloatSum512 acc, double factor)
        {
            acc.A *= Vector512.Create(factor);
            acc.B *= Vector512.Create(factor);
            acc.Lo *= Vector512.Create((float)factor);
        }

        public static (double Hi, double Lo) Total(in FloatSum512 acc) => (Vector512.Sum(acc.A) + Vector512.Sum(acc.B) + RowLanes.SumAcross(acc.Lo), 0);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Softmax(Vector512<float> z, Vector512<float> negM, Vector512<float> rh, Vector512<float> rl)
        {
            (Vector512<float> dh, Vector512<float> dl) = TwoSum(z, negM);
            dh = V512.MaxCF(dh, -104f); // below, y rounds to +0 (y ≤ e^(z − m)); NaN passes
            var (k, sHi, sLo) = VectorMath.ExpCorePairF(dh, VectorMath.LowPartF(dl), dh * V512.CF(-2f));
            // (1 + sHi + sLo)·(rh + rl) rounded once: hi = rh·(1 + sHi) rounded, lo its exact error (rh − hi is exact), then the small terms.
            Vector512<float> hi = V512.FmaF(rh, sHi, rh);
            Vector512<float> lo = V512.FmaF(rh, sHi, rh - hi);
            Vector512<float> c = V512.FmaF(rh, sLo, V512.FmaF(rl, sHi, rl));
            return V512.ScaleF(hi + (lo + c), k - V512.CF(MathConstF.Shift));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> LogSoftmax(Vector512<float> z, Vector512<float> ch, Vector512<float> cl) => (z - ch) - cl;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddProduct(ref FloatSum512 acc, Vector512<float> a, Vector512<float> b)
        {
            acc.A = V512.Fma(Vector512.WidenLower(a), Vector512.WidenLower(b), acc.A);
            acc.B = V512.Fma(Vector512.WidenUpper(a), Vector512.WidenUpper(b), acc.B);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddSum(ref FloatSum512 acc, Vector512<float> a)
        {
            acc.A += Vector512.WidenLower(a);
            acc.B += Vector512.WidenUpper(a);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> SoftmaxGradient(Vector512<float> y, Vector512<float> dy, double s)
        {
            // In double, rounded once: the error stays within half an ulp of dx whatever dy − s cancels.
            Vector512<double> sv = Vector512.Create(s);
            return Vector512.Narrow(
                Vector512.WidenLower(y) * (Vector512.WidenLower(dy) - sv),
                Vector512.WidenUpper(y) * (Vector512.WidenUpper(dy) - sv));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> LogSoftmaxGradient(Vector512<float> y, Vector512<float> dy, double s)
        {
            // In double, rounded once: dx can be twice the larger of dy and e^y·s, so a float e^y (0.55 ULP) and two roundings would pass 2 ULP of it.
            Vector512<double> sv = Vector512.Create(s);
            return Vector512.Narrow(
                V512.Fnma(VectorMath.Exp(Vector512.WidenLower(y)), sv, Vector512.WidenLower(dy)),
                V512.Fnma(VectorMath.Exp(Vector512.WidenUpper(y)), sv, Vector512.WidenUpper(dy)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MaxAcrossF(Vector512<float> v) => RowLanes.MaxAcrossF(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> ExponentBias(int k) => TableLookup.IsSingleInstruction ? Vector512.Create(64f - k) : Vector512.Create(127 + 64 - k).AsSingle();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> ScaledExp(ref FloatSum512 acc, Vector512<float> z, Vector512<float> zMin, Vector512<float> bits)
        {
            z = Simd.Max(zMin, z); // NaN passes
            if (TableLookup.IsSingleInstruction)
            {
                // e^z = 2^(m + j/16)·e^r (ExpTable): T = 2^(j/16) as a pair, e = T·(1 + s) rounded once with its exact residual.
                Vector512<float> kt = V512.FmaF(z, V512.CF(ExpTable.Log2E16), V512.CF(MathConstF.Shift));
                Vector512<float> nt = kt - V512.CF(MathConstF.Shift);
                Vector512<float> rt = V512.FnmaF(nt, V512.CF(ExpTable.Ln2Lo16), V512.FnmaF(nt, V512.CF(ExpTable.Ln2Hi16), z));
                Vector512<float> qt = V512.FmaF(V512.FmaF(rt, V512.CF(1f / 24), V512.CF(1f / 6)), rt, V512.CF(0.5f));
                Vector512<float> st = V512.FmaF(rt * rt, qt, rt);
                Vector512<float> th = TableLookup.Lookup16(ref ExpTable.Hi, kt);
                Vector512<float> u = V512.FmaF(th, st, TableLookup.Lookup16(ref ExpTable.Lo, kt));
                Vector512<float> e0 = th + u;
                // ×2^(m − K + 64), m = ⌊n/16⌋ (vscalefps takes the floor of n/16 + 64 − K, exact): normal, so exact.
                Vector512<float> m = V512.FmaF(nt, V512.CF(1f / 16), bits);
                Vector512<float> et = Avx512F.Scale(e0, m);
                acc.A += Vector512.WidenLower(et);
                acc.B += Vector512.WidenUpper(et);
                acc.Lo += Avx512F.Scale((th - e0) + u, m); // e0's exact residual (Fast2Sum: |th| ≥ |u|), scaled alike
                return et;
            }

            Vector512<float> k = V512.FmaF(z, V512.CF(MathConstF.Log2E), V512.CF(MathConstF.Shift));
            Vector512<float> n = k - V512.CF(MathConstF.Shift);
            Vector512<float> rHi = V512.FnmaF(n, V512.CF(MathConstF.Ln2Hi), z); // exact
            Vector512<float> rLo = n * V512.CF(-MathConstF.Ln2Lo);
            Vector512<float> r = rHi + rLo;
            Vector512<float> r2 = r * r;
            Vector512<float> q01 = V512.FmaF(r, V512.CF(MathConstF.Q1), V512.CF(MathConstF.Q0));
            Vector512<float> q23 = V512.FmaF(r, V512.CF(MathConstF.Q3), V512.CF(MathConstF.Q2));
            Vector512<float> q = V512.FmaF(r2, V512.FmaF(r2, V512.CF(MathConstF.Q4), q23), q01);
            Vector512<float> p = V512.FmaF(r2, q, rLo);
            Vector512<float> sHi = rHi + p;
            Vector512<float> sLo = (rHi - sHi) + p; // e^r = 1 + sHi + sLo (Fast2Sum)
            Vector512<float> t = ((k.AsInt32() + bits.AsInt32()) << 23).AsSingle();
            // t·(1 + sHi + sLo) rounded once: hi = t·(1 + sHi) rounded, its exact error (t − hi is exact), plus t·sLo.
            Vector512<float> hi = V512.FmaF(t, sHi, t);
            Vector512<float> lo = V512.FmaF(t, sLo, V512.FmaF(t, sHi, t - hi));
            acc.A += Vector512.WidenLower(hi);
            acc.B += Vector512.WidenUpper(hi);
            acc.Lo += lo;
            return hi + lo;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void BeginExps(out ExpStage<Vector512<float>> s, Vector512<float> z0, Vector512<float> z1, Vector512<float> zMin, Vector512<float> bits)
        {
            if (!TableLookup.IsSingleInstruction)
            {
                s = new ExpStage<Vector512<float>> { R0 = z0, R1 = z1 }; // EndExps' ScaledExp clamps them
                return;
            }

            z0 = Simd.Max(zMin, z0);
            z1 = Simd.Max(zMin, z1);
            // ScaledExp's table form up to the reduced argument and the table entries, for both vectors.
            Vector512<float> kt0 = V512.FmaF(z0, V512.CF(ExpTable.Log2E16), V512.CF(MathConstF.Shift));
            Vector512<float> kt1 = V512.FmaF(z1, V512.CF(ExpTable.Log2E16), V512.CF(MathConstF.Shift));
            Vector512<float> nt0 = kt0 - V512.CF(MathConstF.Shift);
            Vector512<float> nt1 = kt1 - V512.CF(MathConstF.Shift);
            s.R0 = V512.FnmaF(nt0, V512.CF(ExpTable.Ln2Lo16), V512.FnmaF(nt0, V512.CF(ExpTable.Ln2Hi16), z0));
            s.R1 = V512.FnmaF(nt1, V512.CF(ExpTable.Ln2Lo16), V512.FnmaF(nt1, V512.CF(ExpTable.Ln2Hi16), z1));
            s.H0 = TableLookup.Lookup16(ref ExpTable.Hi, kt0);
            s.H1 = TableLookup.Lookup16(ref ExpTable.Hi, kt1);
            s.L0 = TableLookup.Lookup16(ref ExpTable.Lo, kt0);
            s.L1 = TableLookup.Lookup16(ref ExpTable.Lo, kt1);
            s.M0 = V512.FmaF(nt0, V512.CF(1f / 16), bits);
            s.M1 = V512.FmaF(nt1, V512.CF(1f / 16), bits);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void EndExps(ref FloatSum512 acc, in ExpStage<Vector512<float>> s, Vector512<float> zMin, Vector512<float> bits, ref float e, nuint i)
        {
            if (!TableLookup.IsSingleInstruction)
            {
                ScaledExp(ref acc, s.R0, zMin, bits).StoreUnsafe(ref e, i);
                ScaledExp(ref acc, s.R1, zMin, bits).StoreUnsafe(ref e, i + (nuint)Count);
                return;
            }

            // ScaledExp's table form from the reduced argument on.
            Vector512<float> rt0 = s.R0, rt1 = s.R1, th0 = s.H0, th1 = s.H1;
            Vector512<float> qt0 = V512.FmaF(V512.FmaF(rt0, V512.CF(1f / 24), V512.CF(1f / 6)), rt0, V512.CF(0.5f));
            Vector512<float> qt1 = V512.FmaF(V512.FmaF(rt1, V512.CF(1f / 24), V512.CF(1f / 6)), rt1, V512.CF(0.5f));
            Vector512<float> st0 = V512.FmaF(rt0 * rt0, qt0, rt0);
            Vector512<float> st1 = V512.FmaF(rt1 * rt1, qt1, rt1);
            Vector512<float> u0 = V512.FmaF(th0, st0, s.L0);
            Vector512<float> u1 = V512.FmaF(th1, st1, s.L1);
            Vector512<float> e00 = th0 + u0;
            Vector512<float> e01 = th1 + u1;
            Vector512<float> et0 = Avx512F.Scale(e00, s.M0);
            Vector512<float> et1 = Avx512F.Scale(e01, s.M1);
            // Summed in ScaledExp's order (each accumulator takes the first vector's terms, then the second's): the same bits.
            acc.A = (acc.A + Vector512.WidenLower(et0)) + Vector512.WidenLower(et1);
            acc.B = (acc.B + Vector512.WidenUpper(et0)) + Vector512.WidenUpper(et1);
            acc.Lo = (acc.Lo + Avx512F.Scale((th0 - e00) + u0, s.M0)) + Avx512F.Scale((th1 - e01) + u1, s.M1);
            et0.StoreUnsafe(ref e, i);
            et1.StoreUnsafe(ref e, i + (nuint)Count);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SumOf(in FloatSum512 acc) => RowLanes.SumAcross((acc.A + Vector512.WidenLower(acc.Lo)) + (acc.B + Vector512.WidenUpper(acc.Lo)));

        /// <summary>a + b as an unevaluated float-float (Knuth's TwoSum: no condition on the magnitudes).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (Vector512<float> Hi, Vector512<float> Lo) TwoSum(Vector512<float> a, Vector512<float> b)
        {
            Vector512<float> s = a + b;
            Vector512<float> bp = s - a;
            return (s, (a - (s - bp)) + (b - bp));
        }
    }

    /// <summary>Row sums of float kernels at this width: e^(z − m) rounded to float (A, B: its lower and upper halves widened to double) plus the rounding residuals (Lo, float).</summary>
    internal struct FloatSum256
    {
        public Vector256<double> A;
        public Vector256<double> B;
        public Vector256<float> Lo;
    }

    /// <summary>Float row arithmetic on Vector256 (docs/activations.md, "Row-wise activations": the float-only exp, sums in double).</summary>
    internal readonly struct FloatRow256 : IRowMath<float, Vector256<float>, FloatSum256>, IFloatSoftmaxRow<Vector256<float>, FloatSum256>
    {
        private static readonly Vector256<float> LaneIndex = RowLanes.Indices256();

        public static int Count => Vector256<float>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Splat(double value) => Vector256.Create((float)value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double value) => (float)value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Pre<TOp>(in TOp op, Vector256<float> x, Vector256<float> bias)
            where TOp : struct, IRowOperation<float> => op.Invoke(x, bias);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Max(Vector256<float> running, Vector256<float> v) => Simd.Max(v, running);

        public static double MaxAcross(Vector256<float> v) => RowLanes.MaxAcross(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Ordered(Vector256<float> ordered, Vector256<float> v) => ordered & Vector256.Equals(v, v);

        public static Vector256<float> AllOrdered => Vector256<float>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsAllOrdered(Vector256<float> ordered) => ordered.AsInt32() == Vector256<int>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> HeadTo(Vector256<float> v, int lanes, double value) =>
            Vector256.ConditionalSelect(Vector256.LessThan(LaneIndex, Vector256.Create((float)lanes)), Vector256.Create((float)value), v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddExp(ref FloatSum256 acc, Vector256<float> z, Vector256<float> negM)
        {
            (Vector256<float> dh, Vector256<float> dl) = TwoSum(z, negM);
            // Terms below e^-87 cannot move a sum that is at least 1 (the max's own term), and 2^n stays normal.
            dh = V256.MaxCF(dh, -87f);
            var (k, sHi, sLo) = VectorMath.ExpCorePairF(dh, VectorMath.LowPartF(dl), dh * V256.CF(-2f));
            Vector256<float> t = V256.Pow2F((k, 127));
            Vector256<float> hi = V256.FmaF(t, sHi, t);
            acc.Lo += V256.FmaF(t, sLo, V256.FmaF(t, sHi, t - hi)); // hi's exact rounding error, plus t·sLo
            acc.A += Vector256.WidenLower(hi);
            acc.B += Vector256.WidenUpper(hi);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> ExpOf(Vector256<float> z, Vector256<float> negM)
        {
            (Vector256<float> dh, Vector256<float> dl) = TwoSum(z, negM);
            return VectorMath.ExpF(dh, VectorMath.LowPartF(dl));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Times(Vector256<float> e, Vector256<float> fh, Vector256<float> fl) => V256.FmaF(e, fh, e * fl);

        public static void Rescale(ref FloatSum256 acc, double factor)
        {
            acc.A *= Vector256.Create(factor);
            acc.B *= Vector256.Create(factor);
            acc.Lo *= Vector256.Create((float)factor);
        }

        public static (double Hi, double Lo) Total(in FloatSum256 acc) => (Vector256.Sum(acc.A) + Vector256.Sum(acc.B) + RowLanes.SumAcross(acc.Lo), 0);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Softmax(Vector256<float> z, Vector256<float> negM, Vector256<float> rh, Vector256<float> rl)
        {
            (Vector256<float> dh, Vector256<float> dl) = TwoSum(z, negM);
            dh = V256.MaxCF(dh, -104f); // below, y rounds to +0 (y ≤ e^(z − m)); NaN passes
            var (k, sHi, sLo) = VectorMath.ExpCorePairF(dh, VectorMath.LowPartF(dl), dh * V256.CF(-2f));
            // (1 + sHi + sLo)·(rh + rl) rounded once: hi = rh·(1 + sHi) rounded, lo its exact error (rh − hi is exact), then the small terms.
            Vector256<float> hi = V256.FmaF(rh, sHi, rh);
            Vector256<float> lo = V256.FmaF(rh, sHi, rh - hi);
            Vector256<float> c = V256.FmaF(rh, sLo, V256.FmaF(rl, sHi, rl));
            return V256.ScaleF(hi + (lo + c), k - V256.CF(MathConstF.Shift));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> LogSoftmax(Vector256<float> z, Vector256<float> ch, Vector256<float> cl) => (z - ch) - cl;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddProduct(ref FloatSum256 acc, Vector256<float> a, Vector256<float> b)
        {
            acc.A = V256.Fma(Vector256.WidenLower(a), Vector256.WidenLower(b), acc.A);
            acc.B = V256.Fma(Vector256.WidenUpper(a), Vector256.WidenUpper(b), acc.B);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddSum(ref FloatSum256 acc, Vector256<float> a)
        {
            acc.A += Vector256.WidenLower(a);
            acc.B += Vector256.WidenUpper(a);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> SoftmaxGradient(Vector256<float> y, Vector256<float> dy, double s)
        {
            // In double, rounded once: the error stays within half an ulp of dx whatever dy − s cancels.
            Vector256<double> sv = Vector256.Create(s);
            return Vector256.Narrow(
                Vector256.WidenLower(y) * (Vector256.WidenLower(dy) - sv),
                Vector256.WidenUpper(y) * (Vector256.WidenUpper(dy) - sv));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> LogSoftmaxGradient(Vector256<float> y, Vector256<float> dy, double s)
        {
            // In double, rounded once: dx can be twice the larger of dy and e^y·s, so a float e^y (0.55 ULP) and two roundings would pass 2 ULP of it.
            Vector256<double> sv = Vector256.Create(s);
            return Vector256.Narrow(
                V256.Fnma(VectorMath.Exp(Vector256.WidenLower(y)), sv, Vector256.WidenLower(dy)),
                V256.Fnma(VectorMath.Exp(Vector256.WidenUpper(y)), sv, Vector256.WidenUpper(dy)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MaxAcrossF(Vector256<float> v) => RowLanes.MaxAcrossF(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> ExponentBias(int k) => TableLookup.IsSingleInstruction ? Vector256.Create(64f - k) : Vector256.Create(127 + 64 - k).AsSingle();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> ScaledExp(ref FloatSum256 acc, Vector256<float> z, Vector256<float> zMin, Vector256<float> bits)
        {
            z = Simd.Max(zMin, z); // NaN passes
            if (TableLookup.IsSingleInstruction)
            {
                // e^z = 2^(m + j/16)·e^r (ExpTable): T = 2^(j/16) as a pair, e = T·(1 + s) rounded once with its exact residual.
                Vector256<float> kt = V256.FmaF(z, V256.CF(ExpTable.Log2E16), V256.CF(MathConstF.Shift));
                Vector256<float> nt = kt - V256.CF(MathConstF.Shift);
                Vector256<float> rt = V256.FnmaF(nt, V256.CF(ExpTable.Ln2Lo16), V256.FnmaF(nt, V256.CF(ExpTable.Ln2Hi16), z));
                Vector256<float> qt = V256.FmaF(V256.FmaF(rt, V256.CF(1f / 24), V256.CF(1f / 6)), rt, V256.CF(0.5f));
                Vector256<float> st = V256.FmaF(rt * rt, qt, rt);
                Vector256<float> th = TableLookup.Lookup16(ref ExpTable.Hi, kt);
                Vector256<float> u = V256.FmaF(th, st, TableLookup.Lookup16(ref ExpTable.Lo, kt));
                Vector256<float> e0 = th + u;
                // ×2^(m − K + 64), m = ⌊n/16⌋ (vscalefps takes the floor of n/16 + 64 − K, exact): normal, so exact.
                Vector256<float> m = V256.FmaF(nt, V256.CF(1f / 16), bits);
                Vector256<float> et = Avx512F.VL.Scale(e0, m);
                acc.A += Vector256.WidenLower(et);
                acc.B += Vector256.WidenUpper(et);
                acc.Lo += Avx512F.VL.Scale((th - e0) + u, m); // e0's exact residual (Fast2Sum: |th| ≥ |u|), scaled alike
                return et;
            }

            Vector256<float> k = V256.FmaF(z, V256.CF(MathConstF.Log2E), V256.CF(MathConstF.Shift));
            Vector256<float> n = k - V256.CF(MathConstF.Shift);
            Vector256<float> rHi = V256.FnmaF(n, V256.CF(MathConstF.Ln2Hi), z); // exact
            Vector256<float> rLo = n * V256.CF(-MathConstF.Ln2Lo);
            Vector256<float> r = rHi + rLo;
            Vector256<float> r2 = r * r;
            Vector256<float> q01 = V256.FmaF(r, V256.CF(MathConstF.Q1), V256.CF(MathConstF.Q0));
            Vector256<float> q23 = V256.FmaF(r, V256.CF(MathConstF.Q3), V256.CF(MathConstF.Q2));
            Vector256<float> q = V256.FmaF(r2, V256.FmaF(r2, V256.CF(MathConstF.Q4), q23), q01);
            Vector256<float> p = V256.FmaF(r2, q, rLo);
            Vector256<float> sHi = rHi + p;
            Vector256<float> sLo = (rHi - sHi) + p; // e^r = 1 + sHi + sLo (Fast2Sum)
            Vector256<float> t = ((k.AsInt32() + bits.AsInt32()) << 23).AsSingle();
            // t·(1 + sHi + sLo) rounded once: hi = t·(1 + sHi) rounded, its exact error (t − hi is exact), plus t·sLo.
            Vector256<float> hi = V256.FmaF(t, sHi, t);
            Vector256<float> lo = V256.FmaF(t, sLo, V256.FmaF(t, sHi, t - hi));
            acc.A += Vector256.WidenLower(hi);
            acc.B += Vector256.WidenUpper(hi);
            acc.Lo += lo;
            return hi + lo;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void BeginExps(out ExpStage<Vector256<float>> s, Vector256<float> z0, Vector256<float> z1, Vector256<float> zMin, Vector256<float> bits)
        {
            if (!TableLookup.IsSingleInstruction)
            {
                s = new ExpStage<Vector256<float>> { R0 = z0, R1 = z1 }; // EndExps' ScaledExp clamps them
                return;
            }

            z0 = Simd.Max(zMin, z0);
            z1 = Simd.Max(zMin, z1);
            // ScaledExp's table form up to the reduced argument and the table entries, for both vectors.
            Vector256<float> kt0 = V256.FmaF(z0, V256.CF(ExpTable.Log2E16), V256.CF(MathConstF.Shift));
            Vector256<float> kt1 = V256.FmaF(z1, V256.CF(ExpTable.Log2E16), V256.CF(MathConstF.Shift));
            Vector256<float> nt0 = kt0 - V256.CF(MathConstF.Shift);
            Vector256<float> nt1 = kt1 - V256.CF(MathConstF.Shift);
            s.R0 = V256.FnmaF(nt0, V256.CF(ExpTable.Ln2Lo16), V256.FnmaF(nt0, V256.CF(ExpTable.Ln2Hi16), z0));
            s.R1 = V256.FnmaF(nt1, V256.CF(ExpTable.Ln2Lo16), V256.FnmaF(nt1, V256.CF(ExpTable.Ln2Hi16), z1));
            s.H0 = TableLookup.Lookup16(ref ExpTable.Hi, kt0);
            s.H1 = TableLookup.Lookup16(ref ExpTable.Hi, kt1);
            s.L0 = TableLookup.Lookup16(ref ExpTable.Lo, kt0);
            s.L1 = TableLookup.Lookup16(ref ExpTable.Lo, kt1);
            s.M0 = V256.FmaF(nt0, V256.CF(1f / 16), bits);
            s.M1 = V256.FmaF(nt1, V256.CF(1f / 16), bits);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void EndExps(ref FloatSum256 acc, in ExpStage<Vector256<float>> s, Vector256<float> zMin, Vector256<float> bits, ref float e, nuint i)
        {
            if (!TableLookup.IsSingleInstruction)
            {
                ScaledExp(ref acc, s.R0, zMin, bits).StoreUnsafe(ref e, i);
                ScaledExp(ref acc, s.R1, zMin, bits).StoreUnsafe(ref e, i + (nuint)Count);
                return;
            }

            // ScaledExp's table form from the reduced argument on.
            Vector256<float> rt0 = s.R0, rt1 = s.R1, th0 = s.H0, th1 = s.H1;
            Vector256<float> qt0 = V256.FmaF(V256.FmaF(rt0, V256.CF(1f / 24), V256.CF(1f / 6)), rt0, V256.CF(0.5f));
            Vector256<float> qt1 = V256.FmaF(V256.FmaF(rt1, V256.CF(1f / 24), V256.CF(1f / 6)), rt1, V256.CF(0.5f));
            Vector256<float> st0 = V256.FmaF(rt0 * rt0, qt0, rt0);
            Vector256<float> st1 = V256.FmaF(rt1 * rt1, qt1, rt1);
            Vector256<float> u0 = V256.FmaF(th0, st0, s.L0);
            Vector256<float> u1 = V256.FmaF(th1, st1, s.L1);
            Vector256<float> e00 = th0 + u0;
            Vector256<float> e01 = th1 + u1;
            Vector256<float> et0 = Avx512F.VL.Scale(e00, s.M0);
            Vector256<float> et1 = Avx512F.VL.Scale(e01, s.M1);
            // Summed in ScaledExp's order (each accumulator takes the first vector's terms, then the second's): the same bits.
            acc.A = (acc.A + Vector256.WidenLower(et0)) + Vector256.WidenLower(et1);
            acc.B = (acc.B + Vector256.WidenUpper(et0)) + Vector256.WidenUpper(et1);
            acc.Lo = (acc.Lo + Avx512F.VL.Scale((th0 - e00) + u0, s.M0)) + Avx512F.VL.Scale((th1 - e01) + u1, s.M1);
            et0.StoreUnsafe(ref e, i);
            et1.StoreUnsafe(ref e, i + (nuint)Count);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SumOf(in FloatSum256 acc) => RowLanes.SumAcross((acc.A + Vector256.WidenLower(acc.Lo)) + (acc.B + Vector256.WidenUpper(acc.Lo)));

        /// <summary>a + b as an unevaluated float-float (Knuth's TwoSum: no condition on the magnitudes).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (Vector256<float> Hi, Vector256<float> Lo) TwoSum(Vector256<float> a, Vector256<float> b)
        {
            Vector256<float> s = a + b;
            Vector256<float> bp = s - a;
            return (s, (a - (s - bp)) + (b - bp));
        }
    }

    /// <summary>Row sums of float kernels at this width: e^(z − m) rounded to float (A, B: its lower and upper halves widened to double) plus the rounding residuals (Lo, float).</summary>
    internal struct FloatSum128
    {
        public Vector128<double> A;
        public Vector128<double> B;
        public Vector128<float> Lo;
    }

    /// <summary>Float row arithmetic on Vector128 (docs/activations.md, "Row-wise activations": the float-only exp, sums in double).</summary>
    internal readonly struct FloatRow128 : IRowMath<float, Vector128<float>, FloatSum128>, IFloatSoftmaxRow<Vector128<float>, FloatSum128>
    {
        private static readonly Vector128<float> LaneIndex = RowLanes.Indices128();

        public static int Count => Vector128<float>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Splat(double value) => Vector128.Create((float)value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double value) => (float)value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Pre<TOp>(in TOp op, Vector128<float> x, Vector128<float> bias)
            where TOp : struct, IRowOperation<float> => op.Invoke(x, bias);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Max(Vector128<float> running, Vector128<float> v) => Simd.Max(v, running);

        public static double MaxAcross(Vector128<float> v) => RowLanes.MaxAcross(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Ordered(Vector128<float> ordered, Vector128<float> v) => ordered & Vector128.Equals(v, v);

        public static Vector128<float> AllOrdered => Vector128<float>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsAllOrdered(Vector128<float> ordered) => ordered.AsInt32() == Vector128<int>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> HeadTo(Vector128<float> v, int lanes, double value) =>
            Vector128.ConditionalSelect(Vector128.LessThan(LaneIndex, Vector128.Create((float)lanes)), Vector128.Create((float)value), v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddExp(ref FloatSum128 acc, Vector128<float> z, Vector128<float> negM)
        {
            (Vector128<float> dh, Vector128<float> dl) = TwoSum(z, negM);
            // Terms below e^-87 cannot move a sum that is at least 1 (the max's own term), and 2^n stays normal.
            dh = V128.MaxCF(dh, -87f);
            var (k, sHi, sLo) = VectorMath.ExpCorePairF(dh, VectorMath.LowPartF(dl), dh * V128.CF(-2f));
            Vector128<float> t = V128.Pow2F((k, 127));
            Vector128<float> hi = V128.FmaF(t, sHi, t);
            acc.Lo += V128.FmaF(t, sLo, V128.FmaF(t, sHi, t - hi)); // hi's exact rounding error, plus t·sLo
            acc.A += Vector128.WidenLower(hi);
            acc.B += Vector128.WidenUpper(hi);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> ExpOf(Vector128<float> z, Vector128<float> negM)
        {
            (Vector128<float> dh, Vector128<float> dl) = TwoSum(z, negM);
            return VectorMath.ExpF(dh, VectorMath.LowPartF(dl));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Times(Vector128<float> e, Vector128<float> fh, Vector128<float> fl) => V128.FmaF(e, fh, e * fl);

        public static void Rescale(ref FloatSum128 acc, double factor)
        {
            acc.A *= Vector128.Create(factor);
            acc.B *= Vector128.Create(factor);
            acc.Lo *= Vector128.Create((float)factor);
        }

        public static (double Hi, double Lo) Total(in FloatSum128 acc) => (Vector128.Sum(acc.A) + Vector128.Sum(acc.B) + RowLanes.SumAcross(acc.Lo), 0);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Softmax(Vector128<float> z, Vector128<float> negM, Vector128<float> rh, Vector128<float> rl)
        {
            (Vector128<float> dh, Vector128<float> dl) = TwoSum(z, negM);
            dh = V128.MaxCF(dh, -104f); // below, y rounds to +0 (y ≤ e^(z − m)); NaN passes
            var (k, sHi, sLo) = VectorMath.ExpCorePairF(dh, VectorMath.LowPartF(dl), dh * V128.CF(-2f));
            // (1 + sHi + sLo)·(rh + rl) rounded once: hi = rh·(1 + sHi) rounded, lo its exact error (rh − hi is exact), then the small terms.
            Vector128<float> hi = V128.FmaF(rh, sHi, rh);
            Vector128<float> lo = V128.FmaF(rh, sHi, rh - hi);
            Vector128<float> c = V128.FmaF(rh, sLo, V128.FmaF(rl, sHi, rl));
            return V128.ScaleF(hi + (lo + c), k - V128.CF(MathConstF.Shift));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> LogSoftmax(Vector128<float> z, Vector128<float> ch, Vector128<float> cl) => (z - ch) - cl;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddProduct(ref FloatSum128 acc, Vector128<float> a, Vector128<float> b)
        {
            acc.A = V128.Fma(Vector128.WidenLower(a), Vector128.WidenLower(b), acc.A);
            acc.B = V128.Fma(Vector128.WidenUpper(a), Vector128.WidenUpper(b), acc.B);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void AddSum(ref FloatSum128 acc, Vector128<float> a)
        {
            acc.A += Vector128.WidenLower(a);
            acc.B += Vector128.WidenUpper(a);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> SoftmaxGradient(Vector128<float> y, Vector128<float> dy, double s)
        {
            // In double, rounded once: the error stays within half an ulp of dx whatever dy − s cancels.
            Vector128<double> sv = Vector128.Create(s);
            return Vector128.Narrow(
                Vector128.WidenLower(y) * (Vector128.WidenLower(dy) - sv),
                Vector128.WidenUpper(y) * (Vector128.WidenUpper(dy) - sv));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> LogSoftmaxGradient(Vector128<float> y, Vector128<float> dy, double s)
        {
            // In double, rounded once: dx can be twice the larger of dy and e^y·s, so a float e^y (0.55 ULP) and two roundings would pass 2 ULP of it.
            Vector128<double> sv = Vector128.Create(s);
            return Vector128.Narrow(
                V128.Fnma(VectorMath.Exp(Vector128.WidenLower(y)), sv, Vector128.WidenLower(dy)),
                V128.Fnma(VectorMath.Exp(Vector128.WidenUpper(y)), sv, Vector128.WidenUpper(dy)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float MaxAcrossF(Vector128<float> v) => RowLanes.MaxAcrossF(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> ExponentBias(int k) => TableLookup.IsSingleInstruction ? Vector128.Create(64f - k) : Vector128.Create(127 + 64 - k).AsSingle();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> ScaledExp(ref FloatSum128 acc, Vector128<float> z, Vector128<float> zMin, Vector128<float> bits)
        {
            z = Simd.Max(zMin, z); // NaN passes
            if (TableLookup.IsSingleInstruction)
            {
                // e^z = 2^(m + j/16)·e^r (ExpTable): T = 2^(j/16) as a pair, e = T·(1 + s) rounded once with its exact residual.
                Vector128<float> kt = V128.FmaF(z, V128.CF(ExpTable.Log2E16), V128.CF(MathConstF.Shift));
                Vector128<float> nt = kt - V128.CF(MathConstF.Shift);
                Vector128<float> rt = V128.FnmaF(nt, V128.CF(ExpTable.Ln2Lo16), V128.FnmaF(nt, V128.CF(ExpTable.Ln2Hi16), z));
                Vector128<float> qt = V128.FmaF(V128.FmaF(rt, V128.CF(1f / 24), V128.CF(1f / 6)), rt, V128.CF(0.5f));
                Vector128<float> st = V128.FmaF(rt * rt, qt, rt);
                Vector128<float> th = TableLookup.Lookup16(ref ExpTable.Hi, kt);
                Vector128<float> u = V128.FmaF(th, st, TableLookup.Lookup16(ref ExpTable.Lo, kt));
                Vector128<float> e0 = th + u;
                // ×2^(m − K + 64), m = ⌊n/16⌋ (vscalefps takes the floor of n/16 + 64 − K, exact): normal, so exact.
                Vector128<float> m = V128.FmaF(nt, V128.CF(1f / 16), bits);
                Vector128<float> et = Avx512F.VL.Scale(e0, m);
                acc.A += Vector128.WidenLower(et);
                acc.B += Vector128.WidenUpper(et);
                acc.Lo += Avx512F.VL.Scale((th - e0) + u, m); // e0's exact residual (Fast2Sum: |th| ≥ |u|), scaled alike
                return et;
            }

            Vector128<float> k = V128.FmaF(z, V128.CF(MathConstF.Log2E), V128.CF(MathConstF.Shift));
            Vector128<float> n = k - V128.CF(MathConstF.Shift);
            Vector128<float> rHi = V128.FnmaF(n, V128.CF(MathConstF.Ln2Hi), z); // exact
            Vector128<float> rLo = n * V128.CF(-MathConstF.Ln2Lo);
            Vector128<float> r = rHi + rLo;
            Vector128<float> r2 = r * r;
            Vector128<float> q01 = V128.FmaF(r, V128.CF(MathConstF.Q1), V128.CF(MathConstF.Q0));
            Vector128<float> q23 = V128.FmaF(r, V128.CF(MathConstF.Q3), V128.CF(MathConstF.Q2));
            Vector128<float> q = V128.FmaF(r2, V128.FmaF(r2, V128.CF(MathConstF.Q4), q23), q01);
            Vector128<float> p = V128.FmaF(r2, q, rLo);
            Vector128<float> sHi = rHi + p;
            Vector128<float> sLo = (rHi - sHi) + p; // e^r = 1 + sHi + sLo (Fast2Sum)
            Vector128<float> t = ((k.AsInt32() + bits.AsInt32()) << 23).AsSingle();
            // t·(1 + sHi + sLo) rounded once: hi = t·(1 + sHi) rounded, its exact error (t − hi is exact), plus t·sLo.
            Vector128<float> hi = V128.FmaF(t, sHi, t);
            Vector128<float> lo = V128.FmaF(t, sLo, V128.FmaF(t, sHi, t - hi));
            acc.A += Vector128.WidenLower(hi);
            acc.B += Vector128.WidenUpper(hi);
            acc.Lo += lo;
            return hi + lo;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void BeginExps(out ExpStage<Vector128<float>> s, Vector128<float> z0, Vector128<float> z1, Vector128<float> zMin, Vector128<float> bits)
        {
            if (!TableLookup.IsSingleInstruction)
            {
                s = new ExpStage<Vector128<float>> { R0 = z0, R1 = z1 }; // EndExps' ScaledExp clamps them
                return;
            }

            z0 = Simd.Max(zMin, z0);
            z1 = Simd.Max(zMin, z1);
            // ScaledExp's table form up to the reduced argument and the table entries, for both vectors.
            Vector128<float> kt0 = V128.FmaF(z0, V128.CF(ExpTable.Log2E16), V128.CF(MathConstF.Shift));
            Vector128<float> kt1 = V128.FmaF(z1, V128.CF(ExpTable.Log2E16), V128.CF(MathConstF.Shift));
            Vector128<float> nt0 = kt0 - V128.CF(MathConstF.Shift);
            Vector128<float> nt1 = kt1 - V128.CF(MathConstF.Shift);
            s.R0 = V128.FnmaF(nt0, V128.CF(ExpTable.Ln2Lo16), V128.FnmaF(nt0, V128.CF(ExpTable.Ln2Hi16), z0));
            s.R1 = V128.FnmaF(nt1, V128.CF(ExpTable.Ln2Lo16), V128.FnmaF(nt1, V128.CF(ExpTable.Ln2Hi16), z1));
            s.H0 = TableLookup.Lookup16(ref ExpTable.Hi, kt0);
            s.H1 = TableLookup.Lookup16(ref ExpTable.Hi, kt1);
            s.L0 = TableLookup.Lookup16(ref ExpTable.Lo, kt0);
            s.L1 = TableLookup.Lookup16(ref ExpTable.Lo, kt1);
            s.M0 = V128.FmaF(nt0, V128.CF(1f / 16), bits);
            s.M1 = V128.FmaF(nt1, V128.CF(1f / 16), bits);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void EndExps(ref FloatSum128 acc, in ExpStage<Vector128<float>> s, Vector128<float> zMin, Vector128<float> bits, ref float e, nuint i)
        {
            if (!TableLookup.IsSingleInstruction)
            {
                ScaledExp(ref acc, s.R0, zMin, bits).StoreUnsafe(ref e, i);
                ScaledExp(ref acc, s.R1, zMin, bits).StoreUnsafe(ref e, i + (nuint)Count);
                return;
            }

            // ScaledExp's table form from the reduced argument on.
            Vector128<float> rt0 = s.R0, rt1 = s.R1, th0 = s.H0, th1 = s.H1;
            Vector128<float> qt0 = V128.FmaF(V128.FmaF(rt0, V128.CF(1f / 24), V128.CF(1f / 6)), rt0, V128.CF(0.5f));
            Vector128<float> qt1 = V128.FmaF(V128.FmaF(rt1, V128.CF(1f / 24), V128.CF(1f / 6)), rt1, V128.CF(0.5f));
            Vector128<float> st0 = V128.FmaF(rt0 * rt0, qt0, rt0);
            Vector128<float> st1 = V128.FmaF(rt1 * rt1, qt1, rt1);
            Vector128<float> u0 = V128.FmaF(th0, st0, s.L0);
            Vector128<float> u1 = V128.FmaF(th1, st1, s.L1);
            Vector128<float> e00 = th0 + u0;
            Vector128<float> e01 = th1 + u1;
            Vector128<float> et0 = Avx512F.VL.Scale(e00, s.M0);
            Vector128<float> et1 = Avx512F.VL.Scale(e01, s.M1);
            // Summed in ScaledExp's order (each accumulator takes the first vector's terms, then the second's): the same bits.
            acc.A = (acc.A + Vector128.WidenLower(et0)) + Vector128.WidenLower(et1);
            acc.B = (acc.B + Vector128.WidenUpper(et0)) + Vector128.WidenUpper(et1);
            acc.Lo = (acc.Lo + Avx512F.VL.Scale((th0 - e00) + u0, s.M0)) + Avx512F.VL.Scale((th1 - e01) + u1, s.M1);
            et0.StoreUnsafe(ref e, i);
            et1.StoreUnsafe(ref e, i + (nuint)Count);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double SumOf(in FloatSum128 acc) => RowLanes.SumAcross((acc.A + Vector128.WidenLower(acc.Lo)) + (acc.B + Vector128.WidenUpper(acc.Lo)));

        /// <summary>a + b as an unevaluated float-float (Knuth's TwoSum: no condition on the magnitudes).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (Vector128<float> Hi, Vector128<float> Lo) TwoSum(Vector128<float> a, Vector128<float> b)
        {
            Vector128<float> s = a + b;
            Vector128<float> bp = s - a;
            return (s, (a - (s - bp)) + (b - bp));
        }
    }

}

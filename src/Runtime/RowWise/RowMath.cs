using System.Runtime.Intrinsics;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The arithmetic of the row loops (<see cref="SoftmaxRows"/>, <see cref="SoftmaxGradientRows"/>) for one compute type
    /// and one width: Vector512/256/128 or a single element (Count 1), so that the loops are written once and every path runs
    /// the same algorithm. <typeparamref name="TAcc"/> holds a row's running sums (per lane, in double for float).
    /// </summary>
    internal interface IRowMath<TS, TV, TAcc>
        where TS : unmanaged
        where TAcc : struct
    {
        /// <summary>Elements per step.</summary>
        static abstract int Count { get; }

        /// <summary><paramref name="value"/> (a value of TS held in a double) in every lane.</summary>
        static abstract TV Splat(double value);

        /// <summary><paramref name="value"/> rounded to TS.</summary>
        static abstract double Round(double value);

        /// <summary>The kernel's pre-activation z = op(x, bias) at this width.</summary>
        static abstract TV Pre<TOp>(in TOp op, TV x, TV bias)
            where TOp : struct, IRowOperation<TS>;

        /// <summary><c>v &gt; running ? v : running</c> per lane: a NaN in <paramref name="v"/> is ignored (NaN is tracked by <see cref="Ordered"/>).</summary>
        static abstract TV Max(TV running, TV v);

        /// <summary>The largest lane of a vector without NaN.</summary>
        static abstract double MaxAcross(TV v);

        /// <summary><paramref name="ordered"/> with the lanes where <paramref name="v"/> is NaN cleared.</summary>
        static abstract TV Ordered(TV ordered, TV v);

        /// <summary>All lanes set: nothing seen was NaN.</summary>
        static abstract TV AllOrdered { get; }

        /// <summary>Whether no lane was cleared by <see cref="Ordered"/>.</summary>
        static abstract bool IsAllOrdered(TV ordered);

        /// <summary><paramref name="v"/> with its first <paramref name="lanes"/> lanes replaced by <paramref name="value"/> (the lanes of a row's last, overlapping vector that an earlier step already counted).</summary>
        static abstract TV HeadTo(TV v, int lanes, double value);

        /// <summary>acc += e^(z − m) per lane, with <paramref name="negM"/> = −m, m ≥ z (z − m carried exactly).</summary>
        static abstract void AddExp(ref TAcc acc, TV z, TV negM);

        /// <summary>e^(z − m) rounded to TS (≤ 1 ULP, subnormal results included), with <paramref name="negM"/> = −m, m ≥ z.</summary>
        static abstract TV ExpOf(TV z, TV negM);

        /// <summary>e·(fh + fl) rounded once.</summary>
        static abstract TV Times(TV e, TV fh, TV fl);

        /// <summary>acc ·= <paramref name="factor"/> (the running max grew: the sums so far were relative to the old one).</summary>
        static abstract void Rescale(ref TAcc acc, double factor);

        /// <summary>The sum over all lanes, as a double and a correction (0 where the double is already exact enough).</summary>
        static abstract (double Hi, double Lo) Total(in TAcc acc);

        /// <summary>e^(z − m)·(rh + rl), rounded once, for rh + rl = 1/S.</summary>
        static abstract TV Softmax(TV z, TV negM, TV rh, TV rl);

        /// <summary>z − (ch + cl), for ch + cl = m + log S.</summary>
        static abstract TV LogSoftmax(TV z, TV ch, TV cl);

        /// <summary>acc += a·b per lane.</summary>
        static abstract void AddProduct(ref TAcc acc, TV a, TV b);

        /// <summary>acc += a per lane.</summary>
        static abstract void AddSum(ref TAcc acc, TV a);

        /// <summary>softmax′: y·(dy − s).</summary>
        static abstract TV SoftmaxGradient(TV y, TV dy, double s);

        /// <summary>log_softmax′: dy − e^y·s.</summary>
        static abstract TV LogSoftmaxGradient(TV y, TV dy, double s);
    }

    /// <summary>The float arithmetic of <see cref="SoftmaxSweeps"/> at one width (the float row structs implement it beside <see cref="IRowMath{TS, TV, TAcc}"/>).</summary>
    internal interface IFloatSoftmaxRow<TV, TAcc>
        where TAcc : struct
    {
        /// <summary>The largest lane of a vector without NaN.</summary>
        static abstract float MaxAcrossF(TV v);

        /// <summary>What <see cref="ScaledExp"/> takes to scale by 2^(64 − k): 64 − k as a float (the table form), or 127 + 64 − k as the bits of an int.</summary>
        static abstract TV ExponentBias(int k);

        /// <summary>
        /// e^max(z, zMin)·2^(64 − k) rounded once, for <paramref name="bits"/> = <see cref="ExponentBias"/>(k): z reduced as
        /// 2^n·e^r and the power of two applied from the integer (the result must be normal); NaN propagates.
        /// Adds the unrounded value (a float and its exact residual) to <paramref name="acc"/>.
        /// </summary>
        static abstract TV ScaledExp(ref TAcc acc, TV z, TV zMin, TV bits);

        /// <summary>
        /// The first half of <see cref="ScaledExp"/> for two vectors: the reduced arguments, the table entries and the powers of
        /// two, kept in <paramref name="s"/> for <see cref="EndExps"/>.
        /// </summary>
        static abstract void BeginExps(out ExpStage<TV> s, TV z0, TV z1, TV zMin, TV bits);

        /// <summary>
        /// The second half: the two vectors' e stored at <paramref name="i"/> and the next vector of <paramref name="e"/>, their
        /// terms added in that order (the same bits as two <see cref="ScaledExp"/> calls).
        /// </summary>
        static abstract void EndExps(ref TAcc acc, in ExpStage<TV> s, TV zMin, TV bits, ref float e, nuint i);

        /// <summary>The sum of all lanes of an accumulator filled by <see cref="ScaledExp"/>.</summary>
        static abstract double SumOf(in TAcc acc);
    }

    /// <summary>
    /// Two vectors' exps between <see cref="IFloatSoftmaxRow{TV, TAcc}.BeginExps"/> and <see cref="IFloatSoftmaxRow{TV, TAcc}.EndExps"/>
    /// (without the table: the two z in R0, R1).
    /// </summary>
    internal struct ExpStage<TV>
    {
        public TV R0, R1, H0, H1, L0, L1, M0, M1;
    }

    /// <summary>How the row loops read and write one element type at one width (Half: widened to float and narrowed back, <see cref="HalfVector"/>).</summary>
    internal interface IRowMemory<TE, TV>
    {
        static abstract TV Load(ref TE source, nuint index);

        static abstract void Store(TV value, ref TE destination, nuint index);

        /// <summary>
        /// Whether a stored TV comes back unchanged (float: yes; Half: no, it is rounded to Half). Only then may the
        /// forward loop keep e^(z − max) in the destination between its sweeps.
        /// </summary>
        static abstract bool Exact { get; }
    }
}

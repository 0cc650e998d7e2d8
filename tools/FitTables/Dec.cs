using System;
using System.Globalization;
using System.Numerics;
using System.Threading;

namespace FusedKernels.FitTables;

/// <summary>
/// A decimal floating-point number C·10^E, every operation rounded to 120 significant digits, half to even; exp and sqrt
/// correctly rounded (the rules of Python's decimal, which the tables were first fitted with). Why by hand: the fit must
/// be reproducible digit for digit, so each operation has one defined result; ExtendedNumerics.BigDecimal truncates
/// instead of rounding (2/3 ends in …666) and its exp is off in the last digits.
/// </summary>
internal readonly struct Dec : IComparable<Dec>
{
    public const int Precision = 120;

    public readonly BigInteger C;
    public readonly int E;

    private Dec(BigInteger c, int e) { C = c; E = e; }

    public static readonly Dec Zero = new(0, 0);
    public static readonly Dec One = new(1, 0);

    public static implicit operator Dec(int v) => new(v, 0);

    public bool IsZero => C.IsZero;
    public int Sign => C.Sign;

    // ---- powers of ten and digit counts ----

    // 10^n and 10^n/2, grown on demand; the fits run in parallel, so a grown table is published whole, under a lock.
    private static BigInteger[] pow10 = [BigInteger.One], halfPow10 = [BigInteger.Zero];
    private static readonly object grow = new();

    internal static BigInteger Pow10(int n)
    {
        var table = Volatile.Read(ref pow10);
        return n < table.Length ? table[n] : Grow(n).Pow10[n];
    }

    /// <summary>10^n / 2, n ≥ 1.</summary>
    private static BigInteger HalfPow10(int n)
    {
        var table = Volatile.Read(ref halfPow10);
        return n < table.Length ? table[n] : Grow(n).Half[n];
    }

    private static (BigInteger[] Pow10, BigInteger[] Half) Grow(int n)
    {
        lock (grow)
        {
            if (n >= pow10.Length)
            {
                var p = new BigInteger[Math.Max(n + 1, pow10.Length * 2)];
                var h = new BigInteger[p.Length];
                p[0] = BigInteger.One;
                for (int i = 1; i < p.Length; i++)
                {
                    p[i] = p[i - 1] * 10;
                    h[i] = p[i] / 2;
                }
                Volatile.Write(ref halfPow10, h);
                Volatile.Write(ref pow10, p);
            }
            return (pow10, halfPow10);
        }
    }

    /// <summary>Number of decimal digits of |x| (0 for 0).</summary>
    internal static int Digits(BigInteger x)
    {
        if (x.IsZero)
            return 0;
        x = BigInteger.Abs(x);
        long bits = x.GetBitLength();
        // 2^(bits-1) ≤ |x| < 2^bits: the digit count is this or one more.
        int d = (int)((bits - 1) * 0.30102999566398119521) + 1;
        return x >= Pow10(d) ? d + 1 : d;
    }

    // ---- rounding ----

    /// <summary>c·10^e rounded to prec digits, half to even; sticky says nonzero digits were already dropped below c.</summary>
    internal static Dec Round(BigInteger c, int e, int prec, bool sticky = false)
    {
        int n = Digits(c);
        if (n <= prec)
        {
            if (sticky)
                throw new InvalidOperationException("sticky rounding needs more digits than the precision");
            return new Dec(c, e);
        }
        int d = n - prec;
        int sign = c.Sign;
        BigInteger q = BigInteger.DivRem(BigInteger.Abs(c), Pow10(d), out BigInteger r);
        int cmp = r.CompareTo(HalfPow10(d));
        if (cmp > 0 || (cmp == 0 && (sticky || !q.IsEven)))
        {
            q += 1;
            if (q == Pow10(prec))
            {
                q = Pow10(prec - 1);
                d++;
            }
        }
        return new Dec(sign < 0 ? -q : q, e + d);
    }

    // ---- arithmetic ----

    public static Dec Add(Dec a, Dec b, int prec)
    {
        if (a.IsZero)
            return Round(b.C, b.E, prec);
        if (b.IsZero)
            return Round(a.C, a.E, prec);
        // An addend entirely below half an ulp of the other cannot change the rounded sum: skip building a huge integer.
        int topA = a.E + Digits(a.C), topB = b.E + Digits(b.C);
        if (topB < topA - prec - 2)
            return Round(a.C, a.E, prec);
        if (topA < topB - prec - 2)
            return Round(b.C, b.E, prec);
        int e = Math.Min(a.E, b.E);
        BigInteger c = a.C * Pow10(a.E - e) + b.C * Pow10(b.E - e);
        return Round(c, e, prec);
    }

    public static Dec Mul(Dec a, Dec b, int prec) => Round(a.C * b.C, a.E + b.E, prec);

    public static Dec Div(Dec a, Dec b, int prec)
    {
        if (b.IsZero)
            throw new DivideByZeroException();
        if (a.IsZero)
            return Zero;
        // Enough digits in the quotient that the rounding position lies inside it; the remainder is the sticky bit.
        int k = Math.Max(0, prec + 2 + Digits(b.C) - Digits(a.C));
        BigInteger q = BigInteger.DivRem(BigInteger.Abs(a.C) * Pow10(k), BigInteger.Abs(b.C), out BigInteger r);
        Dec m = Round(q, a.E - b.E - k, prec, !r.IsZero);
        return a.C.Sign * b.C.Sign < 0 ? -m : m;
    }

    public static Dec operator +(Dec a, Dec b) => Add(a, b, Precision);
    public static Dec operator -(Dec a, Dec b) => Add(a, -b, Precision);
    public static Dec operator *(Dec a, Dec b) => Mul(a, b, Precision);
    public static Dec operator /(Dec a, Dec b) => Div(a, b, Precision);
    public static Dec operator -(Dec a) => new(-a.C, a.E);
    public static Dec Abs(Dec a) => a.C.Sign < 0 ? -a : a;

    public int CompareTo(Dec other)
    {
        if (C.Sign != other.C.Sign)
            return C.Sign.CompareTo(other.C.Sign);
        if (C.IsZero)
            return 0;
        int e = Math.Min(E, other.E);
        return (C * Pow10(E - e)).CompareTo(other.C * Pow10(other.E - e));
    }

    public static bool operator <(Dec a, Dec b) => a.CompareTo(b) < 0;
    public static bool operator >(Dec a, Dec b) => a.CompareTo(b) > 0;
    public static bool operator <=(Dec a, Dec b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Dec a, Dec b) => a.CompareTo(b) >= 0;
    public static Dec Max(Dec a, Dec b) => b > a ? b : a;

    // ---- sqrt and exp, correctly rounded ----

    public static Dec Sqrt(Dec x)
    {
        if (x.Sign < 0)
            throw new ArgumentOutOfRangeException(nameof(x));
        if (x.IsZero)
            return Zero;
        // Scale so that the integer root has at least prec + 2 digits and the exponent halves exactly.
        int t = Math.Max(0, 2 * (Precision + 2) - Digits(x.C) + 1);
        if (((x.E - t) & 1) != 0)
            t++;
        BigInteger n = x.C * Pow10(t);
        BigInteger s = ISqrt(n);
        return Round(s, (x.E - t) / 2, Precision, s * s != n);
    }

    private static BigInteger ISqrt(BigInteger n)
    {
        // Newton from above: the first iterate that does not decrease is floor(sqrt(n)).
        BigInteger x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            BigInteger y = (x + n / x) >> 1;
            if (y >= x)
                return x;
            x = y;
        }
    }

    /// <summary>e^x correctly rounded: evaluated with guard digits and an error bound, more digits when the bound straddles a half.</summary>
    public static Dec Exp(Dec x)
    {
        if (x.IsZero)
            return One;
        for (int guard = 30; ; guard += 30)
        {
            int p = Precision + guard;
            Dec y = ExpApprox(x, p, out double ulps);
            // y has p digits (or fewer if exact); its error is below `ulps` units of its last digit. The rounding to
            // Precision is decided unless the true value may lie on the other side of a half.
            BigInteger c = BigInteger.Abs(y.C);
            int n = Digits(c);
            if (n < p)
            {
                c *= Pow10(p - n);
                y = new Dec(c, y.E - (p - n));
            }
            BigInteger unit = Pow10(p - Precision);
            BigInteger rest = BigInteger.Remainder(c, unit);
            BigInteger distance = BigInteger.Abs(rest * 2 - unit);
            if (distance > new BigInteger(2 * ulps + 2))
                return Round(y.C, y.E, Precision);
        }
    }

    /// <summary>
    /// ln(x) for x &gt; 0 to about 118 digits, not correctly rounded: Halley's iteration y ← y + 2(x − e^y)/(x + e^y) on the
    /// correctly rounded exp, a fixed number of steps from the double logarithm (a libm that differs in its last bit can move
    /// only the last digits, far below what a float coefficient resolves).
    /// </summary>
    public static Dec Ln(Dec x)
    {
        if (x.Sign <= 0)
            throw new ArgumentOutOfRangeException(nameof(x));
        Dec y = FromRepr(Math.Log(x.ToDouble()));
        // The error cubes each step: 2^-50 → 2^-150 → 2^-450, beyond 120 digits (2^-399).
        for (int i = 0; i < 3; i++)
        {
            Dec e = Exp(y);
            y += 2 * (x - e) / (x + e);
        }
        return y;
    }

    // e^x = (e^(x/2^k))^(2^k), the reduced argument below 1e-3, by its Taylor series; all at p digits.
    private static Dec ExpApprox(Dec x, int p, out double ulps)
    {
        double ax = Math.Abs(x.ToDouble());
        int k = ax * 1000 > 1 ? (int)Math.Ceiling(Math.Log2(ax * 1000)) : 0;
        // x/2^k = x·5^k/10^k, exact before rounding.
        Dec r = Round(x.C * BigInteger.Pow(5, k), x.E - k, p);
        Dec sum = One, term = One;
        int terms = 0;
        Dec tiny = new(1, -(p + 3));
        for (int i = 1; ; i++)
        {
            term = Div(Mul(term, r, p), i, p);
            sum = Add(sum, term, p);
            terms++;
            if (Abs(term) < tiny)
                break;
        }
        for (int i = 0; i < k; i++)
            sum = Mul(sum, sum, p);
        // Relative error in units of 10^(1-p): each Taylor step adds a few, each squaring doubles it and adds one.
        ulps = 10 * (Math.Pow(2, k) * (4.0 * terms + 10) + 10);
        return sum;
    }

    // ---- conversions ----

    /// <summary>The exact decimal value of a shortest round-trip text (what Python's D(repr(v)) gives for a double v).</summary>
    public static Dec FromRepr(double v)
    {
        if (!double.IsFinite(v))
            throw new ArgumentOutOfRangeException(nameof(v));
        return Parse(v.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Parses [-]digits[.digits][E[+-]digits] exactly.</summary>
    public static Dec Parse(string s)
    {
        int exp = 0;
        int ePos = s.IndexOfAny(['e', 'E']);
        if (ePos >= 0)
        {
            exp = int.Parse(s.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..ePos];
        }
        int dot = s.IndexOf('.');
        if (dot >= 0)
        {
            exp -= s.Length - dot - 1;
            s = s.Remove(dot, 1);
        }
        return new Dec(BigInteger.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), exp);
    }

    /// <summary>The exact decimal value of a double.</summary>
    public static Dec Exact(double v)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        bool negative = bits < 0;
        int be = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        if (be == 0x7FF)
            throw new ArgumentOutOfRangeException(nameof(v));
        long m = be == 0 ? frac : frac | (1L << 52);
        int e2 = (be == 0 ? 1 : be) - 1075;
        BigInteger c = m;
        int e10 = 0;
        if (e2 >= 0)
            c <<= e2;
        else
        {
            // m·2^e2 = m·5^-e2 / 10^-e2
            c *= BigInteger.Pow(5, -e2);
            e10 = e2;
        }
        return new Dec(negative ? -c : c, e10);
    }

    public double ToDouble() => (double)ToBinary(53, -1074, 1023);

    // Directly, not through double as the Python script did (Decimal → double → float): that double rounding can differ
    // only for a value within 2^-30 float ulp of a half-way point, and gave the same tables.
    public float ToFloat() => (float)ToBinary(24, -149, 127);

    // Correctly rounded (half to even) to a binary format with `mantissa` bits, smallest exponent of a unit in the last
    // place `minUlpExp` and largest exponent `maxExp`; the result is exact in a double, so the cast above does not round.
    private double ToBinary(int mantissa, int minUlpExp, int maxExp)
    {
        if (C.IsZero)
            return 0.0;
        BigInteger num = BigInteger.Abs(C), den = BigInteger.One;
        if (E >= 0)
            num *= Pow10(E);
        else
            den = Pow10(-E);
        // Binary exponent of the leading bit: 2^lead ≤ num/den < 2^(lead+1).
        int lead = (int)(num.GetBitLength() - den.GetBitLength());
        if (lead >= 0 ? (num >> 0) < (den << lead) : (num << -lead) < den)
            lead--;
        int ulpExp = Math.Max(lead - (mantissa - 1), minUlpExp);
        // q = num/den / 2^ulpExp, rounded half to even.
        BigInteger n = num, d = den;
        if (ulpExp >= 0)
            d <<= ulpExp;
        else
            n <<= -ulpExp;
        BigInteger q = BigInteger.DivRem(n, d, out BigInteger r);
        int cmp = (r * 2).CompareTo(d);
        if (cmp > 0 || (cmp == 0 && !q.IsEven))
            q += 1;
        double result = Math.ScaleB((double)q, ulpExp);
        if (lead > maxExp || double.IsInfinity(result) || Math.Abs(result) > Math.ScaleB(2.0 - Math.ScaleB(1.0, 1 - mantissa), maxExp))
            throw new OverflowException("value out of range of the binary format");
        return C.Sign < 0 ? -result : result;
    }

    public override string ToString() => C.ToString(CultureInfo.InvariantCulture) + "E" + E.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace FusedKernels.FitTables;

/// <summary>
/// printf-style %.Ng and %.Nf of a double, rounded half to even from its exact value: the tables' text was first printed
/// this way ('%.9g' gives 7.4578461e-06, which .NET's "G9" writes 7.4578461E-06), and a committed table must not change
/// because the tool that prints it did.
/// </summary>
internal static class Printf
{
    /// <summary>log2 of a fit error, two decimals (the "2^-27.84" the tool prints).</summary>
    internal static string Log2(Dec err) => F(System.Math.Log2(err.ToDouble()), 2);

    /// <summary>%.{precision}g: precision significant digits, trailing zeros dropped, exponent form below 1e-4 or from 10^precision.</summary>
    public static string G(double v, int precision)
    {
        string sign = double.IsNegative(v) ? "-" : "";
        if (v == 0)
            return sign + "0";
        Dec exact = Dec.Abs(Dec.Exact(v));
        Dec r = Dec.Round(exact.C, exact.E, precision);
        string digits = r.C.ToString(CultureInfo.InvariantCulture);
        int exp = r.E + digits.Length - 1; // the exponent of the first digit
        digits = digits.PadRight(precision, '0');
        string text;
        if (exp >= -4 && exp < precision)
        {
            // Fixed notation with precision − 1 − exp decimals.
            if (exp >= 0)
                text = digits[..(exp + 1)] + "." + digits[(exp + 1)..];
            else
                text = "0." + new string('0', -exp - 1) + digits;
            text = TrimFraction(text);
        }
        else
        {
            text = TrimFraction(digits[..1] + "." + digits[1..]) + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        return sign + text;
    }

    /// <summary>%.{decimals}f.</summary>
    public static string F(double v, int decimals)
    {
        string sign = double.IsNegative(v) ? "-" : "";
        Dec exact = Dec.Abs(Dec.Exact(v));
        // Round |v|·10^decimals to an integer, half to even.
        int shift = exact.E + decimals;
        BigInteger n;
        if (shift >= 0)
            n = exact.C * Dec.Pow10(shift);
        else
        {
            n = BigInteger.DivRem(exact.C, Dec.Pow10(-shift), out BigInteger rest);
            int cmp = (rest * 2).CompareTo(Dec.Pow10(-shift));
            if (cmp > 0 || (cmp == 0 && !n.IsEven))
                n += 1;
        }
        string digits = n.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var text = new StringBuilder(sign);
        text.Append(digits, 0, digits.Length - decimals);
        if (decimals > 0)
            text.Append('.').Append(digits, digits.Length - decimals, decimals);
        return text.ToString();
    }

    private static string TrimFraction(string s) => s.Contains('.') ? s.TrimEnd('0').TrimEnd('.') : s;
}

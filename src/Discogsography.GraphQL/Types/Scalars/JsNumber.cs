using System.Globalization;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>Formats a double the way JavaScript's <c>Number.prototype.toString</c> does (as graphql-js prints numbers).</summary>
internal static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // Shortest round-trip digits and decimal exponent: value = 0.d1d2...dk × 10^n.
        string roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        (string digits, int n) = Decompose(roundTrip);
        string sign = value < 0 ? "-" : string.Empty;
        int k = digits.Length;
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        int exponent = n - 1;
        string mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static (string Digits, int Exponent) Decompose(string roundTrip)
    {
        int exponent = 0;
        int e = roundTrip.IndexOfAny(['E', 'e']);
        string mantissa = roundTrip;
        if (e >= 0)
        {
            exponent = int.Parse(roundTrip[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = roundTrip[..e];
        }

        int point = mantissa.IndexOf('.', StringComparison.Ordinal);
        string integerPart = point >= 0 ? mantissa[..point] : mantissa;
        string fractionPart = point >= 0 ? mantissa[(point + 1)..] : string.Empty;
        string digits = integerPart + fractionPart;
        int n = integerPart.Length + exponent;
        int leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits[leadingZeros..].TrimEnd('0');
        return (digits, n - leadingZeros);
    }
}

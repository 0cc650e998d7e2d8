using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FusedKernels.MathGen;

/// <summary>
/// Stamps a template body into one width. Line-based modes: <c>//@all</c> (the default) and <c>//@end</c> send the
/// following lines to every width, <c>//@vec</c> to the three vector widths only, <c>//@scalar</c> to the scalar one only.
/// </summary>
internal static partial class Instantiate
{
    public static List<string> Body(IEnumerable<string> body, string width)
    {
        var tokens = Widths.Tokens[width];
        var output = new List<string>();
        string mode = "all";
        foreach (string raw in body)
        {
            switch (raw.Trim())
            {
                case "//@all" or "//@end": mode = "all"; continue;
                case "//@vec": mode = "vec"; continue;
                case "//@scalar": mode = "scalar"; continue;
                case var other when other.StartsWith("//@", StringComparison.Ordinal):
                    throw new FormatException($"unknown template directive: {other}");
            }
            if (mode == "vec" && width == Widths.Scalar || mode == "scalar" && width != Widths.Scalar)
                continue;
            string line = raw;
            foreach (var (token, text) in tokens)
                line = line.Replace("$" + token + "$", text);
            // A misspelt token would otherwise reach the compiler as "$VX$" (or, in a comment, nobody at all).
            if (Token().Match(line) is { Success: true } unknown)
                throw new FormatException($"unknown template token {unknown.Value}: {raw.Trim()}");
            output.Add(line);
        }
        return output;
    }

    [GeneratedRegex(@"\$[A-Z0-9]+\$")]
    private static partial Regex Token();
}

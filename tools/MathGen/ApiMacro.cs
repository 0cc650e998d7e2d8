using System;
using System.Collections.Generic;
using System.Linq;

namespace FusedKernels.MathGen;

/// <summary>
/// <c>//@api Name :: Core :: summary :: p1=description, p2=description</c> expands to the eight public overloads of Name
/// (float and double; scalar and Vector128/256/512), each taking x and the parameters as scalars. The float overloads widen
/// to double, call <c>CoreForFloat</c> on each half and narrow once (the scalar one casts); the double overloads call
/// <c>CoreD</c>. <c>//@api-float-only</c> has the float overloads call <c>CoreF</c> on the float value itself (the
/// suffixes: docs/design.md, "Vector math").
/// The summary is XML-escaped already.
/// </summary>
internal sealed record ApiMacro(string Name, string Core, string Summary, bool FloatOnly, IReadOnlyList<(string Name, string Doc)> Parameters)
{
    private const string Prefix = "//@api";
    private const string FloatOnlyPrefix = "//@api-float-only";
    private const string Indent = "        ";

    public static bool Is(string line) => line.Trim().StartsWith(Prefix, StringComparison.Ordinal);

    public static ApiMacro Parse(string line)
    {
        bool floatOnly = line.Trim().StartsWith(FloatOnlyPrefix, StringComparison.Ordinal);
        string rest = line[(line.IndexOf(floatOnly ? FloatOnlyPrefix : Prefix, StringComparison.Ordinal) + (floatOnly ? FloatOnlyPrefix : Prefix).Length)..];
        string[] parts = rest.Split(" :: ").Select(p => p.Trim()).ToArray();
        if (parts.Length != 4)
            throw new FormatException($"expected 'Name :: Core :: summary :: parameters': {line}");
        var parameters = parts[3].Split(',')
            .Where(p => p.Trim().Length > 0 && p.Contains('='))
            .Select(p => p.Split('=', 2))
            .Select(p => (p[0].Trim(), p[1].Trim()))
            .ToArray();
        return new ApiMacro(parts[0], parts[1], parts[2], floatOnly, parameters);
    }

    /// <summary>The overloads, as template lines (still holding width tokens and //@vec //@scalar modes).</summary>
    public List<string> Expand()
    {
        var doc = new List<string> { Indent + "/// <param name=\"x\">The input.</param>" };
        doc.AddRange(Parameters.Select(p => $"{Indent}/// <param name=\"{p.Name}\">{p.Doc}</param>"));
        string floatArgs = string.Concat(Parameters.Select(p => ", float " + p.Name));
        string doubleArgs = string.Concat(Parameters.Select(p => ", double " + p.Name));
        string call = string.Concat(Parameters.Select(p => ", " + p.Name));
        string inline = Indent + "[MethodImpl(MethodImplOptions.AggressiveInlining)]";
        string floatSummary = $"{Indent}/// <summary>{Summary}; {(FloatOnly ? "float-only (no widening to double)" : "evaluated in double and rounded once")}.</summary>";
        string doubleSummary = $"{Indent}/// <summary>{Summary}.</summary>";
        string[] floatVector = FloatOnly
            ? [$"{Indent}public static $VF$ {Name}($VF$ x{floatArgs}) => {Core}F(x{call});"]
            : [$"{Indent}public static $VF$ {Name}($VF$ x{floatArgs})",
               Indent + "{",
               Indent + "    var (lo, hi) = $O$.Widen(x);",
               $"{Indent}    return $O$.Narrow({Core}ForFloat(lo{call}), {Core}ForFloat(hi{call}));",
               Indent + "}"];
        string floatScalar = FloatOnly ? $"{Core}F(x{call})" : $"(float){Core}ForFloat(x{call})";

        var lines = new List<string> { "//@vec", floatSummary };
        lines.AddRange(doc);
        lines.Add(inline);
        lines.AddRange(floatVector);
        lines.Add("");
        lines.Add(doubleSummary);
        lines.AddRange(doc);
        lines.Add(inline);
        lines.Add($"{Indent}public static $VD$ {Name}($VD$ x{doubleArgs}) => {Core}D(x{call});");
        lines.Add("//@scalar");
        lines.Add(floatSummary);
        lines.AddRange(doc);
        lines.Add(inline);
        lines.Add($"{Indent}public static float {Name}(float x{floatArgs}) => {floatScalar};");
        lines.Add("");
        lines.Add(doubleSummary);
        lines.AddRange(doc);
        lines.Add(inline);
        lines.Add($"{Indent}public static double {Name}(double x{doubleArgs}) => {Core}D(x{call});");
        lines.Add("//@end");
        lines.Add("");
        return lines;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FusedKernels.FitTables;

/// <summary>
/// A table as rows of float literals (C# text, e.g. 7.4578461e-06f), one row per coefficient (its label, e.g. "c0 hi"),
/// one column per interval. Text rather than values: the committed text is compared as printed, and every literal is
/// also checked to be a float.
/// </summary>
internal sealed record Table(string Name, List<(string Label, string[] Literals)> Rows)
{
    public static Table FromValues(string name, List<(string Label, float[] Values)> rows) =>
        new(name, rows.Select(r => (r.Label, r.Values.Select(Literal).ToArray())).ToList());

    /// <summary>The rows of fitted polynomials: per layout entry (degree, whether the low part of a pair) one row.</summary>
    public static Table FromFit(string name, Fit.Result[] rows, (int K, bool Lo)[] layout, string[] labels)
    {
        var table = new List<(string, float[])>();
        for (int r = 0; r < layout.Length; r++)
        {
            var (k, lo) = layout[r];
            table.Add((labels[r], rows.Select(x => lo ? x.Coefficients[k].Lo : x.Coefficients[k].Hi).ToArray()));
        }
        return FromValues(name, table);
    }

    /// <summary>The C# text pasted into a template (there named as the template names it, indented one level more).</summary>
    public string ToCSharp()
    {
        var s = new StringBuilder();
        s.Append("internal static ReadOnlySpan<float> ").Append(Name).Append(" =>\n[\n");
        foreach (var (label, literals) in Rows)
        {
            s.Append("    // ").Append(label).Append(", entries 0..").Append(literals.Length - 1).Append('\n');
            s.Append("    ").Append(string.Join(", ", literals)).Append(",\n");
        }
        s.Append("];\n");
        return s.ToString();
    }

    // %.9g (enough digits for any float to read back exactly), with .0 where it would read as an integer.
    private static string Literal(float v)
    {
        string t = Printf.G(v, 9);
        if (!t.Contains('e') && !t.Contains('.'))
            t += ".0";
        return t + "f";
    }

    /// <summary>
    /// The rows of `internal static ReadOnlySpan<float> {name} =>` in a C# file: each a `// label, entries 0..N` comment
    /// followed by one line of float literals, up to the closing `];`.
    /// </summary>
    public static Table Parse(string path, string name)
    {
        string[] lines = File.ReadAllLines(path);
        string header = "internal static ReadOnlySpan<float> " + name + " =>";
        int start = Array.FindIndex(lines, l => l.Trim() == header);
        if (start < 0)
            throw new FormatException($"{path}: no line `{header}`");
        var rows = new List<(string, string[])>();
        for (int i = start + 2; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line == "];")
                return new Table(name, rows);
            const string entries = ", entries ";
            if (!line.StartsWith("// ", StringComparison.Ordinal) || !line.Contains(entries) || i + 1 >= lines.Length)
                throw new FormatException($"{path}:{i + 1}: expected `// label, entries 0..N` in table {name}");
            string label = line[3..line.IndexOf(entries, StringComparison.Ordinal)];
            string[] literals = lines[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (string v in literals)
                if (!v.EndsWith('f') || !float.TryParse(v[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    throw new FormatException($"{path}:{i + 1}: `{v}` is not a float literal");
            rows.Add((label, literals));
        }
        throw new FormatException($"{path}: table {name} has no closing `];`");
    }

    /// <summary>The differences from another table, one line each (none when the text is the same).</summary>
    public IEnumerable<string> Differences(Table committed)
    {
        if (Rows.Count != committed.Rows.Count)
            yield return $"{committed.Name}: {committed.Rows.Count} rows, the fit gives {Rows.Count}";
        foreach (var ((label, values), (cLabel, cValues)) in Rows.Zip(committed.Rows))
        {
            if (label != cLabel)
                yield return $"{committed.Name}: row `{cLabel}`, the fit gives `{label}`";
            if (values.Length != cValues.Length)
                yield return $"{committed.Name} {label}: {cValues.Length} entries, the fit gives {values.Length}";
            for (int i = 0; i < Math.Min(values.Length, cValues.Length); i++)
                if (values[i] != cValues[i])
                    yield return $"{committed.Name} {label} entry {i}: committed {cValues[i]}, the fit gives {values[i]}";
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FusedKernels.MathGen;

/// <summary>
/// A <c>*.cs.in</c> file: a header (copied once), the body between the lines <c>//@body</c> and <c>//@endbody</c>
/// (stamped once per width) and a footer (copied once). A first line <c>//@widths V128 V256 V512</c> limits the widths.
/// </summary>
internal sealed record Template(string FileName, string[] Header, string[] Body, string[] Footer, string[] WidthList)
{
    public static Template Load(string path)
    {
        // Read as the templates are stored (LF); a CRLF checkout is normalized so the output never depends on it.
        string[] text = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        int body = Array.IndexOf(text, "//@body"), end = Array.IndexOf(text, "//@endbody");
        if (body < 0 || end < body)
            throw new FormatException("expected a line //@body and a later line //@endbody");
        string[] header = text[..body];
        string[] widths = Widths.All;
        if (header.Length > 0 && header[0].StartsWith("//@widths ", StringComparison.Ordinal))
        {
            widths = header[0]["//@widths ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            header = header[1..];
        }
        return new Template(Path.GetFileName(path), header, text[(body + 1)..end], text[(end + 1)..], widths);
    }

    /// <summary>The generated file's text.</summary>
    /// <param name="firstLine">The "do not edit" line.</param>
    /// <param name="body">The body after macro expansion.</param>
    public string Render(string firstLine, IReadOnlyList<string> body)
    {
        var lines = new List<string> { firstLine };
        lines.AddRange(Header);
        foreach (string width in WidthList)
        {
            List<string> instance = Instantiate.Body(body, width);
            if (WidthList.Length > 1 && instance.Any(l => l.Trim().Length > 0))
            {
                lines.Add("");
                lines.Add($"        // ---------------- {Widths.Banner(width)} ----------------");
            }
            lines.AddRange(instance);
        }
        lines.AddRange(Footer);
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }
}

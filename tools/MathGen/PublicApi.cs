using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace FusedKernels.MathGen;

/// <summary>
/// The public surface of the generated files in PublicApiAnalyzers' format, read back from the text written (one line per
/// <c>public static</c> method of a <c>public</c> class). The Runtime project lists the resulting file as a second
/// PublicAPI.Unshipped.txt, so RS0016/RS0017 check it like the hand-kept one and nobody copies lines by hand.
/// </summary>
internal static partial class PublicApi
{
    public const string Header = "#nullable enable";

    /// <summary>The lines one generated file contributes (its public class, then its methods).</summary>
    public static IEnumerable<string> Lines(string generated)
    {
        string[] lines = generated.Split('\n');
        string? ns = lines.Select(l => Namespace().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        var type = lines.Select(l => PublicClass().Match(l)).FirstOrDefault(m => m.Success);
        if (ns is null || type is null)
            yield break; // internal helpers (Ops.Vector) have no public surface
        string owner = $"{ns}.{type.Groups[1].Value}";
        yield return owner;
        foreach (string line in lines)
        {
            var method = PublicMethod().Match(line);
            if (method.Success)
                yield return $"static {owner}.{method.Groups["name"].Value}({Qualify(method.Groups["parameters"].Value)}) -> {Qualify(method.Groups["returns"].Value)}";
        }
    }

    /// <summary>The analyzer's spelling of the intrinsic vector types: namespace-qualified.</summary>
    private static string Qualify(string types) => VectorType().Replace(types, "System.Runtime.Intrinsics.$0");

    [GeneratedRegex(@"^namespace ([\w.]+)")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^\s*public static partial class (\w+)")]
    private static partial Regex PublicClass();

    [GeneratedRegex(@"^\s*public static (?<returns>.+?) (?<name>\w+)\((?<parameters>[^)]*)\)")]
    private static partial Regex PublicMethod();

    [GeneratedRegex(@"\bVector(128|256|512)<")]
    private static partial Regex VectorType();
}

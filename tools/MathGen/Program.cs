using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FusedKernels.MathGen;

// Regenerates the vector math in src/Runtime/Math from its *.cs.in templates: dotnet run --project tools/MathGen.
// C# has no generic SIMD abstraction that works on net8.0 (ISimdVector is internal there), so each algorithm is written
// once and stamped out for the scalar double path and Vector128/256/512.

const string GeneratedMarker = "// This file is produced by tools/MathGen";

string root = FindRoot();
string math = Path.Combine(root, "src", "Runtime", "Math");
var outputs = new Dictionary<string, string>();

foreach (string path in Directory.GetFiles(Path.Combine(math, "Templates"), "*.cs.in").OrderBy(p => p, StringComparer.Ordinal))
{
    var template = Template.Load(path);
    outputs[Path.Combine(math, OutputName(template))] = template.Render(
        $"// This file is produced by tools/MathGen from Templates/{template.FileName}; edit the template, not this file.",
        template.Body, bannerEmpty: false);
}

var api = new List<string>();
foreach (string path in Directory.GetFiles(Path.Combine(math, "Derivatives", "Templates"), "*.cs.in").OrderBy(p => p, StringComparer.Ordinal))
{
    var template = Template.Load(path);
    var body = new List<string>();
    foreach (string line in template.Body)
    {
        if (!ApiMacro.Is(line)) { body.Add(line); continue; }
        var macro = ApiMacro.Parse(line);
        api.AddRange(macro.PublicApi());
        body.AddRange(macro.Expand());
    }
    string text = template.Render(
        $"// This file is produced by tools/MathGen from Derivatives/Templates/{template.FileName}; edit the template, not this file.",
        body, bannerEmpty: true);
    outputs[Path.Combine(math, "Derivatives", OutputName(template))] = Regex.Replace(text, "\n{3,}", "\n\n");
}
api.Sort(StringComparer.Ordinal);
outputs[Path.Combine(math, "Derivatives", "PublicAPI.Derivatives.txt")] = string.Join('\n', api) + "\n";

if (args is ["--check"])
    return Check(root, math, outputs);
if (args.Length > 0)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/MathGen [-- --check]");
    return 2;
}
foreach (var (path, text) in outputs)
{
    if (File.Exists(path) && File.ReadAllText(path) == text)
        continue;
    File.WriteAllText(path, text);
    Console.WriteLine("wrote " + Path.GetRelativePath(root, path));
}
foreach (string orphan in Orphans(math, outputs))
{
    File.Delete(orphan);
    Console.WriteLine("deleted " + Path.GetRelativePath(root, orphan) + " (no template produces it)");
}
return 0;

// --check (CI): writes nothing; fails when a committed file differs from what its template produces, or when a generated
// file has no template left.
static int Check(string root, string math, Dictionary<string, string> outputs)
{
    var stale = outputs.Where(o => !File.Exists(o.Key) || File.ReadAllText(o.Key).Replace("\r\n", "\n") != o.Value)
        .Select(o => o.Key).Concat(Orphans(math, outputs)).ToList();
    foreach (string path in stale)
        Console.Error.WriteLine("out of date: " + Path.GetRelativePath(root, path));
    if (stale.Count == 0)
    {
        Console.WriteLine($"src/Runtime/Math: {outputs.Count} generated files match their templates");
        return 0;
    }
    Console.Error.WriteLine("Regenerate with `dotnet run --project tools/MathGen` and commit the result (edit the templates, not the generated files).");
    return 1;
}

// Files that say they were generated but that no template produces any more (a template renamed or deleted).
static IEnumerable<string> Orphans(string math, Dictionary<string, string> outputs) =>
    Directory.EnumerateFiles(math, "*.cs", SearchOption.AllDirectories)
        .Where(p => !outputs.ContainsKey(p) && File.ReadLines(p).FirstOrDefault()?.StartsWith(GeneratedMarker, StringComparison.Ordinal) == true);

static string OutputName(Template template) => template.FileName[..^".in".Length];

// The repository root: the nearest directory above the working directory (or this tool's build output) holding Generator.sln.
static string FindRoot()
{
    foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
                return dir.FullName;
    throw new InvalidOperationException("run inside the FusedKernels repository (no Generator.sln above the working directory)");
}

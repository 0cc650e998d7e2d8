using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FusedKernels.MathGen;
using FusedKernels.Tools;

// Regenerates the vector math in src/Runtime/Math from its *.cs.in templates: dotnet run --project tools/MathGen.
// With -- --check (CI) it writes nothing and fails when a committed file differs. Why templates, their syntax and the
// naming of the variants: docs/design.md, "Vector math".

string root = RepositoryRoot.Find();
string math = Path.Combine(root, "src", "Runtime", "Math");
Dictionary<string, string> outputs;
try
{
    outputs = Outputs.Compute(root, math);
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

switch (args)
{
    case []:
        Write(root, math, outputs);
        return 0;
    case ["--check"]:
        return Check(root, math, outputs);
    default:
        Console.Error.WriteLine("usage: dotnet run --project tools/MathGen [-- --check]");
        return 2;
}

static void Write(string root, string math, Dictionary<string, string> outputs)
{
    foreach (var (path, text) in outputs)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
            continue;
        File.WriteAllText(path, text);
        Console.WriteLine("wrote " + Path.GetRelativePath(root, path));
    }
    foreach (string orphan in Outputs.Orphans(math, outputs).ToList())
    {
        File.Delete(orphan);
        Console.WriteLine("deleted " + Path.GetRelativePath(root, orphan) + " (no template produces it)");
    }
}

static int Check(string root, string math, Dictionary<string, string> outputs)
{
    var stale = outputs.Where(o => !File.Exists(o.Key) || File.ReadAllText(o.Key).Replace("\r\n", "\n") != o.Value)
        .Select(o => o.Key).Concat(Outputs.Orphans(math, outputs)).ToList();
    foreach (string path in stale)
        Console.Error.WriteLine("out of date: " + Path.GetRelativePath(root, path));
    if (stale.Count == 0)
    {
        Console.WriteLine($"src/Runtime/Math: all {outputs.Count} generated files match their templates");
        return 0;
    }
    Console.Error.WriteLine("Regenerate with `dotnet run --project tools/MathGen` and commit the result (edit the templates, not the generated files).");
    return 1;
}

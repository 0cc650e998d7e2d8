using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FusedKernels.FitGelu;
using FusedKernels.Tools;

// Fits the polynomial tables of float gelu's table form and prints them as C# with their fit error (stdout; the error of
// each interval on stderr): dotnet run --project tools/FitGelu -c Release [-- main|tail]. The tables are pasted into
// src/Runtime/Math/VectorMath.Gelu.cs.in (as Main and Tail), then tools/MathGen regenerates the .g.cs. With -- --check
// (CI) it prints nothing but one line, and fails when the committed tables differ from the fit.

const string Template = "src/Runtime/Math/VectorMath.Gelu.cs.in";

switch (args)
{
    case []:
        Print(main: true, tail: true);
        return 0;
    case ["main"]:
        Print(main: true, tail: false);
        return 0;
    case ["tail"]:
        Print(main: false, tail: true);
        return 0;
    case ["--check"]:
        return Check();
    default:
        Console.Error.WriteLine("usage: dotnet run --project tools/FitGelu -c Release [-- main | tail | --check]");
        return 2;
}

static void Print(bool main, bool tail)
{
    var stdout = Console.Out;
    stdout.NewLine = "\n";
    Console.Error.NewLine = "\n";
    if (main)
    {
        var (table, worst) = Gelu.FitMain(Console.Error);
        stdout.WriteLine("// main worst 2^" + Gelu.Log2(worst));
        stdout.Write(table.ToCSharp());
    }
    if (tail)
    {
        var (table, worst) = Gelu.FitTail(Console.Error);
        stdout.WriteLine("// tail worst 2^" + Gelu.Log2(worst));
        stdout.Write(table.ToCSharp());
    }
}

static int Check()
{
    string path = Path.Combine(RepositoryRoot.Find(), Template);
    var (main, mainWorst) = Gelu.FitMain(TextWriter.Null);
    var (tail, tailWorst) = Gelu.FitTail(TextWriter.Null);
    List<string> differences;
    try
    {
        differences = main.Differences(Table.Parse(path, "Main")).Concat(tail.Differences(Table.Parse(path, "Tail"))).ToList();
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
    foreach (string d in differences)
        Console.Error.WriteLine(Template + ": " + d);
    if (differences.Count > 0)
    {
        Console.Error.WriteLine("The committed gelu tables differ from the fit: paste `dotnet run --project tools/FitGelu -c Release` into "
            + Template + " (as Main and Tail), then run tools/MathGen.");
        return 1;
    }
    Console.WriteLine($"{Template}: the gelu tables match the fit (worst 2^{Gelu.Log2(mainWorst)} main, 2^{Gelu.Log2(tailWorst)} tail)");
    return 0;
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FusedKernels.FitTables;
using FusedKernels.Tools;

// Fits the polynomial tables of the float table forms (gelu's main and tail tables, softplus's table, tanh's two) and prints
// them as C# with their fit error (stdout; the error of each interval on stderr):
//   dotnet run --project tools/FitTables -c Release [-- gelu | gelu-main | gelu-tail | softplus | tanh]
// The tables are pasted into their templates (VectorMath.Gelu.cs.in as Main and Tail, VectorMath.Softplus.cs.in as Table,
// VectorMath.Tanh.cs.in as Table and Far), then tools/MathGen regenerates the .g.cs. With -- --check (CI) it prints one line
// per template, and fails when a committed table differs from the fit.

const string GeluTemplate = "src/Runtime/Math/VectorMath.Gelu.cs.in";
const string SoftplusTemplate = "src/Runtime/Math/VectorMath.Softplus.cs.in";
const string TanhTemplate = "src/Runtime/Math/VectorMath.Tanh.cs.in";

var stdout = Console.Out;
stdout.NewLine = "\n";
Console.Error.NewLine = "\n";
switch (args)
{
    case []:
        Print("gelu main", Gelu.FitMain(Console.Error));
        Print("gelu tail", Gelu.FitTail(Console.Error));
        Print("softplus", Softplus.Fit(Console.Error));
        Print("tanh", Tanh.Fit(Console.Error));
        Print("tanh far", Tanh.FitFar(Console.Error));
        return 0;
    case ["gelu"]:
        Print("gelu main", Gelu.FitMain(Console.Error));
        Print("gelu tail", Gelu.FitTail(Console.Error));
        return 0;
    case ["gelu-main"]:
        Print("gelu main", Gelu.FitMain(Console.Error));
        return 0;
    case ["gelu-tail"]:
        Print("gelu tail", Gelu.FitTail(Console.Error));
        return 0;
    case ["softplus"]:
        Print("softplus", Softplus.Fit(Console.Error));
        return 0;
    case ["tanh"]:
        Print("tanh", Tanh.Fit(Console.Error));
        Print("tanh far", Tanh.FitFar(Console.Error));
        return 0;
    case ["--check"]:
        return Check(GeluTemplate, [("Main", Gelu.FitMain(TextWriter.Null)), ("Tail", Gelu.FitTail(TextWriter.Null))])
            | Check(SoftplusTemplate, [("Table", Softplus.Fit(TextWriter.Null))])
            | Check(TanhTemplate, [("Table", Tanh.Fit(TextWriter.Null)), ("Far", Tanh.FitFar(TextWriter.Null))]);
    default:
        Console.Error.WriteLine("usage: dotnet run --project tools/FitTables -c Release [-- gelu | gelu-main | gelu-tail | softplus | tanh | --check]");
        return 2;
}

void Print(string what, (Table Table, Dec Worst) fit)
{
    stdout.WriteLine($"// {what} worst 2^{Printf.Log2(fit.Worst)}");
    stdout.Write(fit.Table.ToCSharp());
}

static int Check(string template, (string Name, (Table Table, Dec Worst) Fit)[] tables)
{
    string path = Path.Combine(RepositoryRoot.Find(), template);
    List<string> differences;
    try
    {
        differences = tables.SelectMany(t => t.Fit.Table.Differences(Table.Parse(path, t.Name))).ToList();
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
    foreach (string d in differences)
        Console.Error.WriteLine(template + ": " + d);
    if (differences.Count > 0)
    {
        Console.Error.WriteLine($"The committed tables differ from the fit: paste `dotnet run --project tools/FitTables -c Release` into {template} (as "
            + string.Join(", ", tables.Select(t => t.Name)) + "), then run tools/MathGen.");
        return 1;
    }
    Console.WriteLine($"{template}: the tables match the fit (worst " + string.Join(", ", tables.Select(t => $"2^{Printf.Log2(t.Fit.Worst)} {t.Name}")) + ")");
    return 0;
}

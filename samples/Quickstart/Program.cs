using System;
using System.Diagnostics;
using System.Runtime.Intrinsics;
using Quickstart;

// The seed example: leaky_relu with α = 0.01.
float[] x = { 1f, -0.5f, 3.4f, -2.1f, 0f, -6.5f };
float[] y = new float[x.Length];
Kernels.LeakyRelu(x, y);
Console.WriteLine("leaky_relu (α = 0.01)");
Console.WriteLine("  x = [" + string.Join(", ", x) + "]");
Console.WriteLine("  y = [" + string.Join(", ", y) + "]");

// A quick timing against the loop a user would write by hand (the benchmark project has the real figures).
string path = Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : Vector128.IsHardwareAccelerated ? "Vector128" : "scalar";
const int N = 4096;
const int Repetitions = 20_000;
var random = new Random(1);
float[] input = new float[N];
for (int i = 0; i < N; i++) input[i] = (float)(random.NextDouble() * 2 - 1);
float[] output = new float[N];

double generated = Time(() => Kernels.LeakyRelu(input, output));
double naive = Time(() => NaiveLeakyRelu(input, output));
Console.WriteLine();
Console.WriteLine($"{N} floats × {Repetitions} calls, {path} path:");
Console.WriteLine($"  generated kernel  {generated * 1e9 / Repetitions,8:F1} ns/call");
Console.WriteLine($"  naive loop        {naive * 1e9 / Repetitions,8:F1} ns/call  ({naive / generated:F1}× slower)");

static void NaiveLeakyRelu(float[] x, float[] y)
{
    for (int i = 0; i < x.Length; i++)
    {
        y[i] = x[i] > 0 ? x[i] : 0.01f * x[i];
    }
}

static double Time(Action action)
{
    // Warm up for long enough that tiered compilation has promoted the loops to optimized code
    // (the JIT waits ~100 ms after the last new method before it recompiles hot ones).
    var warmUp = Stopwatch.StartNew();
    while (warmUp.ElapsedMilliseconds < 500) action();
    var stopwatch = Stopwatch.StartNew();
    for (int i = 0; i < Repetitions; i++) action();
    return stopwatch.Elapsed.TotalSeconds;
}

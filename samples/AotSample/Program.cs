using System;
using System.Runtime.Intrinsics;
using AotSample;
using FusedKernels;
using FusedKernels.Testing;

// Runs generated kernels (from the FusedKernels package) against FusedKernels.Testing.Reference on every length
// 0..300 and a few large ones, with ±0, ±Inf, NaN and subnormals among the inputs. Piecewise activations must be
// bit-identical; sigmoid and tanh within 1 ULP (the float bound of docs/accuracy.md). Exits 1 on any mismatch.
Console.WriteLine($"FusedKernels AOT sample ({(System.Runtime.JitInfo.GetCompiledMethodCount() == 0 ? "NativeAOT" : "JIT")}, {Environment.Version})");
Console.WriteLine($"  Vector512.IsHardwareAccelerated = {Vector512.IsHardwareAccelerated}");
Console.WriteLine($"  Vector256.IsHardwareAccelerated = {Vector256.IsHardwareAccelerated}");
Console.WriteLine($"  Vector128.IsHardwareAccelerated = {Vector128.IsHardwareAccelerated}");
string path = Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : Vector128.IsHardwareAccelerated ? "Vector128" : "scalar";
Console.WriteLine($"  kernel path: {path}");

int failures = 0;
int checks = 0;
var random = new Random(20240611);
int[] lengths = new int[306];
for (int i = 0; i <= 300; i++) lengths[i] = i;
lengths[301] = 1000; lengths[302] = 1023; lengths[303] = 4099; lengths[304] = 65_537; lengths[305] = 300_001;

foreach (int n in lengths)
{
    float[] x = Inputs(n);
    float[] y = new float[n];
    int channels = Math.Max(1, Divisor(n));
    float[] bias = Inputs(channels);
    float[] scale = Inputs(channels);

    Kernels.Relu(x, y);
    CheckUnary("relu", x, y, Reference.Relu, 0);

    Kernels.LeakyRelu(x, y);
    CheckUnary("leaky_relu α=0.2", x, y, v => Reference.LeakyRelu(v, 0.2f), 0);

    Kernels.Sigmoid(x, y);
    CheckUnary("sigmoid", x, y, Reference.Sigmoid, 1);

    Kernels.BiasRelu(x, bias, y);
    Check("bias + relu", x, y, (v, i) => Reference.Relu(v + bias[i % channels]), 0);

    Kernels.ScaleBiasLeakyRelu(x, scale, bias, y);
    Check("scale·x + bias, leaky_relu α=0.1", x, y, (v, i) => Reference.LeakyRelu(MathF.FusedMultiplyAdd(v, scale[i % channels], bias[i % channels]), 0.1f), 0);

    double[] d = Array.ConvertAll(x, v => (double)v * 1.5);
    double[] expected = Array.ConvertAll(d, Reference.Relu);
    Kernels.ReluInPlace(d);
    checks++;
    for (int i = 0; i < n; i++)
    {
        if (BitConverter.DoubleToInt64Bits(d[i]) != BitConverter.DoubleToInt64Bits(expected[i]))
        {
            Fail($"relu in place (double) n={n} i={i}: expected {expected[i]:R}, got {d[i]:R}");
            break;
        }
    }
}

foreach (float v in Inputs(4096))
{
    checks++;
    if (Ulps(Reference.Tanh(v), Kernels.Tanh(v)) > 1) Fail($"tanh({v:R}) = {Kernels.Tanh(v):R}, expected {Reference.Tanh(v):R}");
    Vector128<float> s = Kernels.Sigmoid(Vector128.Create(v, -v, v * 0.5f, 0f));
    if (Ulps(Reference.Sigmoid(v), s[0]) > 1 || Ulps(Reference.Sigmoid(-v), s[1]) > 1 || Ulps(Reference.Sigmoid(v * 0.5f), s[2]) > 1 || s[3] != 0.5f)
    {
        Fail($"sigmoid(Vector128) around {v:R}: {s}");
    }
}

// Activations by name (ActivationKernels, for model loaders): the bits of the declared kernels above, and every
// catalogue activation runs for float, double and Half, forward and gradient (NativeAOT compiles them all ahead of time).
foreach (int n in new[] { 0, 1, 17, 1000, 4099 })
{
    float[] x = Inputs(n);
    float[] declared = new float[n];
    float[] byName = new float[n];
    Kernels.Relu(x, declared);
    ActivationKernels.Get<float>("relu").Invoke(x, byName);
    Same("relu by name", declared, byName);
    Kernels.LeakyRelu(x, declared);
    ActivationKernels.Get<float>("leaky_relu", alpha: 0.2).Invoke(x, byName);
    Same("leaky_relu α=0.2 by name", declared, byName);
    Kernels.Sigmoid(x, declared);
    ActivationKernels.Get<float>("logistic").Invoke(x, byName);
    Same("sigmoid by its alias 'logistic'", declared, byName);
}

foreach (string name in ActivationKernels.Names)
{
    double? alpha = name == "prelu" ? 0.25 : null;
    float[] x = Inputs(1000);
    float[] y = new float[x.Length];
    ActivationKernels.Get<float>(name, alpha).Invoke(x, y);
    ActivationKernels.GetGradient<float>(name, alpha).Invoke(x, Inputs(x.Length), y);
    double[] xd = Array.ConvertAll(x, v => (double)v);
    ActivationKernels.Get<double>(name, alpha).Invoke(xd.AsSpan());
    Half[] xh = Array.ConvertAll(x, v => (Half)v);
    ActivationKernels.Get<Half>(name, alpha).InvokeGated(xh, xh, new Half[xh.Length]);
    checks++;
}

Console.WriteLine(failures == 0 ? $"  {checks} checks: all kernels match the reference" : $"  {failures} of {checks} checks FAILED");
return failures == 0 ? 0 : 1;

void Check(string name, float[] x, float[] y, Func<float, int, float> reference, long ulps)
{
    checks++;
    for (int i = 0; i < x.Length; i++)
    {
        float want = reference(x[i], i);
        if (Ulps(want, y[i]) > ulps || (ulps == 0 && BitConverter.SingleToInt32Bits(want) != BitConverter.SingleToInt32Bits(y[i]) && !float.IsNaN(want)))
        {
            Fail($"{name} n={x.Length} i={i}: x = {x[i]:R} → expected {want:R}, got {y[i]:R} ({path})");
            return;
        }
    }
}

void Same(string name, float[] expected, float[] actual)
{
    checks++;
    for (int i = 0; i < expected.Length; i++)
    {
        if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(actual[i]))
        {
            Fail($"{name} n={expected.Length} i={i}: declared {expected[i]:R}, by name {actual[i]:R} ({path})");
            return;
        }
    }
}

void CheckUnary(string name, float[] x, float[] y, Func<float, float> reference, long ulps) => Check(name, x, y, (v, _) => reference(v), ulps);

void Fail(string message)
{
    if (failures++ < 20) Console.WriteLine("  MISMATCH " + message);
}

float[] Inputs(int n)
{
    float[] special = { 0f, -0f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, float.Epsilon, -float.Epsilon, 1e-40f, -1e-40f, float.MaxValue, float.MinValue, 1f, -1f, 88.7f, -104f };
    float[] v = new float[n];
    for (int i = 0; i < n; i++)
    {
        v[i] = random.Next(8) == 0 ? special[random.Next(special.Length)] : (float)((random.NextDouble() * 2 - 1) * Math.Pow(2, random.Next(-10, 6)));
    }

    return v;
}

// A channel count that divides n (per-channel broadcast), or n itself (element-wise) when n is prime or small.
static int Divisor(int n)
{
    foreach (int c in new[] { 64, 17, 8, 3 })
    {
        if (n > c && n % c == 0) return c;
    }

    return n;
}

// Distance in units in the last place; NaN meets NaN, ±0 coincide, subnormals count in the smallest subnormal.
static long Ulps(float a, float b)
{
    if (float.IsNaN(a) || float.IsNaN(b)) return float.IsNaN(a) && float.IsNaN(b) ? 0 : long.MaxValue;
    static long Key(float f) { int bits = BitConverter.SingleToInt32Bits(f); return bits < 0 ? (long)int.MinValue - bits : bits; }
    return Math.Abs(Key(a) - Key(b));
}

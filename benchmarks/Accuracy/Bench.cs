using System;
using System.Diagnostics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.Accuracy
{
    /// <summary>
    /// A quick Stopwatch comparison (not BenchmarkDotNet) of VectorMath.Sigmoid/Tanh in a 4×-unrolled loop over
    /// 4096 floats against TensorPrimitives.Sigmoid/Tanh (System.Numerics.Tensors 11.0.0), same process.
    /// </summary>
    internal static class Bench
    {
        private const int N = 4096;

        public static void Run()
        {
            var rng = new Random(1);
            float[] x = new float[N], y = new float[N];
            for (int i = 0; i < N; i++) x[i] = (float)(rng.NextDouble() * 20 - 10);

            Console.WriteLine($"V256 accelerated {Vector256.IsHardwareAccelerated}, V512 accelerated {Vector512.IsHardwareAccelerated}");
            var cases = new (string Name, Action Run)[]
            {
                ("sigmoid TensorPrimitives", () => TensorPrimitives.Sigmoid(x, y)),
                ("sigmoid VectorMath V256", () => Sigmoid256(x, y)),
                ("sigmoid VectorMath V512", () => Sigmoid512(x, y)),
                ("tanh TensorPrimitives", () => TensorPrimitives.Tanh(x, y)),
                ("tanh VectorMath V256", () => Tanh256(x, y)),
                ("tanh VectorMath V512", () => Tanh512(x, y)),
            };
            // Interleaved: every round times each candidate once, and the minimum over rounds is kept, so a
            // burst of load from another process penalizes all candidates alike and is then discarded.
            double[] best = new double[cases.Length];
            Array.Fill(best, double.MaxValue);
            foreach (var c in cases) for (int i = 0; i < 3000; i++) c.Run();
            for (int round = 0; round < 40; round++)
            {
                for (int k = 0; k < cases.Length; k++)
                {
                    const int Iter = 400;
                    var sw = Stopwatch.StartNew();
                    for (int i = 0; i < Iter; i++) cases[k].Run();
                    sw.Stop();
                    best[k] = Math.Min(best[k], sw.Elapsed.TotalNanoseconds / Iter);
                }
            }
            Console.WriteLine("ns per call on 4096 floats (min over 40 interleaved rounds of 400 calls):");
            for (int k = 0; k < cases.Length; k++)
            {
                double baseline = best[k / 3 * 3];
                Console.WriteLine($"  {cases[k].Name,-26} {best[k],8:F0} ns   speed vs TensorPrimitives {baseline / best[k]:F2}x");
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Sigmoid256(float[] x, float[] y)
        {
            ref float xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref float yr = ref MemoryMarshal.GetArrayDataReference(y);
            nuint n = (nuint)x.Length, i = 0;
            for (; i + 32 <= n; i += 32)
            {
                VectorMath.Sigmoid(Vector256.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
                VectorMath.Sigmoid(Vector256.LoadUnsafe(ref xr, i + 8)).StoreUnsafe(ref yr, i + 8);
                VectorMath.Sigmoid(Vector256.LoadUnsafe(ref xr, i + 16)).StoreUnsafe(ref yr, i + 16);
                VectorMath.Sigmoid(Vector256.LoadUnsafe(ref xr, i + 24)).StoreUnsafe(ref yr, i + 24);
            }
            for (; i < n; i += 8) VectorMath.Sigmoid(Vector256.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Sigmoid512(float[] x, float[] y)
        {
            ref float xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref float yr = ref MemoryMarshal.GetArrayDataReference(y);
            nuint n = (nuint)x.Length, i = 0;
            for (; i + 64 <= n; i += 64)
            {
                VectorMath.Sigmoid(Vector512.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
                VectorMath.Sigmoid(Vector512.LoadUnsafe(ref xr, i + 16)).StoreUnsafe(ref yr, i + 16);
                VectorMath.Sigmoid(Vector512.LoadUnsafe(ref xr, i + 32)).StoreUnsafe(ref yr, i + 32);
                VectorMath.Sigmoid(Vector512.LoadUnsafe(ref xr, i + 48)).StoreUnsafe(ref yr, i + 48);
            }
            for (; i < n; i += 16) VectorMath.Sigmoid(Vector512.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Tanh256(float[] x, float[] y)
        {
            ref float xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref float yr = ref MemoryMarshal.GetArrayDataReference(y);
            nuint n = (nuint)x.Length, i = 0;
            for (; i + 32 <= n; i += 32)
            {
                VectorMath.Tanh(Vector256.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
                VectorMath.Tanh(Vector256.LoadUnsafe(ref xr, i + 8)).StoreUnsafe(ref yr, i + 8);
                VectorMath.Tanh(Vector256.LoadUnsafe(ref xr, i + 16)).StoreUnsafe(ref yr, i + 16);
                VectorMath.Tanh(Vector256.LoadUnsafe(ref xr, i + 24)).StoreUnsafe(ref yr, i + 24);
            }
            for (; i < n; i += 8) VectorMath.Tanh(Vector256.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Tanh512(float[] x, float[] y)
        {
            ref float xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref float yr = ref MemoryMarshal.GetArrayDataReference(y);
            nuint n = (nuint)x.Length, i = 0;
            for (; i + 64 <= n; i += 64)
            {
                VectorMath.Tanh(Vector512.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
                VectorMath.Tanh(Vector512.LoadUnsafe(ref xr, i + 16)).StoreUnsafe(ref yr, i + 16);
                VectorMath.Tanh(Vector512.LoadUnsafe(ref xr, i + 32)).StoreUnsafe(ref yr, i + 32);
                VectorMath.Tanh(Vector512.LoadUnsafe(ref xr, i + 48)).StoreUnsafe(ref yr, i + 48);
            }
            for (; i < n; i += 16) VectorMath.Tanh(Vector512.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
        }
    }
}

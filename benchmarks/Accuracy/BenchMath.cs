using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;

namespace FusedKernels.Accuracy
{
    /// <summary>
    /// <c>--bench-math</c>: a quick Stopwatch timing (not BenchmarkDotNet) of the float VectorMath functions that issue 17
    /// moves to float-only arithmetic, one call per vector on the widest accelerated path over 4096 floats (in cache), x
    /// uniform in [−4, 4] (the gradient suite's range). Each is also given as a ratio to Sigmoid timed in the same
    /// rounds, so runs on a noisy machine compare by the ratio. Interleaved rounds, the minimum of each kept.
    /// </summary>
    internal static class BenchMath
    {
        private const int N = 4096;

        public static void Run()
        {
            var rng = new Random(1);
            float[] x = new float[N], y = new float[N], z = new float[N];
            for (int i = 0; i < N; i++) x[i] = (float)(rng.NextDouble() * 8 - 4);
            bool w512 = Vector512.IsHardwareAccelerated;
            Console.WriteLine($"path {(w512 ? "Vector512" : "Vector256")}; ns per element, 4096 floats, x uniform in [−4, 4]");
            var cases = new (string Name, Action Run)[]
            {
                ("sigmoid (anchor)", () => Loop<Sig>(x, y, w512)),
                ("silu′ β=1", () => Loop<SiluD1>(x, y, w512)),
                ("silu′ β=1.702", () => Loop<SiluD2>(x, y, w512)),
                ("silu and silu′", () => Loop2(x, y, z, w512)),
                ("gelu_tanh", () => Loop<GeluTanh>(x, y, w512)),
                ("softplus′ β=1", () => Loop<SoftplusD>(x, y, w512)),
                ("elu′ α=1", () => Loop<EluD>(x, y, w512)),
                ("selu′", () => Loop<SeluD>(x, y, w512)),
                ("celu′ α=1", () => Loop<CeluD>(x, y, w512)),
                ("gelu_tanh′", () => Loop<GeluTanhD>(x, y, w512)),
                ("mish", () => Loop<Mish>(x, y, w512)),
                ("mish′", () => Loop<MishD>(x, y, w512)),
            };
            double[] best = new double[cases.Length];
            Array.Fill(best, double.MaxValue);
            foreach (var c in cases) for (int i = 0; i < 2000; i++) c.Run();
            for (int round = 0; round < 30; round++)
            {
                for (int k = 0; k < cases.Length; k++)
                {
                    const int Iter = 300;
                    var sw = Stopwatch.StartNew();
                    for (int i = 0; i < Iter; i++) cases[k].Run();
                    sw.Stop();
                    best[k] = Math.Min(best[k], sw.Elapsed.TotalNanoseconds / Iter / N);
                }
            }
            for (int k = 0; k < cases.Length; k++)
                Console.WriteLine($"  {cases[k].Name,-18} {best[k],6:F3} ns/element   {best[k] / best[0],5:F2}× sigmoid");
        }

        private interface IOp
        {
            Vector512<float> Invoke(Vector512<float> v);
            Vector256<float> Invoke(Vector256<float> v);
        }

        private struct Sig : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.Sigmoid(v);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.Sigmoid(v);
        }

        private struct SiluD1 : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.SiluDerivative(v, 1f);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.SiluDerivative(v, 1f);
        }

        private struct SiluD2 : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.SiluDerivative(v, 1.702f);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.SiluDerivative(v, 1.702f);
        }

        private struct GeluTanh : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.GeluTanh(v);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.GeluTanh(v);
        }

        private struct SoftplusD : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.SoftplusDerivative(v, 1f);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.SoftplusDerivative(v, 1f);
        }

        private struct EluD : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.EluDerivative(v, 1f);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.EluDerivative(v, 1f);
        }

        private struct SeluD : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.SeluDerivative(v, 1.67326319f, 1.05070102f);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.SeluDerivative(v, 1.67326319f, 1.05070102f);
        }

        private struct CeluD : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.CeluDerivative(v, 1f);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.CeluDerivative(v, 1f);
        }

        private struct GeluTanhD : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.GeluTanhDerivative(v);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.GeluTanhDerivative(v);
        }

        private struct Mish : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.Mish(v);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.Mish(v);
        }

        private struct MishD : IOp
        {
            public Vector512<float> Invoke(Vector512<float> v) => VectorMath.MishDerivative(v);
            public Vector256<float> Invoke(Vector256<float> v) => VectorMath.MishDerivative(v);
        }

        // Generic over a struct: the JIT specializes the loop per function and inlines VectorMath into it, as a kernel does.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Loop<TOp>(float[] x, float[] y, bool w512) where TOp : struct, IOp
        {
            TOp op = default;
            ref float xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref float yr = ref MemoryMarshal.GetArrayDataReference(y);
            if (w512)
                for (nuint i = 0; i < N; i += 16) op.Invoke(Vector512.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
            else
                for (nuint i = 0; i < N; i += 8) op.Invoke(Vector256.LoadUnsafe(ref xr, i)).StoreUnsafe(ref yr, i);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Loop2(float[] x, float[] y, float[] z, bool w512)
        {
            ref float xr = ref MemoryMarshal.GetArrayDataReference(x);
            ref float yr = ref MemoryMarshal.GetArrayDataReference(y);
            ref float zr = ref MemoryMarshal.GetArrayDataReference(z);
            if (w512)
                for (nuint i = 0; i < N; i += 16)
                {
                    var (v, d) = VectorMath.SiluAndDerivative(Vector512.LoadUnsafe(ref xr, i), 1f);
                    v.StoreUnsafe(ref yr, i);
                    d.StoreUnsafe(ref zr, i);
                }
            else
                for (nuint i = 0; i < N; i += 8)
                {
                    var (v, d) = VectorMath.SiluAndDerivative(Vector256.LoadUnsafe(ref xr, i), 1f);
                    v.StoreUnsafe(ref yr, i);
                    d.StoreUnsafe(ref zr, i);
                }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;

namespace FusedKernels.Benchmarks
{
    /// <summary>
    /// A hand-written variant of the generated leaky_relu (α = 0.2) — the same loads, the same
    /// <c>max(z, 0.2·z)</c>, the same 4× unroll and overlapping last vector — that, out of place and past
    /// <see cref="Threshold"/> bytes, first aligns the destination to the vector size and then stores with
    /// <c>StoreAlignedNonTemporal</c> (what TensorPrimitives and memmove do for large inputs). With
    /// <c>nonTemporal: false</c> it keeps the alignment step but stores normally, which separates the two effects.
    /// This is the code proposed for the generator's emitter (see docs/benchmarks.md).
    /// </summary>
    public static unsafe class HandWritten
    {
        /// <summary>TensorPrimitives' threshold: 256 KiB of destination.</summary>
        public const nuint Threshold = 256 * 1024;

        public static void LeakyRelu(ReadOnlySpan<float> x, Span<float> y, bool nonTemporal)
        {
            nuint n = (nuint)x.Length;
            if (y.Length < x.Length)
            {
                throw new ArgumentException("Destination is too short.", nameof(y));
            }

            ref float xr = ref MemoryMarshal.GetReference(x);
            ref float yr = ref MemoryMarshal.GetReference(y);
            bool outOfPlace = !Unsafe.AreSame(ref xr, ref yr);
            if (Vector512.IsHardwareAccelerated && n >= 2 * (nuint)Vector512<float>.Count && outOfPlace && n * sizeof(float) >= Threshold)
            {
                fixed (float* py = &yr)
                {
                    Run512(ref xr, py, n, nonTemporal);
                }
            }
            else if (Vector256.IsHardwareAccelerated && n >= 2 * (nuint)Vector256<float>.Count && outOfPlace && n * sizeof(float) >= Threshold)
            {
                fixed (float* py = &yr)
                {
                    Run256(ref xr, py, n, nonTemporal);
                }
            }
            else
            {
                K.LeakyRelu(x, y); // below the threshold or in place: the generated kernel as it is
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<float> Post(Vector512<float> z) => FusedKernels.CompilerServices.Simd.Max(z, z * Vector512.Create(0.2f));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> Post(Vector256<float> z) => FusedKernels.CompilerServices.Simd.Max(z, z * Vector256.Create(0.2f));

        private static void Run512(ref float x, float* y, nuint n, bool nt)
        {
            const nuint w = 16;
            // First and last vectors unaligned (computed before anything is written), the middle aligned.
            Vector512<float> first = Post(Vector512.LoadUnsafe(ref x));
            Vector512<float> last = Post(Vector512.LoadUnsafe(ref x, n - w));
            nuint i = ((nuint)64 - ((nuint)y & 63)) / sizeof(float); // elements to the first 64-byte boundary (1..16)
            if (((nuint)y & (sizeof(float) - 1)) != 0)
            {
                i = 0; // not even element-aligned: cannot align, store unaligned below
                nt = false;
            }

            first.Store(y);
            if (nt)
            {
                for (; i + 4 * w <= n; i += 4 * w)
                {
                    Post(Vector512.LoadUnsafe(ref x, i)).StoreAlignedNonTemporal(y + i);
                    Post(Vector512.LoadUnsafe(ref x, i + w)).StoreAlignedNonTemporal(y + i + w);
                    Post(Vector512.LoadUnsafe(ref x, i + 2 * w)).StoreAlignedNonTemporal(y + i + 2 * w);
                    Post(Vector512.LoadUnsafe(ref x, i + 3 * w)).StoreAlignedNonTemporal(y + i + 3 * w);
                }

                for (; i + w <= n; i += w)
                {
                    Post(Vector512.LoadUnsafe(ref x, i)).StoreAlignedNonTemporal(y + i);
                }

                Sse.StoreFence(); // order the weakly-ordered stores before anything later (as memmove does)
            }
            else
            {
                for (; i + 4 * w <= n; i += 4 * w)
                {
                    Post(Vector512.LoadUnsafe(ref x, i)).Store(y + i);
                    Post(Vector512.LoadUnsafe(ref x, i + w)).Store(y + i + w);
                    Post(Vector512.LoadUnsafe(ref x, i + 2 * w)).Store(y + i + 2 * w);
                    Post(Vector512.LoadUnsafe(ref x, i + 3 * w)).Store(y + i + 3 * w);
                }

                for (; i + w <= n; i += w)
                {
                    Post(Vector512.LoadUnsafe(ref x, i)).Store(y + i);
                }
            }

            last.Store(y + n - w);
        }

        private static void Run256(ref float x, float* y, nuint n, bool nt)
        {
            const nuint w = 8;
            Vector256<float> first = Post(Vector256.LoadUnsafe(ref x));
            Vector256<float> last = Post(Vector256.LoadUnsafe(ref x, n - w));
            nuint i = ((nuint)32 - ((nuint)y & 31)) / sizeof(float);
            if (((nuint)y & (sizeof(float) - 1)) != 0)
            {
                i = 0;
                nt = false;
            }

            first.Store(y);
            if (nt)
            {
                for (; i + 4 * w <= n; i += 4 * w)
                {
                    Post(Vector256.LoadUnsafe(ref x, i)).StoreAlignedNonTemporal(y + i);
                    Post(Vector256.LoadUnsafe(ref x, i + w)).StoreAlignedNonTemporal(y + i + w);
                    Post(Vector256.LoadUnsafe(ref x, i + 2 * w)).StoreAlignedNonTemporal(y + i + 2 * w);
                    Post(Vector256.LoadUnsafe(ref x, i + 3 * w)).StoreAlignedNonTemporal(y + i + 3 * w);
                }

                for (; i + w <= n; i += w)
                {
                    Post(Vector256.LoadUnsafe(ref x, i)).StoreAlignedNonTemporal(y + i);
                }

                Sse.StoreFence();
            }
            else
            {
                for (; i + 4 * w <= n; i += 4 * w)
                {
                    Post(Vector256.LoadUnsafe(ref x, i)).Store(y + i);
                    Post(Vector256.LoadUnsafe(ref x, i + w)).Store(y + i + w);
                    Post(Vector256.LoadUnsafe(ref x, i + 2 * w)).Store(y + i + 2 * w);
                    Post(Vector256.LoadUnsafe(ref x, i + 3 * w)).Store(y + i + 3 * w);
                }

                for (; i + w <= n; i += w)
                {
                    Post(Vector256.LoadUnsafe(ref x, i)).Store(y + i);
                }
            }

            last.Store(y + n - w);
        }
    }

    /// <summary>
    /// Would non-temporal stores pay? The generated leaky_relu against the hand-written variant (aligned
    /// destination, with and without NT stores) and CopyTo, past TensorPrimitives' 256 KiB threshold: 1M floats
    /// (4 MiB, still inside this machine's L3) and 16M (64 MiB, DRAM); aligned buffers and buffers one element
    /// off (where the generated kernel's 64-byte stores split cache lines).
    /// </summary>
    [Config(typeof(MainConfig))]
    public class NonTemporalStores
    {
        private Buffers? _b;

        [Params(1024 * 1024, 16 * 1024 * 1024)]
        public int N { get; set; }

        [Params(0, 1)]
        public int Offset { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _b = Buffers.For(Cases.Get("leaky_relu"), N, Offset);
            Console.WriteLine($"// FusedKernels vector path: {CaseBenchmark.ActivePath()}");
        }

        [GlobalCleanup]
        public void Cleanup() => _b?.Dispose();

        [Benchmark(Baseline = true)]
        public void Generated() => K.LeakyRelu(_b!.X, _b.Y);

        [Benchmark]
        public void AlignedStores() => HandWritten.LeakyRelu(_b!.X, _b.Y, nonTemporal: false);

        [Benchmark]
        public void AlignedNonTemporal() => HandWritten.LeakyRelu(_b!.X, _b.Y, nonTemporal: true);

        [Benchmark]
        public void CopyTo() => _b!.X.CopyTo(_b.Y);
    }
}

using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// How a kernel declared with <c>Parallel = true</c> cuts a large call into blocks (docs/design.md, "Many cores").
    /// The block length depends on the call alone (its length, the per-channel periods, the kind of body), never on the
    /// thread count, so that per-block partial sums combined in block order give the same bits on 1 or 64 threads.
    /// </summary>
    internal static class ParallelBlocks
    {
        /// <summary>
        /// Elements from which a vector-math (compute-bound) body splits: a block is about 30 µs of gelu on one core,
        /// against the few µs it takes to wake a pool thread (docs/benchmarks.md, "Many cores").
        /// </summary>
        public const int MathGrain = 64 * 1024;

        /// <summary>
        /// Elements from which a piecewise (memory-bound) body splits: below 1M elements (4 MiB of float) its data is
        /// in cache and one core already runs it in a few hundred µs; above, a second core adds memory bandwidth.
        /// </summary>
        public const int CheapGrain = 1024 * 1024;

        /// <summary>
        /// Rows (channel periods) a block of a kernel with a reduction spans at least, so that the per-block partial sums
        /// (one period of doubles per block) stay a small fraction of the data the blocks read.
        /// </summary>
        public const int MinReductionRows = 16;

        /// <summary>Block boundaries are multiples of this many elements (and of every per-channel period).</summary>
        public const int Alignment = 64;

        /// <summary>The grain of a kind of body.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Grain(bool cheap) => cheap ? CheapGrain : MathGrain;

        /// <summary>
        /// Whether a call may use more than the calling thread: the process-wide limit allows it and the caller is not
        /// already parallel (a thread-pool thread, e.g. a <c>Parallel.For</c> body, <c>Task.Run</c> or a server request;
        /// or a thread running a task, which <c>Parallel.For</c>'s calling thread is while it runs bodies itself).
        /// </summary>
        public static bool MaySplit() =>
            KernelParallelism.MaxDegreeOfParallelism > 1 && !Thread.CurrentThread.IsThreadPoolThread && Task.CurrentId is null;

        /// <summary>
        /// The least common multiple of <paramref name="multiple"/> and a role's period when the role is per channel
        /// (<paramref name="period"/> neither 0, absent, nor <paramref name="length"/>, element-wise); capped just past
        /// <paramref name="length"/> (no block can be that long anyway).
        /// </summary>
        public static long WithPeriod(long multiple, int period, int length)
        {
            if (period == 0 || period == length || multiple > length)
            {
                return multiple;
            }

            long lcm = multiple / Gcd(multiple, period) * period;
            return Math.Min(lcm, (long)length + 1);
        }

        /// <summary>
        /// The length of every block but the last (which takes the remainder too, so no block is shorter than this),
        /// or 0 when the call is one block: fewer than two blocks of at least <paramref name="grain"/> (and
        /// <paramref name="minimum"/>) elements, a multiple of <paramref name="multiple"/>, fit.
        /// </summary>
        public static int BlockLength(int length, int grain, long multiple, long minimum)
        {
            long wanted = Math.Max(grain, minimum);
            long block = (wanted + multiple - 1) / multiple * multiple;
            return block <= length / 2 ? (int)block : 0;
        }

        /// <summary>Where block <paramref name="index"/> starts and how long it is (the last one takes the remainder).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (int Start, int Length) Bounds(int index, int count, int block, int length)
        {
            int start = index * block;
            return (start, index == count - 1 ? length - start : block);
        }

        /// <summary>Runs <paramref name="body"/> over the blocks: on up to the limit's threads, the calling thread taking part.</summary>
        public static void For(int count, Action<int> body, int[]? threads)
        {
            int workers = Math.Min(KernelParallelism.MaxDegreeOfParallelism, count);
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers }, body);
            ParallelTrace.Record(count, threads);
        }

        private static long Gcd(long a, long b)
        {
            while (b != 0)
            {
                (a, b) = (b, a % b);
            }

            return a;
        }
    }

    /// <summary>
    /// What tests observe of the last split call made from the current thread (internal; off unless a test turns it on).
    /// </summary>
    internal static class ParallelTrace
    {
        /// <summary>Whether split calls record their blocks' threads (costs one small array per split call).</summary>
        public static volatile bool Enabled;

        /// <summary>Blocks of the last call from this thread that reached the block path (0: none since <see cref="Reset"/>).</summary>
        [ThreadStatic]
        public static int LastBlocks;

        /// <summary>Distinct threads that ran those blocks.</summary>
        [ThreadStatic]
        public static int LastThreads;

        public static void Reset()
        {
            LastBlocks = 0;
            LastThreads = 0;
        }

        /// <summary>An array for the blocks' thread ids, when tracing.</summary>
        public static int[]? Threads(int count) => Enabled ? new int[count] : null;

        /// <summary>Notes a block's thread.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Ran(int[]? threads, int block)
        {
            if (threads is not null)
            {
                threads[block] = Environment.CurrentManagedThreadId;
            }
        }

        /// <summary>Records the call's blocks and distinct threads.</summary>
        public static void Record(int count, int[]? threads)
        {
            if (threads is null)
            {
                return;
            }

            LastBlocks = count;
            Array.Sort(threads);
            int distinct = 0;
            for (int i = 0; i < threads.Length; i++)
            {
                distinct += i == 0 || threads[i] != threads[i - 1] ? 1 : 0;
            }

            LastThreads = distinct;
        }
    }
}

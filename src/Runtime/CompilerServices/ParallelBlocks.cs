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
        /// Elements from which a vector-math (compute-bound) body splits, PyTorch's grain: a 32K block is about 10 µs of
        /// gelu on one core, and on the measuring machine two of them on two cores ran 1.1–1.35× faster than one call of
        /// 64K, two of 16K no faster than one call (docs/benchmarks.md, "Many cores").
        /// </summary>
        public const int MathGrain = 32 * 1024;

        /// <summary>
        /// Elements from which a piecewise (memory-bound) body splits: it runs at 0.04–0.09 ns per element in cache, so a
        /// block needs 4× the elements to be worth a thread's start; measured, 128K elements on two cores ran at 0.8–0.95×
        /// one call and 256K at 1.3×.
        /// </summary>
        public const int CheapGrain = 128 * 1024;

        /// <summary>
        /// Blocks a large call is cut into, about (blocks are longer than the grain when the call is longer than this many
        /// grains): enough for load balancing, few enough that per-block costs (partial sums, a wrap-extended role) stay small.
        /// </summary>
        public const int TargetBlocks = 256;

        /// <summary>
        /// Rows (channel periods) a block of a kernel with a reduction spans at least, so that the per-block partial sums
        /// (one period of doubles per block) stay a small fraction of the data the blocks read.
        /// </summary>
        public const int MinReductionRows = 16;

        /// <summary>
        /// Elements a block of a kernel with a reduction spans at least: each block also clears, folds and hands over its
        /// sums, and the call adds them up. Measured (<c>--verify-parallel</c>, bias + gelu backward, 1,024 channels): 64K
        /// elements cut into two blocks of 32K ran at 0.66–0.77× one call in three probes; 128K in blocks of 32K, 1.3–1.6×.
        /// </summary>
        public const int ReductionGrain = 64 * 1024;

        /// <summary>Block boundaries are multiples of this many elements (and of every per-channel period).</summary>
        public const int Alignment = 64;

        /// <summary>
        /// The least length of a block of a kernel that sums over channels of <paramref name="period"/> elements
        /// (<see cref="ReductionGrain"/>, <see cref="MinReductionRows"/> periods); 0 without a reduction (period 0).
        /// </summary>
        public static long ReductionBlock(int period) => period == 0 ? 0 : Math.Max(ReductionGrain, (long)MinReductionRows * period);

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
        /// The length of every block but the last (which takes the remainder too, so no block is shorter than this):
        /// at least <paramref name="grain"/>, <paramref name="minimum"/> and 1/<see cref="TargetBlocks"/> of the call,
        /// rounded up to a multiple of <paramref name="multiple"/>; or 0 when fewer than two such blocks fit (one call).
        /// </summary>
        public static int BlockLength(int length, int grain, long multiple, long minimum)
        {
            long wanted = Math.Max(Math.Max(grain, minimum), ((long)length + TargetBlocks - 1) / TargetBlocks);
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

        /// <summary>
        /// A role of a split call, for the block at <paramref name="start"/>: an element-wise role (as long as the call)
        /// sliced to the block, a per-channel role whole (every block starts a row).
        /// </summary>
        public static unsafe ReadOnlySpan<T> Role<T>(T* role, int roleLength, int callLength, int start, int length)
            where T : unmanaged =>
            roleLength == callLength ? new ReadOnlySpan<T>(role + start, length) : new ReadOnlySpan<T>(role, roleLength);

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

using System;
using System.Threading;

namespace FusedKernels
{
    /// <summary>
    /// The process-wide limit on the cores a kernel declared with <c>Parallel = true</c> uses for one large call
    /// (docs/usage.md, "Many cores"), as <c>torch.set_num_threads</c> or ONNX Runtime's <c>IntraOpNumThreads</c> are
    /// for those libraries. Kernels without <c>Parallel = true</c> always run on the calling thread.
    /// </summary>
    /// <remarks>
    /// A parallel kernel splits a call only when all of these hold: the call is at least the kernel's grain
    /// (32K elements for transcendental bodies, 128K for piecewise ones), this limit is above 1, and the calling
    /// thread is neither a thread-pool thread nor running a task (inside <c>Parallel.For</c>, <c>Task.Run</c> or a
    /// server request the caller already has its parallelism, so the kernel runs on the calling thread). The
    /// results are the same bits whatever the limit: the split points depend on the call alone.
    /// </remarks>
    public static class KernelParallelism
    {
        private static int s_maxDegreeOfParallelism = Environment.ProcessorCount;

        /// <summary>
        /// The most threads (the calling thread included) one kernel call runs on; by default
        /// <see cref="Environment.ProcessorCount"/>. 1 turns splitting off.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
        public static int MaxDegreeOfParallelism
        {
            get => Volatile.Read(ref s_maxDegreeOfParallelism);
            set
            {
                if (value < 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDegreeOfParallelism must be at least 1 (1 runs every kernel on the calling thread).");
                }

                Volatile.Write(ref s_maxDegreeOfParallelism, value);
            }
        }
    }
}

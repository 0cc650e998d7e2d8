using System;
using System.Collections.Generic;

namespace FusedKernels.Peers
{
    /// <summary>The columns of the comparison, in the order the tables show them.</summary>
    public static class Columns
    {
        public const string Fused = "FusedKernels";
        public const string Tp = "TensorPrimitives";
        public const string Ort = "ONNX Runtime";
        public const string OrtAll = "ONNX Runtime (all threads)";
        public const string FusedAll = "FusedKernels (all cores)";
        public const string Torch = "LibTorch";
        public const string TorchAll = "LibTorch (all threads)";
        public const string FusedInPlace = "FusedKernels in place";
        public const string TorchInPlace = "LibTorch in place";

        public static readonly string[] Order = [Fused, Tp, Ort, OrtAll, FusedAll, Torch, TorchAll, FusedInPlace, TorchInPlace];

        /// <summary>
        /// The column a column's ratio is taken against: the in-place FusedKernels kernel for LibTorch in place, the
        /// FusedKernels Parallel kernel for the peers on every core (when it ran), else the single-thread kernel.
        /// </summary>
        public static string BaselineOf(string column, Func<string, bool> ran) => column switch
        {
            TorchInPlace => FusedInPlace,
            OrtAll or TorchAll when ran(FusedAll) => FusedAll,
            _ => Fused,
        };
    }

    /// <summary>Run-wide switches (from the command line).</summary>
    public static class Settings
    {
        public static string[] Activations { get; set; } = Acts.Key;

        public static int[] Sizes { get; set; } = [4096, 65536, 16 * 1024 * 1024];

        public static string[] Data { get; set; } = [Distributions.Normal];

        /// <summary>
        /// --all-threads: add ONNX Runtime, LibTorch and FusedKernels' <c>Parallel = true</c> kernels on every core (off by
        /// default: the comparison is single-threaded).
        /// </summary>
        public static bool AllThreads { get; set; }
    }

    /// <summary>One case (activation, size, distribution): its buffers, sessions and tensors, and each column's operation.</summary>
    public sealed class CaseRunner : IDisposable
    {
        private readonly List<IDisposable> _owned = new();

        public CaseRunner(Act act, int n, string data, bool allThreads)
        {
            Act = act;
            B = new PeerBuffers(n, data, act.Shape == Shape.Gated);
            var ort = new OrtRunner(act.Onnx, B, threads: 1);
            _owned.Add(ort);
            Ops[Columns.Fused] = () => act.Fused(B);
            Ops[Columns.Tp] = () => act.Tp(B);
            Ops[Columns.Ort] = ort.Run;
            if (allThreads)
            {
                var ortAll = new OrtRunner(act.Onnx, B, threads: 0);
                _owned.Add(ortAll);
                Ops[Columns.OrtAll] = ortAll.Run;
                if (KP.AllCores.TryGetValue(act.Name, out Action<PeerBuffers>? all))
                {
                    Ops[Columns.FusedAll] = () => all(B);
                }
            }

            if (TorchPeer.Available)
            {
                var t = new TorchTensors(B);
                _owned.Add(t);
                Ops[Columns.Torch] = () =>
                {
                    TorchSharp.torch.Tensor r = act.TorchOut(t);
                    if (r.Handle == t.X.Handle) throw new InvalidOperationException($"LibTorch's out-of-place {act.Name} returned its input");
                    r.Dispose();
                };
                if (allThreads)
                {
                    // OpenMP's thread count is per calling thread, and the other columns time on this thread too: every
                    // core for this call only (set_num_threads costs microseconds: it matters at 4K, not at 16M).
                    Ops[Columns.TorchAll] = () =>
                    {
                        TorchSharp.torch.set_num_threads(Environment.ProcessorCount);
                        try
                        {
                            act.TorchOut(t).Dispose();
                        }
                        finally
                        {
                            TorchSharp.torch.set_num_threads(1);
                        }
                    };
                }
                // In place is compared where LibTorch has the in-place op (ONNX Runtime and TensorPrimitives are out of place).
                if (act.TorchInPlace is { } inPlace && act.FusedInPlace is { } fusedInPlace)
                {
                    Ops[Columns.FusedInPlace] = () => { B.Restore(); fusedInPlace(B); };
                    Ops[Columns.TorchInPlace] = () => { B.Restore(); inPlace(t); };
                }
            }
        }

        public Act Act { get; }

        public PeerBuffers B { get; }

        /// <summary>Column name → one call.</summary>
        public Dictionary<string, Action> Ops { get; } = new();

        public void Dispose()
        {
            foreach (IDisposable d in _owned) d.Dispose();
        }
    }
}

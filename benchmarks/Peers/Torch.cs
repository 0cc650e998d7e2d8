using System;
using TorchSharp;
using static TorchSharp.torch;

namespace FusedKernels.Peers
{
    /// <summary>
    /// LibTorch through TorchSharp-cpu, single-threaded (<c>torch.set_num_threads(1)</c>). TorchSharp's native
    /// glue (libLibTorchSharp.so) is built against GLIBCXX_3.4.32 (GCC 13's libstdc++); Debian 12 ships GCC 12's
    /// (GLIBCXX_3.4.30), so there the first torch call throws and the LibTorch columns are skipped with the reason.
    /// </summary>
    public static class TorchPeer
    {
        private static bool? _available;

        /// <summary>Why LibTorch did not load (null when it did).</summary>
        public static string? Failure { get; private set; }

        public static string Version { get; private set; } = "";

        /// <summary>Tries a tiny torch op once per process; prints why not on failure.</summary>
        public static bool Available
        {
            get
            {
                if (_available is null)
                {
                    try
                    {
                        Probe();
                        _available = true;
                    }
                    catch (Exception e)
                    {
                        _available = false;
                        Exception inner = e;
                        while (inner.InnerException is not null) inner = inner.InnerException;
                        Failure = inner.Message.Split('\n')[0];
                    }
                }

                return _available.Value;
            }
        }

        /// <summary>The message printed when LibTorch is skipped.</summary>
        public static string SkipMessage =>
            "LibTorch (TorchSharp-cpu 0.107.0) did not load, so its columns are skipped: " + Failure + Environment.NewLine +
            "  TorchSharp's libLibTorchSharp.so needs GLIBCXX_3.4.32 (libstdc++ from GCC 13 or newer); Debian 12 has GCC 12's (3.4.30)." + Environment.NewLine +
            "  To include LibTorch, run on a system with a newer libstdc++ (Debian 13, Ubuntu 24.04) or point LD_LIBRARY_PATH at" + Environment.NewLine +
            "  a directory holding one that also matches this glibc (docs/benchmarks.md, \"Against ONNX Runtime and LibTorch\").";

        private static void Probe()
        {
            torch.set_num_threads(1);
            using Tensor t = torch.ones(8);
            t.relu_();
            Version = torch.__version__;
        }
    }

    /// <summary>The case's buffers as tensors: views of the same pinned arrays (<c>from_array</c> + <c>narrow</c>, no copies).</summary>
    public sealed class TorchTensors : IDisposable
    {
        private readonly Tensor[] _whole;

        public TorchTensors(PeerBuffers b)
        {
            Tensor wx = torch.from_array(b.XBuf.Array), wy = torch.from_array(b.YBuf.Array);
            Tensor wb = torch.from_array(b.BiasBuf.Array), wm = torch.from_array(b.MBuf.Array);
            _whole = [wx, wy, wb, wm];
            X = wx.narrow(0, b.XBuf.Offset, b.N);
            Y = wy.narrow(0, b.YBuf.Offset, b.N);
            Bias = wb.narrow(0, b.BiasBuf.Offset, PeerBuffers.Channels);
            M = wm.narrow(0, b.MBuf.Offset, b.MBuf.Length);
            X2 = X.view(b.N / PeerBuffers.Channels, PeerBuffers.Channels);
        }

        public Tensor X { get; }

        public Tensor Y { get; }

        public Tensor Bias { get; }

        public Tensor M { get; }

        /// <summary>x as [rows, 1024] for the per-channel bias.</summary>
        public Tensor X2 { get; }

        public void Dispose()
        {
            X2.Dispose();
            X.Dispose();
            Y.Dispose();
            Bias.Dispose();
            M.Dispose();
            foreach (Tensor t in _whole) t.Dispose();
        }
    }

    /// <summary>Scalars made once (an implicit double → Scalar conversion allocates a native handle per call).</summary>
    public static class TorchScalars
    {
        public static readonly Scalar LeakySlope = 0.01;
        public static readonly Scalar One = 1.0;
        public static readonly Scalar MinusOne = -1.0;
    }
}

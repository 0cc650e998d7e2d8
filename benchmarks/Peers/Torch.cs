using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace FusedKernels.Peers
{
    /// <summary>
    /// LibTorch through TorchSharp-cpu, single-threaded (<c>torch.set_num_threads(1)</c>). TorchSharp's native
    /// glue (libLibTorchSharp.so) is built against GLIBCXX_3.4.32 (GCC 13's libstdc++); Debian 12 ships GCC 12's
    /// (GLIBCXX_3.4.30), where it loads only after <see cref="Glibcxx.MarkWeak"/>. Whatever the reason, if the
    /// first torch call throws, the LibTorch columns are skipped and the reason printed.
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
            "  TorchSharp's libLibTorchSharp.so asks for GLIBCXX_3.4.32 (GCC 13's libstdc++); Debian 12 has GCC 12's (3.4.30)." + Environment.NewLine +
            "  Without --no-torch-patch the suite flags that requirement weak in its build output's copy (see Glibcxx in Torch.cs);" + Environment.NewLine +
            "  otherwise run where libstdc++ is newer (Debian 13, Ubuntu 24.04). docs/benchmarks.md, \"Against ONNX Runtime and LibTorch\".";

        /// <summary>
        /// One intra-op thread for the calling thread, made sure of on the thread that times: LibTorch's CPU build
        /// parallelizes with OpenMP, whose thread count is a per-thread setting, and <c>torch.set_num_threads(1)</c>
        /// ran on the main thread at start-up. (Measured here: BenchmarkDotNet's in-process benchmark thread already
        /// reported 1, so this is a guard, not a fix.)
        /// </summary>
        /// <returns>The thread count LibTorch had on this thread before (0 without LibTorch).</returns>
        public static int OneThreadHere()
        {
            if (!Available) return 0;
            int before = torch.get_num_threads();
            torch.set_num_threads(1);
            return before;
        }

        /// <summary>--no-torch: leave LibTorch out.</summary>
        public static bool Disabled { get; set; }

        /// <summary>--no-torch-patch: load TorchSharp's native library as shipped.</summary>
        public static bool NoPatch { get; set; }

        /// <summary>What <see cref="Glibcxx.MarkWeak"/> did, for the run's header.</summary>
        public static string PatchNote { get; private set; } = "";

        private static void Probe()
        {
            if (Disabled) throw new InvalidOperationException("left out (--no-torch)");
            if (!NoPatch)
            {
                string lib = System.IO.Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
                if (System.IO.File.Exists(lib) && !Glibcxx.SystemHas("GLIBCXX_3.4.32") && Glibcxx.MarkWeak(lib, "GLIBCXX_3.4.32"))
                {
                    PatchNote = "GLIBCXX_3.4.32 marked weak in the build output's libLibTorchSharp.so (see Glibcxx)";
                }
            }

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

namespace FusedKernels.Peers
{
    /// <summary>
    /// Lets TorchSharp 0.107.0 load on a libstdc++ older than GCC 13's (Debian 12: GLIBCXX_3.4.30). Its
    /// libLibTorchSharp.so asks libstdc++.so.6 for version GLIBCXX_3.4.32 for one symbol only,
    /// <c>std::ios_base_library_init()</c>, which GCC 13's &lt;iostream&gt; references with a bare <c>.globl</c> so that
    /// the link records the version: there is no relocation against it, nothing calls it, and the older libstdc++
    /// initializes the standard streams itself. The dynamic loader refuses a missing version unless its entry in
    /// <c>.gnu.version_r</c> is flagged VER_FLG_WEAK (then it is a warning under LD_DEBUG). This sets that one flag in
    /// the build output's copy (bin/…/runtimes/linux-x64/native; never the NuGet cache), and only when this
    /// system's libstdc++ lacks the version. <c>--no-torch-patch</c> turns it off.
    /// </summary>
    public static class Glibcxx
    {
        private const ushort VerFlagWeak = 2;

        /// <summary>Whether the system's libstdc++.so.6 defines <paramref name="version"/> (a plain search of its bytes).</summary>
        public static bool SystemHas(string version)
        {
            foreach (string dir in new[] { "/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu" })
            {
                string path = Path.Combine(dir, "libstdc++.so.6");
                if (File.Exists(path))
                {
                    return File.ReadAllBytes(path).AsSpan().IndexOf(Encoding.ASCII.GetBytes(version + "\0")) >= 0;
                }
            }

            return true; // not found where Debian keeps it: do not touch anything
        }

        /// <summary>Flags the requirement of <paramref name="version"/> weak in an x86-64 ELF shared object; true if it changed the file.</summary>
        public static bool MarkWeak(string file, string version)
        {
            byte[] d = File.ReadAllBytes(file);
            if (d.Length < 64 || d[0] != 0x7F || d[1] != (byte)'E' || d[4] != 2 || d[5] != 1) return false; // ELF64, little-endian
            long shoff = (long)BinaryPrimitives.ReadUInt64LittleEndian(d.AsSpan(0x28));
            int shentsize = BinaryPrimitives.ReadUInt16LittleEndian(d.AsSpan(0x3A));
            int shnum = BinaryPrimitives.ReadUInt16LittleEndian(d.AsSpan(0x3C));
            for (int i = 0; i < shnum; i++)
            {
                var sh = d.AsSpan((int)(shoff + i * shentsize));
                const uint ShtGnuVerneed = 0x6FFFFFFE;
                if (BinaryPrimitives.ReadUInt32LittleEndian(sh[4..]) != ShtGnuVerneed) continue;
                int off = (int)BinaryPrimitives.ReadUInt64LittleEndian(sh[24..]);
                int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(sh[44..]); // sh_info: number of Verneed entries
                int link = (int)BinaryPrimitives.ReadUInt32LittleEndian(sh[40..]);
                var strtab = d.AsSpan((int)(shoff + link * shentsize));
                int str = (int)BinaryPrimitives.ReadUInt64LittleEndian(strtab[24..]);
                string Name(int at) => Encoding.ASCII.GetString(d, str + at, Array.IndexOf(d, (byte)0, str + at) - (str + at));
                for (int v = 0; v < count; v++)
                {
                    int cnt = BinaryPrimitives.ReadUInt16LittleEndian(d.AsSpan(off + 2));
                    int aux = off + (int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(off + 8));
                    for (int a = 0; a < cnt; a++)
                    {
                        ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(d.AsSpan(aux + 4));
                        if (Name((int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(aux + 8))) == version)
                        {
                            if ((flags & VerFlagWeak) != 0) return false;
                            BinaryPrimitives.WriteUInt16LittleEndian(d.AsSpan(aux + 4), (ushort)(flags | VerFlagWeak));
                            File.WriteAllBytes(file, d);
                            return true;
                        }

                        aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(aux + 12));
                    }

                    off += (int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(off + 12));
                }
            }

            return false;
        }
    }
}

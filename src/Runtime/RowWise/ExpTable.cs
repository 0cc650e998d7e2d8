using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FusedKernels.Runtime;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// 2^(j/16), j = 0 … 15, as float pairs Hi + Lo (Hi = RN(2^(j/16)), Lo = RN(2^(j/16) − Hi)): the table of
    /// <see cref="IFloatSoftmaxRow{TV, TAcc}.ScaledExp"/> where <see cref="TableLookup.IsSingleInstruction"/>. With it
    /// e^z = 2^(m + j/16)·e^r, n = 16m + j = round(z·16·log2 e), |r| ≤ ln 2/32: e^r − 1 is small enough (|s| ≤ 0.022) that
    /// its float rounding costs 2^-30 and a degree-4 Taylor polynomial is within 2^-34.
    /// </summary>
    internal static class ExpTable
    {
        /// <summary>RN(16·log2 e).</summary>
        internal const float Log2E16 = 23.0831203f;

        /// <summary>RN(ln 2/16): n·Ln2Hi16 is exact in an FMA and z − n·Ln2Hi16 is exact (|result| &lt; 2^-5, weight ≥ 2^-28).</summary>
        internal const float Ln2Hi16 = 0.0433216989f;

        /// <summary>RN(ln 2/16 − Ln2Hi16).</summary>
        internal const float Ln2Lo16 = -1.19040894e-10f;

        /// <summary>
        /// RN(2^(j/16)) for j = 0 … 15, then RN(2^(j/16) − RN(2^(j/16))): literals, so the table is data in the image
        /// (no static constructor whose check a loop would carry where code is compiled before it runs: ReadyToRun, AOT,
        /// TieredCompilation off).
        /// </summary>
        private static ReadOnlySpan<float> Table =>
        [
            1f, 1.0442737f, 1.0905077f, 1.1387886f, 1.1892071f, 1.2418578f, 1.2968396f, 1.3542556f,
            1.4142135f, 1.4768262f, 1.5422108f, 1.6104903f, 1.6817929f, 1.7562522f, 1.8340081f, 1.9152066f,
            0f, 4.83347e-08f, -1.307754e-08f, 5.3862223e-08f, 3.7976353e-08f, 4.496838e-08f, -4.0189995e-08f, -1.0123349e-08f,
            2.4203235e-08f, -4.500899e-08f, 8.070905e-09f, 9.836217e-09f, -2.4755327e-08f, -9.23577e-09f, -1.1239278e-08f, 9.845328e-09f,
        ];

        /// <summary>The Hi entries (16 floats), then the Lo entries (16 floats).</summary>
        public static ref float Hi
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => ref Unsafe.AsRef(in MemoryMarshal.GetReference(Table));
        }

        /// <inheritdoc cref="Hi"/>
        public static ref float Lo
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => ref Unsafe.Add(ref Unsafe.AsRef(in MemoryMarshal.GetReference(Table)), 16);
        }
    }
}

using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FusedKernels.Runtime
{
    /// <summary>
    /// 2^(j/16), j = 0 … 15, as float pairs Hi + Lo (Hi = RN(2^(j/16)), Lo = RN(2^(j/16) − Hi)): the table of
    /// <see cref="IFloatSoftmaxRow{TV, TAcc}.ScaledExp"/> where <see cref="TableLookup.IsSupported"/>. With it
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

        private static readonly float[] Table = Make();

        /// <summary>The Hi entries (16 floats), then the Lo entries (16 floats).</summary>
        public static ref float Hi
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => ref MemoryMarshal.GetArrayDataReference(Table);
        }

        /// <inheritdoc cref="Hi"/>
        public static ref float Lo
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Table), 16);
        }

        private static float[] Make()
        {
            var t = new float[32];
            for (int j = 0; j < 16; j++)
            {
                double v = Math.Pow(2, j / 16.0);
                t[j] = (float)v;
                t[16 + j] = (float)(v - t[j]);
            }

            return t;
        }
    }
}

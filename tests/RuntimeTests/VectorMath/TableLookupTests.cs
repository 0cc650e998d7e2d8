using System;
using System.Runtime.Intrinsics;
using FusedKernels.Runtime;
using Xunit;

namespace FusedKernels.RuntimeTests.VectorMathTests
{
    /// <summary>
    /// <see cref="TableLookup"/>'s per-lane lookups on the widths this machine runs them on (AVX-512's one permute, or
    /// AVX2's two and a blend under <c>DOTNET_EnableAVX512=0</c>): every lane gets t[i &amp; 15], whatever the index's
    /// higher bits.
    /// </summary>
    public class TableLookupTests
    {
        [Fact]
        public void Every_lane_reads_the_entry_its_low_four_bits_name()
        {
            if (!TableLookup.IsSupported)
            {
                return; // no hardware lookups here: the algorithms take their table-free forms
            }

            var table = new float[16];
            for (int k = 0; k < 16; k++)
            {
                table[k] = 100f + k;
            }

            var indices = new float[16];
            for (int shift = 0; shift < 16; shift++)
            {
                for (int lane = 0; lane < 16; lane++)
                {
                    // Lane l asks for entry (l + shift) mod 16, with higher bits set as a shifter's or an exponent's would be.
                    indices[lane] = BitConverter.Int32BitsToSingle(((lane + shift) & 15) | (0x4B4000 << (lane % 3)) << 4);
                }

                Vector512<float> r512 = TableLookup.Lookup16(ref table[0], Vector512.Create(indices));
                Vector256<float> r256 = TableLookup.Lookup16(ref table[0], Vector256.Create(indices));
                Vector128<float> r128 = TableLookup.Lookup16(ref table[0], Vector128.Create(indices));
                for (int lane = 0; lane < 16; lane++)
                {
                    float expected = table[(lane + shift) & 15];
                    Assert.Equal(expected, TableLookup.Lookup16(ref table[0], indices[lane]));
                    Assert.Equal(expected, r512[lane]);
                    if (lane < 8)
                    {
                        Assert.Equal(expected, r256[lane]);
                    }

                    if (lane < 4)
                    {
                        Assert.Equal(expected, r128[lane]);
                    }
                }
            }
        }
    }
}

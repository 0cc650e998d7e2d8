using System.Runtime.Intrinsics.X86;

namespace FusedKernels.CompilerServices
{
    /// <summary>
    /// The few facts about the processor that a loop decision depends on, read once from CPUID (nothing on other
    /// architectures). Each decision that uses one names the measurement behind it.
    /// </summary>
    internal static class Processor
    {
        /// <summary>Whether this is an Intel processor (CPUID leaf 0's vendor string "GenuineIntel").</summary>
        public static readonly bool IsIntel = X86Base.IsSupported && IsVendor(X86Base.CpuId(0, 0), 0x756e6547, 0x49656e69, 0x6c65746e);

        /// <summary>Whether this is an AMD processor (vendor "AuthenticAMD") of family 1Ah (Zen 5) or later.</summary>
        public static readonly bool IsAmdZen5OrLater =
            X86Base.IsSupported && IsVendor(X86Base.CpuId(0, 0), 0x68747541, 0x69746e65, 0x444d4163) && Family(X86Base.CpuId(1, 0).Eax) >= 0x1A;

        // The vendor string's three registers, in EBX, EDX, ECX order.
        private static bool IsVendor((int Eax, int Ebx, int Ecx, int Edx) leaf0, int ebx, int edx, int ecx) =>
            leaf0.Ebx == ebx && leaf0.Edx == edx && leaf0.Ecx == ecx;

        /// <summary>The family that CPUID leaf 1's <paramref name="eax"/> gives: its base family, plus its extended family where the base is 0Fh.</summary>
        internal static int Family(int eax)
        {
            int family = (eax >> 8) & 0xF;
            return family == 0xF ? family + ((eax >> 20) & 0xFF) : family;
        }
    }
}

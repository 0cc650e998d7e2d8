using System.Collections.Generic;

namespace FusedKernels.MathGen;

/// <summary>The instances a template is stamped into and the text each `$TOKEN$` becomes in them.</summary>
internal static class Widths
{
    public const string Scalar = "Sc";

    public static readonly string[] All = ["Sc", "V128", "V256", "V512"];

    // $VD$ double vector (or double), $VF$ float vector (or float), $VM$ mask of double lanes (or bool), $VMF$ mask of
    // float lanes, $VU$ ulong vector, $O$ the ops class, $VN$ Vector128/256/512, $ISA$ the x86 class with min/max,
    // $RCPISA$ the class with the 14-bit reciprocal, $FMAISA$/$FMA$/$FNMA$/$FMS$ the x86 fused multiply-add, $DQISA$ the class
    // with vreduceps.
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tokens =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["Sc"] = Row("double", "float", "bool", "bool", "ulong", "Sc", "", "", "", "", "", "", "", ""),
            ["V128"] = Row("Vector128<double>", "Vector128<float>", "Vector128<float>", "Vector128<double>", "Vector128<ulong>", "V128",
                "Vector128", "Sse2", "Avx512F.VL", "X86.Fma", "MultiplyAdd", "MultiplyAddNegated", "MultiplySubtract", "Avx512DQ.VL"),
            ["V256"] = Row("Vector256<double>", "Vector256<float>", "Vector256<float>", "Vector256<double>", "Vector256<ulong>", "V256",
                "Vector256", "Avx", "Avx512F.VL", "X86.Fma", "MultiplyAdd", "MultiplyAddNegated", "MultiplySubtract", "Avx512DQ.VL"),
            ["V512"] = Row("Vector512<double>", "Vector512<float>", "Vector512<float>", "Vector512<double>", "Vector512<ulong>", "V512",
                "Vector512", "Avx512F", "Avx512F", "Avx512F", "FusedMultiplyAdd", "FusedMultiplyAddNegated", "FusedMultiplySubtract", "Avx512DQ"),
        };

    /// <summary>The name a section banner gives the instance: "scalar" or "Vector128/256/512".</summary>
    public static string Banner(string width) => width == Scalar ? "scalar" : Tokens[width]["VN"];

    private static Dictionary<string, string> Row(string vd, string vf, string vmf, string vm, string vu, string o, string vn,
        string isa, string rcpIsa, string fmaIsa, string fma, string fnma, string fms, string dqIsa) => new()
        {
            ["VD"] = vd, ["VF"] = vf, ["VMF"] = vmf, ["VM"] = vm, ["VU"] = vu, ["O"] = o, ["VN"] = vn,
            ["ISA"] = isa, ["RCPISA"] = rcpIsa, ["FMAISA"] = fmaIsa, ["FMA"] = fma, ["FNMA"] = fnma, ["FMS"] = fms, ["DQISA"] = dqIsa,
        };
}

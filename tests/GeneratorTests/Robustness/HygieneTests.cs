using System.Diagnostics;
using System.Linq;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FusedKernels.GeneratorTests.Robustness
{
    /// <summary>
    /// Declarations a hostile user found that once produced generated code that did not compile, or lost kernels
    /// without a word (each was a failure before the generated implementation moved into a scope of its own, hint
    /// names gained a signature hash and rejected declarations got stubs). Valid ones must generate and compile with
    /// no diagnostics at all; rejected ones must say why with an FK error and leave no compiler error of ours behind.
    /// </summary>
    public class HygieneTests
    {
        private const string Usings = TestSource.Usings;

        public static TheoryData<string, string> Valid() => new()
        {
            { "one-value kernel whose input is named z", Kernels("[Activation(\"relu\")] public static partial float Relu(float z);", "[Activation(\"sigmoid\")] public static partial Vector256<float> S(Vector256<float> z);") },
            { "parameters named like generated locals", Kernels(
                "[Activation(\"relu\")] public static partial void A(ReadOnlySpan<float> __n, ReadOnlySpan<float> bias, Span<float> Run512);",
                "[Activation(\"gelu\")] public static partial void B(ReadOnlySpan<float> RunScalar, ReadOnlySpan<float> Bias, Span<float> PostScalar);",
                "[Activation(\"relu\")] public static partial void C(ReadOnlySpan<float> biasPeriod, ReadOnlySpan<float> BIAS, Span<float> __bias);",
                "[Activation(\"leaky_relu\")] public static partial void D(Span<float> biasRented, float bias);",
                "[Activation(\"relu\")] public static partial void E(ReadOnlySpan<float> input, ReadOnlySpan<float> residual, Span<float> destination);",
                "[Activation(\"relu\")] public static partial void F(ReadOnlySpan<float> Invoke, Span<float> __x);",
                "[ActivationGradient(\"gelu\")] public static partial void G(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dBias);",
                "[Activation(\"relu\")] public static partial void H(ReadOnlySpan<float> w, Span<float> i);",
                "[Activation(\"relu\")] public static partial void I(ReadOnlySpan<float> last, Span<float> n);") },
            { "a type named nuint in scope", Usings + "public struct nuint { } public struct nint { } namespace Demo { public static partial class K { [Activation(\"relu\")] public static partial void M(ReadOnlySpan<float> x, ReadOnlySpan<float> bias, Span<float> y); } }" },
            { "a type parameter named nuint", Usings + "namespace Demo { public partial class G<nuint> { [Activation(\"relu\")] public static partial void M(ReadOnlySpan<float> x, Span<float> y); [Activation(\"relu\")] public partial float N(float x); } }" },
            { "an attribute on a containing type's type parameter", Usings + "public class TagAttribute : Attribute { } namespace Demo { public partial class Holder<[Tag] T> { [Activation(\"relu\")] public static partial void M(Span<float> x); } }" },
            { "variance on a containing interface", Usings + "namespace Demo { public partial interface I<in T, out U> { [Activation(\"relu\")] public static partial void M(Span<float> x); } }" },
            { "MethodImpl and GeneratedCode already on the declaration", Usings + "using System.Runtime.CompilerServices; using System.CodeDom.Compiler; namespace Demo { public static partial class K { [Activation(\"relu\")][MethodImpl(MethodImplOptions.NoInlining)] public static partial float A(float x); [Activation(\"relu\")][GeneratedCode(\"mine\", \"1\")] public static partial void B(Span<float> x); [Activation(\"relu\")][MethodImpl(MethodImplOptions.AggressiveOptimization)] public static partial void C(ReadOnlySpan<float> x, Span<float> y); } }" },
            { "overloads with the same parameter names", Kernels("[Activation(\"relu\")] public static partial void Relu(ReadOnlySpan<float> x, Span<float> y);", "[Activation(\"relu\")] public static partial void Relu(Span<float> x, Span<float> y);") },
            { "@void beside _void", Kernels("[Activation(\"relu\")] public static partial void @void(Span<float> x);", "[Activation(\"relu\")] public static partial void _void(Span<float> x);") },
            { "C<T> beside C_1", Usings + "namespace Demo { public partial class C<T> { [Activation(\"relu\")] public static partial void M(Span<float> x); } public partial class C_1 { [Activation(\"relu\")] public static partial void M(Span<float> x); } }" },
            { "parameter names that join alike", Kernels("[Activation(\"relu\")] public static partial void M(ReadOnlySpan<float> a_b, Span<float> c);", "[Activation(\"relu\")] public static partial void M(Span<float> a, Span<float> b_c);") },
            { "names that differ only in case", Kernels("[Activation(\"relu\")] public static partial void M(Span<float> x);", "[Activation(\"relu\")] public static partial void m(Span<float> x);") },
        };

        public static TheoryData<string, string, string> Rejected() => new()
        {
            { "a kernel inside a file-local type", Usings + "namespace Demo { file static partial class K { [Activation(\"relu\")] static partial void M(Span<float> x); } }", "FK0012" },
            { "both attributes on one method", Kernels("[Activation(\"relu\")][ActivationGradient(\"relu\")] public static partial void M(Span<float> x);"), "FK0013" },
            { "both attributes, no access modifier", Kernels("[Activation(\"relu\")][ActivationGradient(\"relu\")] static partial void M(Span<float> x);"), "FK0013" },
            { "a vector of Half", Kernels("[Activation(\"relu\")] public static partial Vector256<Half> M(Vector256<Half> x);"), "FK0005" },
            { "a misspelt name on a public kernel", Kernels("[Activation(\"gleu\")] public static partial void M(ReadOnlySpan<float> x, Span<float> y);"), "FK0001" },
            { "a misspelt name, no access modifier", Kernels("[Activation(\"gleu\")] static partial void M(Span<float> x);"), "FK0001" },
            { "a generic method", Kernels("[Activation(\"relu\")] public static partial void M<T>(Span<T> x) where T : unmanaged;"), "FK0010" },
        };

        [Theory]
        [MemberData(nameof(Valid))]
        public void Valid_declarations_generate_and_compile_cleanly(string name, string source)
        {
            KernelOracle.Verdict verdict = KernelOracle.Check(source);
            Assert.True(verdict.Violations.Count == 0, name + ": " + string.Join("\n", verdict.Violations));
            Assert.Empty(verdict.FkErrors);
            Assert.Empty(verdict.Errors);
            Assert.DoesNotContain(verdict.Generated.Values, text => text.Contains("NotSupportedException"));
        }

        [Theory]
        [MemberData(nameof(Rejected))]
        public void Rejected_declarations_say_why_and_leave_no_compiler_error_of_ours(string name, string source, string id)
        {
            KernelOracle.Verdict verdict = KernelOracle.Check(source);
            Assert.True(verdict.Violations.Count == 0, name + ": " + string.Join("\n", verdict.Violations));
            Assert.Contains(verdict.FkErrors, d => d.Id == id);
            Assert.DoesNotContain(verdict.Errors, d => d.Id == "CS8795");
        }

        [Fact]
        public void A_rejected_kernel_does_not_cost_the_others()
        {
            // One kernel in a file-local type, one misspelt, one valid without an access modifier: the valid one is generated.
            KernelOracle.Verdict verdict = KernelOracle.Check(Usings + "namespace Demo { file static partial class F { [Activation(\"relu\")] static partial void M(Span<float> x); } public static partial class K { [Activation(\"gleu\")] public static partial void Bad(Span<float> x); [Activation(\"relu\")] static partial void Good(Span<float> x); public static void Call(Span<float> x) => Good(x); } }");
            Assert.Empty(verdict.Violations);
            Assert.Contains(verdict.Generated, g => g.Key.Contains(".Good.") && !g.Value.Contains("NotSupportedException"));
            Assert.Contains(verdict.Generated, g => g.Key.Contains(".Bad.") && g.Value.Contains("FK0001: Unknown activation 'gleu', did you mean 'gelu'?"));
        }

        [Fact]
        public void Params_on_a_gradient_is_rejected_as_on_a_forward_kernel()
        {
            // On compilers where `params Span<T>` is still a preview feature the compiler reports that too; the FK error is ours.
            KernelOracle.Verdict verdict = KernelOracle.Check(Kernels("[ActivationGradient(\"relu\")] public static partial void M(ReadOnlySpan<float> x, params Span<float> dy);"), LanguageVersion.Preview);
            Assert.Empty(verdict.Violations);
            Assert.Contains(verdict.FkErrors, d => d.Id == "FK0004" && d.GetMessage().Contains("'dy' is 'params'"));
        }

        [Fact]
        public void A_generic_overload_declared_first_does_not_hide_the_other()
        {
            // Found by the fuzzer: M<T>(float) and M(float) have the same parameter types, and the duplicate check
            // (which keeps one of two identical declarations) took the second for a copy of the first.
            KernelOracle.Verdict verdict = KernelOracle.Check(Kernels(
                "[Activation(\"relu\")] public static partial float Scalar1<T>(float x);",
                "[Activation(\"relu\")] public static partial float Scalar1(float x);"));
            Assert.Empty(verdict.Violations);
            Assert.Contains(verdict.FkErrors, d => d.Id == "FK0010");
            Assert.Contains(verdict.Generated.Values, text => text.Contains("Scalar1(float x)") && !text.Contains("NotSupportedException"));
        }

        [Fact]
        public void Language_versions_below_12_get_FK0014_and_compile()
        {
            KernelOracle.Verdict verdict = KernelOracle.Check(Kernels("[Activation(\"relu\")] public static partial void M(ReadOnlySpan<float> x, Span<float> y);"), LanguageVersion.CSharp11);
            Assert.Empty(verdict.Violations);
            Assert.Contains(verdict.FkErrors, d => d.Id == "FK0014" && d.GetMessage().Contains("C# 11"));
            Assert.Empty(verdict.Errors);
        }

        [Fact]
        public void A_two_million_character_name_is_rejected_quickly()
        {
            string name = new string('q', 2_000_000);
            var stopwatch = Stopwatch.StartNew();
            KernelOracle.Verdict verdict = KernelOracle.Check(Kernels($"[Activation(\"{name}\")] public static partial void M(Span<float> x);"));
            stopwatch.Stop();
            Assert.Empty(verdict.Violations);
            Assert.Contains(verdict.FkErrors, d => d.Id == "FK0001" && d.GetMessage().Length < 300);
            // Generous (the whole compile, generate and analyze); the quadratic suggestion took seconds per call.
            Assert.True(stopwatch.Elapsed.TotalSeconds < 5, $"{stopwatch.Elapsed.TotalSeconds:F1} s");
        }

        private static string Kernels(params string[] members) => TestSource.Kernels(members);
    }
}

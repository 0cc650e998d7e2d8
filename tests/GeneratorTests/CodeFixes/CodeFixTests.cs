using System.Collections.Immutable;
using System.Threading.Tasks;
using FusedKernels.CodeFixes;
using FusedKernels.Generator.Diagnostics;
using FusedKernels.GeneratorTests.Diagnostics;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using static FusedKernels.GeneratorTests.Diagnostics.KernelVerifier;

namespace FusedKernels.GeneratorTests.CodeFixes
{
    /// <summary>
    /// Every code fix, one occurrence and Fix-all (the framework applies Fix-all in document, project and solution
    /// scope whenever a test has several diagnostics and checks it reaches the same fixed code). The fixed code is
    /// compiled with the real generator and must have no diagnostics at all: the fix really makes a kernel.
    /// </summary>
    public class CodeFixTests
    {
        // ---- FK0001: use the suggested name ----

        [Fact]
        public Task FK0001_replaces_the_misspelt_name_with_the_suggestion() => VerifyCodeFixAsync<UnknownActivationCodeFix>(
            TestSource.Kernels("[Activation({|FK0001:\"leaky_rellu\"|}, Alpha = 0.2)] static partial void M(ReadOnlySpan<float> x, Span<float> y);"),
            TestSource.Kernels("[Activation(\"leaky_relu\", Alpha = 0.2)] static partial void M(ReadOnlySpan<float> x, Span<float> y);"));

        [Fact]
        public Task FK0001_fix_all_gives_each_its_own_suggestion() => VerifyCodeFixAsync<UnknownActivationCodeFix>(
            TestSource.Kernels(
                "[Activation({|FK0001:\"rleu\"|})] static partial void A(Span<float> x);",
                "[Activation(name: {|FK0001:\"lrleu\"|})] static partial void B(Span<float> x);",
                "[Activation({|FK0001:\"leaky_rellu\"|})] static partial void C(ReadOnlySpan<float> x, Span<float> y);"),
            TestSource.Kernels(
                "[Activation(\"relu\")] static partial void A(Span<float> x);",
                "[Activation(name: \"leaky_relu\")] static partial void B(Span<float> x);",
                "[Activation(\"leaky_relu\")] static partial void C(ReadOnlySpan<float> x, Span<float> y);"));

        [Fact]
        public Task FK0001_offers_nothing_without_a_suggestion()
        {
            string source = TestSource.Kernels("[Activation({|FK0001:\"quantum_fourier_transform_of_everything\"|})] static partial void M(Span<float> x);");
            return VerifyCodeFixAsync<UnknownActivationCodeFix>(source, source);
        }

        // ---- FK0002: make the method a partial definition ----

        [Fact]
        public Task FK0002_adds_partial_and_drops_the_body() => VerifyCodeFixAsync<AddPartialCodeFix>(
            TestSource.Kernels("[Activation(\"relu\")] public static void {|FK0002:M|}(Span<float> x) { }"),
            TestSource.Kernels("[Activation(\"relu\")] public static partial void M(Span<float> x);"));

        [Fact]
        public Task FK0002_expression_body_extern_and_fix_all() => VerifyCodeFixAsync<AddPartialCodeFix>(
            TestSource.Kernels(
                "[Activation(\"relu\")] public static float {|FK0002:A|}(float x) => x;",
                "[Activation(\"relu\")] public static extern void {|FK0002:B|}(Span<float> x);",
                "[Activation(\"relu\")] public static partial void {|CS0759:{|FK0002:C|}|}(Span<float> x) { }"),
            TestSource.Kernels(
                "[Activation(\"relu\")] public static partial float A(float x);",
                "[Activation(\"relu\")] public static partial void B(Span<float> x);",
                "[Activation(\"relu\")] public static partial void C(Span<float> x);"));

        [Fact]
        public Task FK0002_without_modifiers_and_abstract() => VerifyCodeFixAsync<AddPartialCodeFix>(
            TestSource.Usings + """
            public abstract partial class K
            {
                [Activation("relu")]
                void {|FK0002:A|}(Span<float> x)
                {
                }

                [Activation("relu")]
                public abstract void {|FK0002:B|}(Span<float> x);
            }
            """,
            TestSource.Usings + """
            public abstract partial class K
            {
                [Activation("relu")]
                partial void A(Span<float> x);

                [Activation("relu")]
                public partial void B(Span<float> x);
            }
            """);

        [Fact]
        public Task FK0002_offers_nothing_when_the_user_wrote_the_implementation()
        {
            string source = TestSource.Kernels(
                "[Activation(\"relu\")] public static partial void {|FK0002:M|}(Span<float> x);",
                "public static partial void M(Span<float> x) { }");
            return VerifyCodeFixAsync<AddPartialCodeFix>(source, source);
        }

        // ---- FK0003: make the containing type partial ----

        [Fact]
        public Task FK0003_adds_partial_to_the_type() => VerifyCodeFixAsync<AddPartialCodeFix>(
            TestSource.Usings + """
            public static class {|FK0003:Kernels|}
            {
                [Activation("relu")] static partial void {|CS0751:A|}(Span<float> x);
                [Activation("relu")] static partial void {|CS0751:B|}(Span<float> x);
            }
            """,
            TestSource.Usings + """
            public static partial class Kernels
            {
                [Activation("relu")] static partial void A(Span<float> x);
                [Activation("relu")] static partial void B(Span<float> x);
            }
            """);

        [Fact]
        public Task FK0003_fix_all_over_nested_types_records_and_types_without_modifiers() => VerifyCodeFixAsync<AddPartialCodeFix>(
            TestSource.Usings + """
            namespace Demo;

            class {|FK0003:Outer|}
            {
                public static class {|FK0003:Inner|}
                {
                    [Activation("relu")] static partial void {|CS0751:A|}(Span<float> x);
                }
            }

            public record {|FK0003:R|}(int Id)
            {
                [Activation("relu")] static partial void {|CS0751:B|}(Span<float> x);
            }

            public readonly record struct {|FK0003:S|}
            {
                [Activation("relu")] static partial void {|CS0751:C|}(Span<float> x);
            }
            """,
            TestSource.Usings + """
            namespace Demo;

            partial class Outer
            {
                public static partial class Inner
                {
                    [Activation("relu")] static partial void A(Span<float> x);
                }
            }

            public partial record R(int Id)
            {
                [Activation("relu")] static partial void B(Span<float> x);
            }

            public readonly partial record struct S
            {
                [Activation("relu")] static partial void C(Span<float> x);
            }
            """);

        // ---- FK0006: remove the unused argument ----

        [Fact]
        public Task FK0006_removes_the_unused_argument() => VerifyCodeFixAsync<RemoveUnusedArgumentCodeFix>(
            TestSource.Kernels("[Activation(\"relu\", {|FK0006:Alpha = 0.5|})] public static partial void M(ReadOnlySpan<float> x, Span<float> y);"),
            TestSource.Kernels("[Activation(\"relu\")] public static partial void M(ReadOnlySpan<float> x, Span<float> y);"));

        [Fact]
        public Task FK0006_fix_all_removes_several_arguments_of_one_attribute() => VerifyCodeFixAsync<RemoveUnusedArgumentCodeFix>(
            TestSource.Kernels(
                "[Activation(\"leaky_relu\", {|FK0006:Beta = 1|}, Alpha = 0.1, {|FK0006:Gamma = 2|})] public static partial void A(Span<float> x);",
                "[Activation(\"relu\", {|FK0006:Max = 3|})] public static partial void B(Span<float> x);"),
            TestSource.Kernels(
                "[Activation(\"leaky_relu\", Alpha = 0.1)] public static partial void A(Span<float> x);",
                "[Activation(\"relu\")] public static partial void B(Span<float> x);"));

        [Fact]
        public Task FK0006_removes_Parallel_from_a_one_value_kernel() => VerifyCodeFixAsync<RemoveUnusedArgumentCodeFix>(
            TestSource.Kernels("[Activation(\"gelu\", {|FK0006:Parallel = true|})] public static partial float M(float x);"),
            TestSource.Kernels("[Activation(\"gelu\")] public static partial float M(float x);"));

        // ---- FK0011: take x instead of y ----

        [Fact]
        public Task FK0011_renames_x_to_y_for_a_row_wise_gradient() => VerifyCodeFixAsync<RenameOutputToInputCodeFix>(
            TestSource.Kernels("[ActivationGradient(\"softmax\")] static partial void A(ReadOnlySpan<float> {|FK0011:x|}, Span<float> dy, int rowLength);"),
            TestSource.Kernels("[ActivationGradient(\"softmax\")] static partial void A(ReadOnlySpan<float> y, Span<float> dy, int rowLength);"));

        [Fact]
        public Task FK0011_renames_y_to_x() => VerifyCodeFixAsync<RenameOutputToInputCodeFix>(
            TestSource.Kernels(
                "[ActivationGradient(\"gelu\")] static partial void A(ReadOnlySpan<float> {|FK0011:y|}, Span<float> dy);",
                "[ActivationGradient(\"leaky_relu\", Alpha = -0.5)] static partial void B(ReadOnlySpan<float> {|FK0011:y|}, ReadOnlySpan<float> dy, Span<float> dx);"),
            TestSource.Kernels(
                "[ActivationGradient(\"gelu\")] static partial void A(ReadOnlySpan<float> x, Span<float> dy);",
                "[ActivationGradient(\"leaky_relu\", Alpha = -0.5)] static partial void B(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);"));
    }
}

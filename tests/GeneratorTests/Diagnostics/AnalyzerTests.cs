using System.Linq;
using System.Threading.Tasks;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Model;
using FusedKernels.GeneratorTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static FusedKernels.GeneratorTests.Diagnostics.KernelVerifier;

namespace FusedKernels.GeneratorTests.Diagnostics
{
    /// <summary>
    /// Every diagnostic at its precise span, with the real generator in the compilation: the expected markup is the
    /// whole set of errors the user sees (compiler errors included), so a cascade would show up as a failure.
    /// Kernels without an accessibility modifier returning void need no implementation (no CS8795), which keeps
    /// each case to the one mistake it is about.
    /// </summary>
    public class AnalyzerTests
    {
        private const string Shapes = FusedKernels.Generator.Parsing.KernelParser.ForwardShapes;

        private static DiagnosticResult Expect(string id, int location, params object[] arguments) =>
            new DiagnosticResult(id, id == "FK0006" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error).WithLocation(location).WithArguments(arguments);

        // ---- nothing to report ----

        [Fact]
        public Task Valid_kernels_of_every_shape_get_nothing() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[Activation(\"leaky_relu\", Alpha = 0.2)] public static partial void LeakyRelu(ReadOnlySpan<float> x, Span<float> y);",
            "[Activation(\"RELU\")] public static partial void ReluInPlace(Span<float> x);",
            "[Activation(\"lrelu\")] public static partial double Scalar(double x);",
            "[Activation(\"relu\")] public static partial Vector256<float> Vector(Vector256<float> x);",
            "[Activation(\"prelu\")] internal static partial void PRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, Span<float> y);",
            "[Activation(\"relu\")] public static partial void Fused(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, ReadOnlySpan<float> residual, Span<float> y);",
            "[Activation(name: \"identity\")] private static partial void Named(Span<int> x);"));

        [Fact]
        public Task Valid_kernels_beside_invalid_ones_still_generate_and_compile() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[Activation({|FK0001:\"relux\"|})] static partial void Bad(ReadOnlySpan<float> x, Span<float> y);",
            "[Activation(\"relu\")] public static partial void Good(ReadOnlySpan<float> x, Span<float> y);",
            "[Activation(\"relu\")] static partial void {|FK0004:Bad2|}(ReadOnlySpan<float> x);",
            "[Activation(\"leaky_relu\")] public static partial float Good2(float x);"));

        // ---- FK0001 ----

        [Fact]
        public Task FK0001_misspelt_name_is_flagged_on_the_string_literal_and_names_the_intended_activation() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation({|#0:\"leaky_rellu\"|}, Alpha = 0.2)] static partial void M(ReadOnlySpan<float> x, Span<float> y);"),
            Expect("FK0001", 0, "leaky_rellu", ", did you mean 'leaky_relu'?"));

        [Fact]
        public Task FK0001_misspelt_alias_suggests_the_canonical_name() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation({|#0:\"lrleu\"|})] static partial void M(Span<float> x);"),
            Expect("FK0001", 0, "lrleu", ", did you mean 'leaky_relu'?"));

        [Fact]
        public Task FK0001_with_a_name_colon_spans_only_the_literal() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(name: {|#0:\"rleu\"|})] static partial void M(Span<float> x);"),
            Expect("FK0001", 0, "rleu", ", did you mean 'relu'?"));

        [Fact]
        public Task FK0001_without_a_close_name_suggests_nothing() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation({|#0:\"quantum_fourier_transform_of_everything\"|})] static partial void M(Span<float> x);"),
            Expect("FK0001", 0, "quantum_fourier_transform_of_everything", ""));

        [Fact]
        public Task FK0001_null_and_empty_names() => VerifyAnalyzerAsync(
            TestSource.Kernels(
                "[Activation({|#0:null|})] static partial void A(Span<float> x);",
                "[Activation({|#1:\"\"|})] static partial void B(Span<float> x);"),
            Expect("FK0001", 0, "null", ""),
            Expect("FK0001", 1, "", ""));

        [Fact]
        public Task FK0001_on_a_gradient_kernel() => VerifyAnalyzerAsync(
            TestSource.Kernels("[ActivationGradient({|#0:\"sigmiod\"|})] static partial void M(ReadOnlySpan<float> y, Span<float> dy);"),
            Expect("FK0001", 0, "sigmiod", ", did you mean 'sigmoid'?"));

        // ---- FK0002 ----

        [Fact]
        public Task FK0002_method_with_a_body_and_no_partial_is_flagged_on_its_identifier() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] public static void {|#0:M|}(Span<float> x) { }"),
            Expect("FK0002", 0, "M"));

        [Fact]
        public Task FK0002_partial_definition_with_a_user_written_implementation() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[Activation(\"relu\")] public static partial void {|FK0002:M|}(Span<float> x);",
            "public static partial void M(Span<float> x) { }"));

        [Fact]
        public Task FK0002_abstract_kernel() => VerifyAnalyzerAsync(
            TestSource.Usings + "public abstract partial class K { [Activation(\"relu\")] public abstract void {|FK0002:M|}(Span<float> x); }");

        // ---- FK0003 ----

        [Fact]
        public Task FK0003_containing_type_not_partial_is_flagged_once_on_its_identifier() => VerifyAnalyzerAsync(
            TestSource.Usings + """
            public static class {|#0:Kernels|}
            {
                [Activation("relu")] static partial void {|CS0751:A|}(Span<float> x);
                [Activation("relu")] static partial void {|CS0751:B|}(Span<float> x);
            }
            """,
            Expect("FK0003", 0, "Kernels", "A"));

        [Fact]
        public Task FK0003_outer_type_of_a_nested_kernel() => VerifyAnalyzerAsync(TestSource.Usings + """
            namespace Demo;
            public class {|FK0003:Outer|}
            {
                public static partial class Inner
                {
                    [Activation("relu")] internal static partial void {|CS8795:M|}(Span<float> x); // not generated: the user sees that too
                }
            }
            """);

        // ---- FK0004 ----

        [Fact]
        public Task FK0004_no_destination_lists_the_supported_shapes() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] static partial void {|#0:M|}(ReadOnlySpan<float> x);"),
            Expect("FK0004", 0, "M", "it has no destination: add a Span<T> parameter after 'x', or make 'x' a Span<T> to work in place", Shapes));

        [Fact]
        public Task FK0004_other_shapes() => VerifyAnalyzerAsync(
            TestSource.Kernels(
                "[Activation(\"relu\")] static partial void {|#0:NoInput|}();",
                "[Activation(\"relu\")] static partial void {|#1:ByRef|}(ref float x);",
                "[Activation(\"relu\")] static partial string {|#2:WrongReturn|}(float x);",
                "[Activation(\"relu\")] static partial void Preact(ReadOnlySpan<float> x, ReadOnlySpan<float> {|#3:preactivation|}, Span<float> y);"),
            Expect("FK0004", 0, "NoInput", "it has no input parameter", Shapes),
            Expect("FK0004", 1, "ByRef", "parameter 'x' is passed by reference", Shapes),
            // Not generated, so the compiler also asks for an implementation of a method that returns a value.
            DiagnosticResult.CompilerError("CS8796").WithLocation(2),
            Expect("FK0004", 2, "WrongReturn", "the return type must be void, T or a Vector128/256/512<T>", Shapes),
            Expect("FK0004", 3, "Preact", "'preactivation' must be Span<T>", Shapes));

        [Fact]
        public Task FK0004_fusion_on_integers() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] static partial void {|#0:M|}(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> bias, Span<sbyte> y);"),
            Expect("FK0004", 0, "M", "scale, bias, residual and multiplier need a floating-point element type", Shapes));

        // ---- FK0005 ----

        [Fact]
        public Task FK0005_integer_leaky_relu_is_flagged_on_the_input() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"leaky_relu\")] static partial void M(Span<int> {|#0:x|});"),
            Expect("FK0005", 0, "leaky_relu", "int", "float, double, Half"));

        [Fact]
        public Task FK0005_element_type_that_no_activation_supports() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[Activation(\"relu\")] static partial void M(Span<decimal> {|FK0005:x|});"));

        // ---- FK0006 ----

        [Fact]
        public Task FK0006_unused_attribute_parameter_is_a_warning_on_the_argument() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\", {|#0:Alpha = 0.5|})] public static partial void M(ReadOnlySpan<float> x, Span<float> y);"),
            Expect("FK0006", 0, "relu", "Alpha"));

        [Fact]
        public Task FK0006_each_unused_argument() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[Activation(\"leaky_relu\", {|FK0006:Beta = 1|}, Alpha = 0.1, {|FK0006:Gamma = 2|})] public static partial void M(Span<float> x);"));

        [Fact]
        public Task FK0006_parallel_on_a_one_value_kernel() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"gelu\", {|#0:Parallel = true|})] public static partial float M(float x);"),
            Expect("FK0006", 0, "gelu (one value at a time)", "Parallel"));

        [Fact]
        public Task FK0006_parallel_on_a_row_wise_gradient() => VerifyAnalyzerAsync(
            TestSource.Kernels("[ActivationGradient(\"softmax\", {|#0:Parallel = true|})] public static partial void M(ReadOnlySpan<float> y, Span<float> dy, int rowLength);"),
            Expect("FK0006", 0, "softmax (row-wise gradient)", "Parallel"));

        [Fact]
        public Task Parallel_on_span_kernels_is_no_diagnostic() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[Activation(\"relu\", Parallel = true)] public static partial void A(ReadOnlySpan<float> x, Span<float> y);",
            "[Activation(\"gelu\", Parallel = false)] public static partial float B(float x);",
            "[ActivationGradient(\"prelu\", Parallel = true)] public static partial void C(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dalpha);",
            "[Activation(\"softmax\", Parallel = true)] public static partial void D(ReadOnlySpan<float> x, int rowLength, Span<float> y);"));

        // ---- FK0007 ----

        [Fact]
        public Task FK0007_NaN() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"leaky_relu\", {|#0:Alpha = double.NaN|})] static partial void M(Span<float> x);"),
            Expect("FK0007", 0, "Alpha", "NaN", "leaky_relu", "NaN is not a valid value"));

        [Fact]
        public Task FK0007_infinity_outside_a_bound() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[Activation(\"leaky_relu\", {|FK0007:Alpha = double.NegativeInfinity|})] static partial void M(Span<float> x);"));

        [Fact]
        public Task FK0007_min_greater_than_max()
        {
            ActivationEntry? entry = Find(e => Has(e, "Min") && Has(e, "Max"));
            return entry is null
                ? Task.CompletedTask // no bounded activation in the catalogue yet
                : VerifyAnalyzerAsync(TestSource.Kernels($"[Activation(\"{entry.Name}\", {{|FK0007:Min = 2|}}, Max = 1)] static partial void M(Span<float> x);"));
        }

        [Fact]
        public Task FK0007_value_not_exact_in_an_integer_type()
        {
            ActivationEntry? entry = Find(e => (e.Types & ElementType.Int32) != 0 && Has(e, "Min"));
            return entry is null
                ? Task.CompletedTask // no integer activation with parameters in the catalogue yet
                : VerifyAnalyzerAsync(
                    TestSource.Kernels($"[Activation(\"{entry.Name}\", {{|#0:Min = 0.5|}})] static partial void M(Span<int> x);"),
                    Expect("FK0007", 0, "Min", "0.5", entry.Name, "it is not exactly representable in int"));
        }

        [Fact]
        public Task FK0007_zero_where_it_must_not_be()
        {
            ActivationEntry? entry = Find(e => e.Parameters.Any(p => p.MustBeNonZero));
            string? parameter = entry?.Parameters.First(p => p.MustBeNonZero).Name;
            return entry is null
                ? Task.CompletedTask // celu is not in the catalogue yet
                : VerifyAnalyzerAsync(TestSource.Kernels($"[Activation(\"{entry.Name}\", {{|FK0007:{parameter} = 0|}})] static partial void M(Span<float> x);"));
        }

        [Theory]
        [InlineData("celu", "Alpha = 1e-50", "float", "it rounds to 0 in float (the kernel computes float in float)")]
        [InlineData("celu", "Alpha = 1e-50", "Half", "it rounds to 0 in float (the kernel computes Half in float)")]
        [InlineData("leaky_relu", "Alpha = 1e39", "float", "it overflows float (the kernel computes float in float), where it would be infinite")]
        [InlineData("softplus", "Beta = 0", "float", "it must not be zero")]
        [InlineData("softplus", "Beta = 0", "double", "it must not be zero")]
        public Task FK0007_value_checked_as_the_kernel_folds_it(string activation, string argument, string type, string problem)
        {
            // Values are validated in the type the kernel computes in: 1e-50 is 0 in float, 1e39 is +∞.
            string name = argument.Split(' ')[0];
            string value = argument.Split(' ')[2];
            return VerifyAnalyzerAsync(
                TestSource.Kernels($"[Activation(\"{activation}\", {{|#0:{argument}|}})] static partial void M(Span<{type}> x);"),
                Expect("FK0007", 0, name, double.Parse(value, System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture), activation, problem));
        }

        [Fact]
        public Task FK0007_small_value_that_is_exact_enough_in_double_is_fine() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"celu\", Alpha = 1e-50)] static partial void M(Span<double> x);"));

        // ---- FK0008 ----

        [Fact]
        public Task FK0008_output_first_says_the_destination_goes_last() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] public static partial void M(Span<float> y, ReadOnlySpan<float> {|#0:x|});"),
            Expect("FK0008", 0, "x", " (the input comes first and the destination last: (System.ReadOnlySpan<float> x, [roles...], System.Span<float> y))"));

        [Theory]
        [InlineData("b", "bias")]
        [InlineData("gate", "multiplier")]
        [InlineData("up", "multiplier")]
        [InlineData("residul", "residual")]
        [InlineData("skip", "residual")]
        public Task FK0008_a_name_close_to_a_role_suggests_it(string name, string role) => VerifyAnalyzerAsync(
            TestSource.Kernels($"[Activation(\"silu\")] public static partial void M(ReadOnlySpan<float> x, ReadOnlySpan<float> {{|#0:{name}|}}, Span<float> y);"),
            Expect("FK0008", 0, name, $" (did you mean '{role}'?)"));

        [Fact]
        public Task FK0009_prelu_alpha_in_the_attribute_points_to_the_parameter_and_to_leaky_relu() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"prelu\", {|#0:Alpha = 0.25|})] public static partial void M(ReadOnlySpan<float> x, Span<float> y);"),
            Expect("FK0009", 0, "'prelu' takes α from a parameter named 'alpha' (T or ReadOnlySpan<T>, learned per channel), not from the attribute; for a fixed slope use 'leaky_relu' with Alpha"));

        [Theory]
        [InlineData("quick_gelu", ", use 'silu' with Beta = 1.702 (quick_gelu is x·σ(1.702·x))")]
        [InlineData("SwiGLU", ", use 'silu' with a 'multiplier' parameter (SwiGLU is silu(x)·m, fused)")]
        [InlineData("geglu", ", use 'gelu' with a 'multiplier' parameter (GeGLU is gelu(x)·m, fused)")]
        [InlineData("LogSoftmax", ", did you mean 'log_softmax'?")]
        [InlineData("hardswish", ", did you mean 'hard_swish'?")]
        [InlineData("hardsigmoid", ", did you mean 'hard_sigmoid'?")]
        [InlineData("gelu_new", ", did you mean 'gelu_tanh'? (Hugging Face's gelu_new is the tanh approximation)")]
        public Task FK0001_names_from_elsewhere_point_to_their_equivalent(string name, string advice) => VerifyAnalyzerAsync(
            TestSource.Kernels($"[Activation({{|#0:\"{name}\"|}})] public static partial void M(Span<float> x);"),
            Expect("FK0001", 0, name, advice));

        [Fact]
        public Task FK0004_on_a_gradient_lists_the_gradient_shapes() => VerifyAnalyzerAsync(
            TestSource.Kernels("[ActivationGradient(\"relu\")] public static partial void M(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> {|#0:grad|});"),
            Expect("FK0004", 0, "M", "'grad' is not a parameter of a gradient kernel (x or y, dy, dx, alpha, multiplier, dmultiplier, dbias, dalpha)", FusedKernels.Generator.Parsing.KernelParser.GradientShapes));

        [Fact]
        public Task FK0008_parameter_that_is_not_a_role_is_flagged_on_the_parameter() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] static partial void M(ReadOnlySpan<float> x, ReadOnlySpan<float> {|#0:gain|}, Span<float> y);"),
            Expect("FK0008", 0, "gain", " (did you mean 'scale'?)"));

        [Fact]
        public Task FK0008_alpha_parameter_on_an_activation_without_alpha() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] static partial void M(ReadOnlySpan<float> x, float {|#0:alpha|}, Span<float> y);"),
            Expect("FK0008", 0, "alpha", " of 'relu', which has no α"));

        // ---- FK0015 and the row-wise shapes (softmax, log_softmax) ----

        [Fact]
        public Task Row_wise_kernels_of_every_allowed_shape_get_nothing() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[Activation(\"softmax\")] public static partial void A(ReadOnlySpan<float> x, float scale, ReadOnlySpan<float> bias, int rowLength, Span<float> y);",
            "[Activation(\"log_softmax\")] public static partial void B(Span<Half> x, int RowLength);",
            "[Activation(\"softmax\")] public static partial void C(ReadOnlySpan<double> x, Span<double> y);",
            "[ActivationGradient(\"softmax\")] public static partial void D(ReadOnlySpan<float> y, Span<float> dy, int rowLength);",
            "[ActivationGradient(\"log_softmax\")] public static partial void E(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, int rowLength, Span<float> dx);"));

        [Fact]
        public Task FK0015_rowLength_on_an_element_wise_activation() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] public static partial void M(Span<float> x, int {|#0:rowLength|});"),
            Expect("FK0015", 0, "'rowLength' is the row length of a row-wise activation (softmax, log_softmax); 'relu' is element-wise and takes none: remove it"));

        [Fact]
        public Task FK0015_rowLength_on_an_element_wise_gradient() => VerifyAnalyzerAsync(
            TestSource.Kernels("[ActivationGradient(\"sigmoid\")] public static partial void M(ReadOnlySpan<float> y, Span<float> dy, int {|#0:rowLength|});"),
            Expect("FK0015", 0, "'rowLength' is the row length of a row-wise activation (softmax, log_softmax); 'sigmoid' is element-wise and takes none: remove it"));

        [Fact]
        public Task FK0015_a_second_int() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"softmax\")] public static partial void M(ReadOnlySpan<float> x, int rowLength, int {|#0:heads|}, Span<float> y);"),
            Expect("FK0015", 0, "Method 'M' has a second int parameter 'heads'; a row-wise kernel takes one, 'rowLength' (the length of one row), after 'rowLength'"));

        [Fact]
        public Task FK0015_an_int_not_named_rowLength() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"log_softmax\")] public static partial void M(Span<float> x, int {|#0:cols|});"),
            Expect("FK0015", 0, "The int parameter 'cols' of 'M' must be named 'rowLength': the length of one row of the input, which is [rows, rowLength] row-major"));

        [Fact]
        public Task FK0004_row_wise_kernels_are_span_kernels_with_scale_bias_and_rowLength_only() => VerifyAnalyzerAsync(
            TestSource.Kernels(
                "[Activation(\"softmax\")] public static partial float {|#0:A|}(float x);",
                "[Activation(\"softmax\")] public static partial void {|#1:B|}(ReadOnlySpan<float> x, ReadOnlySpan<float> residual, Span<float> y);",
                "[Activation(\"softmax\")] public static partial void {|#2:C|}(ReadOnlySpan<float> x, float bias, Span<float> y);",
                "[Activation(\"softmax\")] public static partial void D(ReadOnlySpan<float> x, long {|#3:rowLength|}, Span<float> y);"),
            Expect("FK0004", 0, "A", "'softmax' normalises a whole row: declare a span kernel, void M(ReadOnlySpan<T> x, [float scale], [ReadOnlySpan<T> bias], [int rowLength], Span<T> y) or in place on a Span<T>", FusedKernels.Generator.Parsing.KernelParser.ForwardShapes),
            Expect("FK0004", 1, "B", "'residual' is not a role of 'softmax', which takes scale (T), bias (ReadOnlySpan<T>) and rowLength (int)", FusedKernels.Generator.Parsing.KernelParser.ForwardShapes),
            Expect("FK0004", 2, "C", "'bias' of a row-wise kernel must be a ReadOnlySpan<T> (a constant bias cancels out of every row)", FusedKernels.Generator.Parsing.KernelParser.ForwardShapes),
            Expect("FK0004", 3, "D", "'rowLength' must be an int (the length of one row)", FusedKernels.Generator.Parsing.KernelParser.ForwardShapes));

        [Fact]
        public Task FK0011_a_softmax_gradient_from_x_is_told_to_take_y() => VerifyAnalyzerAsync(
            TestSource.Kernels("[ActivationGradient(\"softmax\")] public static partial void M(ReadOnlySpan<float> {|#0:x|}, ReadOnlySpan<float> dy, int rowLength, Span<float> dx);"),
            Expect("FK0011", 0, "The gradient of 'softmax' is computed from its saved output; take the output 'y' instead of the input 'x'"));

        // ---- FK0009 ----

        [Fact]
        public Task FK0009_prelu_without_alpha() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"prelu\")] static partial void {|#0:M|}(ReadOnlySpan<float> x, Span<float> y);"),
            Expect("FK0009", 0, "'prelu' takes α from a parameter named 'alpha' (T or ReadOnlySpan<T>); 'M' has none (for a fixed slope use 'leaky_relu' with Alpha)"));

        [Fact]
        public Task FK0009_alpha_given_both_ways_is_flagged_on_the_attribute_argument() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"leaky_relu\", {|#0:Alpha = 0.2|})] static partial void M(ReadOnlySpan<float> x, float alpha, Span<float> y);"),
            Expect("FK0009", 0, "α of 'M' is given both by the attribute and by the 'alpha' parameter; keep one"));

        // ---- FK0010 ----

        [Fact]
        public Task FK0010_generic_method() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] static partial void {|#0:M|}<T>(Span<T> x);"),
            Expect("FK0010", 0, "M", "kernel methods cannot be generic; declare one method per element type"));

        [Fact]
        public Task FK0010_element_types_that_do_not_agree_is_flagged_on_the_parameter() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] static partial void M(ReadOnlySpan<float> x, Span<double> {|#0:y|});"),
            Expect("FK0010", 0, "M", "'y' has element type 'double' but the input has 'float'"));

        [Fact]
        public Task FK0010_scalar_whose_input_and_return_element_types_differ() => VerifyAnalyzerAsync(
            TestSource.Kernels("[Activation(\"relu\")] static partial float {|CS8796:M|}(double {|#0:x|});"),
            Expect("FK0010", 0, "M", "'x' has element type 'double' but the return type has 'float'"));

        // ---- [ActivationGradient] (not generated yet): only the direction-independent checks ----

        [Fact]
        public Task Gradient_declarations_from_the_spec_get_nothing() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[ActivationGradient(\"leaky_relu\", Alpha = 0.2)] static partial void LeakyReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);",
            "[ActivationGradient(\"sigmoid\")] static partial void SigmoidBackward(ReadOnlySpan<float> y, Span<float> dy);",
            "[ActivationGradient(\"prelu\")] static partial void PReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> alpha, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dalpha);"));

        [Fact]
        public Task Gradient_partial_ness_and_values_are_checked() => VerifyAnalyzerAsync(TestSource.Kernels(
            "[ActivationGradient(\"relu\", {|FK0006:Alpha = 1|})] static partial void A(ReadOnlySpan<float> x, Span<float> dy);",
            "[ActivationGradient(\"leaky_relu\", {|FK0007:Alpha = double.NaN|})] static partial void B(ReadOnlySpan<float> x, Span<float> dy);",
            "[ActivationGradient(\"relu\")] static void {|FK0002:C|}(ReadOnlySpan<float> x, Span<float> dy) { }"));

        private static ActivationEntry? Find(System.Func<ActivationEntry, bool> predicate) => ActivationCatalogue.Entries.FirstOrDefault(predicate);

        private static bool Has(ActivationEntry entry, string parameter) => entry.Parameters.Any(p => p.Name == parameter);
    }
}

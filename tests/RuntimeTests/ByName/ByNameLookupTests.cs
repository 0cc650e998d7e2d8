using System;
using System.Linq;
using Xunit;

namespace FusedKernels.RuntimeTests.ByName
{
    /// <summary>What <see cref="ActivationKernels.Get{T}"/> accepts and rejects, and with which message and parameter name.</summary>
    public class ByNameLookupTests
    {
        [Fact]
        public void Names_are_every_element_wise_activation_of_the_catalogue_in_order()
        {
            // A new catalogue activation appears here by itself; this list (and DeclaredCatalogue) must then be extended.
            Assert.Equal(
                new[]
                {
                    "identity", "relu", "relu6", "leaky_relu", "prelu", "thresholded_relu", "elu", "selu", "celu", "gelu", "gelu_tanh",
                    "silu", "mish", "sigmoid", "hard_sigmoid", "tanh", "hard_tanh", "clip", "hard_swish", "softplus", "softsign",
                },
                ActivationKernels.Names);
            Assert.Equal(ActivationKernels.Names, DeclaredCatalogue.Single().Select(d => d.Name).Distinct());
        }

        [Theory]
        [InlineData("swish", "silu")]
        [InlineData("SWISH", "silu")]
        [InlineData("Gelu", "gelu")]
        [InlineData("linear", "identity")]
        [InlineData("lrelu", "leaky_relu")]
        [InlineData("logistic", "sigmoid")]
        [InlineData("clamp", "clip")]
        public void Aliases_and_any_case_resolve_to_the_canonical_name(string name, string canonical)
        {
            Assert.Equal(canonical, ActivationKernels.Get<float>(name).Name);
            Assert.Equal(canonical, ActivationKernels.GetGradient<Half>(name).Name);
        }

        [Fact]
        public void Parameters_report_the_values_in_use()
        {
            ActivationKernel<float> leaky = ActivationKernels.Get<float>("leaky_relu", alpha: 0.2);
            Assert.Equal(0.2, leaky.Parameters["alpha"]);
            Assert.Equal("leaky_relu(alpha = 0.2)", leaky.ToString());
            Assert.Equal(1.0, ActivationKernels.Get<double>("silu").Parameters["beta"]);
            Assert.Equal(new[] { "alpha", "gamma" }, ActivationKernels.Get<double>("selu").Parameters.Keys.OrderBy(k => k));
            Assert.Empty(ActivationKernels.Get<double>("gelu").Parameters);
            Assert.Equal(0.25, ActivationKernels.Get<float>("prelu", alpha: 0.25).Parameters["alpha"]);
        }

        [Theory]
        [InlineData("gleu", "Unknown activation 'gleu', did you mean 'gelu'?")]
        [InlineData("leakyrelu", "Unknown activation 'leakyrelu', did you mean 'leaky_relu'?")]
        [InlineData("swiglu", "Unknown activation 'swiglu', use 'silu' with a 'multiplier' parameter (SwiGLU is silu(x)·m, fused)")]
        [InlineData("banana", "Unknown activation 'banana'")]
        public void An_unknown_name_says_what_FK0001_says(string name, string message)
        {
            var exception = Assert.Throws<ArgumentException>(() => ActivationKernels.Get<float>(name));
            Assert.Equal("name", exception.ParamName);
            Assert.StartsWith(message + " (Parameter 'name')", exception.Message);
        }

        [Fact]
        public void Row_wise_activations_are_refused_with_what_to_do_instead()
        {
            var exception = Assert.Throws<ArgumentException>(() => ActivationKernels.Get<float>("softmax"));
            Assert.Equal("name", exception.ParamName);
            Assert.Contains("rowLength", exception.Message);
            Assert.Contains("GetRowWise", exception.Message);
            Assert.Throws<ArgumentException>(() => ActivationKernels.GetGradient<float>("LOG_SOFTMAX"));
        }

        [Fact]
        public void Null_name_and_unsupported_types_are_refused()
        {
            Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ActivationKernels.Get<float>(null!)).ParamName);
            Assert.Throws<NotSupportedException>(() => ActivationKernels.Get<int>("relu"));
            Assert.Throws<NotSupportedException>(() => ActivationKernels.GetGradient<decimal>("relu"));
        }

        [Theory]
        [InlineData("gelu", "alpha", "'gelu' has no parameter 'alpha' (it has none).")]
        [InlineData("silu", "gamma", "'silu' has no parameter 'gamma' (it has beta).")]
        [InlineData("relu", "max", "'relu' has no parameter 'max' (it has none).")]
        [InlineData("prelu", "beta", "'prelu' has no parameter 'beta' (it has alpha).")]
        public void A_parameter_the_activation_does_not_have_is_refused_by_name(string name, string parameter, string message)
        {
            var exception = Assert.Throws<ArgumentException>(() => Get(name, parameter, 1.0));
            Assert.Equal(parameter, exception.ParamName);
            Assert.StartsWith(message, exception.Message);
        }

        [Theory]
        [InlineData("celu", 0.0, "it must not be zero")]
        [InlineData("leaky_relu", double.NaN, "NaN is not a valid value")]
        [InlineData("elu", double.PositiveInfinity, "an infinite value is only valid as a min/max bound")]
        [InlineData("leaky_relu", 1e39, "it overflows float")]
        [InlineData("celu", 1e-50, "it rounds to 0 in float")]
        [InlineData("prelu", double.NaN, "NaN is not a valid value")]
        public void An_alpha_the_attribute_would_reject_is_refused(string name, double alpha, string problem)
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ActivationKernels.Get<float>(name, alpha: alpha));
            Assert.Equal("alpha", exception.ParamName);
            Assert.Contains(problem, exception.Message);
            Assert.Equal(alpha, exception.ActualValue);
            Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => ActivationKernels.GetGradient<Half>(name, alpha: alpha)).ParamName);
        }

        [Fact]
        public void Double_kernels_take_values_that_overflow_float()
        {
            Assert.Equal(1e39, ActivationKernels.Get<double>("leaky_relu", alpha: 1e39).Parameters["alpha"]);
            Assert.Equal(1e-50, ActivationKernels.Get<double>("celu", alpha: 1e-50).Parameters["alpha"]);
        }

        [Fact]
        public void An_alpha_in_the_unit_interval_takes_the_max_form_of_leaky_relu_and_prelu()
        {
            // As with a constant α in (0, 1], max(x, α·x) (ByNameBitIdentityTests checks the bits on both sides of the interval's ends).
            foreach (string name in new[] { "leaky_relu", "prelu" })
            {
                Type unit = ActivationKernels.Get<float>(name, alpha: 0.3).GetType();
                Assert.Equal(unit, ActivationKernels.Get<float>(name, alpha: 1.0).GetType());
                Assert.NotEqual(unit, ActivationKernels.Get<float>(name, alpha: 1.5).GetType());
                Assert.NotEqual(unit, ActivationKernels.Get<float>(name, alpha: -0.5).GetType());
                Assert.Equal(ActivationKernels.GetGradient<float>(name, alpha: 0.3).GetType(), ActivationKernels.GetGradient<float>(name, alpha: 1.5).GetType());
            }
        }

        [Fact]
        public void Prelu_needs_alpha()
        {
            var exception = Assert.Throws<ArgumentException>(() => ActivationKernels.Get<float>("prelu"));
            Assert.Equal("alpha", exception.ParamName);
            Assert.Contains("'prelu' takes α at run time", exception.Message);
        }

        [Theory]
        [InlineData("silu", "beta", double.NaN, "NaN is not a valid value")]
        [InlineData("silu", "beta", double.PositiveInfinity, "an infinite value is only valid as a min/max bound")]
        [InlineData("softplus", "beta", 0.0, "it must not be zero")]
        [InlineData("softplus", "beta", -1e39, "it overflows float")]
        [InlineData("softplus", "beta", 1e-50, "it rounds to 0 in float")]
        [InlineData("hard_sigmoid", "beta", double.NegativeInfinity, "an infinite value is only valid as a min/max bound")]
        [InlineData("selu", "gamma", 1e39, "it overflows float")]
        [InlineData("selu", "gamma", double.NaN, "NaN is not a valid value")]
        [InlineData("hard_tanh", "min", 2.0, "min is greater than max (1)")]
        [InlineData("hard_tanh", "max", -2.0, "max is less than min (-1)")]
        [InlineData("clip", "min", double.NaN, "NaN is not a valid value")]
        [InlineData("clip", "max", 1e39, "it overflows float")]
        [InlineData("hard_tanh", "max", double.NegativeInfinity, "max is less than min (-1)")]
        public void A_value_the_attribute_would_reject_is_refused_naming_the_parameter(string name, string parameter, double value, string problem)
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Get(name, parameter, value));
            Assert.Equal(parameter, exception.ParamName);
            Assert.Equal(value, exception.ActualValue);
            Assert.StartsWith($"{parameter} = {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is not valid for '{name}': {problem}", exception.Message);
            Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => GetGradient(name, parameter, value)).ParamName);
        }

        [Fact]
        public void Both_bounds_are_checked_together_and_the_error_names_the_lower_one_when_both_are_given()
        {
            // FK0007 reports Min when Min > Max; compared as given (before rounding to float).
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ActivationKernels.Get<float>("clip", min: 1.0, max: 0.5));
            Assert.Equal("min", exception.ParamName);
            Assert.Contains("min is greater than max (0.5)", exception.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => ActivationKernels.GetGradient<double>("hard_tanh", min: 0.5 + 1e-12, max: 0.5));
            // Equal bounds are valid (y is that value; the gradient is 0 everywhere).
            Assert.Equal(0.25, ActivationKernels.Get<Half>("clip", min: 0.25, max: 0.25).Parameters["min"]);
        }

        [Fact]
        public void Values_are_checked_for_the_type_the_kernel_computes_in()
        {
            // float and Half kernels compute in float: a β that rounds to 0 there is refused; double takes it.
            Assert.Throws<ArgumentOutOfRangeException>(() => ActivationKernels.Get<Half>("softplus", beta: 1e-50));
            Assert.Equal(1e-50, ActivationKernels.Get<double>("softplus", beta: 1e-50).Parameters["beta"]);
            Assert.Equal(1e39, ActivationKernels.GetGradient<double>("selu", gamma: 1e39).Parameters["gamma"]);
        }

        [Fact]
        public void An_invalid_value_is_refused_before_anything_is_written()
        {
            // The check is in Get, before a kernel exists: no call can start writing.
            float[] x = { -3, -1, 0, 1, 3, 5, 7, 9 };
            float[] y = Enumerable.Repeat(42f, x.Length).ToArray();
            Assert.Throws<ArgumentOutOfRangeException>(() => ActivationKernels.Get<float>("clip", min: 2, max: 1).Invoke(x, y));
            Assert.Throws<ArgumentOutOfRangeException>(() => ActivationKernels.Get<float>("silu", beta: double.NaN).Invoke(x, y));
            Assert.Throws<ArgumentOutOfRangeException>(() => ActivationKernels.GetGradient<float>("softplus", beta: 0).Invoke(x, y.AsSpan()));
            Assert.All(y, v => Assert.Equal(42f, v));
        }

        [Theory]
        [InlineData("silu", "beta", 1.702)]
        [InlineData("softplus", "beta", 2.0)]
        [InlineData("hard_sigmoid", "beta", 0.4)]
        [InlineData("selu", "gamma", 1.0)]
        [InlineData("hard_tanh", "min", -2.0)]
        [InlineData("clip", "max", 6.0)]
        [InlineData("clip", "min", double.NegativeInfinity)]
        public void A_non_default_value_takes_the_kernel_with_every_parameter_at_run_time(string name, string parameter, double value)
        {
            ActivationKernel<float> folded = ActivationKernels.Get<float>(name);
            ActivationKernel<float> runtime = Get(name, parameter, value);
            Assert.Equal(value, runtime.Parameters[parameter]);
            // clip's default lower bound is -∞, so giving it is the default (the folded kernel).
            bool isDefault = folded.Parameters[parameter] == value;
            Assert.Equal(isDefault, folded.GetType() == runtime.GetType());
            Assert.Equal(isDefault, ActivationKernels.GetGradient<float>(name).GetType() == GetGradient(name, parameter, value).GetType());
        }

        [Fact]
        public void Parameters_report_every_value_with_the_defaults_of_those_not_given()
        {
            ActivationKernel<double> clip = ActivationKernels.Get<double>("clip", min: 0);
            Assert.Equal(0.0, clip.Parameters["min"]);
            Assert.Equal(double.PositiveInfinity, clip.Parameters["max"]);
            ActivationKernel<float> selu = ActivationKernels.Get<float>("selu", gamma: 2);
            Assert.Equal(2.0, selu.Parameters["gamma"]);
            Assert.Equal(1.6732632423543772, selu.Parameters["alpha"]);
        }

        [Fact]
        public void Defaults_given_explicitly_are_accepted()
        {
            Assert.Equal("silu", ActivationKernels.Get<float>("silu", beta: 1.0).Name);
            Assert.Equal("clip", ActivationKernels.Get<float>("clip", min: double.NegativeInfinity, max: double.PositiveInfinity).Name);
            Assert.Equal("hard_tanh", ActivationKernels.Get<Half>("hard_tanh", min: -1, max: 1).Name);
            // The value a float kernel folds is what counts: 1 + 1e-12 is 1 in float.
            Assert.Equal("softplus", ActivationKernels.Get<float>("softplus", beta: 1 + 1e-12).Name);
            Assert.Equal(ActivationKernels.Get<float>("softplus").GetType(), ActivationKernels.Get<float>("softplus", beta: 1 + 1e-12).GetType());
            Assert.NotEqual(ActivationKernels.Get<double>("softplus").GetType(), ActivationKernels.Get<double>("softplus", beta: 1 + 1e-12).GetType());
        }

        [Fact]
        public void Kernels_check_their_arguments_as_declared_kernels_do()
        {
            ActivationKernel<float> gelu = ActivationKernels.Get<float>("gelu");
            float[] x = new float[16];
            Assert.Equal("y", Assert.Throws<ArgumentException>(() => gelu.Invoke(x, new float[15])).ParamName);
            Assert.Equal("bias", Assert.Throws<ArgumentException>(() => gelu.Invoke(x, new float[3], new float[16])).ParamName);
            Assert.Equal("multiplier", Assert.Throws<ArgumentException>(() => gelu.InvokeGated(x, new float[5], new float[16])).ParamName);
            float[] buffer = new float[32];
            Assert.Equal("y", Assert.Throws<ArgumentException>(() => gelu.Invoke(buffer.AsSpan(0, 16), buffer.AsSpan(1, 16))).ParamName);
            ActivationGradientKernel<float> gradient = ActivationKernels.GetGradient<float>("gelu");
            Assert.Equal("dy", Assert.Throws<ArgumentException>(() => gradient.Invoke(x, new float[15], new float[16])).ParamName);
            Assert.Equal("dx", Assert.Throws<ArgumentException>(() => gradient.Invoke(x, new float[16], new float[15])).ParamName);
        }

        private static ActivationGradientKernel<float> GetGradient(string name, string parameter, double value) => parameter switch
        {
            "alpha" => ActivationKernels.GetGradient<float>(name, alpha: value),
            "beta" => ActivationKernels.GetGradient<float>(name, beta: value),
            "gamma" => ActivationKernels.GetGradient<float>(name, gamma: value),
            "min" => ActivationKernels.GetGradient<float>(name, min: value),
            "max" => ActivationKernels.GetGradient<float>(name, max: value),
            _ => throw new ArgumentOutOfRangeException(nameof(parameter)),
        };

        private static ActivationKernel<float> Get(string name, string parameter, double value) => parameter switch
        {
            "alpha" => ActivationKernels.Get<float>(name, alpha: value),
            "beta" => ActivationKernels.Get<float>(name, beta: value),
            "gamma" => ActivationKernels.Get<float>(name, gamma: value),
            "min" => ActivationKernels.Get<float>(name, min: value),
            "max" => ActivationKernels.Get<float>(name, max: value),
            _ => throw new ArgumentOutOfRangeException(nameof(parameter)),
        };
    }
}

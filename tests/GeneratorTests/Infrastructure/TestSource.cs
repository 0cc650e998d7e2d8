namespace FusedKernels.GeneratorTests.Infrastructure
{
    /// <summary>Keeps test sources short: one line declares a kernel; the builder adds usings and the partial class.</summary>
    public static class TestSource
    {
        public const string Usings = """
            using System;
            using System.Runtime.Intrinsics;
            using FusedKernels;

            """;

        /// <summary>Wraps member declarations in <c>namespace Demo { public static partial class Kernels { … } }</c>.</summary>
        public static string Kernels(params string[] members) =>
            Usings + "namespace Demo\n{\n    public static partial class Kernels\n    {\n        " + string.Join("\n        ", members) + "\n    }\n}\n";
    }
}

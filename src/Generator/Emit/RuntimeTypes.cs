namespace FusedKernels.Generator.Emit
{
    /// <summary>
    /// The FusedKernels.Runtime types generated code calls, fully qualified, in one place. Plumbing that only
    /// generated code calls lives in <c>FusedKernels.CompilerServices</c> (hidden from IntelliSense); VectorMath is
    /// the public vector math users may call too.
    /// </summary>
    internal static class RuntimeTypes
    {
        /// <summary>The namespace of the plumbing, for the operation interfaces a kernel's struct implements.</summary>
        public const string CompilerServicesNamespace = "global::FusedKernels.CompilerServices";

        private const string CompilerServices = CompilerServicesNamespace + ".";

        public const string ActivationDriver = CompilerServices + "ActivationDriver";
        public const string GradientDriver = CompilerServices + "GradientDriver";
        public const string OperandKind = CompilerServices + "OperandKind";
        public const string PipelinedMath = CompilerServices + "PipelinedMath";
        public const string KernelGuard = CompilerServices + "KernelGuard";
        public const string Broadcast = CompilerServices + "Broadcast";
        public const string HalfBits = CompilerServices + "HalfBits";
        public const string HalfClamp = CompilerServices + "HalfClamp";
        public const string Simd = CompilerServices + "Simd";
        public const string RowWise = CompilerServices + "RowWise";
        public const string IRowOperation = CompilerServices + "IRowOperation";
        public const string VectorMath = "global::FusedKernels.Runtime.VectorMath";
    }
}

namespace FusedKernels.Generator.Emit
{
    /// <summary>How wide the code being rendered is: one element, or one Vector128/256/512.</summary>
    internal enum VectorWidth
    {
        Scalar = 0,
        V128 = 128,
        V256 = 256,
        V512 = 512,
    }

    internal static class VectorWidthFacts
    {
        /// <summary>The static class of the width, e.g. <c>global::System.Runtime.Intrinsics.Vector256</c>.</summary>
        public static string StaticType(this VectorWidth width) => "global::System.Runtime.Intrinsics.Vector" + (int)width;

        /// <summary>The vector type of <paramref name="element"/> at this width, or the element type itself for scalar.</summary>
        public static string TypeOf(this VectorWidth width, string element) =>
            width == VectorWidth.Scalar ? element : width.StaticType() + "<" + element + ">";
    }
}

namespace FusedKernels.Generator.Model
{
    /// <summary>The method shapes of docs/design.md, "Shapes and roles".</summary>
    internal enum KernelShape
    {
        /// <summary><c>void M(ReadOnlySpan&lt;T&gt; x, [roles…], Span&lt;T&gt; y)</c>.</summary>
        OutOfPlace,

        /// <summary><c>void M(Span&lt;T&gt; x, [roles…])</c>.</summary>
        InPlace,

        /// <summary><c>T M(T x, …)</c>.</summary>
        Scalar,

        /// <summary><c>Vector128&lt;T&gt; M(Vector128&lt;T&gt; x, …)</c>.</summary>
        Vector128,

        /// <summary><c>Vector256&lt;T&gt; M(Vector256&lt;T&gt; x, …)</c>.</summary>
        Vector256,

        /// <summary><c>Vector512&lt;T&gt; M(Vector512&lt;T&gt; x, …)</c>.</summary>
        Vector512,
    }
}

using System.ComponentModel;

namespace FusedKernels.CompilerServices
{
    /// <summary>How a kernel receives one role operand: not at all, as a span (element-wise or per channel), or as one value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public enum OperandKind
    {
        /// <summary>The kernel has no such role.</summary>
        None,

        /// <summary>A span of the input's length (element-wise) or of a divisor of it (per channel, <c>role[i % L]</c>).</summary>
        Span,

        /// <summary>One value for every element, broadcast once per call.</summary>
        Value,
    }
}

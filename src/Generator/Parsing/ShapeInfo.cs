using FusedKernels.Generator.Helpers;
using FusedKernels.Generator.Model;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>The parser's intermediate result for the method's signature.</summary>
    internal sealed record ShapeInfo(KernelShape Shape, ElementType Element, EquatableArray<KernelParameter> Parameters)
    {
        public bool HasRole(ParameterRole role)
        {
            foreach (KernelParameter parameter in Parameters)
            {
                if (parameter.Role == role)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

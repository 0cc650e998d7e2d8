using System;
using FusedKernels.CompilerServices;

namespace FusedKernels.RuntimeTests.Infrastructure
{
    /// <summary>
    /// Sets <see cref="LoopDirection.LoadsWaitOnAliasedStores"/> until disposed, then puts back what it was: tests run the
    /// loops from the end on every processor (only the speed depends on the flag, never the bits).
    /// </summary>
    internal readonly struct AliasingStalls : IDisposable
    {
        private readonly bool _before;

        private AliasingStalls(bool value)
        {
            _before = LoopDirection.LoadsWaitOnAliasedStores;
            LoopDirection.LoadsWaitOnAliasedStores = value;
        }

        public static AliasingStalls Set(bool value) => new(value);

        public void Dispose() => LoopDirection.LoadsWaitOnAliasedStores = _before;
    }
}

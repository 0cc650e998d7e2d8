using System;
using FusedKernels.CompilerServices;

namespace FusedKernels.RuntimeTests.Infrastructure
{
    /// <summary>
    /// Sets one of the drivers' per-machine loop choices until disposed, then puts back what it was, so that tests run
    /// every loop on every processor (only the speed depends on these flags, never the bits).
    /// </summary>
    internal readonly struct DriverFlags : IDisposable
    {
        private readonly Action<bool> _set;
        private readonly bool _before;

        private DriverFlags(Func<bool> get, Action<bool> set, bool value)
        {
            _set = set;
            _before = get();
            set(value);
        }

        /// <summary><see cref="LoopDirection.LoadsWaitOnAliasedStores"/>: true runs the loops from the end where y lies just above x.</summary>
        public static DriverFlags AliasingStalls(bool value) =>
            new(() => LoopDirection.LoadsWaitOnAliasedStores, v => LoopDirection.LoadsWaitOnAliasedStores = v, value);

        /// <summary><see cref="ActivationDriver.HalfStagesWith64ByteVectors"/>: false runs Half sigmoid and silu in Half's own loop.</summary>
        public static DriverFlags HalfStages(bool value) =>
            new(() => ActivationDriver.HalfStagesWith64ByteVectors, v => ActivationDriver.HalfStagesWith64ByteVectors = v, value);

        public void Dispose() => _set(_before);
    }
}

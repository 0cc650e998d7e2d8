using System;
using System.Numerics;

namespace FusedKernels.RuntimeTests.Infrastructure
{
    /// <summary>Seeded inputs that exercise every code path: special values, every binade, dense random values.</summary>
    public static class TestData
    {
        /// <summary>Special values first (NaN, ±Inf, ±0, subnormals, extremes, ±1 and the kinks), then seeded random values.</summary>
        public static T[] Values<T>(int length, int seed = 12345) where T : INumber<T>
        {
            var random = new Random(seed);
            T[] specials = Specials<T>();
            var values = new T[length];
            for (int i = 0; i < length; i++)
            {
                // Specials are spread through the array (not only at the start) so that they land in every
                // lane position, in the unrolled loop, the single-vector loop and the overlapping last vector.
                values[i] = i % 3 == 0 ? specials[(i / 3) % specials.Length] : RandomValue<T>(random);
            }

            return values;
        }

        /// <summary>Seeded values uniform in [<paramref name="low"/>, <paramref name="high"/>): finite, for sums that NaN and ∞ would hide.</summary>
        public static T[] Uniform<T>(int length, double low, double high, int seed) where T : INumber<T>
        {
            var random = new Random(seed);
            var values = new T[length];
            for (int i = 0; i < length; i++)
            {
                values[i] = T.CreateChecked(low + (high - low) * random.NextDouble());
            }

            return values;
        }

        public static T[] Specials<T>() where T : INumber<T>
        {
            if (typeof(T) == typeof(float))
            {
                return (T[])(object)new[]
                {
                    float.NaN, -float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, float.Epsilon, -float.Epsilon,
                    1e-40f, -1e-40f, float.MaxValue, float.MinValue, 1f, -1f, 6f, -3f, 3f, 0.5f, -0.5f, 1e-30f, -1e-30f, 20f, -20f, 100f, -100f,
                    BitConverter.Int32BitsToSingle(0x7FC00001), BitConverter.Int32BitsToSingle(unchecked((int)0xFFC12345)),
                };
            }

            if (typeof(T) == typeof(double))
            {
                return (T[])(object)new[]
                {
                    double.NaN, -double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0d, -0d, double.Epsilon, -double.Epsilon,
                    1e-310, -1e-310, double.MaxValue, double.MinValue, 1d, -1d, 6d, -3d, 3d, 0.5, -0.5, 1e-300, -1e-300, 20d, -20d, 100d, -100d,
                    BitConverter.Int64BitsToDouble(0x7FF8000000000123),
                };
            }

            if (typeof(T) == typeof(Half))
            {
                return (T[])(object)new[]
                {
                    Half.NaN, Half.PositiveInfinity, Half.NegativeInfinity, (Half)0f, (Half)(-0f), Half.Epsilon, -Half.Epsilon,
                    Half.MaxValue, Half.MinValue, (Half)1f, (Half)(-1f), (Half)6f, (Half)(-3f), (Half)3f, (Half)0.5f, (Half)(-0.5f),
                };
            }

            // Integers: zero, ±1, the kinks of relu6/clip, and the extremes.
            return new[] { T.Zero, T.One, T.CreateSaturating(-1), T.CreateSaturating(6), T.CreateSaturating(7), T.CreateSaturating(-7), T.CreateSaturating(long.MinValue), T.CreateSaturating(ulong.MaxValue) };
        }

        private static T RandomValue<T>(Random random) where T : INumber<T>
        {
            if (typeof(T) == typeof(float))
            {
                // Half the time any bit pattern (every binade, NaN payloads, subnormals), else a typical activation input.
                float value = random.Next(2) == 0 ? BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next(2) << 31)) : (float)((random.NextDouble() - 0.5) * 16);
                return (T)(object)value;
            }

            if (typeof(T) == typeof(double))
            {
                double value = random.Next(2) == 0 ? BitConverter.Int64BitsToDouble(random.NextInt64() ^ ((long)random.Next(2) << 63)) : (random.NextDouble() - 0.5) * 16;
                return (T)(object)value;
            }

            if (typeof(T) == typeof(Half))
            {
                Half value = random.Next(2) == 0 ? BitConverter.Int16BitsToHalf((short)random.Next(ushort.MaxValue)) : (Half)((random.NextDouble() - 0.5) * 16);
                return (T)(object)value;
            }

            return T.CreateTruncating(random.NextInt64(long.MinValue, long.MaxValue));
        }
    }
}

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace FusedKernels.GeneratorBenchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project benchmarks/GeneratorBenchmarks</c> (BenchmarkDotNet arguments pass through,
    /// e.g. <c>--filter *Rerun*</c>). <c>--quick</c>: a short job for CI smoke checks.
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            IConfig config = DefaultConfig.Instance;
            if (System.Array.IndexOf(args, "--quick") >= 0)
            {
                args = System.Array.FindAll(args, a => a != "--quick");
                config = config.AddJob(Job.ShortRun.WithId("quick"));
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args, config);
        }
    }
}

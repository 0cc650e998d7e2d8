using System;
using System.IO;

namespace FusedKernels.Tools
{
    /// <summary>Where the tools find the repository (compiled into each tool, linked from here).</summary>
    internal static class RepositoryRoot
    {
        /// <summary>The nearest directory above the working directory (or the tool's build output) holding Generator.sln.</summary>
        public static string Find()
        {
            foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException("run inside the FusedKernels repository (no Generator.sln above the working directory)");
        }
    }
}

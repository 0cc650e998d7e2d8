using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace FusedKernels.GeneratorTests.Infrastructure
{
    /// <summary>
    /// Approved-file snapshots with Verify's workflow (Verify itself is not obtainable here): the approved text
    /// is committed as <c>Snapshots/Name.verified.cs</c>; on a mismatch or a missing snapshot the test fails and
    /// writes <c>Name.received.cs</c> beside it. Accepting is a deliberate act: review the diff, then run
    /// <c>tests/GeneratorTests/accept-snapshots.sh</c> (or rename the file by hand).
    /// </summary>
    public static class Snapshot
    {
        public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
        {
            string directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
            string verified = Path.Combine(directory, name + ".verified.cs");
            string received = Path.Combine(directory, name + ".received.cs");
            string normalized = actual.Replace("\r\n", "\n");

            if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalized)
            {
                File.Delete(received);
                return;
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(received, normalized);
            Assert.Fail(File.Exists(verified)
                ? $"Snapshot '{name}' differs from the approved one. Compare {received} with {verified}; if the change is intended, accept it (accept-snapshots.sh)."
                : $"Snapshot '{name}' has no approved file. Review {received}; if it is right, accept it (accept-snapshots.sh).");
        }
    }
}

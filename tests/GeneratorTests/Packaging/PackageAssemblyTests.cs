using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using FusedKernels.GeneratorTests.Infrastructure;

namespace FusedKernels.GeneratorTests.Packaging
{
    /// <summary>
    /// What the assemblies in the FusedKernels package promise where the package is used: the generator and code fixes
    /// load in the .NET 8 SDK / Visual Studio 17.8 (Roslyn 4.8), the runtime builds are trimmable and built against
    /// their own framework, and the package ships a lib/ folder for every framework the runtime targets.
    /// The package layout itself (one .nupkg, its entries) is checked by the "package" section of .ci/run.
    /// </summary>
    public class PackageAssemblyTests
    {
        private static readonly Version Roslyn48 = new(4, 8, 0, 0);

        public static IEnumerable<object[]> AnalyzerAssemblies() => new[]
        {
            new object[] { typeof(FusedKernels.Generator.KernelGenerator).Assembly.Location },
            new object[] { typeof(FusedKernels.CodeFixes.AddPartialCodeFix).Assembly.Location },
        };

        [Theory]
        [MemberData(nameof(AnalyzerAssemblies))]
        public void Analyzer_assemblies_target_netstandard20_and_roslyn_48(string path)
        {
            using var pe = new PEReader(File.OpenRead(path));
            MetadataReader metadata = pe.GetMetadataReader();
            Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(metadata));
            foreach ((string name, Version version) in References(metadata))
            {
                // A newer Roslyn than the host's compiler is not loaded at all (CS9057): the generator silently does nothing.
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(version <= Roslyn48, $"{Path.GetFileName(path)} references {name} {version}; the package promises Roslyn 4.8 (.NET 8 SDK).");
                }

                // analyzers/dotnet/cs holds only these two assemblies: nothing else of ours is loadable beside them.
                Assert.False(name is "FusedKernels.Runtime" or "FusedKernels.Attributes", $"{Path.GetFileName(path)} references {name}, which is not shipped under analyzers/.");
            }
        }

        [Theory]
        [InlineData("net8.0", 8)]
        [InlineData("net10.0", 10)]
        public void Runtime_builds_are_trimmable_and_built_against_their_framework(string targetFramework, int major)
        {
            string path = RuntimeBuild(targetFramework);
            using var pe = new PEReader(File.OpenRead(path));
            MetadataReader metadata = pe.GetMetadataReader();
            Assert.Equal($".NETCoreApp,Version=v{major}.0", TargetFramework(metadata));
            Assert.Contains(("IsTrimmable", "True"), AssemblyMetadata(metadata));

            // A net8.0 consumer gets lib/net8.0: it must not need a newer framework's assemblies.
            foreach ((string name, Version version) in References(metadata).Where(r => r.Name.StartsWith("System.", StringComparison.Ordinal)))
            {
                Assert.True(version.Major <= major, $"FusedKernels.Runtime ({targetFramework}) references {name} {version}.");
            }
        }

        [Fact]
        public void Attributes_assembly_is_marked_trimmable()
        {
            using var pe = new PEReader(File.OpenRead(typeof(ActivationAttribute).Assembly.Location));
            MetadataReader metadata = pe.GetMetadataReader();
            Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(metadata));
            Assert.Contains(("IsTrimmable", "True"), AssemblyMetadata(metadata));
        }

        [Fact]
        public void Package_ships_a_lib_folder_for_every_runtime_target_framework()
        {
            string root = GeneratorHarness.FindRepositoryRoot();
            Assert.Equal(
                Frameworks(Path.Combine(root, "src", "Runtime", "FusedKernels.Runtime.csproj")),
                Frameworks(Path.Combine(root, "src", "Package", "FusedKernels.Package.csproj")));
        }

        private static string RuntimeBuild(string targetFramework)
        {
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            string path = Path.Combine(GeneratorHarness.FindRepositoryRoot(), "src", "Runtime", "bin", configuration, targetFramework, "FusedKernels.Runtime.dll");
            Assert.True(File.Exists(path), "Build src/Runtime first: " + path);
            return path;
        }

        private static string[] Frameworks(string project) =>
            XDocument.Load(project).Descendants()
                .Where(e => e.Name.LocalName is "TargetFramework" or "TargetFrameworks")
                .SelectMany(e => e.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();

        private static IEnumerable<(string Name, Version Version)> References(MetadataReader metadata) =>
            metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h)).Select(r => (metadata.GetString(r.Name), r.Version)).ToList();

        private static string? TargetFramework(MetadataReader metadata) =>
            Attributes(metadata, "TargetFrameworkAttribute").Select(a => a.Fixed[0]).FirstOrDefault();

        private static IEnumerable<(string Key, string Value)> AssemblyMetadata(MetadataReader metadata) =>
            Attributes(metadata, "AssemblyMetadataAttribute").Select(a => (a.Fixed[0] ?? "", a.Fixed[1] ?? "")).ToList();

        // Assembly-level attributes by type name, with their string constructor arguments.
        private static IEnumerable<(string? TypeName, string?[] Fixed)> Attributes(MetadataReader metadata, string typeName)
        {
            var provider = new StringOnlyTypeProvider();
            foreach (CustomAttributeHandle handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
            {
                CustomAttribute attribute = metadata.GetCustomAttribute(handle);
                if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
                MemberReference constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (constructor.Parent.Kind != HandleKind.TypeReference) continue;
                string name = metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name);
                if (name != typeName) continue;
                CustomAttributeValue<string> value = attribute.DecodeValue(provider);
                yield return (name, value.FixedArguments.Select(a => a.Value as string).ToArray());
            }
        }

        /// <summary>Enough of a signature decoder for attributes whose arguments are strings.</summary>
        private sealed class StringOnlyTypeProvider : ICustomAttributeTypeProvider<string>
        {
            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
            public string GetSystemType() => "System.Type";
            public string GetSZArrayType(string elementType) => elementType + "[]";
            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);
            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);
            public string GetTypeFromSerializedName(string name) => name;
            public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;
            public bool IsSystemType(string type) => type == "System.Type";
        }
    }
}

using System.Security;
using Looper.Packaging.Tests.Packing;

namespace Looper.Packaging.Tests.Learners;

/// <summary>
/// Write the smallest learner test project there is: package references, a nuget.config, and the one-line seam over the reference looper.
/// </summary>
internal static class ReferenceLearnerProject
{
    /// <summary>Write the project into <paramref name="folder"/>, restoring from the packed release and the machine's own package sources (nuget.org by default).</summary>
    public static void Write(string folder, PackedRelease release)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="looper-packed" value="{SecurityElement.Escape(release.PackageFolder)}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Learner.Tests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Looper.Contract" Version="{release.Version}" />
                <PackageReference Include="Looper.Conformance" Version="{release.Version}" />
                <PackageReference Include="Looper.Reference" Version="{release.Version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{CentralPackageVersions.Of("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="NUnit3TestAdapter" Version="{CentralPackageVersions.Of("NUnit3TestAdapter")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "ReferenceConformance.cs"), """
            [NUnit.Framework.TestFixture]
            public sealed class ReferenceConformance : Looper.Conformance.ConformanceSuite<Looper.Reference.ReferenceLooperImplementation>;
            """);
    }
}

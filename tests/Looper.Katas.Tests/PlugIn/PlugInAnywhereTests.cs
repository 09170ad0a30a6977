using System.Text.RegularExpressions;
using Looper.Katas.Tests.Output;

namespace Looper.Katas.Tests.PlugIn;

/// <summary>
/// Prove the README's "Plug in your own looper" advice: a learner's test project placed anywhere in the repository
/// builds plain code with the Directory.Build.props the README shows, and fails without it for the reasons it gives.
/// </summary>
/// <remarks>
/// The project is written under <c>artifacts/</c> (ignored by git), a folder the repository's settings reach like any
/// other, and deleted afterwards. It builds against the suite and the contract this test project already built.
/// </remarks>
[TestFixture]
[Category("slow")]
[Parallelizable(ParallelScope.Children)]
public sealed partial class PlugInAnywhereTests
{
    /// <summary>Code as a learner writes it: public members without XML comments, a log message built by hand.</summary>
    private const string PlainCode = """
        using Microsoft.Extensions.Logging;
        using NUnit.Framework;

        namespace Learner.Tests;

        public class LearnerLooperImplementation : Looper.ILooperImplementation
        {
            public Looper.ILooper CreateLooper(System.TimeProvider timeProvider, ILogger logger)
            {
                logger.LogInformation("created at " + timeProvider.GetUtcNow());
                throw new System.NotImplementedException();
            }

            public System.Collections.Generic.IEnumerator<Looper.Future> CreateWait(System.TimeSpan duration, System.TimeProvider timeProvider, ILogger logger) =>
                throw new System.NotImplementedException();

            public System.Collections.Generic.IEnumerator<Looper.Future> CreateWaitWrapper(System.Func<object?> callback, System.TimeSpan duration, Looper.ILooper looper, System.TimeProvider timeProvider, ILogger logger) =>
                throw new System.NotImplementedException();
        }

        [TestFixture]
        public sealed class LearnerConformance : Looper.Conformance.ConformanceSuite<LearnerLooperImplementation>;
        """;

    [Test]
    public async Task A_learner_project_with_the_readme_settings_builds_plain_code()
    {
        var (exitCode, output) = await BuildAsync(withReadmeSettings: true);

        exitCode.ShouldBe(0, output);
    }

    [Test]
    public async Task Without_them_the_repository_settings_the_readme_names_stop_plain_code()
    {
        var (exitCode, output) = await BuildAsync(withReadmeSettings: false);

        exitCode.ShouldNotBe(0, output);
        output.ShouldContain("error CS1591", Case.Sensitive, output);
    }

    private static async Task<(int ExitCode, string Output)> BuildAsync(bool withReadmeSettings)
    {
        var folder = RepositoryFiles.PathOf(Path.Combine("artifacts", $"plug-in-check-{Guid.NewGuid():N}", "Learner.Tests"));
        Directory.CreateDirectory(folder);
        try
        {
            if (withReadmeSettings)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "Directory.Build.props"), ReadmeSettings());
            }

            await File.WriteAllTextAsync(Path.Combine(folder, "Learner.Tests.csproj"), Project());
            await File.WriteAllTextAsync(Path.Combine(folder, "LearnerConformance.cs"), PlainCode);
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            // A new project has no packages.lock.json yet, so its first restore cannot be a locked one (see the README).
            return await ChildRun.RunAsync(
                "dotnet", ["build", "-c", configuration, "-p:BuildProjectReferences=false", "-tl:off"], folder, new Dictionary<string, string> { ["CI"] = "false" });
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    private static string ReadmeSettings()
    {
        var match = Settings().Match(RepositoryFiles.Read("README.md"));
        match.Success.ShouldBeTrue("README.md should show the settings after <!-- plug-in settings: Directory.Build.props -->");
        return match.Groups["xml"].Value;
    }

    private static string Project() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <IsPackable>false</IsPackable>
            <IsTestProject>true</IsTestProject>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{RepositoryFiles.PathOf("spec/Looper.Contract/Looper.Contract.csproj")}" />
            <ProjectReference Include="{RepositoryFiles.PathOf("tests/Looper.Conformance/Looper.Conformance.csproj")}" />
          </ItemGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.NET.Test.Sdk" />
            <PackageReference Include="NUnit" />
            <PackageReference Include="NUnit3TestAdapter" />
          </ItemGroup>
        </Project>
        """;

    [GeneratedRegex(@"<!-- plug-in settings: Directory\.Build\.props -->\s*```xml\n(?<xml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Settings();
}

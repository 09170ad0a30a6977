using Looper.Grading.Submissions;

namespace Looper.Grading.Tests.Building;

public sealed class BuildDiagnosticTests
{
    [Test]
    public void Errors_are_read_from_the_log_with_paths_relative_to_the_submission_and_repeats_dropped()
    {
        const string log = """
            /home/ta/alice/Looper.cs(12,5): error CS1002: ; expected [/home/ta/alice/Alice.csproj]
            /home/ta/alice/Looper.cs(12,5): error CS1002: ; expected [/home/ta/alice/Alice.csproj]
            /home/ta/alice/Sub/Wait.cs(3,1): warning CS0168: The variable 'x' is declared but never used [/home/ta/alice/Alice.csproj]
            /home/ta/alice/Alice.csproj : error NU1101: Unable to find package Nope in /home/ta/alice/nuget [/home/ta/alice/Alice.csproj]
            CSC : error CS5001: Program does not contain a static 'Main' method suitable for an entry point [/home/ta/alice/Alice.csproj]
            """;

        BuildDiagnostic.ParseLog(log, "/home/ta/alice").Select(error => error.ToString()).ShouldBe(
        [
            "Looper.cs(12,5): error CS1002: ; expected",
            "Alice.csproj: error NU1101: Unable to find package Nope in nuget",
            "CSC: error CS5001: Program does not contain a static 'Main' method suitable for an entry point",
        ]);
    }
}

using System.Runtime.InteropServices;

namespace Looper.Grading.Submissions;

/// <summary>
/// Find the <c>dotnet</c> executable that runs this process, to build submissions and start the runner with the same SDK.
/// </summary>
public static class DotnetHost
{
    /// <summary>Gets the path of <c>dotnet</c>: <c>DOTNET_HOST_PATH</c> when set, else the one above the running framework, else <c>dotnet</c> on the PATH.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        // The framework lives in <root>/shared/Microsoft.NETCore.App/<version>/, and dotnet in <root>.
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var root = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory()).Parent?.Parent?.Parent;
        var beside = root is null ? null : System.IO.Path.Combine(root.FullName, name);
        return beside is not null && File.Exists(beside) ? beside : name;
    }
}

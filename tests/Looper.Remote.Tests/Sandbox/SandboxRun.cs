using System.Diagnostics;
using Looper.Sandbox;

namespace Looper.Remote.Tests.Sandbox;

/// <summary>Run a short command in the tests' sandbox and collect what it printed.</summary>
internal static class SandboxRun
{
    /// <summary>The secret the grader's environment holds and the sandbox must not pass on.</summary>
    public const string SecretName = "HIDDEN_SCENARIOS_TOKEN";

    /// <summary>The secret's value.</summary>
    public const string SecretValue = "looper-test-secret-7f3a";

    /// <summary>Run a command, sandboxed or not.</summary>
    /// <param name="sandboxed">Whether to wrap it in the sandbox.</param>
    /// <param name="command">The program and its arguments.</param>
    /// <returns>The exit code and the standard output and error.</returns>
    public static (int ExitCode, string Output, string Error) Run(bool sandboxed, params string[] command)
    {
        using var scratch = ScratchFolder.Create();
        var line = new CommandLine(command[0], command[1..]);
        if (sandboxed)
        {
            line = Bubblewrap.Wrap(line, Hosts.Policy(scratch));
        }

        var info = line.ToStartInfo();
        info.Environment[SecretName] = SecretValue;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', command)} did not end within a minute.");
        }

        return (process.ExitCode, output.Result, error);
    }

    /// <summary>List the processes whose command line is exactly the given words.</summary>
    /// <param name="words">The command line's words.</param>
    /// <returns>Their process IDs.</returns>
    public static IReadOnlyList<int> ProcessesRunning(params string[] words)
    {
        var wanted = string.Join('\0', words) + "\0";
        List<int> found = [];
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var pid))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(folder, "cmdline")) == wanted)
                    {
                        found.Add(pid);
                    }
                }
                catch (IOException)
                {
                    // Ended while we looked.
                }
                catch (UnauthorizedAccessException)
                {
                    // Not ours to read.
                }
            }
        }

        return found;
    }
}

using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Looper.Protocol.Peering;
using Looper.Protocol.Wire;
using Looper.Sandbox;

namespace Looper.Remote;

/// <summary>A running host process (spec/protocol.md section 2) and the judge's end of its channel; disposing it ends the host and everything it started.</summary>
internal sealed class HostProcess : IDisposable
{
    private const int ErrorTailChars = 2000;
    private readonly Process _process;
    private readonly StringBuilder _errorTail = new();
    private readonly Lock _errorLock = new();
    private readonly Thread _errorDrain;
    private volatile bool _stopping;

    private HostProcess(Process process)
    {
        _process = process;
        _errorDrain = new Thread(DrainErrors) { IsBackground = true, Name = "Looper host stderr" };
        _errorDrain.Start();
        Connection = new Connection(Side.Judge, process.StandardOutput.BaseStream, process.StandardInput.BaseStream) { Describe = Describe };
        Connection.Start();
        ImplementationName = Connection.SayHello();
    }

    /// <summary>Gets the judge's end of the channel.</summary>
    public Connection Connection { get; }

    /// <summary>Gets the implementation's name as the host gave it at hello.</summary>
    public string ImplementationName { get; }

    /// <summary>Gets a value indicating whether the host runs in a sandbox.</summary>
    public bool Sandboxed => UnsandboxedBecause is null;

    /// <summary>Gets why the host runs without a sandbox (none asked for, or none to be had), or null when it runs in one; reports must say so.</summary>
    public string? UnsandboxedBecause { get; private init; }

    /// <summary>Start a host for a submission.</summary>
    /// <param name="hostAssembly">The host's <c>Looper.Host.dll</c>.</param>
    /// <param name="submission">The submission's assembly.</param>
    /// <param name="sandbox">The sandbox policy, or null to run unsandboxed.</param>
    /// <param name="implementationType">The full name of the implementation type, when the submission has several.</param>
    /// <param name="requireSandbox">True to fail when a sandbox was asked for and cannot be had; false to run unsandboxed then, saying why in <see cref="UnsandboxedBecause"/>.</param>
    /// <returns>The host, once it answered hello.</returns>
    /// <exception cref="ChannelBrokenException">The host ended or broke the protocol before it said hello; the message carries its exit code and error output.</exception>
    /// <exception cref="SandboxUnavailableException">A sandbox was required and cannot be had.</exception>
    public static HostProcess Start(string hostAssembly, string submission, SandboxPolicy? sandbox = null, string? implementationType = null, bool requireSandbox = true)
    {
        ArgumentNullException.ThrowIfNull(hostAssembly);
        ArgumentNullException.ThrowIfNull(submission);
        List<string> arguments = [Path.GetFullPath(hostAssembly), Path.GetFullPath(submission)];
        if (implementationType is not null)
        {
            arguments.Add(implementationType);
        }

        var command = new CommandLine(DotnetPath(), arguments)
        {
            Environment = new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };

        // The runtime, the host and the submission stay readable even when the folders holding them are hidden.
        return Launch(command, [RealPath(command.FileName), arguments[0], arguments[1]], sandbox, requireSandbox);
    }

    /// <summary>Start a host command, sandboxed or not, and say hello.</summary>
    /// <param name="command">The host's command line; the channel is its standard input and output.</param>
    /// <param name="shownFiles">Files the sandbox keeps readable (their folders are shown read-only).</param>
    /// <param name="sandbox">The sandbox policy, or null to run unsandboxed.</param>
    /// <param name="requireSandbox">True to fail when a sandbox was asked for and cannot be had.</param>
    /// <returns>The host, once it answered hello.</returns>
    internal static HostProcess Launch(CommandLine command, IEnumerable<string> shownFiles, SandboxPolicy? sandbox, bool requireSandbox)
    {
        var unsandboxed = sandbox is null ? "no sandbox was asked for" : Bubblewrap.WhyUnavailable;
        if (sandbox is not null && unsandboxed is not null)
        {
            if (requireSandbox)
            {
                throw new SandboxUnavailableException(unsandboxed);
            }

            sandbox = null;
        }

        if (sandbox is not null)
        {
            var shown = shownFiles
                .Select(Path.GetDirectoryName)
                .OfType<string>()
                .Where(folder => folder.Length > 0);
            command = Bubblewrap.Wrap(command, sandbox with { ReadOnlyPaths = [.. sandbox.ReadOnlyPaths.Union(shown)] });
        }

        var process = Process.Start(command.ToStartInfo())
            ?? throw new InvalidOperationException($"{command.FileName} did not start.");
        try
        {
            return new HostProcess(process) { UnsandboxedBecause = unsandboxed };
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Find the <c>dotnet</c> that runs this process, so the host runs on the same runtime.</summary>
    /// <returns>Its full path.</returns>
    public static string DotnetPath()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }

    /// <summary>Follow a file's links to the file itself.</summary>
    /// <param name="file">The file.</param>
    /// <returns>Its real path, or the path itself when it is no link.</returns>
    internal static string RealPath(string file) =>
        File.Exists(file) ? new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file : file;

    /// <inheritdoc/>
    public void Dispose()
    {
        _stopping = true;
        Stop(_process);
        _process.Dispose();
        Connection.Dispose();
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    private string Describe()
    {
        if (_stopping)
        {
            return "The judge stopped the host.";
        }

        try
        {
            return DescribeExit();
        }
        catch (InvalidOperationException)
        {
            return "The host is gone.";
        }
    }

    private string DescribeExit()
    {
        // The channel broke: give the host a moment to finish dying so its exit code and last words are known.
        var exited = _process.WaitForExit(TimeSpan.FromSeconds(5));
        _errorDrain.Join(TimeSpan.FromSeconds(1));
        string tail;
        lock (_errorLock)
        {
            tail = _errorTail.ToString().Trim();
        }

        var exit = exited ? $"The host exited with code {_process.ExitCode}." : "The host is still running.";
        return tail.Length == 0 ? exit : $"{exit} Its last error output: {tail}";
    }

    private void DrainErrors()
    {
        var buffer = new char[4096];
        var reader = _process.StandardError;
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (_errorLock)
                {
                    _errorTail.Append(buffer, 0, read);
                    if (_errorTail.Length > ErrorTailChars)
                    {
                        _errorTail.Remove(0, _errorTail.Length - ErrorTailChars);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The host is gone.
        }
    }
}

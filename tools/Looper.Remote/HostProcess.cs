using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Looper.Protocol.Peering;
using Looper.Protocol.Wire;
using Looper.Sandbox;

namespace Looper.Remote;

/// <summary>A running host process (spec/protocol.md section 2) and the judge's end of its channel; disposing it ends the host and everything it started.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly HostOutput _output;
    private volatile bool _stopping;

    private HostProcess(Process process, int outputLimit)
    {
        _process = process;
        _output = new HostOutput(process.StandardError.BaseStream, outputLimit);
        Connection = new Connection(Side.Judge, process.StandardOutput.BaseStream, process.StandardInput.BaseStream) { Describe = Describe };
        Connection.Start();
    }

    /// <summary>Gets the judge's end of the channel.</summary>
    public Connection Connection { get; }

    /// <summary>Gets the implementation's name as the host gave it at hello.</summary>
    public string ImplementationName { get; private set; } = string.Empty;

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
        try
        {
            return Start(HostCommand.Dotnet(hostAssembly, submission, implementationType), sandbox, requireSandbox);
        }
        catch (HostStartException failure) when (failure.InnerException is ChannelBrokenException channel)
        {
            throw channel;
        }
    }

    /// <summary>Start a host from its command line.</summary>
    /// <param name="host">The host's command line, such as <see cref="HostCommand.Dotnet"/>.</param>
    /// <param name="sandbox">The sandbox policy, or null to run unsandboxed.</param>
    /// <param name="requireSandbox">True to fail when a sandbox was asked for and cannot be had; false to run unsandboxed then, saying why in <see cref="UnsandboxedBecause"/>.</param>
    /// <param name="outputLimit">How many characters of the host's error output <see cref="TakeOutput"/> keeps between two takes.</param>
    /// <param name="helloTimeout">How long the host may take to load the submission and say hello before it is stopped; null to wait for ever.</param>
    /// <returns>The host, once it answered hello.</returns>
    /// <exception cref="HostStartException">The host ended, broke the protocol or stayed silent past <paramref name="helloTimeout"/> before it said hello; it carries its exit code and error output.</exception>
    /// <exception cref="SandboxUnavailableException">A sandbox was required and cannot be had.</exception>
    public static HostProcess Start(HostCommand host, SandboxPolicy? sandbox, bool requireSandbox = true, int outputLimit = 64_000, TimeSpan? helloTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var unsandboxed = sandbox is null ? "no sandbox was asked for" : Bubblewrap.WhyUnavailable;
        if (sandbox is not null && unsandboxed is not null)
        {
            if (requireSandbox)
            {
                throw new SandboxUnavailableException(unsandboxed);
            }

            sandbox = null;
        }

        var command = new CommandLine(host.FileName, host.Arguments)
        {
            Environment = new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        if (sandbox is not null)
        {
            // The runtime, the host and the submission stay readable even when the folders holding them are hidden.
            var shown = host.ReadablePaths
                .Select(path => Directory.Exists(path) ? path : Path.GetDirectoryName(path))
                .OfType<string>()
                .Where(folder => folder.Length > 0);
            command = Bubblewrap.Wrap(command, sandbox with { ReadOnlyPaths = [.. sandbox.ReadOnlyPaths.Union(shown)] });
        }

        var process = ParentThread.Start(command.ToStartInfo());
        HostProcess? started = null;
        try
        {
            started = new HostProcess(process, outputLimit) { UnsandboxedBecause = unsandboxed };
            var hello = Task.Run(started.SayHello);
            if (helloTimeout is { } wait && !((IAsyncResult)hello).AsyncWaitHandle.WaitOne(wait))
            {
                // A module initializer or static constructor that never returns: stop the host and everything it started.
                var silent = new ChannelBrokenException(string.Create(
                    CultureInfo.InvariantCulture, $"the host did not load the submission within {wait.TotalSeconds:0.###} s, so it was stopped"));
                var tail = started.ErrorTail(TimeSpan.FromSeconds(1));
                started.Dispose();
                throw new HostStartException(null, tail, silent);
            }

            hello.GetAwaiter().GetResult();
            return started;
        }
        catch (ChannelBrokenException channel) when (started is not null)
        {
            var exited = process.WaitForExit(TimeSpan.FromSeconds(5));
            var failure = new HostStartException(exited ? process.ExitCode : null, started.ErrorTail(TimeSpan.FromSeconds(1)), channel);
            started.Dispose();
            throw failure;
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

    private void SayHello() => ImplementationName = Connection.SayHello();

    /// <summary>Follow a file's symbolic links to the file itself.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The final target, or the file when it is no link.</returns>
    internal static string RealPath(string file) =>
        File.Exists(file) ? new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file : file;

    /// <summary>Gets a value indicating whether the host process has ended.</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>Gets the host's exit code once it ended on its own, or null while it runs or when the judge stopped it.</summary>
    public int? ExitCode => !_stopping && HasExited ? _process.ExitCode : null;

    /// <summary>Take what the host wrote to its standard error (its learner code's prints included) since the last take.</summary>
    /// <returns>The text, capped at the limit given at start, and whether some was dropped.</returns>
    public (string Text, bool Truncated) TakeOutput() => _output.Take();

    /// <summary>Gets how many bytes the host has written to its standard error since it started (all of them, however many the takes keep).</summary>
    public long OutputBytes => _output.BytesRead;

    /// <summary>Get the last characters the host wrote to its standard error.</summary>
    /// <param name="wait">How long to wait for the rest when the host has ended.</param>
    /// <returns>At most 2000 characters.</returns>
    public string ErrorTail(TimeSpan wait) => _output.Tail(wait);

    /// <summary>Wait for the host to end on its own.</summary>
    /// <param name="wait">How long to wait.</param>
    /// <returns>Whether it ended.</returns>
    public bool WaitForExit(TimeSpan wait)
    {
        try
        {
            return _process.WaitForExit(wait);
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>End the host now, with everything it started; later calls on its channel fail.</summary>
    public void Kill()
    {
        _stopping = true;
        Stop(_process);
    }

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
        var tail = _output.Tail(TimeSpan.FromSeconds(1));

        var exit = exited ? $"The host exited with code {_process.ExitCode}." : "The host is still running.";
        return tail.Length == 0 ? exit : $"{exit} Its last error output: {tail}";
    }
}

using Looper.Sandbox;

namespace Looper.Remote.Tests.Conformance;

/// <summary>One host process per conformance fixture, started on first use and stopped by the fixture's teardown.</summary>
internal static class SharedHosts
{
    private static readonly Lock Gate = new();
    private static HostProcess? _unsandboxed;
    private static HostProcess? _sandboxed;
    private static ScratchFolder? _scratch;

    /// <summary>Gets the unsandboxed host on the reference.</summary>
    public static HostProcess Unsandboxed
    {
        get
        {
            lock (Gate)
            {
                return _unsandboxed ??= Hosts.StartReference();
            }
        }
    }

    /// <summary>Gets the sandboxed host on the reference.</summary>
    public static HostProcess Sandboxed
    {
        get
        {
            lock (Gate)
            {
                if (_sandboxed is null)
                {
                    _scratch = ScratchFolder.Create();
                    _sandboxed = Hosts.StartReference(Hosts.Policy(_scratch));
                }

                return _sandboxed;
            }
        }
    }

    /// <summary>Stop the unsandboxed host.</summary>
    public static void StopUnsandboxed()
    {
        lock (Gate)
        {
            _unsandboxed?.Dispose();
            _unsandboxed = null;
        }
    }

    /// <summary>Stop the sandboxed host and delete its scratch folder.</summary>
    public static void StopSandboxed()
    {
        lock (Gate)
        {
            _sandboxed?.Dispose();
            _sandboxed = null;
            _scratch?.Dispose();
            _scratch = null;
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Looper.Sandbox;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Sandbox;

/// <summary>What a sandboxed command can and cannot do; each check also runs unsandboxed where that proves the check can fail.</summary>
[TestFixture]
[Category("sandbox")]
[NonParallelizable]
public sealed class SandboxTests
{
    [OneTimeSetUp]
    public void RequireSandbox() => SandboxRequirement.Ensure();

    [Test]
    public void The_command_runs_as_nobody()
    {
        var (exitCode, output, _) = SandboxRun.Run(true, "id", "-u");

        exitCode.ShouldBe(0);
        output.Trim().ShouldBe($"{SandboxPolicy.NobodyId}");
    }

    [Test]
    public void The_command_has_no_network_even_to_the_graders_loopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        string[] connect = ["bash", "-c", $"exec 3<>/dev/tcp/127.0.0.1/{port} && echo connected"];

        SandboxRun.Run(false, connect).Output.ShouldContain("connected");
        var (exitCode, output, _) = SandboxRun.Run(true, connect);

        exitCode.ShouldNotBe(0);
        output.ShouldNotContain("connected");
    }

    [Test]
    public void The_system_is_read_only()
    {
        var probe = $"/usr/looper-probe-{Guid.NewGuid():N}";

        var (exitCode, _, error) = SandboxRun.Run(true, "touch", probe);

        exitCode.ShouldNotBe(0);
        error.ShouldContain("Read-only file system");
        File.Exists(probe).ShouldBeFalse();
    }

    [Test]
    public void The_graders_folder_is_hidden_and_out_of_reach()
    {
        var config = Path.Combine(Hosts.RepositoryRoot, "grading", "grading.json");
        var probe = Path.Combine(Hosts.RepositoryRoot, "grading", $"probe-{Guid.NewGuid():N}");
        File.Exists(config).ShouldBeTrue();

        var (_, output, _) = SandboxRun.Run(true, "sh", "-c", $"cat '{config}'; touch '{probe}'; ls -A '{Path.Combine(Hosts.RepositoryRoot, "grading")}'");

        output.ShouldNotContain("\"");
        File.Exists(probe).ShouldBeFalse();
    }

    [Test]
    public void The_binaries_shown_to_the_sandbox_are_read_only()
    {
        var probe = Path.Combine(AppContext.BaseDirectory, $"probe-{Guid.NewGuid():N}");

        var (exitCode, _, _) = SandboxRun.Run(true, "sh", "-c", $"test -r '{Hosts.HostAssembly}' && touch '{probe}'");

        exitCode.ShouldNotBe(0);
        File.Exists(probe).ShouldBeFalse();
    }

    [Test]
    public void The_scratch_folder_is_writable()
    {
        var (exitCode, output, error) = SandboxRun.Run(true, "sh", "-c", "echo kept > \"$HOME/note\" && cat \"$HOME/note\"");

        exitCode.ShouldBe(0, error);
        output.Trim().ShouldBe("kept");
    }

    [Test]
    public void The_pid_namespace_hides_the_grader()
    {
        string[] signal = ["sh", "-c", $"kill -0 {Environment.ProcessId} && echo visible"];

        SandboxRun.Run(false, signal).Output.ShouldContain("visible");
        var (exitCode, output, _) = SandboxRun.Run(true, signal);

        exitCode.ShouldNotBe(0);
        output.ShouldNotContain("visible");
    }

    [Test]
    public void The_environment_is_scrubbed()
    {
        SandboxRun.Run(false, "env").Output.ShouldContain(SandboxRun.SecretValue);

        var (exitCode, output, _) = SandboxRun.Run(true, "env");

        exitCode.ShouldBe(0);
        output.ShouldNotContain(SandboxRun.SecretName);
        output.ShouldNotContain(SandboxRun.SecretValue);
    }

    [Test]
    public void The_limits_apply_inside()
    {
        var (_, output, _) = SandboxRun.Run(true, "cat", "/proc/self/limits");

        var policy = new SandboxPolicy(null!);
        output.ShouldMatch($@"Max cpu time\s+{policy.CpuSeconds}\s+{policy.CpuSeconds}\s+seconds");
        output.ShouldMatch($@"Max processes\s+{policy.MaxProcesses}\s+{policy.MaxProcesses}");
        output.ShouldMatch($@"Max file size\s+{policy.MaxFileBytes}\s+{policy.MaxFileBytes}");
    }

    [Test]
    public void A_background_child_is_gone_when_the_command_returns()
    {
        var seconds = $"{600_000 + Random.Shared.Next(100_000)}";

        SandboxRun.Run(true, "sh", "-c", $"sleep {seconds} & echo started");

        Eventually(() => SandboxRun.ProcessesRunning("sleep", seconds).Count == 0).ShouldBeTrue($"sleep {seconds} outlived its sandbox");
    }

    [Test]
    public void Everything_is_gone_when_the_launcher_is_killed()
    {
        var seconds = $"{700_000 + Random.Shared.Next(100_000)}";
        using var scratch = ScratchFolder.Create();
        var line = Bubblewrap.Wrap(new CommandLine("sh", ["-c", $"sleep {seconds} & sleep {seconds}"]), Hosts.Policy(scratch));
        using var launcher = Process.Start(line.ToStartInfo())!;
        Eventually(() => SandboxRun.ProcessesRunning("sleep", seconds).Count == 2).ShouldBeTrue("the sandboxed sleeps never started");

        launcher.Kill(entireProcessTree: false);
        launcher.WaitForExit();

        Eventually(() => SandboxRun.ProcessesRunning("sleep", seconds).Count == 0).ShouldBeTrue($"sleep {seconds} outlived the killed launcher");
    }

    /// <summary>Poll a condition about other processes, which the kernel settles shortly after an exit; bounded, never a timing assertion.</summary>
    private static bool Eventually(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(25);
        }

        return condition();
    }
}

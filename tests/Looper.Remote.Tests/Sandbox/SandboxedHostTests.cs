using Looper.Remote.Tests.Submissions;
using Looper.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Sandbox;

/// <summary>The host itself, learner code included, runs in the sandbox: as nobody, in its own PID namespace, without the grader's secrets, unable to write its binaries.</summary>
[TestFixture]
[Category("sandbox")]
public sealed class SandboxedHostTests
{
    [OneTimeSetUp]
    public void RequireSandbox() => SandboxRequirement.Ensure();

    [Test]
    public void Learner_code_in_the_sandboxed_host_sees_what_the_sandbox_allows_only()
    {
        Environment.SetEnvironmentVariable(SandboxRun.SecretName, SandboxRun.SecretValue);
        using var scratch = ScratchFolder.Create();
        using var host = Hosts.StartSubmission(typeof(ProbingImplementation), Hosts.Policy(scratch));
        using var implementation = new RemoteLooperImplementation(host.Connection);

        var report = Should.Throw<InvalidOperationException>(() => implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance)).Message;

        host.Sandboxed.ShouldBeTrue();
        report.ShouldContain($"uid={SandboxPolicy.NobodyId} ");
        report.ShouldMatch(@"pid=\d{1,2} ");
        report.ShouldContain("secret=absent");
        report.ShouldContain("bin=read-only");
    }
}

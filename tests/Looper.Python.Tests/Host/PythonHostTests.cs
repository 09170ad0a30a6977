using Looper.Conformance;
using Looper.Python.Tests.Grading;
using Looper.Remote;
using Microsoft.Extensions.Logging.Abstractions;

namespace Looper.Python.Tests.Host;

/// <summary>The Python host refuses modules it cannot serve with a clear reason, and keeps its channel whatever the module writes.</summary>
public sealed class PythonHostTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("looper-python-host-");

    [TearDown]
    public void RemoveFolder() => _folder.Delete(recursive: true);

    [TestCase("", 3, "does not exist")]
    [TestCase("def broken(:\n", 3, "cannot be loaded: SyntaxError")]
    [TestCase("raise SystemExit(9)\n", 3, "cannot be loaded: SystemExit")]
    [TestCase("import time\n", 5, "defines no PENDING, IN_PROGRESS, FINISHED, FAILED")]
    [TestCase("PENDING, IN_PROGRESS, FINISHED, FAILED = range(4)\n", 5, "defines no class Looper")]
    [TestCase("PENDING = IN_PROGRESS = FINISHED = FAILED = 0\nclass Looper:\n    pass\n", 5, "gives two statuses the same value")]
    public void A_module_the_host_cannot_serve_ends_it_before_hello_with_the_exit_code_and_the_reason(string source, int exitCode, string reason)
    {
        PythonRequirement.Ensure();
        var module = Path.Combine(_folder.FullName, "looper.py");
        if (source.Length > 0)
        {
            File.WriteAllText(module, source);
        }

        var failure = Should.Throw<HostStartException>(() => PythonHost.Start(module).Dispose());

        failure.ExitCode.ShouldBe(exitCode);
        failure.ErrorOutput.ShouldContain(reason);
    }

    [Test]
    public void A_folder_with_two_modules_is_refused_naming_them()
    {
        PythonRequirement.Ensure();
        File.WriteAllText(Path.Combine(_folder.FullName, "a.py"), "PENDING, IN_PROGRESS, FINISHED, FAILED = range(4)\n");
        File.WriteAllText(Path.Combine(_folder.FullName, "b.py"), "PENDING, IN_PROGRESS, FINISHED, FAILED = range(4)\n");

        var failure = Should.Throw<HostStartException>(() => PythonHost.Start(_folder.FullName).Dispose());

        failure.ExitCode.ShouldBe(6);
        failure.ErrorOutput.ShouldContain("several .py files (a.py, b.py)");
    }

    [Test]
    public async Task A_module_that_writes_to_the_standard_streams_cannot_touch_the_channel()
    {
        var noisy = File.ReadAllText(PythonGrading.Exemplar).Replace(
            "    def add_task(self, coro):\n",
            "    def add_task(self, coro):\n        print('{\"s\":1,\"r\":1,\"v\":null}')\n        os.write(1, b'not a frame\\n')\n        sys.stdout.flush()\n        input() if False else sys.stdin.read()\n",
            StringComparison.Ordinal);
        noisy = "import os\nimport sys\nprint('loading')\n" + noisy;
        var module = Path.Combine(_folder.FullName, "noisy.py");
        File.WriteAllText(module, noisy);

        var outcomes = await PythonGrading.GradeAsync(module);

        var report = PythonGrading.Report(outcomes);
        outcomes.Where(outcome => outcome.Status is not (OutcomeStatus.Passed or OutcomeStatus.NotApplicable))
            .ShouldBeEmpty($"Writing to stdout or reading stdin must not disturb grading:\n{report}");
    }

    [Test]
    public void What_a_module_prints_without_a_newline_before_an_answer_is_in_that_answers_take()
    {
        PythonRequirement.Ensure();
        var module = Path.Combine(_folder.FullName, "quiet.py");
        File.WriteAllText(module, File.ReadAllText(PythonGrading.Exemplar)
            + "\n_plain_init = Looper.__init__\n\n\ndef _noisy_init(self, *args, **kwargs):\n    print('made a looper', end='')\n"
            + "    _plain_init(self, *args, **kwargs)\n\n\nLooper.__init__ = _noisy_init\n");
        using var host = PythonHost.Start(module);
        using var implementation = new RemoteLooperImplementation(host.Connection);
        _ = host.TakeOutput();

        _ = implementation.CreateLooper(TimeProvider.System, NullLogger.Instance);

        host.TakeOutput().Text.ShouldContain("made a looper");
    }
}

using Looper.Grading.Protocol;
using Looper.Grading.Running;

namespace Looper.Grading.Tests.Running;

public sealed class RunnerProtocolTests
{
    [Test]
    public void A_message_is_one_line_whatever_the_submission_printed()
    {
        var message = new RunnerMessage
        {
            Type = RunnerMessage.Finished,
            Key = "sc-wait-01",
            Status = ScenarioStatus.TimedOut.Code(),
            Output = "line one\nline two\r\n{\"type\":\"completed\"}\n",
            OutputTruncated = true,
        };

        var line = message.ToLine();

        line.ShouldNotContain('\n');
        RunnerMessage.TryParse(line, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(message);
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("{\"key\":\"sc-wait-01\"}")]
    public void A_line_that_is_not_a_message_is_refused(string line) =>
        RunnerMessage.TryParse(line, out _).ShouldBeFalse();

    [Test]
    public void The_runners_command_line_reads_back_as_written()
    {
        var arguments = new RunnerArguments("/sub/Sub.dll", "pipe", "/tmp/list.txt", "/hidden", 300);

        RunnerArguments.Parse(arguments.ToCommandLine()).ShouldBe(arguments);
        RunnerArguments.Parse((arguments with { HiddenDirectory = null }).ToCommandLine()).HiddenDirectory.ShouldBeNull();
    }

    [Test]
    public void The_runner_refuses_to_start_without_its_arguments() =>
        Should.Throw<ArgumentException>(() => RunnerArguments.Parse([])).Message.ShouldStartWith("The runner needs --output-limit");

    [TestCase(ScenarioStatus.Passed, "passed")]
    [TestCase(ScenarioStatus.TimedOut, "timed-out")]
    [TestCase(ScenarioStatus.Crashed, "crashed")]
    public void Statuses_travel_as_codes(ScenarioStatus status, string code)
    {
        status.Code().ShouldBe(code);
        ScenarioStatusText.TryParse(code, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(status);
    }

    [TestCase(134, "exit code 134: aborted, as by a stack overflow or Environment.FailFast")]
    [TestCase(137, "exit code 137: killed, as when the system runs out of memory")]
    [TestCase(143, "exit code 143: ended by signal 15")]
    [TestCase(3, "exit code 3")]
    [TestCase(null, "exit code unknown")]
    public void Exit_codes_are_put_in_words(int? code, string words) =>
        ExitDescription.Of(code).ShouldBe(words);
}

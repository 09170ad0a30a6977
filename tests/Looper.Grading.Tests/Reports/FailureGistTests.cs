using Looper.Grading.Reports;

namespace Looper.Grading.Tests.Reports;

/// <summary>Check the console's two lines per scenario that did not pass: expected against actual, and the requirement.</summary>
public sealed class FailureGistTests
{
    [Test]
    public void A_message_of_the_suites_shape_gives_expected_and_actual_on_one_line_and_its_first_requirement()
    {
        const string message = "the status of \"W\"\n    should be\nFinished\n    but was\nInProgress\n\nWAIT-4: Once the elapsed time is at least the duration, a wait MUST yield Finished.\nWAIT-5: Another.\nRead: spec/looper-spec.md, section 2";

        var gist = FailureGist.Of(message, ["WAIT-5"]);

        gist.Comparison.ShouldBe("the status of \"W\": should be Finished, but was InProgress");
        gist.Requirement.ShouldBe("WAIT-4: Once the elapsed time is at least the duration, a wait MUST yield Finished.");
    }

    [Test]
    public void Another_message_keeps_its_first_line_and_names_the_scenarios_first_requirement_with_its_summary()
    {
        var gist = FailureGist.Of("Did not finish within 3 s.\nmore", ["LOG-1"]);

        gist.Comparison.ShouldBe("Did not finish within 3 s.");
        gist.Requirement!.ShouldStartWith("LOG-1: ");
        gist.Requirement!.Length.ShouldBeGreaterThan("LOG-1: ".Length);
    }

    [Test]
    public void Long_values_are_shortened()
    {
        var gist = FailureGist.Of($"the result\n    should be\n{new string('e', 500)}\n    but was\n{new string('a', 500)}", []);

        gist.Comparison.Length.ShouldBeLessThan(2 * FailureGist.ValueLimit + 40);
        gist.Requirement.ShouldBeNull();
    }
}

using System.Globalization;
using System.Text;
using Looper.Mutants.Tests.Running;

namespace Looper.Mutants.Tests.NotebookPort;

/// <summary>Write <c>spec/notebook-port.md</c>: the outcome of every core scenario against the notebook's code, ported line for line.</summary>
internal static class NotebookPortTable
{
    public const string RelativePath = "spec/notebook-port.md";

    public static string Render(IReadOnlyList<ScenarioOutcome> outcomes)
    {
        var failed = outcomes.Count(outcome => outcome.Failed);
        var skipped = outcomes.Count(outcome => outcome.Kind == OutcomeKind.Skipped);
        var text = new StringBuilder();
        text.AppendLine("# The notebook's code against the suite")
            .AppendLine()
            .AppendLine("`NotebookPort` (`tests/Looper.Mutants/NotebookPort/`) is the notebook's code ported to C# line for line, bugs")
            .AppendLine("included: its second `Looper` class, `wait` and `wait_wrapper`, each Python line quoted above its C#. It is an")
            .AppendLine("exhibit of the errata of section 12 of `looper-spec.md`, not a looper to learn from. The table shows what the")
            .AppendLine("conformance suite says about it, scenario by scenario.")
            .AppendLine()
            .AppendLine("How to read it:")
            .AppendLine()
            .AppendLine("- Python's run-time errors become the nearest C# exceptions: `NameError` (E1: the exhausted-coroutine")
            .AppendLine("  branch writes to a bare `loop`) becomes `MissingMemberException`, and `KeyError` becomes")
            .AppendLine("  `KeyNotFoundException`. Nothing catches an exception (E8), so these, and the exceptions that scenarios")
            .AppendLine("  script on purpose, escape `RunUntilComplete` and end the scenario.")
            .AppendLine("- The cull deletes a killed task's `\"coro\"` key but leaves the task in the loop (E2), so the next lookup,")
            .AppendLine("  kill or cull that walks the loop raises `KeyError`. A kill mark is lost when its task is stepped again")
            .AppendLine("  in the same round (E4), and a task still in the queue cannot be killed (E5).")
            .AppendLine("- The notebook checks no argument and guards against neither a second task for the same coroutine nor a")
            .AppendLine("  loop run from inside a task, so the scenarios of FAIL-3, WAIT-7 (E9), ADD-6 and LOOP-8 fail as well.")
            .AppendLine("- E3 (the cull disposes nothing) and E7 (a failed wait leaves its wrapper in progress forever) are in the")
            .AppendLine("  code but no scenario gets as far as showing them: their scenarios fail earlier, on E2's `KeyError` and")
            .AppendLine("  on the clock's exception escaping the run (E8).")
            .AppendLine("- E6 belongs to the notebook's first `Looper` class, which had no queue. The port follows the second class,")
            .AppendLine("  whose queue fixed it, so the scenario tagged E6 passes.")
            .AppendLine()
            .AppendLine("This file is generated. `NotebookPortTableTests` (`tests/Looper.Mutants.Tests`) runs every core scenario")
            .AppendLine("(extensions left out) against the port and compares the result with this file; when they differ it writes")
            .AppendLine("`spec/notebook-port.received.txt`: review it, then copy it over this file.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"**{outcomes.Count} core scenarios: {outcomes.Count - failed - skipped} pass, {failed} fail{(skipped > 0 ? $", {skipped} skipped" : string.Empty)}.**")
            .AppendLine()
            .AppendLine("| scenario | name | requirements | errata | outcome | why it fails |")
            .AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var outcome in outcomes)
        {
            var verdict = outcome.Kind switch
            {
                OutcomeKind.Passed => "passes",
                OutcomeKind.Failed => "**fails**",
                _ => "skipped",
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {outcome.Id} | {Cell(outcome.Scenario.Name)} | {string.Join(", ", outcome.RequirementIds)} | {string.Join(", ", outcome.Errata)} | {verdict} | {Cell(outcome.Reason ?? string.Empty)} |");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}

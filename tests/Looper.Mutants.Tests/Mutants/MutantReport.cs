using System.Text;
using Looper.Mutants.Tests.Running;

namespace Looper.Mutants.Tests.Mutants;

/// <summary>Describe a run of the whole suite against one mutant: what it breaks, and every scenario with its outcome.</summary>
internal static class MutantReport
{
    public static string Of(Mutant mutant, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        var failed = outcomes.Count(outcome => outcome.Failed);
        var skipped = outcomes.Count(outcome => outcome.Kind == OutcomeKind.Skipped);
        var text = new StringBuilder()
            .AppendLine($"Mutant {mutant}: {mutant.Bug}.")
            .AppendLine($"Ran {outcomes.Count} scenarios: {outcomes.Count - failed - skipped} passed, {failed} failed, {skipped} skipped.");
        foreach (var outcome in outcomes)
        {
            text.Append("  ").AppendLine(outcome.ToString());
        }

        return text.ToString();
    }
}

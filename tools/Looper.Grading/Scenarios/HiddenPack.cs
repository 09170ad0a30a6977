using Gherkin;
using Looper.Conformance.Bridge;
using Looper.Conformance.Requirements;
using Looper.Conformance.Traits;

namespace Looper.Grading.Scenarios;

/// <summary>
/// Read the hidden pack: a folder of <c>.feature</c> files, outside the learner's folder, graded but not shown to learners.
/// </summary>
public static class HiddenPack
{
    /// <summary>Compile every <c>.feature</c> file of <paramref name="directory"/>, ordered by name.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The compiled features, known as <c>hidden/NAME.feature</c>.</returns>
    /// <exception cref="GradingProblemException">The folder does not exist, holds no feature, or a feature is not valid Gherkin.</exception>
    public static IReadOnlyList<CompiledFeature> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new GradingProblemException(
                GradingProblem.BadConfiguration,
                $"The hidden scenario folder '{directory}' does not exist. Check the path given with --hidden or as \"hidden\": {{ \"directory\" }} in the grading config.");
        }

        var files = Directory.GetFiles(directory, "*.feature").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new GradingProblemException(
                GradingProblem.BadConfiguration,
                $"The hidden scenario folder '{directory}' holds no .feature file. Put the hidden scenarios there, or leave the hidden pack out.");
        }

        return [.. files.Select(Compile)];
    }

    /// <summary>Check that a hidden scenario has exactly one scenario ID, exactly one stage and only requirement tags the spec defines.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="GradingProblemException">It does not.</exception>
    public static void Validate(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var where = $"The hidden scenario \"{scenario.Name}\" ({scenario.Feature.Path} line {scenario.Line})";
        var ids = scenario.Tags.Count(ScenarioTraits.IsScenarioIdTag);
        if (ids != 1)
        {
            throw new GradingProblemException(GradingProblem.BadConfiguration, $"{where} has {ids} scenario IDs; tag it with exactly one, such as @sc-hidden-01.");
        }

        var stages = scenario.Tags.Count(tag => StageCatalog.TryParseTag(tag, out _));
        if (stages != 1)
        {
            throw new GradingProblemException(GradingProblem.BadConfiguration, $"{where} has {stages} stage tags; tag it (or its feature) with exactly one, such as @{StageCatalog.TagOf(2)}.");
        }

        var unknown = scenario.Tags.Where(RequirementCatalog.IsRequirementTag).Where(tag => !RequirementCatalog.All.ContainsKey(tag)).ToList();
        if (unknown.Count > 0)
        {
            throw new GradingProblemException(
                GradingProblem.BadConfiguration,
                $"{where} names requirements the spec does not define: {string.Join(", ", unknown)}. Use IDs from spec/looper-spec.md.");
        }

        if (!scenario.Tags.Any(RequirementCatalog.IsRequirementTag))
        {
            throw new GradingProblemException(GradingProblem.BadConfiguration, $"{where} names no requirement; tag it with the requirement IDs it checks, such as @LOOP-2.");
        }
    }

    private static CompiledFeature Compile(string file)
    {
        var path = $"hidden/{Path.GetFileName(file)}";
        try
        {
            return FeatureCatalog.Compile(path, File.ReadAllText(file), hidden: true);
        }
        catch (CompositeParserException exception)
        {
            throw new GradingProblemException(GradingProblem.BadConfiguration, $"The hidden feature {file} is not valid Gherkin: {exception.Message}", exception);
        }
        catch (ParserException exception)
        {
            throw new GradingProblemException(GradingProblem.BadConfiguration, $"The hidden feature {file} is not valid Gherkin: {exception.Message}", exception);
        }
    }
}

using System.Reflection;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;
using Looper.Conformance.Traits;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Read the feature files embedded in the suite and compile them into runnable scenarios.
/// </summary>
internal static class FeatureCatalog
{
    private const string ResourcePrefix = "features/";

    private static readonly Lazy<IReadOnlyList<CompiledFeature>> Embedded = new(() => LoadEmbedded(typeof(FeatureCatalog).Assembly));

    /// <summary>Gets every feature embedded in the suite, ordered by path.</summary>
    public static IReadOnlyList<CompiledFeature> Features => Embedded.Value;

    /// <summary>Compile every <c>.feature</c> resource of <paramref name="assembly"/> whose name starts with <c>features/</c>.</summary>
    /// <param name="assembly">The assembly that embeds the features.</param>
    /// <returns>The compiled features, ordered by path.</returns>
    public static IReadOnlyList<CompiledFeature> LoadEmbedded(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".feature", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Compile(name, ReadResource(assembly, name)))];
    }

    /// <summary>Compile the text of one feature file into its scenarios.</summary>
    /// <param name="path">The path the feature is known by.</param>
    /// <param name="source">The Gherkin text.</param>
    /// <param name="hidden">Whether the feature belongs to a hidden pack that learners do not see.</param>
    /// <returns>The compiled feature.</returns>
    /// <exception cref="Gherkin.CompositeParserException">The text is not valid Gherkin.</exception>
    public static CompiledFeature Compile(string path, string source, bool hidden = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ast = new Parser().Parse(new StringReader(source));
        var ids = new FeatureScopedIds(path);
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, path);
        var pickles = new PickleCompiler(ids).Compile(document);
        var nodes = AstIndex.Of(document);

        var feature = new CompiledFeature(
            path,
            document.Feature.Name,
            NullIfBlank(document.Feature.Description),
            [.. document.Feature.Tags.Select(tag => TagName(tag.Name))],
            source);
        feature.Scenarios = [.. pickles.Select((pickle, index) => ToScenario(feature, pickle, index, nodes, hidden))];
        feature.Messages = new FeatureMessages(new Source(path, source, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN), document, pickles);
        return feature;
    }

    private static ScenarioCase ToScenario(CompiledFeature feature, Pickle pickle, int index, AstIndex nodes, bool hidden)
    {
        var scenario = nodes.Scenarios[pickle.AstNodeIds[0]];
        var name = pickle.AstNodeIds.Count > 1 && nodes.ExampleRows.TryGetValue(pickle.AstNodeIds[1], out var row)
            ? $"{pickle.Name} ({string.Join(", ", row.Cells.Select(cell => cell.Value))})"
            : pickle.Name;
        IReadOnlyList<string> tags = [.. pickle.Tags.Select(tag => TagName(tag.Name))];
        var line = (int)scenario.Location.Line;
        return new ScenarioCase(
            feature,
            name,
            NullIfBlank(scenario.Description),
            nodes.RuleOfScenario.TryGetValue(scenario.Id, out var rule) ? rule.Name : null,
            tags,
            [.. pickle.Steps.Select(step => ToStep(step, nodes))],
            index,
            line)
        {
            Traits = ScenarioTraits.Of(tags, feature.Path, line, hidden),
        };
    }

    private static ScenarioStep ToStep(PickleStep step, AstIndex nodes)
    {
        var kind = step.Type switch
        {
            PickleStepType.ACTION => StepKind.When,
            PickleStepType.OUTCOME => StepKind.Then,
            _ => StepKind.Given,
        };
        var keyword = nodes.Steps.TryGetValue(step.AstNodeIds[0], out var astStep) ? astStep.Keyword : $"{kind} ";
        var docString = step.Argument?.DocString?.Content.ReplaceLineEndings("\n");
        IReadOnlyList<IReadOnlyList<string>>? table = step.Argument?.DataTable is { } data
            ? [.. data.Rows.Select(tableRow => (IReadOnlyList<string>)[.. tableRow.Cells.Select(cell => cell.Value)])]
            : null;
        return new ScenarioStep(kind, keyword, step.Text, docString, table);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded feature '{name}' could not be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Number the Gherkin nodes of one feature with IDs unique across features, as reports require.</summary>
    private sealed class FeatureScopedIds(string path) : IIdGenerator
    {
        private int _next;

        public string GetNewId() => $"{path}#{_next++}";
    }

    private static string TagName(string tag) => tag.TrimStart('@');

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Index the parts of a Gherkin document that pickles point back to.</summary>
    private sealed class AstIndex
    {
        public Dictionary<string, Scenario> Scenarios { get; } = [];

        public Dictionary<string, Step> Steps { get; } = [];

        public Dictionary<string, TableRow> ExampleRows { get; } = [];

        public Dictionary<string, Rule> RuleOfScenario { get; } = [];

        public static AstIndex Of(GherkinDocument document)
        {
            var index = new AstIndex();
            foreach (var child in document.Feature.Children)
            {
                index.Add(child.Background, child.Scenario, rule: null);
                if (child.Rule is { } rule)
                {
                    foreach (var ruleChild in rule.Children)
                    {
                        index.Add(ruleChild.Background, ruleChild.Scenario, rule);
                    }
                }
            }

            return index;
        }

        private void Add(Background? background, Scenario? scenario, Rule? rule)
        {
            foreach (var step in background?.Steps ?? [])
            {
                Steps[step.Id] = step;
            }

            if (scenario is null)
            {
                return;
            }

            Scenarios[scenario.Id] = scenario;
            if (rule is not null)
            {
                RuleOfScenario[scenario.Id] = rule;
            }

            foreach (var step in scenario.Steps)
            {
                Steps[step.Id] = step;
            }

            foreach (var row in scenario.Examples.SelectMany(examples => examples.TableBody))
            {
                ExampleRows[row.Id] = row;
            }
        }
    }
}

using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Hand Reqnroll's report formatters the Cucumber messages of one feature: its source, its Gherkin document and its pickles.
/// </summary>
/// <remarks>Generated Reqnroll tests embed these messages at build time; the bridge has them from compiling the feature at run time.</remarks>
internal sealed class FeatureMessages(Source source, GherkinDocument gherkinDocument, IReadOnlyList<Pickle> pickles) : IFeatureLevelCucumberMessages
{
    public bool HasMessages => true;

    public GherkinDocument GherkinDocument { get; } = gherkinDocument;

    public IEnumerable<Pickle> Pickles { get; } = pickles;

    public Source Source { get; } = source;
}

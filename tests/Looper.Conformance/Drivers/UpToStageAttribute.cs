namespace Looper.Conformance;

/// <summary>
/// Keep only the scenarios of workshop stages 1 to <see cref="Stage"/> in a class derived from <see cref="ConformanceSuite{TImplementation}"/>.
/// </summary>
/// <remarks>
/// For a kata in progress or an exemplar that stops at a stage: scenarios of later stages are not even listed, so test
/// explorers and <c>dotnet test</c> show only the unlocked stages. Without the attribute every scenario runs.
/// </remarks>
/// <example>
/// <code>[TestFixture, UpToStage(2)] public sealed class MyLooperConformance : ConformanceSuite&lt;MyLooperImplementation&gt;;</code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class UpToStageAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="UpToStageAttribute"/> class.</summary>
    /// <param name="stage">The last stage to run: a stage of the workshop's stage table (spec section 13).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a stage of the workshop.</exception>
    public UpToStageAttribute(int stage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stage, Traits.StageCatalog.Last);
        Stage = stage;
    }

    /// <summary>Gets the last stage whose scenarios run.</summary>
    public int Stage { get; }
}

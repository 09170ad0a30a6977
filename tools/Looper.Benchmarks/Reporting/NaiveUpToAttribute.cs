namespace Looper.Benchmarks.Reporting;

/// <summary>
/// Run a workload's naive baseline only up to a number of tasks, where its quadratic cost would take minutes beyond.
/// </summary>
/// <param name="tasks">The largest N the naive port runs.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class NaiveUpToAttribute(int tasks) : Attribute
{
    /// <summary>Gets the largest N the naive port runs.</summary>
    public int Tasks { get; } = tasks;
}

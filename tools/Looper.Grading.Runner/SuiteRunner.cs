using System.Reflection;
using Looper.Grading.Protocol;
using Looper.Grading.Scenarios;

namespace Looper.Grading.Runner;

/// <summary>
/// Load the submission, find its implementation, and run the scenarios the grader asked for, reporting each on the results channel.
/// </summary>
internal static class SuiteRunner
{
    public static async Task<int> RunAsync(RunnerArguments arguments)
    {
        await using var channel = await ResultChannel.ConnectAsync(arguments.PipeName);
        var catalog = ScenarioCatalog.Load(arguments.HiddenDirectory);
        var keys = await File.ReadAllLinesAsync(arguments.ScenarioListPath);

        Type implementation;
        try
        {
            var assembly = new SubmissionLoadContext(Path.GetFullPath(arguments.AssemblyPath)).LoadFromAssemblyPath(Path.GetFullPath(arguments.AssemblyPath));
            var (type, problem, message) = ImplementationFinder.Find(assembly);
            if (type is null)
            {
                channel.Send(new RunnerMessage { Type = RunnerMessage.Problem, ProblemKind = problem, Message = message });
                return 0;
            }

            implementation = type;
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            channel.Send(new RunnerMessage
            {
                Type = RunnerMessage.Problem,
                ProblemKind = RunnerMessage.DoesNotLoad,
                Message = $"the submission's assembly cannot be loaded: {exception.Message}",
            });
            return 0;
        }

        var execution = new ScenarioExecution(implementation, arguments.OutputLimit, Environment.CurrentDirectory);
        await ScenarioExecution.WarmUpAsync(catalog.Scenarios[0]);
        channel.Send(new RunnerMessage { Type = RunnerMessage.Ready, Implementation = implementation.FullName });
        foreach (var key in keys)
        {
            if (!catalog.TryFind(key, out var scenario))
            {
                continue;
            }

            channel.Send(new RunnerMessage { Type = RunnerMessage.Started, Key = key });
            channel.Send(await execution.RunAsync(scenario));
        }

        channel.Send(new RunnerMessage { Type = RunnerMessage.Completed });
        return 0;
    }
}

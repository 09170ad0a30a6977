using Looper.Grading.Protocol;
using Looper.Grading.Runner;

// Started by the grader (looper grade), never by hand: see RunnerArguments for the command line.
RunnerArguments arguments;
try
{
    arguments = RunnerArguments.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}

var exitCode = await SuiteRunner.RunAsync(arguments);

// A submission may leave foreground threads behind; they must not keep the runner alive.
Environment.Exit(exitCode);
return exitCode;

using Looper.Protocol.Peering;

namespace Looper.Host;

/// <summary>The host's entry point: <c>Looper.Host &lt;submission.dll&gt; [type name]</c> (spec/protocol.md section 2).</summary>
internal static class HostProgram
{
    /// <summary>Exit code when the arguments or the submission are unusable.</summary>
    public const int UnusableSubmission = 3;

    /// <summary>Exit code when the judge broke the protocol.</summary>
    public const int ProtocolBroken = 4;

    /// <summary>Exit code when the submission has no implementation of the contract.</summary>
    public const int NoImplementation = 5;

    /// <summary>Exit code when the submission has several implementations and none was chosen.</summary>
    public const int SeveralImplementations = 6;

    /// <summary>Take the channel, load the submission and serve until the judge closes the channel.</summary>
    /// <param name="args">The submission assembly's path, and optionally the implementation's full type name.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        // First of all, before any learner code can run: the channel moves off fds 0 and 1.
        var (input, output) = ProtocolChannel.Take();
        using var learnerOutput = LearnerOutput.Install();
        return Serve(args, input, output, learnerOutput);
    }

    private static int Serve(string[] args, Stream input, Stream output, LearnerOutput learnerOutput)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("Usage: Looper.Host <submission.dll> [implementation type name]");
            return UnusableSubmission;
        }

        Type implementation;
        try
        {
            implementation = SubmissionLoader.FindImplementation(args[0], args.Length > 1 ? args[1] : null);
        }
        catch (SubmissionException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return exception.ExitCode;
        }

        var ended = new ManualResetEventSlim();
        var exitCode = 0;
        using var connection = new Connection(Side.Host, input, output)
        {
            ImplementationName = implementation.FullName ?? implementation.Name,
            Implementations = () => Create(implementation),
            BeforeEachFrame = learnerOutput.Flush,
        };
        connection.Broken = failure =>
        {
            if (failure.InnerException is not EndOfStreamException)
            {
                Console.Error.WriteLine(failure.Message);
                learnerOutput.Flush();
                exitCode = ProtocolBroken;
            }

            ended.Set();
        };
        connection.Start();
        ended.Wait();
        return exitCode;
    }

    /// <summary>Make a new instance of the implementation; what its constructor throws is thrown as it is.</summary>
    private static ILooperImplementation Create(Type implementation)
    {
        try
        {
            return (ILooperImplementation)Activator.CreateInstance(implementation, nonPublic: true)!;
        }
        catch (System.Reflection.TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }
}

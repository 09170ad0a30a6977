using static Looper.Hostile.Tests.Corpus.CaseEffect;
using static Looper.Hostile.Tests.Corpus.CaseKind;

namespace Looper.Hostile.Tests.Corpus;

/// <summary>
/// Every case of Cases/, with the scenarios its behaviour breaks. docs/hostile-corpus.md describes each; a test checks that
/// this list and the folders match.
/// </summary>
public static class HostileCorpus
{
    /// <summary>Gets every case, in the order of docs/hostile-corpus.md.</summary>
    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("hostile-forge-stdout", RunTime, BreaksTrigger, "result lines in the runner's and the protocol's formats on stdout"),
        new("hostile-forge-stderr", RunTime, BreaksTrigger, "the same forged lines on stderr"),
        new("hostile-forge-raw-fds", RunTime, BreaksTrigger, "forged lines straight to fds 0, 1 and 2, past Console"),
        new("hostile-forge-proc-fds", RunTime, BreaksTrigger, "forged lines to every pipe and socket under /proc/self/fd"),
        new("hostile-forge-report-files", RunTime, BreaksTrigger, "full-marks reports into every --reports folder an ancestor names"),
        new("hostile-forge-github-files", RunTime, BreaksTrigger, "full marks appended to GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV"),
        new("hostile-forge-late-rewrite", RunTime, BreaksTrigger, "a detached process that rewrites the reports after grading"),
        new("hostile-forge-exit-zero", RunTime, BreaksTrigger, "a forged 'completed' on every stream, then exit code 0"),
        new("hostile-tamper-install", RunTime, BreaksTrigger, "overwrites the grader's install and work folders with its own DLL"),
        new("hostile-tamper-config", RunTime, BreaksTrigger, "rewrites grading.json with huge points, empties the hidden pack"),
        new("hostile-tamper-home", RunTime, None, "plants startup files in the grader's home, .dotnet and .nuget"),
        new("hostile-leak-stdout", RunTime, BreaksTrigger, "prints every environment value and feature file it can reach"),
        new("hostile-leak-exception", RunTime, BreaksTrigger, "the same loot as an exception message"),
        new("hostile-leak-logger", RunTime, BreaksTrigger, "the same loot through the judge's logger"),
        new("hostile-leak-hidden-memory", RunTime, BreaksTrigger, "reflects over loaded suite and Reqnroll assemblies for scenarios"),
        new("hostile-leak-hidden-disk", RunTime, BreaksTrigger, "walks the file system for .feature files"),
        new("hostile-kill-parent", RunTime, BreaksTrigger, "kill -9 $PPID"),
        new("hostile-kill-ancestors", RunTime, BreaksTrigger, "kill -9 on every grader and sandbox ancestor"),
        new("hostile-kill-everything", RunTime, BreaksTrigger, "kill -9 -1"),
        new("hostile-pkill-dotnet", RunTime, BreaksTrigger, "pkill -9 dotnet"),
        new("hostile-stop-ancestors", RunTime, BreaksTrigger, "SIGSTOP to every grader and sandbox ancestor"),
        new("hostile-leftover-sleep", RunTime, None, "a sleep 600 child"),
        new("hostile-leftover-setsid", RunTime, None, "a detached setsid loop that ignores HUP and TERM"),
        new("hostile-leftover-thread", RunTime, None, "a foreground thread that never ends"),
        new("hostile-leftover-files", RunTime, None, "its loot in files in /tmp, /var/tmp, /dev/shm, the working and home folders"),
        new("hostile-leftover-many", RunTime, None, "200 sleep 600 processes"),
        new("hostile-flood-stdout", RunTime, None, "64 MB on stdout"),
        new("hostile-flood-stderr", RunTime, None, "64 MB on stderr"),
        new("hostile-flood-endless-stderr", RunTime, BreaksTrigger, "short lines on stderr for ever, without calling anything"),
        new("hostile-hang-constructor", RunTime, BreaksTrigger, "a coroutine whose constructor never returns"),
        new("hostile-hang-static-constructor", RunTime, BreaksTrigger, "a type whose static constructor never returns"),
        new("hostile-hang-module-initializer", RunTime, BreaksAll, "a module initializer that never returns"),
        new("hostile-hang-in-run", RunTime, BreaksTrigger, "a coroutine that spins forever without calling anything"),
        new("hostile-stack-overflow", RunTime, BreaksTrigger, "unbounded recursion"),
        new("hostile-environment-exit", RunTime, BreaksTrigger, "Environment.Exit(3) mid-scenario"),
        new("hostile-fail-fast", RunTime, BreaksTrigger, "Environment.FailFast mid-scenario"),
        new("hostile-out-of-memory", RunTime, BreaksTrigger, "allocates and touches up to 8 GB"),
        new("hostile-background-crash", RunTime, BreaksTrigger, "an exception on a thread of its own"),
        new("hostile-build-exec", BuildTime, None, "an Exec target in its .csproj runs Shared/tamper.sh during the build"),
        new("hostile-build-directory-files", BuildTime, None, "its Directory.Build.props and .targets run the same after the build"),
        new("hostile-build-inline-task", BuildTime, None, "an inline C# MSBuild task tampers, plants and leaves a process"),
    ];

    /// <summary>Gets the case called <paramref name="name"/>.</summary>
    public static HostileCase Named(string name) => All.Single(entry => entry.Name == name);
}

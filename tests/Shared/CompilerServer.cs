namespace Looper.Testing;

/// <summary>Turn the C# compiler server on for the builds a test starts outside the grader's sandbox, as a fresh .NET install has it.</summary>
/// <remarks>
/// <para>
/// Many CI machines (this repository's among them) turn the server off with <c>UseSharedCompilation=false</c> in the environment, and a
/// child build inherits that: each project is then compiled by a compiler that starts cold, about three times slower for the small
/// projects these tests build. A learner's machine keeps the server on, so the tests that replay a learner's commands (a stage run,
/// <c>dotnet test</c> of a template repository, a plugged-in project) and the tests' own fixture builds run with it on too.
/// </para>
/// <para>
/// The grader's builds inside the sandbox are not affected: they pass <c>-p:UseSharedCompilation=true</c> on the command line, which
/// wins over the environment, and start a server of their own inside the sandbox, which ends with it. The server these tests start
/// stops by itself when it has been idle a while, as after any build.
/// </para>
/// <para>One copy, compiled into every test project that starts builds (linked from <c>tests/Shared</c>).</para>
/// </remarks>
internal static class CompilerServer
{
    /// <summary>Gets the name of the MSBuild property (and environment variable) that turns the server on or off.</summary>
    public const string Variable = "UseSharedCompilation";

    /// <summary>Gets the value that turns it on.</summary>
    public const string On = "true";

    /// <summary>Gets the command-line argument that turns it on for one <c>dotnet build</c>.</summary>
    public const string OnArgument = $"-p:{Variable}={On}";
}

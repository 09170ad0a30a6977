using Looper.Reference;

namespace Looper.Grading.Submissions;

/// <summary>
/// Turn what the user typed into a submission: nothing for the reference, a folder, a project file or a built assembly.
/// </summary>
public static class SubmissionLocator
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules"];

    /// <summary>Gets the reference implementation that ships with the grader.</summary>
    /// <returns>The reference, as a built assembly.</returns>
    public static Submission Reference()
    {
        var assembly = typeof(ReferenceLooperImplementation).Assembly.Location;
        return new Submission("reference", "reference implementation (Looper.Reference)", SubmissionKind.Reference, assembly, System.IO.Path.GetDirectoryName(assembly)!);
    }

    /// <summary>Find the submission at <paramref name="path"/>, or the reference when it is <see langword="null"/>.</summary>
    /// <remarks>
    /// A folder's project is the one project file at its top, or else the one a folder down; when there are several,
    /// test projects (those that use Microsoft.NET.Test.Sdk) are set aside, so a learner's folder with the
    /// implementation and its tests grades the implementation. A folder with no project that holds a build's output
    /// (one <c>.dll</c> with a <c>.deps.json</c> of the same name) is that built assembly.
    /// </remarks>
    /// <param name="path">A folder, a project file or a built <c>.dll</c>, absolute or relative to <paramref name="currentDirectory"/>.</param>
    /// <param name="currentDirectory">The folder relative paths start from.</param>
    /// <returns>The submission.</returns>
    /// <exception cref="GradingProblemException">The path does not exist, or the folder holds no project or several.</exception>
    public static Submission Locate(string? path, string currentDirectory)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Reference();
        }

        var full = System.IO.Path.GetFullPath(path, currentDirectory);
        var display = Display(full, currentDirectory);
        if (File.Exists(full))
        {
            var folder = System.IO.Path.GetDirectoryName(full)!;
            var extension = System.IO.Path.GetExtension(full);
            if (ProjectExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return new Submission(System.IO.Path.GetFileNameWithoutExtension(full), display, SubmissionKind.Project, full, folder);
            }

            if (extension.Equals(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return new Submission(System.IO.Path.GetFileNameWithoutExtension(full), display, SubmissionKind.Assembly, full, folder);
            }

            if (extension.Equals(".py", StringComparison.OrdinalIgnoreCase))
            {
                return new Submission(System.IO.Path.GetFileNameWithoutExtension(full), display, SubmissionKind.Python, full, folder);
            }

            throw new GradingProblemException(
                GradingProblem.SubmissionNotFound,
                $"'{display}' is neither a folder, a project file nor a built assembly, nor a Python module. Pass the submission's folder, its .csproj, its built .dll, or its .py module.");
        }

        if (!Directory.Exists(full))
        {
            throw new GradingProblemException(GradingProblem.SubmissionNotFound, $"'{display}' does not exist. Check the path of the submission.");
        }

        var projects = ProjectsIn(full);
        if (projects.Count == 0 && BuiltAssemblyIn(full) is { } built)
        {
            return new Submission(new DirectoryInfo(full).Name, display, SubmissionKind.Assembly, built, full);
        }

        if (projects.Count == 0 && PythonModulesIn(full) is { Count: > 0 } modules)
        {
            return modules.Count == 1
                ? new Submission(new DirectoryInfo(full).Name, display, SubmissionKind.Python, modules[0], full)
                : throw new GradingProblemException(
                    GradingProblem.SubmissionNotFound,
                    $"'{display}' holds {modules.Count} Python modules: {string.Join(", ", modules.Select(System.IO.Path.GetFileName))}. Pass the .py file that holds the looper.");
        }

        return projects.Count switch
        {
            1 => new Submission(new DirectoryInfo(full).Name, display, SubmissionKind.Project, projects[0], full),
            0 => throw new GradingProblemException(
                GradingProblem.SubmissionNotFound,
                $"'{display}' holds no project (.csproj), neither at its top nor one folder down, and no built assembly. Pass the folder of a project that implements ILooperImplementation."),
            _ => throw new GradingProblemException(
                GradingProblem.SubmissionNotFound,
                $"'{display}' holds {projects.Count} projects: {string.Join(", ", projects.Select(project => System.IO.Path.GetRelativePath(full, project)))}. "
                + "Pass the project file that implements ILooperImplementation, or use --batch to grade a folder of submissions."),
        };
    }

    /// <summary>List the submissions of a batch: every folder directly inside <paramref name="folder"/>, in name order.</summary>
    /// <param name="folder">The folder of submissions.</param>
    /// <param name="currentDirectory">The folder relative paths start from.</param>
    /// <returns>Each subfolder's path, absolute.</returns>
    /// <exception cref="GradingProblemException">The folder does not exist or has no subfolder.</exception>
    public static IReadOnlyList<string> BatchFolders(string folder, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = System.IO.Path.GetFullPath(folder, currentDirectory);
        var display = Display(full, currentDirectory);
        if (!Directory.Exists(full))
        {
            throw new GradingProblemException(GradingProblem.SubmissionNotFound, $"'{display}' does not exist. Pass the folder that holds one folder per submission.");
        }

        var folders = Directory.GetDirectories(full)
            .Where(directory => !IsSkipped(directory))
            .Order(StringComparer.Ordinal)
            .ToList();
        return folders.Count > 0
            ? folders
            : throw new GradingProblemException(
                GradingProblem.SubmissionNotFound,
                $"'{display}' holds no submission folder. A batch is a folder with one folder per submission, each holding a project.");
    }

    private static string? BuiltAssemblyIn(string folder)
    {
        // A build's output folder: its main assembly is the one .dll with a .deps.json of the same name.
        var built = Directory.GetFiles(folder, "*.deps.json")
            .Select(deps => System.IO.Path.Combine(folder, System.IO.Path.GetFileName(deps)[..^".deps.json".Length] + ".dll"))
            .Where(File.Exists)
            .ToList();
        return built.Count == 1 ? built[0] : null;
    }

    private static List<string> PythonModulesIn(string folder) =>
        [.. Directory.GetFiles(folder, "*.py")
            .Where(file => !System.IO.Path.GetFileName(file).StartsWith("test_", StringComparison.Ordinal) && !System.IO.Path.GetFileName(file).StartsWith('_'))
            .Order(StringComparer.Ordinal)];

    private static List<string> ProjectsIn(string folder)
    {
        var top = Projects(folder).ToList();
        List<string> found = top.Count > 0
            ? top
            : [.. Directory.GetDirectories(folder).Where(directory => !IsSkipped(directory)).SelectMany(Projects).Order(StringComparer.Ordinal)];

        // A learner's folder often holds the implementation and its test project; the test project is not the submission.
        var notTests = found.Where(project => !IsTestProject(project)).ToList();
        return found.Count > 1 && notTests.Count == 1 ? notTests : found;
    }

    private static bool IsTestProject(string project)
    {
        var text = File.ReadAllText(project);
        return text.Contains("Microsoft.NET.Test.Sdk", StringComparison.Ordinal)
            || text.Contains("<IsTestProject>true</IsTestProject>", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Projects(string folder) =>
        Directory.GetFiles(folder)
            .Where(file => ProjectExtensions.Contains(System.IO.Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static bool IsSkipped(string directory)
    {
        var name = System.IO.Path.GetFileName(directory);
        return name.StartsWith('.') || SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static string Display(string full, string currentDirectory)
    {
        var relative = System.IO.Path.GetRelativePath(currentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? full : relative;
    }
}

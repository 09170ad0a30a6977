using System.Xml.Linq;

namespace Looper.Grading.Submissions;

/// <summary>
/// Copy a submission's folder into a scratch folder, so building it writes nothing into the submission (which may be read-only).
/// </summary>
/// <remarks>
/// The copy leaves out <c>bin</c>, <c>obj</c> and dot-folders. A <c>ProjectReference</c> or <c>Import</c> that points
/// outside the submission's folder is rewritten to the original's absolute path, and the nearest
/// <c>Directory.Build.props</c>, <c>Directory.Build.targets</c> and <c>Directory.Packages.props</c> above the submission are
/// imported from where they are; the nearest <c>global.json</c> and <c>NuGet.config</c> above it are copied beside the copy.
/// So the copy builds exactly as the original would. Other items that reach outside the folder (such as
/// <c>Compile Include="../x.cs"</c>) are not rewritten.
/// </remarks>
internal static class ScratchCopy
{
    /// <summary>How many MSBuild files outside the copy <see cref="OutsideFolders"/> reads at most, following references from file to file.</summary>
    private const int MostFilesFollowed = 200;

    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "TestResults"];
    private static readonly string[] MsBuildExtensions = [".csproj", ".fsproj", ".vbproj", ".props", ".targets"];
    private static readonly string[] ImportedAbove = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"];
    private static readonly string[] CopiedAbove = ["global.json", "NuGet.config", "nuget.config", "NuGet.Config"];
    private static readonly string[] ImplicitSettingsFiles = [.. ImportedAbove, .. CopiedAbove, ".editorconfig"];

    /// <summary>Copy the folder of <paramref name="submission"/> into <paramref name="scratch"/>.</summary>
    /// <param name="submission">A project submission.</param>
    /// <param name="scratch">An empty folder the grader owns.</param>
    /// <returns>The copied project file and the copied folder.</returns>
    public static (string Project, string Root) Make(Submission submission, string scratch)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(submission.Root));
        var root = Path.Combine(scratch, "source", new DirectoryInfo(source).Name);
        CopyFolder(source, root);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Where(file => MsBuildExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)))
        {
            Rewrite(file, Path.Combine(source, Path.GetRelativePath(root, file)), source);
        }

        var above = Path.GetDirectoryName(root)!;
        var parent = Path.GetDirectoryName(source);
        foreach (var name in ImportedAbove)
        {
            if (parent is not null && Nearest(parent, name) is { } original)
            {
                File.WriteAllText(Path.Combine(above, name), new XDocument(new XElement("Project", new XElement("Import", new XAttribute("Project", original)))).ToString());
            }
        }

        foreach (var name in CopiedAbove)
        {
            if (parent is not null && Nearest(parent, name) is { } original && !File.Exists(Path.Combine(above, Path.GetFileName(original))))
            {
                File.Copy(original, Path.Combine(above, Path.GetFileName(original)));
            }
        }

        return (Path.Combine(root, Path.GetRelativePath(source, submission.Path)), root);
    }

    /// <summary>Find what outside a scratch copy its MSBuild files point at: referenced projects, imports, hint paths (after <see cref="Make"/> made them absolute).</summary>
    /// <param name="root">The copy's folder, as <see cref="Make"/> returned it.</param>
    /// <returns>
    /// Existing folders outside the copy that hold referenced projects, assemblies or imported files, the imported files themselves, and the
    /// settings files above them, which a sandboxed build must be able to read.
    /// </returns>
    /// <remarks>
    /// The files those point at are read in turn (a <c>Directory.Build.props</c> above the submission may reference the contract, the contract its
    /// own settings), up to <see cref="MostFilesFollowed"/> files. A path is followed when it is literal or built from <c>$(MSBuildThisFileDirectory)</c>,
    /// <c>$(MSBuildThisFileFullPath)</c> or, in a project file, <c>$(MSBuildProjectDirectory)</c>; the projects are never evaluated, since evaluating
    /// a submission's MSBuild runs its property functions outside the sandbox.
    /// </remarks>
    public static IReadOnlyList<string> OutsideFolders(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var above = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(inside))!;
        var pending = new Queue<string>(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(above)).Where(IsMsBuildFile));
        var read = new HashSet<string>(pending, StringComparer.Ordinal);
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var followed = 0;
        while (pending.TryDequeue(out var file))
        {
            foreach (var (target, imported) in PathsIn(file).Where(found => !found.Path.StartsWith(inside, StringComparison.Ordinal)))
            {
                if (Path.GetDirectoryName(target) is not { } folder || !Directory.Exists(folder))
                {
                    continue;
                }

                // A referenced project or assembly is shown with its folder. An imported file is shown with its folder (it may glob files beside
                // it) and also alone, so that when its folder may not be shown (it holds the grader's files) the file still is.
                if (imported && !File.Exists(target))
                {
                    continue; // A conditional import of a file that is not there: nothing to show.
                }

                if (imported ? files.Add(target) | folders.Add(folder) : folders.Add(folder))
                {
                    // MSBuild reads the settings files above a referenced project or an imported file too (its target framework may live there).
                    foreach (var setting in AncestorSettingsFiles(imported ? target : folder).Where(files.Add))
                    {
                        Follow(setting);
                    }
                }

                Follow(target);
            }
        }

        return [.. folders, .. files];

        void Follow(string file)
        {
            if (IsMsBuildFile(file) && File.Exists(file) && followed < MostFilesFollowed && read.Add(file))
            {
                followed++;
                pending.Enqueue(file);
            }
        }
    }

    /// <summary>Find the paths an MSBuild file names in its project references, imports and hint paths, made absolute where that can be done without evaluating it.</summary>
    private static IEnumerable<(string Path, bool Imported)> PathsIn(string file)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(file);
        }
        catch (Exception exception) when (exception is System.Xml.XmlException or IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        var folder = Path.GetDirectoryName(file)!;
        var isProject = Path.GetExtension(file).EndsWith("proj", StringComparison.OrdinalIgnoreCase);
        foreach (var element in document.Descendants())
        {
            var value = element.Name.LocalName switch
            {
                "ProjectReference" => element.Attribute("Include")?.Value,
                "Import" => element.Attribute("Project")?.Value,
                "HintPath" => element.Value,
                _ => null,
            };
            if (value is null)
            {
                continue;
            }

            value = value.Trim()
                .Replace("$(MSBuildThisFileDirectory)", folder + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)
                .Replace("$(MSBuildThisFileFullPath)", file, StringComparison.OrdinalIgnoreCase);
            if (isProject)
            {
                value = value.Replace("$(MSBuildProjectDirectory)", folder, StringComparison.OrdinalIgnoreCase);
            }

            // A relative item in a settings file is relative to the project that imports it, which is not known here; an import is relative to its file.
            if (value.Length == 0 || value.Contains("$(", StringComparison.Ordinal) || value.Contains('*', StringComparison.Ordinal)
                || (!Path.IsPathFullyQualified(value) && !isProject && element.Name.LocalName != "Import"))
            {
                continue;
            }

            string full;
            try
            {
                full = Path.GetFullPath(Path.Combine(folder, value));
            }
            catch (ArgumentException)
            {
                continue;
            }

            yield return (full, element.Name.LocalName == "Import");
        }
    }

    private static bool IsMsBuildFile(string file) => MsBuildExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    /// <summary>Find the files MSBuild and the SDK read implicitly from a project folder's ancestors (or an imported file's folder and its ancestors).</summary>
    /// <param name="folder">A referenced project's folder, or an imported file.</param>
    /// <returns>The settings files that exist there or above.</returns>
    private static IEnumerable<string> AncestorSettingsFiles(string folder)
    {
        for (var current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)); current is not null; current = Path.GetDirectoryName(current))
        {
            foreach (var name in ImplicitSettingsFiles)
            {
                var file = Path.Combine(current, name);
                if (File.Exists(file))
                {
                    yield return file;
                }
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            var copy = Path.Combine(to, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetAttributes(copy, FileAttributes.Normal);
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(folder);
            if (!name.StartsWith('.') && !SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                CopyFolder(folder, Path.Combine(to, name));
            }
        }
    }

    private static void Rewrite(string copy, string original, string source)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(copy, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException)
        {
            return; // MSBuild reports a malformed project itself, with its line and column.
        }

        var folder = Path.GetDirectoryName(original)!;
        var changed = false;
        foreach (var element in document.Descendants())
        {
            var attribute = element.Name.LocalName switch
            {
                "ProjectReference" => element.Attribute("Include"),
                "Import" => element.Attribute("Project"),
                _ => null,
            };
            if (attribute is null || attribute.Value.Contains("$(", StringComparison.Ordinal) || attribute.Value.Contains('*', StringComparison.Ordinal)
                || Path.IsPathRooted(attribute.Value))
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(folder, attribute.Value));
            if (!target.StartsWith(source + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                attribute.Value = target;
                changed = true;
            }
        }

        if (changed)
        {
            document.Save(copy, SaveOptions.DisableFormatting);
        }
    }

    private static string? Nearest(string folder, string name)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

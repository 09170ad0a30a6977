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

    /// <summary>Find the folders outside a scratch copy that its MSBuild files point at: referenced projects, imports, hint paths (after <see cref="Make"/> made them absolute).</summary>
    /// <param name="root">The copy's folder, as <see cref="Make"/> returned it.</param>
    /// <returns>Existing folders outside the copy, and the settings files above them, which a sandboxed build must be able to read.</returns>
    public static IReadOnlyList<string> OutsideFolders(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var above = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(inside))!;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(above))
            .Where(file => MsBuildExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase));
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(file);
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            foreach (var element in document.Descendants())
            {
                var value = element.Name.LocalName switch
                {
                    "ProjectReference" => element.Attribute("Include")?.Value,
                    "Import" => element.Attribute("Project")?.Value,
                    "HintPath" => element.Value.Trim(),
                    _ => null,
                };
                if (value is not null && Path.IsPathFullyQualified(value) && !value.StartsWith(inside, StringComparison.Ordinal)
                    && Path.GetDirectoryName(value) is { } folder && Directory.Exists(folder))
                {
                    folders.Add(folder);
                }
            }
        }

        // MSBuild reads the settings files above a referenced project too (its target framework may live there): show those files, not their folders.
        var settings = folders.SelectMany(AncestorSettingsFiles).ToList();
        return [.. folders, .. settings.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Find the files MSBuild and the SDK read implicitly from a project folder and its ancestors.</summary>
    /// <param name="folder">A referenced project's folder.</param>
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

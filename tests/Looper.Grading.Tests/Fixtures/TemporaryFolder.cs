namespace Looper.Grading.Tests.Fixtures;

/// <summary>A folder of its own for one test's files, removed afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("looper-grading-tests-");

    public string Path => _folder.FullName;

    public void Dispose()
    {
        foreach (var entry in _folder.EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            entry.Attributes = entry is DirectoryInfo ? FileAttributes.Directory : FileAttributes.Normal;
        }

        _folder.Delete(recursive: true);
    }
}

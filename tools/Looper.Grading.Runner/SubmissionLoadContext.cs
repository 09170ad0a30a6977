using System.Reflection;
using System.Runtime.Loader;

namespace Looper.Grading.Runner;

/// <summary>
/// Load a submission's assembly and its own dependencies apart from the runner's, sharing what the runner already has.
/// </summary>
/// <remarks>
/// The contract (<c>Looper.Contract</c>) and the logging abstractions must be the runner's own copies, or the submission's
/// <c>ILooperImplementation</c> would be another type than the suite's. Anything the runner can load is shared that way;
/// the rest comes from the submission's build output, through its <c>.deps.json</c>.
/// </remarks>
internal sealed class SubmissionLoadContext(string assemblyPath) : AssemblyLoadContext("submission")
{
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        try
        {
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (FileNotFoundException)
        {
            var path = _resolver.ResolveAssemblyToPath(assemblyName);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}

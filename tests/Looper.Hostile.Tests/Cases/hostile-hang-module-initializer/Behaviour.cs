using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Never finish loading: the assembly's module initializer blocks forever, so no scenario can run.</summary>
public sealed partial class CaseLooperImplementation
{
    [ModuleInitializer]
    internal static void Block()
    {
        Thread.Sleep(Timeout.Infinite);
    }
}

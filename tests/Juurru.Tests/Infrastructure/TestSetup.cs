using System.Runtime.CompilerServices;

namespace Juurru.Tests.Infrastructure;

internal static class TestSetup
{
    /// <summary>
    /// Every test starts its own host, and each host watches its settings files. Polling instead of inotify keeps
    /// many parallel hosts within the system's limit on inotify instances (128 by default).
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}

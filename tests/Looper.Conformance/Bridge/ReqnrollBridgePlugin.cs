using Looper.Conformance.Bridge;
using Reqnroll.Configuration;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

[assembly: RuntimePlugin(typeof(ReqnrollBridgePlugin))]

namespace Looper.Conformance.Bridge;

/// <summary>
/// Register NUnit as Reqnroll's unit-test provider and trace output, and make undefined or pending steps fail the scenario.
/// </summary>
/// <remarks>Reqnroll finds this plugin through the assembly attribute above, because this assembly is the one the bridge hands to it.</remarks>
internal sealed class ReqnrollBridgePlugin : IRuntimePlugin
{
    private const string ProviderName = "nunit";

    /// <inheritdoc />
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        ArgumentNullException.ThrowIfNull(runtimePluginEvents);
        ArgumentNullException.ThrowIfNull(unitTestProviderConfiguration);
        runtimePluginEvents.RegisterGlobalDependencies += (_, args) =>
            args.ObjectContainer.RegisterTypeAs<NUnitRuntimeProvider, IUnitTestRuntimeProvider>(ProviderName);
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, args) =>
            args.ObjectContainer.RegisterTypeAs<NUnitTraceListener, ITraceListener>();
        runtimePluginEvents.ConfigurationDefaults += (_, args) =>
            args.ReqnrollConfiguration.MissingOrPendingStepsOutcome = MissingOrPendingStepsOutcome.Error;
        unitTestProviderConfiguration.UseUnitTestProvider(ProviderName);
    }
}

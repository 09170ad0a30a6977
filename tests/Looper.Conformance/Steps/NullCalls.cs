using Looper.Conformance.Drivers;

namespace Looper.Conformance.Steps;

/// <summary>
/// Name the calls of the contract that a scenario can make with one null argument (spec FAIL-3).
/// </summary>
internal static class NullCalls
{
    public static Action For(LooperDriver driver, string member, string argument)
    {
        var implementation = driver.Implementation;
        var time = driver.Clock;
        var logger = driver.Logger;
        var duration = TimeSpan.FromSeconds(1);
        return (member, argument) switch
        {
            ("AddTask", "coroutine") => () => driver.Looper.AddTask(null!),
            ("GetTask", "coroutine") => () => driver.Looper.GetTask(null!),
            ("KillTask", "coroutine") => () => driver.Looper.KillTask(null!),
            ("CreateLooper", "time provider") => () => implementation.CreateLooper(null!, logger),
            ("CreateLooper", "logger") => () => implementation.CreateLooper(time, null!),
            ("CreateWait", "time provider") => () => implementation.CreateWait(duration, null!, logger),
            ("CreateWait", "logger") => () => implementation.CreateWait(duration, time, null!),
            ("CreateWaitWrapper", "callback") => () => implementation.CreateWaitWrapper(null!, duration, driver.Looper, time, logger),
            ("CreateWaitWrapper", "looper") => () => implementation.CreateWaitWrapper(() => null, duration, null!, time, logger),
            ("CreateWaitWrapper", "time provider") => () => implementation.CreateWaitWrapper(() => null, duration, driver.Looper, null!, logger),
            ("CreateWaitWrapper", "logger") => () => implementation.CreateWaitWrapper(() => null, duration, driver.Looper, time, null!),
            _ => throw new InvalidOperationException($"The scenario calls {member} with a null {argument}, which the suite does not know."),
        };
    }
}

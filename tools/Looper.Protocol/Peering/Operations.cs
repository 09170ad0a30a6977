namespace Looper.Protocol.Peering;

/// <summary>The operation names of spec/protocol.md section 6, as on the wire.</summary>
internal static class Operations
{
    public const string Hello = "hello";
    public const string SessionOpen = "session.open";
    public const string SessionClose = "session.close";
    public const string CreateLooper = "implementation.createLooper";
    public const string CreateIdleSleepingLooper = "implementation.createIdleSleepingLooper";
    public const string CreateWait = "implementation.createWait";
    public const string CreateWaitWrapper = "implementation.createWaitWrapper";
    public const string LooperAdd = "looper.add";
    public const string LooperGet = "looper.get";
    public const string LooperKill = "looper.kill";
    public const string LooperRun = "looper.run";
    public const string CoroutineStep = "coroutine.step";
    public const string CoroutineDispose = "coroutine.dispose";
    public const string ClockNow = "clock.now";
    public const string ClockTimestamp = "clock.timestamp";
    public const string ClockFrequency = "clock.frequency";
    public const string LoggerEnabled = "logger.enabled";
    public const string LoggerLog = "logger.log";
    public const string SleeperSleepUntil = "sleeper.sleepUntil";
    public const string CallbackInvoke = "callback.invoke";
}

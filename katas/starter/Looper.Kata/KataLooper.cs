namespace Looper.Kata;

/// <summary>
/// Run coroutines as tasks, round by round: your looper.
/// </summary>
/// <remarks>
/// Each member throws until you write it. Give the class the fields and the constructor it needs, and let
/// <see cref="KataLooperImplementation.CreateLooper"/> create it.
/// </remarks>
public sealed class KataLooper : ILooper
{
    /// <inheritdoc />
    public void AddTask(IEnumerator<Future> coroutine) =>
        throw new NotImplementedException("ILooper.AddTask: see spec sections 1 (FUT) and 4 (ADD)");

    /// <inheritdoc />
    public void RunUntilComplete() =>
        throw new NotImplementedException("ILooper.RunUntilComplete: see spec section 3 (LOOP)");

    /// <inheritdoc />
    public Future? GetTask(IEnumerator<Future> coroutine) =>
        throw new NotImplementedException("ILooper.GetTask: see spec sections 1 (FUT) and 5 (LOOKUP)");

    /// <inheritdoc />
    public void KillTask(IEnumerator<Future> coroutine) =>
        throw new NotImplementedException("ILooper.KillTask: see spec section 6 (KILL)");
}

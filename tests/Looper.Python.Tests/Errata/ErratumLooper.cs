namespace Looper.Python.Tests.Errata;

/// <summary>
/// A Python looper with one erratum of spec section 12: the exemplar's source with one edit that brings the notebook's
/// bug back, written to a scratch file so the Python host grades it like any learner's module.
/// </summary>
/// <param name="Erratum">The erratum, such as <c>E4</c>.</param>
/// <param name="Fails">The scenarios the looper fails, exactly, separated by spaces: those the erratum names and those its bug reaches.</param>
/// <param name="Bug">What the edit does, in the notebook's terms.</param>
/// <param name="Edits">Each text of the exemplar to replace, and its replacement.</param>
public sealed record ErratumLooper(string Erratum, string Fails, string Bug, IReadOnlyList<KeyValuePair<string, string>> Edits)
{
    /// <summary>Gets one looper per erratum of spec section 12.</summary>
    public static IReadOnlyList<ErratumLooper> All { get; } =
    [
        new("E1", "sc-fail-02 sc-fail-03 sc-fut-07", "an exhausted generator's record is written to a bare name `loop`, so NameError ends the run",
            [new("            record = future(FAILED, paused=True)\n", "            loop[task] = future(FAILED, paused=True)\n")]),
        new("E2", "sc-add-08 sc-kill-01 sc-kill-02 sc-kill-03 sc-kill-05 sc-kill-06 sc-kill-07 sc-kill-08 sc-kill-09 sc-kill-10 sc-kill-11 sc-kill-12 sc-kill-13 sc-kill-14 sc-kill-15 sc-kill-17 sc-kill-19 sc-kill-20 sc-kill-21 sc-lookup-05 sc-lookup-06 sc-wrap-01 sc-wrap-04 sc-wrap-05 sc-wrap-10", "the cull stores the survivors in `self.list` and deletes the killed task's generator, so killed tasks stay and the next cull fails on the missing generator",
            [
                new("        self._tasks = [task for task in self._tasks if not task.record[\"kill\"]]\n", "        self.list = [task for task in self._tasks if not task.record[\"kill\"]]\n"),
                new("            del self._by_coro[id(task.coro)]\n            coro, task.coro = task.coro, None\n", "            coro = task.coro\n            del task.coro\n"),
            ]),
        new("E3", "sc-kill-04 sc-kill-05 sc-kill-09 sc-kill-11 sc-kill-17 sc-kill-19", "the cull only unbinds its variable and never closes the generator",
            [new("                coro.close()\n", "                del coro\n")]),
        new("E4", "sc-kill-02 sc-kill-03 sc-kill-13 sc-kill-15 sc-wrap-05", "the actionable test ignores the kill mark and a step replaces the record outright, so a kill is lost",
            [
                new(" and not record[\"kill\"]\n", "\n"),
                new("        if task.record[\"kill\"]:\n            record[\"kill\"] = True\n", string.Empty),
            ]),
        new("E5", "sc-add-08 sc-kill-06 sc-kill-07 sc-kill-16 sc-kill-17 sc-kill-21", "kill_task looks only at admitted tasks, so a queued task cannot be killed",
            [new("        if task is not None and not task.record[\"kill\"]:\n", "        if task in self._tasks and not task.record[\"kill\"]:\n")]),
        new("E6", "sc-add-01 sc-add-02 sc-add-06 sc-add-09 sc-add-10 sc-fut-06 sc-loop-17 sc-wrap-01", "add_task appends straight to the list the round walks",
            [new("        self._queue.append(task)\n", "        self._tasks.append(task)\n")]),
        new("E7", "sc-wrap-06", "the wrapper knows only a finished or a missing wait, so a failed wait leaves it in progress for ever",
            [new("        if task[\"status\"] == FAILED:\n            yield future(FAILED, task[\"result\"], paused=True)\n            return\n", string.Empty)]),
        new("E8", "sc-fail-01 sc-log-04 sc-loop-11 sc-loop-16 sc-wrap-06 sc-wrap-07", "nothing catches a generator's exception, so it escapes run_until_complete",
            [new("        except Exception as error:\n            log.error(\"a task failed: %s\", error, exc_info=error)\n            record = future(FAILED, error, paused=True)\n", string.Empty)]),
        new("E9", "sc-wait-07 sc-wrap-08", "wait takes any float, a negative one included",
            [new("def _check_duration(member, seconds):\n", "def _check_duration(member, seconds):\n    return\n")]),
    ];

    /// <summary>Write the looper's module: the exemplar with the edits made.</summary>
    /// <param name="exemplar">The exemplar's path.</param>
    /// <param name="folder">Where to write.</param>
    /// <returns>The module's path.</returns>
    public string Write(string exemplar, string folder)
    {
        var source = File.ReadAllText(exemplar).ReplaceLineEndings("\n");
        foreach (var (text, replacement) in Edits)
        {
            if (!source.Contains(text, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The exemplar no longer holds the text {Erratum} edits:\n{text}\nUpdate the edit in {nameof(ErratumLooper)}.");
            }

            source = source.Replace(text, replacement, StringComparison.Ordinal);
        }

        var path = Path.Combine(folder, $"erratum_{Erratum.ToLowerInvariant()}.py");
        File.WriteAllText(path, source);
        return path;
    }

    /// <inheritdoc/>
    public override string ToString() => Erratum;
}

using Microsoft.Extensions.Logging;
using static Looper.Mutants.NotebookPort.NotebookDict;

namespace Looper.Mutants.NotebookPort;

/// <summary>
/// Port the notebook's second <c>Looper</c> class line for line, bugs included; each Python line is quoted above its C#.
/// </summary>
/// <remarks>Names keep the notebook's spelling where C# allows it, so the two can be read side by side.</remarks>
internal sealed class NotebookLooper(ILogger logger) : ILooper
{
    // def __init__(self):
    //     self.loop = []
    //     self.to_add = []
    private readonly List<Dictionary<string, object?>> _loop = [];
    private List<Dictionary<string, object?>> _toAdd = [];

    // The cull assigns self.list, an attribute nothing else reads (erratum E2).
    private List<Dictionary<string, object?>>? _list;

    /// <summary>Gets what the cull last stored in <c>self.list</c>: the surviving tasks, which the loop never uses (erratum E2).</summary>
    public IReadOnlyList<Dictionary<string, object?>>? List => _list;

    // def add_task(self, gen):
    public void AddTask(IEnumerator<Future> coroutine)
    {
        //     task = {"status": PENDING, "result": None, "kill": False, "paused": False, "coro": gen}
        var task = Of(FutureStatus.Pending, null, false, false, coroutine);
        //     self.to_add.append(task)
        _toAdd.Add(task);
    }

    // def update_task(self, task_index):
    private void UpdateTask(int taskIndex)
    {
        //     task = self.loop[task_index]
        var task = _loop[taskIndex];
        //     gen = task["coro"]
        var gen = (IEnumerator<Future>)Get(task, CoroKey)!;
        //     if not task["paused"]:
        if (!Flag(task, PausedKey))
        {
            //         try:
            //             t = next(gen)
            //             t["coro"] = gen
            //             self.loop[task_index] = t
            //         except StopIteration:
            // next(gen) raises StopIteration when the generator is exhausted; MoveNext returns false instead.
            // Any other exception raised by next(gen) is not caught (erratum E8), and neither is one from MoveNext.
            if (gen.MoveNext())
            {
                var t = From(gen.Current);
                t[CoroKey] = gen;
                _loop[taskIndex] = t;
            }
            else
            {
                //             loop[task_index]={"status": FAILED, "result": None, "kill": False, "paused": True, "coro": gen}
                // The bare name `loop` is not defined, so Python raises NameError here (erratum E1); C# cannot even
                // compile an unbound name, and its nearest run-time counterpart is MissingMemberException.
                throw new MissingMemberException("NameError: name 'loop' is not defined");
            }
        }
    }

    // def _get_actionable_tasks(self):
    private List<Dictionary<string, object?>> GetActionableTasks() =>
        //     return [task for task in self.loop if (task["status"] == PENDING or task["status"] == IN_PROGRESS) \
        //         and not task["paused"]]
        // The kill mark is not part of the test (erratum E4).
        [.. _loop.Where(task => (Is(task, FutureStatus.Pending) || Is(task, FutureStatus.InProgress)) && !Flag(task, PausedKey))];

    // def get_task(self, coro):
    public Future? GetTask(IEnumerator<Future> coroutine)
    {
        //     l = [t for t in self.loop if t["coro"] is coro]
        // A culled task has lost its "coro" key, so this raises KeyError once a task was culled (erratum E2).
        var l = _loop.Where(t => ReferenceEquals(Get(t, CoroKey), coroutine)).ToList();
        //     if not l:
        if (l.Count == 0)
        {
            //         l = [t for t in self.to_add if t["coro"] is coro]
            l = [.. _toAdd.Where(t => ReferenceEquals(Get(t, CoroKey), coroutine))];
        }

        //     if l:
        //         return l[0]
        //     else:
        //         return None
        // The notebook hands out the task dict itself; the contract hands out a Future, a copy.
        return l.Count > 0 ? ToFuture(l[0]) : null;
    }

    // def kill_task(self, coro):
    public void KillTask(IEnumerator<Future> coroutine)
    {
        //     logging.debug("Marking to kill %s", coro)
        NotebookLog.MarkingToKill(logger, coroutine);
        //     l = [t for t in self.loop if t["coro"] is coro]
        // Only the loop is searched, not self.to_add (erratum E5).
        var l = _loop.Where(t => ReferenceEquals(Get(t, CoroKey), coroutine)).ToList();
        //     logging.debug("Will mark %s", l)
        NotebookLog.WillMark(logger, l.Count);
        //     for e in l:
        foreach (var e in l)
        {
            //         e["kill"] = True
            e[KillKey] = true;
        }
    }

    // def _cull_list(self):
    private void CullList()
    {
        //     kill_list = [task for task in self.loop if task["kill"]]
        var killList = _loop.Where(task => Flag(task, KillKey)).ToList();
        //     logging.debug(kill_list)
        NotebookLog.KillList(logger, killList.Count);
        //     for t in kill_list:
        foreach (var t in killList)
        {
            //         logging.debug("Killing task %s", t)
            NotebookLog.KillingTask(logger, t);
            //         del t["coro"]
            // A task culled in an earlier round is still in the loop without "coro": KeyError (erratum E2).
            Del(t, CoroKey);
            //         del t
            // `del t` only unbinds the loop variable; nothing is disposed (erratum E3). C# has nothing to write here.
        }

        //     self.list = [task for task in self.loop if not task["kill"]]
        // Stored in self.list, not self.loop, so the loop never shrinks (erratum E2).
        _list = [.. _loop.Where(task => !Flag(task, KillKey))];
    }

    // def run_until_complete(self):
    public void RunUntilComplete()
    {
        //     logging.debug(self.loop)
        NotebookLog.Tasks(logger, _loop.Count);
        //     self.loop.extend(self.to_add)
        _loop.AddRange(_toAdd);
        //     self.to_add = []
        _toAdd = [];
        //     todo_list = self._get_actionable_tasks()
        var todoList = GetActionableTasks();
        //     while todo_list:
        while (todoList.Count > 0)
        {
            //         logging.debug("loop started")
            NotebookLog.LoopStarted(logger);
            //         for task_index, task in enumerate(self.loop):
            // Python's enumerate reads the list by index and sees it grow; a C# foreach would throw when an item is
            // replaced, so the port walks the list by index, as enumerate does.
            for (var taskIndex = 0; taskIndex < _loop.Count; taskIndex++)
            {
                var task = _loop[taskIndex];
                //             if (task["status"] == PENDING or task["status"] == IN_PROGRESS) and not task["paused"]:
                if ((Is(task, FutureStatus.Pending) || Is(task, FutureStatus.InProgress)) && !Flag(task, PausedKey))
                {
                    //                 self.update_task(task_index)
                    UpdateTask(taskIndex);
                    //                 if self.loop[task_index]["status"] == FINISHED:
                    if (Is(_loop[taskIndex], FutureStatus.Finished))
                    {
                        //                     logging.debug(self.loop[task_index])
                        NotebookLog.TaskFinished(logger, _loop[taskIndex]);
                    }
                }
            }

            //         # update list before next round
            //         self._cull_list()
            CullList();
            //         self.loop.extend(self.to_add)
            _loop.AddRange(_toAdd);
            //         self.to_add = []
            _toAdd = [];
            //         todo_list = self._get_actionable_tasks()
            todoList = GetActionableTasks();
        }

        //     # implicitly todo_list is null or empty here, so there are no actionable tasks
        //     logging.info("Loop finished")
        NotebookLog.LoopFinished(logger);
        //     return
    }
}

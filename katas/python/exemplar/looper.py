"""A complete looper in the notebook's shape: every core scenario of spec/looper-spec.md passes.

One way to do it, read through spec/python-binding.md; learners build their own in katas/python/looper.py.
"""

import logging
import math
import time

PENDING, IN_PROGRESS, FINISHED, FAILED = range(4)

log = logging.getLogger("looper")


def future(status, result=None, kill=False, paused=False):
    """Make a future: the small dict a generator yields at every step."""
    return {"status": status, "result": result, "kill": kill, "paused": paused}


class _Task:
    """The looper's record of one generator: the generator and the last future it yielded."""

    __slots__ = ("coro", "record")

    def __init__(self, coro):
        self.coro = coro
        self.record = future(PENDING)

    @property
    def actionable(self):
        record = self.record
        return record["status"] in (PENDING, IN_PROGRESS) and not record["paused"] and not record["kill"]


class Looper:
    """Runs generators in rounds until none of them has anything left to do."""

    def __init__(self):
        self._tasks = []      # admitted tasks, in the order they were added
        self._queue = []      # tasks added since the last admission
        self._by_coro = {}    # id(generator) -> task; the task keeps the generator alive, so its id stays its own
        self._running = False

    def add_task(self, coro):
        """Queue a new task for `coro`; refuse a generator that already has one."""
        if id(coro) in self._by_coro:
            raise RuntimeError("Looper.add_task: %r already has a task; add it again once that task was killed and culled (spec ADD-6)" % (coro,))
        task = _Task(coro)
        self._by_coro[id(coro)] = task
        self._queue.append(task)

    def get_task(self, coro):
        """Return a copy of the latest future of the task holding `coro`, or None."""
        task = self._by_coro.get(id(coro))
        return dict(task.record) if task is not None else None

    def kill_task(self, coro):
        """Mark the task holding `coro` to be killed; unknown or already marked generators are left alone."""
        task = self._by_coro.get(id(coro))
        if task is not None and not task.record["kill"]:
            task.record = dict(task.record, kill=True)
            log.debug("marked %r to be killed", coro)

    def run_until_complete(self):
        """Cull, admit, and run rounds while some task is actionable; then log "Loop finished"."""
        if self._running:
            raise RuntimeError("Looper.run_until_complete: the loop is already running (spec LOOP-8)")
        self._running = True
        try:
            self._cull()
            self._admit()
            while any(task.actionable for task in self._tasks):
                log.debug("round of %d tasks", len(self._tasks))
                for task in self._tasks:
                    if task.actionable:
                        self._step(task)
                self._cull()
                self._admit()
        finally:
            self._running = False
        log.info("Loop finished")

    def _step(self, task):
        try:
            yielded = next(task.coro)
            record = future(yielded["status"], yielded["result"], yielded["kill"], yielded["paused"])
        except StopIteration:
            record = future(FAILED, paused=True)
        except Exception as error:
            log.error("a task failed: %s", error, exc_info=error)
            record = future(FAILED, error, paused=True)
        if task.record["kill"]:
            record["kill"] = True
        task.record = record

    def _admit(self):
        self._tasks.extend(self._queue)
        self._queue = []

    def _cull(self):
        doomed = [task for task in self._tasks + self._queue if task.record["kill"]]
        if not doomed:
            return
        self._tasks = [task for task in self._tasks if not task.record["kill"]]
        self._queue = [task for task in self._queue if not task.record["kill"]]
        for task in doomed:
            del self._by_coro[id(task.coro)]
            coro, task.coro = task.coro, None
            try:
                coro.close()
            except Exception as error:
                log.error("closing a killed task failed: %s", error, exc_info=error)


def _check_duration(member, seconds):
    if not isinstance(seconds, (int, float)) or math.isnan(seconds) or seconds < 0:
        raise ValueError("%s: the duration must be zero or more seconds, not %r (spec WAIT-7)" % (member, seconds))


def wait(seconds):
    """Return a generator that finishes once `seconds` have passed and gives the overrun as its result."""
    _check_duration("wait", seconds)
    return _waiting(seconds)


def _waiting(seconds):
    start = time.time()
    log.debug("wait of %f s starts at %f", seconds, start)
    yield future(IN_PROGRESS)
    while True:
        elapsed = time.time() - start
        if elapsed >= seconds:
            overrun = elapsed - seconds
            log.info("Finished waiting for %f, plus %f seconds", seconds, overrun)
            yield future(FINISHED, overrun, paused=True)
            return
        yield future(IN_PROGRESS)


def wait_wrapper(f, wait_seconds, loop):
    """Return a generator that adds a wait to `loop`, and calls `f` once that wait has finished."""
    _check_duration("wait_wrapper", wait_seconds)
    return _wrapping(f, wait_seconds, loop)


def _wrapping(f, seconds, loop):
    waiter = wait(seconds)
    loop.add_task(waiter)
    while True:
        task = loop.get_task(waiter)
        if task is None:
            yield future(FAILED, paused=True)
            return
        if task["status"] == FINISHED:
            value = f()
            loop.kill_task(waiter)
            yield future(FINISHED, value, paused=True)
            return
        if task["status"] == FAILED:
            yield future(FAILED, task["result"], paused=True)
            return
        yield future(IN_PROGRESS)

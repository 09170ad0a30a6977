"""Your looper, in the shape of the notebook "An Asyncio of My Own".

Fill in one stage at a time and check it with `katas/python/stage.sh N looper.py`. The rules are
spec/looper-spec.md read through spec/python-binding.md; the notes for each stage are in katas/python/stages.md.
Keep `time.time()` for the clock and `logging` for log lines: the grader hands your module its own clock and
reads your log records.
"""

import logging
import time

PENDING, IN_PROGRESS, FINISHED, FAILED = range(4)


class Looper:
    """Runs generators in rounds until none of them has anything left to do."""

    def __init__(self):
        pass

    def add_task(self, coro):
        """Queue a new task for the generator `coro`; it joins the loop between rounds."""
        raise NotImplementedError("Looper.add_task: see spec sections 1 (FUT) and 4 (ADD)")

    def get_task(self, coro):
        """Return a copy of the latest future of the task holding `coro` (compared with `is`), or None."""
        raise NotImplementedError("Looper.get_task: see spec sections 1 (FUT) and 5 (LOOKUP)")

    def kill_task(self, coro):
        """Mark the task holding `coro` to be killed at the next cull."""
        raise NotImplementedError("Looper.kill_task: see spec section 6 (KILL)")

    def run_until_complete(self):
        """Run rounds while some task is actionable, then log "Loop finished"."""
        raise NotImplementedError("Looper.run_until_complete: see spec section 3 (LOOP)")


def wait(seconds):
    """Return a generator that finishes once `seconds` have passed and gives the overrun as its result."""
    raise NotImplementedError("wait: see spec section 2 (WAIT)")


def wait_wrapper(f, wait_seconds, loop):
    """Return a generator that adds a wait to `loop`, and calls `f` once that wait has finished."""
    raise NotImplementedError("wait_wrapper: see spec section 7 (WRAP)")

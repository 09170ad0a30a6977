#!/usr/bin/env python3
"""Serve a Python looper module to the judge over the judge-host protocol, version 1.

Usage: python3 looper_host.py MODULE.py (or a folder holding exactly one module)

The protocol is spec/protocol.md; how its values and calls read in Python is spec/python-binding.md.
Standard library only. Exit codes: 0 when the judge closes the channel, 3 when the module is missing or does not
load, 4 when the judge broke the protocol, 5 when it has no looper in the binding's shape, 6 when a folder holds
several modules.
"""

import builtins
import importlib.util
import io
import json
import logging
import math
import os
import queue
import sys
import threading
import time as _real_time
import types

PROTOCOL_VERSION = 1
MAX_LINE = 1024 * 1024
TICKS_PER_SECOND = 10_000_000
TEXT_LIMIT = 4000
UNUSABLE = 3
PROTOCOL_BROKEN = 4
NO_IMPLEMENTATION = 5
SEVERAL_IMPLEMENTATIONS = 6

# The contract's status names, in the order of FutureStatus, and the learner's constants for them.
STATUS_NAMES = ("Pending", "InProgress", "Finished", "Failed")
STATUS_CONSTANTS = ("PENDING", "IN_PROGRESS", "FINISHED", "FAILED")

# Python exceptions that stand for the contract's exceptions (spec/python-binding.md, "Exceptions").
NOT_IMPLEMENTED = "System.NotImplementedException"
EXCEPTION_NAMES = (
    (NotImplementedError, NOT_IMPLEMENTED),
    (RecursionError, "RecursionError"),
    (RuntimeError, "System.InvalidOperationException"),
    (ValueError, "System.ArgumentOutOfRangeException"),
)

# The Python members a stub names, and the contract members the judge knows them by.
CONTRACT_MEMBERS = (
    ("Looper.run_until_complete", "ILooper.RunUntilComplete"),
    ("Looper.add_task", "ILooper.AddTask"),
    ("Looper.get_task", "ILooper.GetTask"),
    ("Looper.kill_task", "ILooper.KillTask"),
    ("Looper.__init__", "ILooperImplementation.CreateLooper"),
    ("Looper()", "ILooperImplementation.CreateLooper"),
    ("wait_wrapper", "ILooperImplementation.CreateWaitWrapper"),
    ("wait", "ILooperImplementation.CreateWait"),
)

# Python logging levels as the contract's LogLevel numbers (0 trace ... 5 critical).
def _log_level(levelno):
    for floor, level in ((logging.CRITICAL, 5), (logging.ERROR, 4), (logging.WARNING, 3), (logging.INFO, 2), (logging.DEBUG, 1)):
        if levelno >= floor:
            return level
    return 0


class ProtocolViolation(Exception):
    """The other side sent something spec/protocol.md does not allow (section 8)."""


class ChannelBroken(BaseException):
    """The channel is gone; every call of every session ends with it. A BaseException, so a learner's
    `except Exception` cannot swallow it."""


# --------------------------------------------------------------------------------------------------
# Values of the judge that have no Python type of their own keep their wire form when they go back.

class I32(int):
    """A 32-bit integer of the judge."""


class F64(float):
    """A double of the judge (a plain Python float crosses as a duration)."""


class Span(float):
    """A duration of the judge, as float seconds that remember their exact ticks."""

    def __new__(cls, ticks):
        value = super().__new__(cls, ticks / TICKS_PER_SECOND)
        value.ticks = ticks
        return value


class Instant:
    """A point in time of the judge, kept as it came."""

    def __init__(self, ticks, offset):
        self.ticks = ticks
        self.offset = offset

    def __repr__(self):
        return "Instant(%d, %d)" % (self.ticks, self.offset)


# --------------------------------------------------------------------------------------------------
# Proxies: the judge's objects made to look like Python ones.

class JudgeObject:
    """An object of the judge with no behaviour here; it shows the text the judge gave."""

    def __init__(self, session, ref, type_name, text):
        self._session = session
        self._ref = ref
        self._type = type_name
        self._text = text

    def __repr__(self):
        return self._text

    __str__ = __repr__


class JudgeCoroutine(JudgeObject):
    """A coroutine of the judge, shaped like a generator: next(), send(), close() and iteration."""

    def __iter__(self):
        return self

    def __next__(self):
        future = self._session.call("coroutine.step", [self])
        if future is None:
            raise StopIteration
        return future

    def send(self, value):
        """Step the coroutine; the value is not carried (the contract's coroutines take none)."""
        return self.__next__()

    def throw(self, error, *rest):
        """Close the coroutine and raise the error, as a generator that does not catch it would."""
        self.close()
        if isinstance(error, type):
            error = error(*rest[:1])
        raise error

    def close(self):
        """Dispose the coroutine."""
        self._session.call("coroutine.dispose", [self])

    def __repr__(self):
        return "<coroutine %s of the judge>" % self._ref


class JudgeLooper(JudgeObject):
    """A looper of the judge, with the learner's looper's methods."""

    def add_task(self, coroutine):
        self._session.call("looper.add", [self, coroutine])

    def get_task(self, coroutine):
        return self._session.call("looper.get", [self, coroutine])

    def kill_task(self, coroutine):
        self._session.call("looper.kill", [self, coroutine])

    def run_until_complete(self):
        self._session.call("looper.run", [self])

    def __repr__(self):
        return "<looper %s of the judge>" % self._ref


class JudgeClock(JudgeObject):
    """The judge's clock: each read is one call (PROTO-15), given as float seconds since the session's first read."""

    def __init__(self, *args):
        super().__init__(*args)
        self._epoch = None

    def seconds(self):
        now = self._session.call("clock.now", [self])
        if not isinstance(now, Instant):
            raise ProtocolViolation("'clock.now' must return a time")
        if self._epoch is None:
            self._epoch = now.ticks
        return (now.ticks - self._epoch) / TICKS_PER_SECOND


class JudgeLogger(JudgeObject):
    """The judge's logger."""

    def log(self, level, message, error):
        self._session.call("logger.log", [self, I32(level), I32(0), None, message, error])


class JudgeCallback(JudgeObject):
    """A function of the judge."""

    def __call__(self):
        return self._session.call("callback.invoke", [self])


class JudgeError(Exception):
    """An exception of the judge; its class is named as the judge's type."""


_judge_error_types = {}
_judge_error_lock = threading.Lock()


def _judge_error(session, ref, type_name, message):
    simple = (type_name or "Exception").replace("+", ".").split(".")[-1]
    if not simple.isidentifier():
        simple = "JudgeError"
    with _judge_error_lock:
        cls = _judge_error_types.get(simple)
        if cls is None:
            cls = type(simple, (JudgeError,), {"__module__": "judge"})
            _judge_error_types[simple] = cls
    error = cls(message or "")
    error._session = session
    error._ref = ref
    error._type = type_name
    return error


PROXY_KINDS = {
    "coroutine": JudgeCoroutine,
    "looper": JudgeLooper,
    "clock": JudgeClock,
    "logger": JudgeLogger,
    "callback": JudgeCallback,
    "sleeper": JudgeObject,
    "object": JudgeObject,
}


# --------------------------------------------------------------------------------------------------
# The channel.

class Channel:
    """Frames over two file descriptors; one reader thread routes them to their sessions."""

    def __init__(self, host, reader, writer):
        self.host = host
        self._reader = reader
        self._writer = writer
        self._write_lock = threading.Lock()
        self._sessions = {}
        self._sessions_lock = threading.Lock()
        self.failure = None

    def write(self, frame):
        line = json.dumps(frame, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
        if len(line) > MAX_LINE:
            raise ValueError("a frame of %d bytes is over the protocol's limit of 1 MiB" % len(line))
        # PROTO-22: what the learner's code printed before this frame reaches standard error first.
        try:
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        with self._write_lock:
            if self.failure is not None:
                raise self.failure
            try:
                self._writer.write(line + b"\n")
                self._writer.flush()
            except OSError as error:
                raise self.break_channel("cannot write: %s" % error, PROTOCOL_BROKEN)

    def read_forever(self):
        while True:
            line = self._reader.readline(MAX_LINE + 2)
            if not line:
                self.break_channel("the judge closed the channel", 0)
                return
            if len(line) > MAX_LINE + 1 or not line.endswith(b"\n"):
                self.break_channel("a line is longer than 1 MiB", PROTOCOL_BROKEN)
                return
            try:
                frame = json.loads(line)
                self._route(frame)
            except (ValueError, ProtocolViolation) as error:
                text = line[:120].decode("utf-8", "replace")
                self.break_channel("%s: '%s'" % (error, text), PROTOCOL_BROKEN)
                return

    def _route(self, frame):
        if not isinstance(frame, dict) or not _is_int(frame.get("s")):
            raise ProtocolViolation("a frame is a JSON object with a session number \"s\"")
        number = frame["s"]
        with self._sessions_lock:
            session = self._sessions.get(number)
            if session is None:
                if frame.get("op") not in ("hello", "session.open") or number < 0 or (number == 0) != (frame.get("op") == "hello"):
                    raise ProtocolViolation("a frame names session %d, which is not open" % number)
                session = Session(self, number)
                self._sessions[number] = session
                session.start()
        session.inbox.put(frame)

    def forget(self, session):
        with self._sessions_lock:
            self._sessions.pop(session.number, None)

    def break_channel(self, cause, code):
        """End the host: the channel is gone (spec/protocol.md section 8)."""
        if self.failure is None:
            self.failure = ChannelBroken("The protocol channel to the judge broke: %s." % cause)
            if code != 0:
                sys.__stderr__.write(str(self.failure) + "\n")
            try:
                sys.__stderr__.flush()
            finally:
                os._exit(code)
        return self.failure


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


_current = threading.local()


class Session:
    """One implementation instance's conversation: its handles and strictly nested calls (section 3)."""

    def __init__(self, channel, number):
        self.channel = channel
        self.number = number
        self.host = channel.host
        self.inbox = queue.Queue()
        self._last_request = 0
        self._exported = []
        self._exported_ids = {}
        self._imported = {}
        self._imported_ids = {}
        self.clock = None
        self.logger = None

    def start(self):
        threading.Thread(target=self._serve_until_closed, name="Looper session %d" % self.number, daemon=True).start()

    # ---- calls

    def call(self, op, args):
        """Call an operation of the judge and wait for its answer, serving its nested requests meanwhile."""
        self._last_request += 1
        request = self._last_request
        self.channel.write({"s": self.number, "q": request, "op": op, "a": [self.encode(arg) for arg in args]})
        while True:
            frame = self._take()
            if "q" in frame:
                self._serve(frame)
                continue
            if frame.get("r") != request:
                raise self._violation("session %d waited for the answer to request %d but got %s" % (self.number, request, json.dumps(frame)[:120]))
            if "e" in frame:
                raise self._error_of(frame["e"])
            if "v" not in frame:
                raise self._violation("an answer needs \"v\" or \"e\"")
            return self._decode_or_break(frame["v"])

    def _take(self):
        frame = self.inbox.get()
        if frame is None:
            raise self.channel.failure or ChannelBroken("the session was closed")
        return frame

    def _violation(self, text):
        return self.channel.break_channel(text, PROTOCOL_BROKEN)

    def _decode_or_break(self, value):
        try:
            return self.decode(value)
        except ProtocolViolation as error:
            raise self._violation(str(error))

    def _error_of(self, error):
        if isinstance(error, dict) and "ref" in error:
            value = self._decode_or_break(error["ref"])
            if isinstance(value, BaseException):
                return value
        if not isinstance(error, dict):
            raise self._violation("an error is {\"type\", \"message\", \"ref\"}")
        return _judge_error(self, None, str(error.get("type")), str(error.get("message")))

    # ---- serving

    def _serve_until_closed(self):
        _current.session = self
        try:
            while True:
                frame = self._take()
                if "q" not in frame:
                    self._violation("session %d got an answer while it was waiting for none" % self.number)
                    return
                self._serve(frame)
                if frame.get("op") == "session.close":
                    self.channel.forget(self)
                    return
        except ChannelBroken:
            return

    def _serve(self, frame):
        request = frame.get("q")
        op = frame.get("op")
        args = frame.get("a")
        if not _is_int(request) or not isinstance(op, str) or not isinstance(args, list):
            raise self._violation("a request is {\"s\", \"q\", \"op\", \"a\": [...]}")
        try:
            values = [self.decode(arg) for arg in args]
            handler = self.host.operations.get(op)
            if handler is None:
                raise ProtocolViolation("the host does not serve '%s'" % op)
            result = handler(self, op, values)
            answer = {"s": self.number, "r": request, "v": self.encode_result(op, result)}
        except ProtocolViolation as error:
            raise self._violation(str(error))
        except ChannelBroken:
            raise
        except BaseException as error:  # the learner's code may raise anything, SystemExit included
            answer = {"s": self.number, "r": request, "e": {"type": self.host.type_name(error), "message": self.host.message_of(error), "ref": self.encode(error)}}
        try:
            self.channel.write(answer)
        except ValueError as error:  # too long: say so instead
            failure = RuntimeError("the answer to '%s' is too long to send: %s" % (op, error))
            self.channel.write({"s": self.number, "r": request, "e": {"type": "RuntimeError", "message": str(failure), "ref": self.encode(failure)}})

    def encode_result(self, op, result):
        if op in ("coroutine.step", "looper.get"):
            return None if result is None else self.encode_future(result, op)
        return self.encode(result)

    # ---- values (section 4)

    def encode(self, value):
        if value is None or isinstance(value, (bool, str)):
            return value
        if isinstance(value, I32):
            return {"i32": int(value)}
        if isinstance(value, int):
            if -(2 ** 63) <= value < 2 ** 63:
                return {"i64": int(value)}
            return {"f64": float(value)}
        if isinstance(value, Span):
            return {"span": value.ticks}
        if isinstance(value, float):
            if isinstance(value, F64) or not math.isfinite(value):
                return {"f64": float(value) if math.isfinite(value) else ("NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity"))}
            # A plain float is a duration in seconds: the overrun a wait reports (spec/python-binding.md).
            return {"span": round(value * TICKS_PER_SECOND)}
        if isinstance(value, Instant):
            return {"time": value.ticks, "offset": value.offset}
        ref = self._imported_ids.get(id(value))
        if ref is not None and self._imported.get(ref) is value:
            return {"ref": ref, "owner": "judge"}
        return self._export(value)

    def encode_future(self, future, op):
        if not isinstance(future, dict):
            raise TypeError("%s gave %r; a future is a dict with \"status\", \"result\", \"kill\" and \"paused\", or None" % (self.host.python_name(op), _short(future)))
        missing = [key for key in ("status", "result", "kill", "paused") if key not in future]
        if missing:
            raise TypeError("%s gave a future without %s; a future is a dict with \"status\", \"result\", \"kill\" and \"paused\"" % (self.host.python_name(op), ", ".join(repr(key) for key in missing)))
        status = self.host.status_name(future["status"])
        if status is None:
            raise TypeError("%s gave a future whose status %r is none of PENDING, IN_PROGRESS, FINISHED, FAILED" % (self.host.python_name(op), _short(future["status"])))
        return {"future": {"status": status, "result": self.encode(future["result"]), "kill": bool(future["kill"]), "paused": bool(future["paused"])}}

    def _export(self, value):
        known = self._exported_ids.get(id(value))
        if known is not None:
            return {"ref": known, "owner": "host"}
        self._exported.append(value)  # kept, so its id() is never reused in this session
        ref = len(self._exported)
        self._exported_ids[id(value)] = ref
        kind = self.host.kind_of(value)
        handle = {"ref": ref, "owner": "host", "kind": kind}
        if kind == "exception":
            handle["type"] = self.host.type_name(value)
            handle["message"] = self.host.message_of(value)
        else:
            handle["type"] = _type_name(type(value))
            if kind == "object":
                handle["text"] = _short(value)
        return handle

    def exported(self, ref):
        if not _is_int(ref) or ref < 1 or ref > len(self._exported):
            raise ProtocolViolation("handle %s of the host was never given out" % ref)
        return self._exported[ref - 1]

    def decode(self, value):
        if value is None or isinstance(value, (bool, str)):
            return value
        if not isinstance(value, dict):
            raise ProtocolViolation("a bare number or array is not a value; numbers are tagged, as {\"i32\": 5}")
        if "ref" in value:
            return self._decode_handle(value)
        if "future" in value:
            return self._decode_future(value["future"])
        if "i32" in value and _is_int(value["i32"]):
            return I32(value["i32"])
        if "i64" in value and _is_int(value["i64"]):
            return value["i64"]
        if "f64" in value:
            number = value["f64"]
            if isinstance(number, str) and number in ("NaN", "Infinity", "-Infinity"):
                return F64(float(number.replace("Infinity", "inf")))
            if isinstance(number, (int, float)) and not isinstance(number, bool):
                return F64(number)
        if "span" in value and _is_int(value["span"]):
            return Span(value["span"])
        if "time" in value and _is_int(value.get("time")) and _is_int(value.get("offset")):
            return Instant(value["time"], value["offset"])
        raise ProtocolViolation("unknown value %s" % json.dumps(value)[:120])

    def _decode_future(self, future):
        if not isinstance(future, dict) or future.get("status") not in STATUS_NAMES:
            raise ProtocolViolation("a future needs a \"status\", one of %s" % ", ".join(STATUS_NAMES))
        return {
            "status": self.host.statuses[STATUS_NAMES.index(future["status"])],
            "result": self.decode(future.get("result")),
            "kill": future.get("kill") is True,
            "paused": future.get("paused") is True,
        }

    def _decode_handle(self, handle):
        ref = handle.get("ref")
        owner = handle.get("owner")
        if not _is_int(ref) or owner not in ("judge", "host"):
            raise ProtocolViolation("a handle is {\"ref\": number, \"owner\": \"judge\" or \"host\", ...}")
        if owner == "host":
            return self.exported(ref)
        proxy = self._imported.get(ref)
        if proxy is None:
            kind = handle.get("kind")
            if not isinstance(kind, str):
                raise ProtocolViolation("the first time handle %d crosses it needs its \"kind\"" % ref)
            type_name = handle.get("type") if isinstance(handle.get("type"), str) else kind
            if kind == "exception":
                proxy = _judge_error(self, ref, type_name, handle.get("message") if isinstance(handle.get("message"), str) else "")
            elif kind in PROXY_KINDS:
                text = handle.get("text") if isinstance(handle.get("text"), str) else type_name
                proxy = PROXY_KINDS[kind](self, ref, type_name, text)
            else:
                raise ProtocolViolation("unknown kind '%s'" % kind)
            self._imported[ref] = proxy
            self._imported_ids[id(proxy)] = ref
        return proxy


def _type_name(cls):
    module = getattr(cls, "__module__", None)
    return cls.__qualname__ if module in (None, "builtins") else "%s.%s" % (module, cls.__qualname__)


def _short(value):
    try:
        text = repr(value)
    except Exception:  # a repr that fails says nothing
        text = "<%s>" % type(value).__name__
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT] + "..."


# --------------------------------------------------------------------------------------------------
# The learner's module, its clock and its logging.

class JudgeTime(types.ModuleType):
    """What the learner's module gets for `import time`: the clock is the judge's, everything else is Python's."""

    def __init__(self):
        super().__init__("time", "The judge's clock in place of the wall clock (spec/python-binding.md).")

    def __getattr__(self, name):
        return getattr(_real_time, name)

    @staticmethod
    def time():
        """Read the judge's clock: float seconds; only differences mean anything."""
        session = getattr(_current, "session", None)
        if session is None or session.clock is None:
            return _real_time.time()
        return session.clock.seconds()

    monotonic = time
    perf_counter = time

    @staticmethod
    def time_ns():
        """Read the judge's clock in integer nanoseconds."""
        return round(JudgeTime.time() * 1_000_000_000)

    monotonic_ns = time_ns
    perf_counter_ns = time_ns

    @staticmethod
    def sleep(seconds):
        """Refuse: a looper never sleeps on the wall clock (spec LOOP-9)."""
        raise RuntimeError("time.sleep(%r): a looper must not sleep or block (spec LOOP-9)" % (seconds,))


class JudgeLogHandler(logging.Handler):
    """Send every record of Python's logging to the judge's logger of the session that logs it."""

    def handle(self, record):
        # No handler lock: each session logs on its own thread, and the judge's answer may take a while.
        if not self.filter(record):
            return False
        self.emit(record)
        return True

    def emit(self, record):
        session = getattr(_current, "session", None)
        if session is None or session.logger is None:
            sys.stderr.write("%s: %s\n" % (record.levelname, record.getMessage()))
            return
        error = record.exc_info[1] if record.exc_info else None
        session.logger.log(_log_level(record.levelno), record.getMessage(), error)


class Host:
    """The learner's module and the operations the host serves (section 6)."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.module = None
        self.statuses = None
        self.judge_time = JudgeTime()
        self.operations = {
            "hello": Host._hello,
            "session.open": lambda session, op, args: self._expect(op, args, 0) and False,
            "session.close": lambda session, op, args: self._expect(op, args, 0) and None,
            "implementation.createLooper": Host._create_looper,
            "implementation.createIdleSleepingLooper": Host._create_idle_sleeping_looper,
            "implementation.createWait": Host._create_wait,
            "implementation.createWaitWrapper": Host._create_wait_wrapper,
            "looper.add": Host._looper_call("add_task", 2),
            "looper.get": Host._looper_call("get_task", 2),
            "looper.kill": Host._looper_call("kill_task", 2),
            "looper.run": Host._looper_call("run_until_complete", 1),
            "coroutine.step": Host._step,
            "coroutine.dispose": Host._dispose,
        }

    # ---- loading

    def load(self):
        """Load the module with the judge's clock for `time`; raise SystemExit(3) saying why when it cannot be served."""
        if not os.path.exists(self.path):
            raise _unusable("%s does not exist; pass the path of your looper module (a .py file)." % self.path)
        if os.path.isdir(self.path):
            try:
                modules = sorted(name for name in os.listdir(self.path) if name.endswith(".py") and not name.startswith(("test_", "_")))
            except OSError as error:
                raise _unusable("%s cannot be read: %s; make the folder readable to the grader." % (self.path, error.strerror))
            if len(modules) != 1:
                raise _unusable(SEVERAL_IMPLEMENTATIONS if modules else UNUSABLE, "%s holds %s; put exactly one looper module (a .py file) in the folder, or pass the file." % (
                    self.path, "no .py file" if not modules else "several .py files (%s)" % ", ".join(modules)))
            self.path = os.path.join(self.path, modules[0])
        name = os.path.splitext(os.path.basename(self.path))[0]
        spec = importlib.util.spec_from_file_location(name if name.isidentifier() else "looper_module", self.path)
        if spec is None:
            raise _unusable("%s is not a Python module; pass a .py file." % self.path)
        module = importlib.util.module_from_spec(spec)
        module.__builtins__ = dict(vars(builtins), __import__=self._import)
        sys.modules[spec.name] = module
        root = logging.getLogger()
        root.setLevel(logging.DEBUG)
        root.addHandler(JudgeLogHandler())
        try:
            spec.loader.exec_module(module)
        except BaseException as error:  # the module's top level is learner code
            raise _unusable("%s cannot be loaded: %s: %s" % (self.path, type(error).__name__, error))
        missing = [constant for constant in STATUS_CONSTANTS if not hasattr(module, constant)]
        if missing:
            raise _unusable(NO_IMPLEMENTATION, "%s defines no %s; define the four statuses PENDING, IN_PROGRESS, FINISHED and FAILED (spec/python-binding.md)." % (self.path, ", ".join(missing)))
        if not isinstance(getattr(module, "Looper", None), type):
            raise _unusable(NO_IMPLEMENTATION, "%s defines no class Looper; define Looper, wait and wait_wrapper (spec/python-binding.md)." % self.path)
        self.statuses = tuple(getattr(module, constant) for constant in STATUS_CONSTANTS)
        if len(set(map(repr, self.statuses))) != 4:
            raise _unusable(NO_IMPLEMENTATION, "%s gives two statuses the same value; PENDING, IN_PROGRESS, FINISHED and FAILED must differ." % self.path)
        self.module = module
        # Whatever took the real clock before `import` was ours (from time import time) gets the judge's.
        for key, value in list(vars(module).items()):
            if value is _real_time:
                setattr(module, key, self.judge_time)
            elif value in (_real_time.time, _real_time.monotonic, _real_time.perf_counter):
                setattr(module, key, self.judge_time.time)

    def _import(self, name, globals=None, locals=None, fromlist=(), level=0):
        if name == "time" and level == 0:
            return self.judge_time
        return builtins.__import__(name, globals, locals, fromlist, level)

    def member(self, name):
        value = getattr(self.module, name, None)
        if value is None:
            raise NotImplementedError("%s: the module defines no %s; see spec/python-binding.md" % (name, name))
        return value

    # ---- naming

    def status_name(self, status):
        for index, known in enumerate(self.statuses):
            if type(status) is type(known) and status == known:
                return STATUS_NAMES[index]
        return None

    def kind_of(self, value):
        if isinstance(value, BaseException):
            return "exception"
        if isinstance(value, types.GeneratorType) or (hasattr(value, "__next__") and hasattr(value, "close")):
            return "coroutine"
        looper = getattr(self.module, "Looper", None)
        if isinstance(looper, type) and isinstance(value, looper):
            return "looper"
        return "object"

    @staticmethod
    def type_name(error):
        if isinstance(error, JudgeError) and getattr(error, "_type", None):
            return error._type
        for cls, name in EXCEPTION_NAMES:
            if isinstance(error, cls):
                return name
        return _type_name(type(error))

    def message_of(self, error):
        if isinstance(error, JudgeError):
            return str(error)
        message = str(error)
        if isinstance(error, NotImplementedError):
            # A stub names its Python member; the judge knows it by its contract name and names it back in Python.
            for python, contract in CONTRACT_MEMBERS:
                if message.startswith(python) and not message[len(python):len(python) + 1].isidentifier():
                    message = contract + message[len(python):]
                    break
        where = self._where(error)
        if where:
            message = "%s (%s)" % (message, where) if message else where
        return message if len(message) <= TEXT_LIMIT else message[:TEXT_LIMIT] + "..."

    def _where(self, error):
        """The innermost line of the learner's module the error passed through."""
        place = None
        trace = getattr(error, "__traceback__", None)
        while trace is not None:
            code = trace.tb_frame.f_code
            if os.path.abspath(code.co_filename) == self.path:
                place = "at %s line %d, in %s" % (os.path.basename(self.path), trace.tb_lineno, code.co_name)
            trace = trace.tb_next
        return place

    @staticmethod
    def python_name(op):
        return {"looper.get": "Looper.get_task", "coroutine.step": "a step of the coroutine"}.get(op, op)

    # ---- operations

    @staticmethod
    def _expect(op, args, count):
        if len(args) != count:
            raise ProtocolViolation("'%s' takes %d arguments, not %d" % (op, count, len(args)))
        return True

    @staticmethod
    def _hello(session, op, args):
        if session.number != 0:
            raise ProtocolViolation("'hello' belongs to session 0")
        if len(args) != 1 or not isinstance(args[0], I32) or args[0] != PROTOCOL_VERSION:
            raise NotImplementedError("This host speaks protocol version %d only; the judge asked for %s." % (PROTOCOL_VERSION, args))
        return "python:" + os.path.basename(session.host.path)

    @staticmethod
    def _context(session, clock, logger):
        for value, cls, what in ((clock, JudgeClock, "clock"), (logger, JudgeLogger, "logger")):
            if value is not None and not isinstance(value, cls):
                raise ProtocolViolation("the %s argument must be a %s of the judge" % (what, what))
        session.clock = clock or session.clock
        session.logger = logger or session.logger

    @staticmethod
    def _create_looper(session, op, args):
        Host._expect(op, args, 2)
        Host._context(session, args[0], args[1])
        looper = session.host.member("Looper")
        return looper()

    @staticmethod
    def _create_idle_sleeping_looper(session, op, args):
        raise NotImplementedError("Python loopers have no idle-sleep extension (spec/python-binding.md)")

    @staticmethod
    def _duration(op, value):
        if not isinstance(value, Span):
            raise ProtocolViolation("argument of '%s' should be a duration" % op)
        return float(value)

    @staticmethod
    def _create_wait(session, op, args):
        Host._expect(op, args, 3)
        seconds = Host._duration(op, args[0])
        Host._context(session, args[1], args[2])
        return Host._coroutine("wait", session.host.member("wait")(seconds))

    @staticmethod
    def _create_wait_wrapper(session, op, args):
        Host._expect(op, args, 5)
        callback, looper = args[0], args[2]
        seconds = Host._duration(op, args[1])
        Host._context(session, args[3], args[4])
        return Host._coroutine("wait_wrapper", session.host.member("wait_wrapper")(callback, seconds, looper))

    @staticmethod
    def _coroutine(name, value):
        if not (hasattr(value, "__next__") and hasattr(value, "close")):
            raise TypeError("%s returned %s, not a generator; write it with yield (spec/python-binding.md)" % (name, _short(value)))
        return value

    @staticmethod
    def _looper_call(method, count):
        def serve(session, op, args):
            Host._expect(op, args, count)
            looper = args[0]
            if session.host.kind_of(looper) != "looper":
                raise ProtocolViolation("'%s' must target a looper the host owns" % op)
            return getattr(looper, method)(*args[1:])
        return serve

    @staticmethod
    def _target_coroutine(session, op, args):
        Host._expect(op, args, 1)
        coroutine = args[0]
        if isinstance(coroutine, JudgeObject) or session.host.kind_of(coroutine) != "coroutine":
            raise ProtocolViolation("'%s' must target a coroutine the host owns" % op)
        return coroutine

    @staticmethod
    def _step(session, op, args):
        coroutine = Host._target_coroutine(session, op, args)
        try:
            return next(coroutine)
        except StopIteration:
            return None

    @staticmethod
    def _dispose(session, op, args):
        Host._target_coroutine(session, op, args).close()


def _unusable(code, reason=None):
    if reason is None:
        code, reason = UNUSABLE, code
    sys.stderr.write(reason + "\n")
    return SystemExit(code)


def _take_channel():
    """Move the channel off descriptors 0 and 1 before any learner code runs (PROTO-5)."""
    reader = os.fdopen(os.dup(0), "rb", buffering=0)
    writer = os.fdopen(os.dup(1), "wb", buffering=0)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(2, 1)
    sys.stdin = io.StringIO()
    sys.stdout = sys.stderr
    return io.BufferedReader(reader, MAX_LINE + 2), writer


def main(argv):
    reader, writer = _take_channel()
    if len(argv) != 1:
        sys.stderr.write("Usage: looper_host.py MODULE.py (or a folder holding one module)\n")
        return UNUSABLE
    sys.setrecursionlimit(20000)
    threading.stack_size(64 * 1024 * 1024)
    host = Host(argv[0])
    try:
        host.load()
    except SystemExit as exit:
        return exit.code
    channel = Channel(host, reader, writer)
    channel.read_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

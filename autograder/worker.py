"""The process that runs student code, inside the sandbox.

It imports torch and IPython first (so a pool can start it ahead of time), then
obeys JSON-line requests on a socket: run a notebook cell with IPython
semantics, seed the random generators, call a function. Every reply is plain
data (``wire``) on a pipe; nothing here decides a grade, and nothing of the
reference is here: while a function is judged, the other graded functions it may
use are ``StandIn`` objects that ask the grader. Run as
``python worker.py SOCK_FD OUT_FD FLOOD_BYTES``.
"""

from __future__ import annotations

import io
import math
import mmap
import os
import random
import re
import socket
import sys
import traceback
from typing import Any, Callable

try:  # in the sandbox this file sits next to wire.py, and the package is out of sight
    import wire  # type: ignore[import-not-found]
except ImportError:  # imported from the package (the project's own in-process tests)
    from autograder import wire  # type: ignore[no-redef]

GRADER_PACKAGES = ("reference", "autograder", "tests")


class _RefuseGraderPackages:
    """Second line of defence when there is no sandbox: student code may not import our packages."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.split(".")[0] in GRADER_PACKAGES:
            raise ModuleNotFoundError(f"No module named {name!r}")
        return None

OUTPUT_CHARS = 4000
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class CappedText(io.TextIOBase):
    """A stdout stand-in that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit: int = OUTPUT_CHARS, flood: int = 0,
                 on_flood: Callable[[], None] | None = None) -> None:
        self.parts: list[str] = []
        self.kept = 0
        self.total = 0
        self.limit = limit
        self.flood = flood
        self.on_flood = on_flood

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        self.total += len(text)
        if self.on_flood is not None and self.total > self.flood:
            self.on_flood()
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        return len(text)

    def getvalue(self) -> str:
        dropped = self.total - self.kept
        tail = f"\n[... {dropped} caracteres de salida omitidos]" if dropped > 0 else ""
        return _ANSI.sub("", "".join(self.parts)) + tail


def describe_exception(exc: BaseException, limit: int = 6) -> dict[str, str]:
    """Type, message and the last frames of a traceback, as plain strings."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__, limit=-limit)
    return {"type": type(exc).__name__, "message": str(exc)[:500],
            "traceback": _ANSI.sub("", "".join(lines))[-2000:]}


class StandIn:
    """Answers for another graded function during one judged call, by asking the grader.

    No reference code or value is ever inside the sandbox: the grader computes the
    answer, and only while the call it belongs to is being judged, only for the
    functions that call may use (see ``autograder.trusted.MAY_USE``).
    """

    def __init__(self, name: str, ask: Callable[[str, Any, Any], Any]) -> None:
        self.name = name
        self._ask = ask

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._ask(self.name, _plain(list(args)), _plain(dict(kwargs)))

    def __repr__(self) -> str:
        return f"<función {self.name}>"


def _plain(value: Any) -> Any:
    """Arguments for the grader: a stand-in travels as the name of the function it stands for."""
    if type(value) is StandIn:
        return wire.Trusted(value.name)
    if type(value) is list:
        return [_plain(v) for v in value]
    if type(value) is dict:
        return {k: _plain(v) for k, v in value.items()}
    return value


def call_function(user_ns: dict[str, Any], function: str, args: Any, kwargs: Any,
                  standins: dict[str, Any], shared: Callable[[Any], Any] | None = None) -> dict[str, Any]:
    """Call one student function on decoded arguments, with ``standins`` for some of the others."""
    target = user_ns.get(function)
    if not callable(target):
        return {"status": "missing"}
    resolve = standins.__getitem__
    call_args = wire.decode(args, resolve, shared)
    call_kwargs = wire.decode(kwargs, resolve, shared)
    saved = {name: user_ns[name] for name in standins if name != function and name in user_ns}
    user_ns.update({name: standins[name] for name in saved})
    try:
        value = target(*call_args, **call_kwargs)
    except BaseException as exc:  # noqa: BLE001 - SystemExit included: it is the student's error
        return {"status": "error", "error": describe_exception(exc)}
    finally:
        for name, original in saved.items():
            if user_ns.get(name) is standins[name]:
                user_ns[name] = original
    try:
        encoded = wire.encode(value)
        after = [wire.encode(_plain(call_args)), wire.encode(_plain(call_kwargs))]
    except BaseException as exc:  # noqa: BLE001 - e.g. a tensor too large to send
        return {"status": "error", "error": describe_exception(exc)}
    return {"status": "ok", "value": encoded, "args_after": after[0], "kwargs_after": after[1]}


def seed_everything(seed: int) -> None:
    """Same seed, same random draws: grading a submission twice gives the same result."""
    import torch

    random.seed(seed)
    torch.manual_seed(seed)
    try:
        import numpy

        numpy.random.seed(seed % 2**32)
    except ImportError:  # pragma: no cover
        pass


class Channel:
    """The worker's end: requests (with descriptors) arrive on a socket, replies leave on a pipe."""

    def __init__(self, sock_fd: int, out_fd: int) -> None:
        self.sock = socket.socket(fileno=sock_fd)
        self.out_fd = out_fd
        self._buffer = bytearray()
        self._fds: list[int] = []

    def receive(self) -> tuple[dict[str, Any], list[int]] | None:
        """The next request and the descriptors sent with it (None once the grader hangs up)."""
        while b"\n" not in self._buffer:
            data, fds, _, _ = socket.recv_fds(self.sock, 1 << 20, 64)
            if not data:
                return None
            self._buffer += data
            self._fds += fds
        line, _, rest = bytes(self._buffer).partition(b"\n")
        self._buffer = bytearray(rest)
        message = wire.loads(line)
        count = message.get("nfds", 0)
        count = count if type(count) is int and 0 <= count <= len(self._fds) else 0
        taken, self._fds = self._fds[:count], self._fds[count:]
        return message, taken

    def send(self, message: dict[str, Any]) -> None:
        data = (wire.dumps(message) + "\n").encode()
        view = memoryview(data)
        while view:
            view = view[os.write(self.out_fd, view):]


def map_shared(fds: list[int]) -> Callable[[Any], Any]:
    """Decoder of ``__shared__`` tensors: the grader's memfds, mapped so that changes reach it."""
    import torch

    def tensor(body: Any) -> Any:
        dtype = wire._DTYPES[body["dtype"]]
        shape = [int(s) for s in body["shape"]]
        fd = fds[int(body["fd"])]
        size = math.prod(shape) * torch.empty((), dtype=dtype).element_size()
        memory = mmap.mmap(fd, size)
        value = torch.frombuffer(memory, dtype=dtype).reshape(shape)
        return value.requires_grad_(bool(body.get("requires_grad"))) if dtype.is_floating_point else value
    return tensor


class Worker:
    """Holds the IPython shell: the student's namespace."""

    def __init__(self, channel: Channel) -> None:
        os.environ.setdefault("MPLBACKEND", "Agg")
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot  # noqa: F401 - warm import, students use it
        import torch  # noqa: F401 - warm import
        from IPython.core.interactiveshell import InteractiveShell

        class HeadlessShell(InteractiveShell):
            """IPython without a GUI loop: ``%matplotlib inline`` and friends must not fail."""

            def enable_gui(self, gui: Any = None) -> None:
                return None

        self.shell = HeadlessShell.instance(colors="nocolor")
        self.channel = channel

    def ask(self, request_id: str, name: str, args: Any, kwargs: Any) -> Any:
        """A stand-in's question to the grader; its answer, or the grader's refusal raised here."""
        self.channel.send({"id": request_id, "op": "helper", "name": name,
                           "args": wire.encode(args), "kwargs": wire.encode(kwargs)})
        received = self.channel.receive()
        if received is None:
            raise SystemExit(0)
        reply, _ = received
        if reply.get("op") != "helper_reply" or reply.get("id") != request_id:
            raise RuntimeError(f"{name}: respuesta inesperada del corrector")
        if reply.get("status") != "ok":
            raise TypeError(str(reply.get("message", f"{name} no pudo calcularse")))
        return wire.decode(reply.get("value"), self._resolver(request_id))

    def _resolver(self, request_id: str) -> Callable[[str], StandIn]:
        def resolve(name: str) -> StandIn:
            return StandIn(name, lambda n, a, k: self.ask(request_id, n, a, k))
        return resolve

    def handle(self, message: dict[str, Any], fds: list[int]) -> dict[str, Any]:
        op = message.get("op")
        if op == "run_cell":
            result = self.shell.run_cell(str(message.get("source", "")), store_history=True)
            exc = result.error_before_exec or result.error_in_exec
            return {"status": "error", "error": describe_exception(exc)} if exc else {"status": "ok"}
        if op == "seed":
            seed_everything(int(message["seed"]))
            return {"status": "ok"}
        if op == "call":
            resolve = self._resolver(str(message["id"]))
            standins = {str(name): resolve(str(name)) for name in message.get("helpers", [])}

            class Names(dict):  # type: ignore[type-arg]
                def __missing__(self, name: str) -> StandIn:
                    return resolve(name)
            return call_function(self.shell.user_ns, str(message["function"]), message.get("args", []),
                                 message.get("kwargs", {"__dict__": []}), Names(standins), map_shared(fds))
        return {"status": "error", "error": {"type": "ProtocolError", "message": f"op {op!r}", "traceback": ""}}


LOCKED_SYSCALLS = ("clone", "fork", "vfork", "execve", "execveat", "rt_sigaction")
"""Denied once the worker is ready: no thread, process, program or signal handler can be started by
student code, so nothing of it runs while the worker is between requests or answering one."""
BLOCKED_AUDIT_EVENTS = frozenset({"sys.settrace", "sys.setprofile", "sys.addaudithook"})


def _refuse_hooks(event: str, args: Any) -> None:
    """Audit hook: no tracer, profiler or further audit hook may run student code inside the worker's."""
    if event in BLOCKED_AUDIT_EVENTS:
        raise RuntimeError(f"{event} no está permitido durante la corrección")


def lock_down() -> None:
    """After the imports, before the first cell: the second seccomp filter and the audit hook.

    With no other thread or process and no signal handler, student code runs only
    while a cell or a judged call is being executed: nothing can write on the
    channel behind the worker's back between requests.
    """
    import errno

    import pyseccomp

    rules = pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)
    for name in LOCKED_SYSCALLS:
        rules.add_rule(pyseccomp.ERRNO(errno.EPERM), name)
    rules.add_rule(pyseccomp.ERRNO(errno.ENOSYS), "clone3")
    rules.load()
    sys.addaudithook(_refuse_hooks)


def serve(sock_fd: int, out_fd: int, flood: int) -> None:
    """Answer requests until the grader hangs up; student output is captured per request."""
    channel = Channel(sock_fd, out_fd)
    current = {"id": "ready"}

    def flooded() -> None:
        """Past the output limit the sandbox is to be killed: say so and stop at once."""
        channel.send({"id": current["id"], "op": "flood"})
        os._exit(3)
    real_stdout, real_stderr = sys.stdout, sys.stderr
    worker = Worker(channel)
    lock_down()
    channel.send({"id": "ready", "op": "ready"})
    while (received := channel.receive()) is not None:
        message, fds = received
        current["id"] = str(message.get("id"))
        captured = CappedText(flood=flood, on_flood=flooded)
        sys.stdout = sys.stderr = captured
        try:
            reply = worker.handle(message, fds)
        except BaseException as exc:  # noqa: BLE001 - never let student code end the loop silently
            reply = {"status": "error", "error": describe_exception(exc)}
        finally:
            sys.stdout, sys.stderr = real_stdout, real_stderr
            for fd in fds:
                try:
                    os.close(fd)
                except OSError:
                    pass
        reply.update(id=current["id"], output=captured.getvalue())
        try:
            line = wire.dumps(reply)
        except (TypeError, ValueError) as exc:
            line = wire.dumps({"id": current["id"], "status": "error", "output": "",
                               "error": {"type": "ProtocolError", "message": str(exc), "traceback": ""}})
        channel.send(wire.loads(line))


if __name__ == "__main__":
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - input() must not block
    for loaded in [m for m in sys.modules if m.split(".")[0] in GRADER_PACKAGES]:
        del sys.modules[loaded]
    sys.meta_path.insert(0, _RefuseGraderPackages())
    serve(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))

"""The process that runs student code, inside the sandbox.

It imports torch and IPython first (so a pool can start it ahead of time), locks
itself down (``lock_down``: no threads, programs or signal handlers from here on),
then obeys JSON-line requests on a socket: run a notebook cell with IPython
semantics, seed the random generators, call a function (in a fork: see
``calls``). Every reply is plain data (``wire``) on the reply socket, whose
messages the grader reads only when this process sent them. Nothing here decides
a grade, and nothing of the reference is here: while a function is judged, the
other graded functions it may use are ``StandIn`` objects that ask the grader.
Run as ``python worker.py SOCK_FD OUT_FD FLOOD_BYTES``.
"""

from __future__ import annotations

import gc
import io
import os
import random
import re
import select
import socket
import sys
from typing import Any, Callable

try:  # in the sandbox this file sits next to wire.py, calls.py and link.py; the package is out of sight
    import calls  # type: ignore[import-not-found]
    import figures  # type: ignore[import-not-found]
    import lazy_dynamo  # type: ignore[import-not-found]
    import link  # type: ignore[import-not-found]
    import shortcuts  # type: ignore[import-not-found]
    import wire  # type: ignore[import-not-found]
except ImportError:  # imported from the package (the project's own in-process tests)
    from autograder.sandbox import calls, figures, lazy_dynamo, link, shortcuts, wire  # type: ignore[no-redef]

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


describe_exception = calls.describe_exception


def seed_everything(seed: int) -> None:
    """Same seed, same random draws: grading a submission twice gives the same result.

    Only the CPU generator exists in the sandbox. ``torch.manual_seed`` would also queue a
    lazy seeding of every accelerator, with a formatted stack each time (a third of a
    millisecond per judged call, and a queue that grows); the CPU draws are the same.
    """
    import torch

    random.seed(seed)
    torch.default_generator.manual_seed(seed)
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

    def pending(self) -> bool:
        """Whether a whole request is already here, read but not yet handled."""
        return b"\n" in self._buffer

    def receive(self) -> tuple[dict[str, Any], list[int]] | None:
        """The next request and the descriptors sent with it (None once the grader hangs up)."""
        waiting = b"\n" not in self._buffer
        while waiting:
            data, fds, _, _ = socket.recv_fds(self.sock, link.RECEIVE_BYTES, 64)
            if not data:
                return None
            self._buffer += data
            self._fds += fds
            waiting = b"\n" not in data
        line, _, rest = bytes(self._buffer).partition(b"\n")
        self._buffer = bytearray(rest)
        message = wire.loads(line)
        count = message.get("nfds", 0)
        count = count if type(count) is int and 0 <= count <= len(self._fds) else 0
        taken, self._fds = self._fds[:count], self._fds[count:]
        return message, taken

    def send(self, message: dict[str, Any]) -> None:
        self.send_line(wire.dumps(message))

    def send_line(self, line: str) -> None:
        """One message already serialised (``wire.dumps``), newline added here."""
        view = memoryview(line.encode() + b"\n")
        while view:
            view = view[os.write(self.out_fd, view):]


class Worker:
    """Holds the IPython shell: the student's namespace."""

    def __init__(self, channel: Channel | None = None) -> None:
        os.environ.setdefault("MPLBACKEND", "Agg")
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import torch

        # The first figure loads the fonts and the artists' machinery (a fifth of a second); a
        # zygote pays it once for every fork. Nothing is drawn: nobody sees a fork's figures.
        figure = plt.figure()
        figure.gca().plot([0.0, 1.0], [0.0, 1.0], "o-", label="a")
        figure.gca().legend()
        plt.close(figure)
        # The notebook's own figures, built now with their first Axes: a fork only hands them out.
        self.figures = figures.Prepared()

        # The first operation on the meta device loads its kernels (about a second). Done here,
        # once, every judged call's child inherits it instead of paying it again. torch._dynamo,
        # which that operation would also import (1.7 s, 75 MB), waits until a cell compiles.
        lazy_dynamo.defer()
        (torch.empty(1, device="meta") * 2.0 + 1.0).abs().mean()
        from IPython.core.interactiveshell import InteractiveShell

        class HeadlessShell(InteractiveShell):
            """IPython without a GUI loop: ``%matplotlib inline`` and friends must not fail."""

            def enable_gui(self, gui: Any = None) -> None:
                return None

            def should_run_async(self, raw_cell: str, *, transformed_cell: str | None = None,
                                 preprocessing_exc_tuple: Any = None) -> bool:
                """IPython compiles every cell once only to learn this; a cell without ``await`` or
                ``async`` need not be compiled to know it runs as usual (``shortcuts``)."""
                if transformed_cell is not None and shortcuts.plain_python_cannot_await(transformed_cell):
                    return False
                return super().should_run_async(raw_cell, transformed_cell=transformed_cell,
                                                preprocessing_exc_tuple=preprocessing_exc_tuple)

        from traitlets.config import Config

        settings = Config()
        settings.HistoryManager.enabled = False  # its saving thread would run Python beside the student's
        self.shell = HeadlessShell.instance(config=settings, colors="nocolor")
        # Python's own traceback layout. IPython's default ("Context") reads every frame's source
        # and analyses it, tens of milliseconds per failing cell; the student reads the same lines.
        self.shell.InteractiveTB.set_mode("Plain")
        shortcuts.skip_plain_python(self.shell.input_transformer_manager, self.shell.compile)
        self.shell.run_cell("pass", store_history=False)  # IPython imports some of its parts on the first cell
        _warm_lazy_imports(self.shell)
        self.channel: Channel = channel  # type: ignore[assignment] - set by serve() before any request
        self.capture: Callable[[Callable[[], None]], Any] = CappedText

    def handle(self, message: dict[str, Any], fds: list[int]) -> dict[str, Any] | None:
        """The reply to one request; None for a call the judging child now runs (it answers the grader)."""
        op = message.get("op")
        if op == "run_cell":
            gc.enable()  # the collector runs in the worker only while student code runs there anyway
            try:
                result = self.shell.run_cell(str(message.get("source", "")), store_history=True)
            finally:
                gc.disable()
            exc = result.error_before_exec or result.error_in_exec
            return {"status": "error", "error": describe_exception(exc)} if exc else {"status": "ok"}
        if op == "seed":
            seed_everything(int(message["seed"]))
            return {"status": "ok"}
        if op == "call":
            return calls.judged_call(self.shell.user_ns, message, fds, self.capture, seed_everything,
                                     (self.channel.sock.fileno(), self.channel.out_fd))
        return {"status": "error", "error": {"type": "ProtocolError", "message": f"op {op!r}", "traceback": ""}}


def _warm_lazy_imports(shell: Any) -> None:
    """Import, once in the zygote, what every submission would otherwise import for itself.

    ``numpy.random`` loads on first use (6 ms): ``seed_everything`` uses it in every sandbox.
    The first traceback loads pygments' formatters (3 ms): formatted here on an exception of
    our own, outside any cell, so that no ``sys.last_value`` or history is left behind.
    """
    try:
        import numpy.random  # noqa: F401
    except ImportError:  # pragma: no cover - numpy comes with torch
        pass
    formatter = shell.InteractiveTB
    kept = vars(formatter).copy()
    try:
        raise ZeroDivisionError("warm-up")
    except ZeroDivisionError as exc:
        formatter.structured_traceback(type(exc), exc, exc.__traceback__)
    vars(formatter).clear()  # it keeps the last traceback (``.tb``): nothing of this one stays
    vars(formatter).update(kept)


LOCKED_SYSCALLS = ("vfork", "execve", "execveat", "rt_sigaction")
"""Denied once the worker is ready, with threads (``clone`` sharing memory): no thread, program or
signal handler can be started by student code, so none of it runs inside the worker's process
while the worker is between requests or answering one. Processes may be forked (the worker forks
each judged call), but the grader reads replies only from the worker's own process."""
CLONE_SHARING = (0x00010000, 0x00000100)
"""CLONE_THREAD, CLONE_VM: a clone with either is a thread (or a vfork), refused."""
BLOCKED_AUDIT_EVENTS = frozenset({"sys.settrace", "sys.setprofile", "sys.addaudithook"})


def _refuse_hooks(event: str, args: Any) -> None:
    """Audit hook: no tracer, profiler or further audit hook may run student code inside the worker's."""
    if event in BLOCKED_AUDIT_EVENTS:
        raise RuntimeError(f"{event} no está permitido durante la corrección")


def lock_down() -> None:
    """After the imports, before the first cell: the second seccomp filter and the audit hook.

    With no other thread and no signal handler, student code runs in the worker's
    process only while a cell is being executed (a judged call runs in a child,
    see ``calls``): nothing the grader reads is written behind the worker's back.
    """
    import errno

    import pyseccomp

    rules = pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)
    for name in LOCKED_SYSCALLS:
        rules.add_rule(pyseccomp.ERRNO(errno.EPERM), name)
    for flag in CLONE_SHARING:
        rules.add_rule(pyseccomp.ERRNO(errno.EPERM), "clone", pyseccomp.Arg(0, pyseccomp.MASKED_EQ, flag, flag))
    rules.add_rule(pyseccomp.ERRNO(errno.ENOSYS), "clone3")
    rules.load()
    sys.addaudithook(_refuse_hooks)


def serve(sock_fd: int, out_fd: int, flood: int, worker: Worker | None = None) -> None:
    """Answer requests until the grader hangs up; student output is captured per request.

    ``worker`` is one already prepared (a zygote's fork inherits it, imports done);
    without it the imports happen here.
    """
    channel = Channel(sock_fd, out_fd)
    current = {"id": "ready"}

    def flooded() -> None:
        """Past the output limit the sandbox is to be killed: say so and stop at once."""
        channel.send({"id": current["id"], "op": "flood"})
        os._exit(3)
    real_stdout, real_stderr = sys.stdout, sys.stderr
    worker = worker or Worker()
    worker.channel = channel
    worker.capture = lambda on_flood: CappedText(flood=flood, on_flood=on_flood)
    lock_down()
    # Outside cells no collection runs here: it could call the notebook's finalizers (``__del__``),
    # student code, in the middle of a reply. Judged calls run in a child, which collects as usual.
    gc.disable()
    if len(os.listdir("/proc/self/task")) != 1:
        raise SystemExit("the worker must be single-threaded before any student code runs")
    channel.send({"id": "ready", "op": "ready"})
    # The call the judging child was handed last: its end or its flood is reported under this id,
    # also while the grader sends that function's later calls to the child straight.
    in_flight = ""
    while True:
        child = calls.current_child()
        if in_flight and child is not None and not channel.pending():
            # The child answers the grader itself; meanwhile only its flood or its end is news.
            ready = select.select([channel.sock, child.link.sock], [], [], link.SENDER_POLL_S)[0]
            if channel.sock not in ready:
                event = child.watch()
                if event is not None and event.get("op") == "flood":
                    flooded()
                if event is not None:
                    channel.send({**event, "id": in_flight, "output": ""})
                    in_flight = ""
                continue
        received = channel.receive()
        if received is None:
            break
        message, fds = received
        current["id"] = str(message.get("id"))
        in_flight = ""
        captured = CappedText(flood=flood, on_flood=flooded)
        sys.stdout = sys.stderr = captured
        try:
            reply = worker.handle(message, fds)
        except BaseException as exc:  # noqa: BLE001 - never let student code end the loop silently
            reply = {"status": "error", "error": describe_exception(exc)}
        finally:
            sys.stdout, sys.stderr = real_stdout, real_stderr
            link.close_all(fds)
        if reply is None:  # the judging child has the call, and answers the grader on the call's socket
            in_flight = current["id"]
            continue
        reply.update(id=current["id"], output=str(reply.get("output", "")) + captured.getvalue())
        try:
            line = wire.dumps(reply)
        except (TypeError, ValueError) as exc:
            line = wire.dumps({"id": current["id"], "status": "error", "output": "",
                               "error": {"type": "ProtocolError", "message": str(exc), "traceback": ""}})
        channel.send_line(line)


def hide_grader_packages() -> None:
    """Forget any module of ours already imported, and refuse to import one again."""
    for loaded in [m for m in sys.modules if m.split(".")[0] in GRADER_PACKAGES]:
        del sys.modules[loaded]
    sys.meta_path.insert(0, _RefuseGraderPackages())


if __name__ == "__main__":
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - input() must not block
    hide_grader_packages()
    serve(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))

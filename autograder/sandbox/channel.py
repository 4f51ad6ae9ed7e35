"""One running sandbox (started as ``autograder.sandbox.launch`` says) and the channel to its worker.

Requests go down a socket, with the memfds of shared arguments (see
``autograder.sandbox.exchange``). Replies come up another socket on which the kernel
stamps every message with its sender's pid: only bytes written by the worker's
own process are read (its pid is learnt from its "ready" message, sent before
any student code runs), so a process or a judged call's child that writes there
is ignored. Of those, only a line that starts with the id of the request in
flight is kept, up to ``reply_limit_mb`` (``autograder.sandbox.replies``). A judged
call's questions, and its result, come on a socket of that call alone; a function's later
calls go to its judging child straight (``Sandbox.judged_call``). Without bubblewrap the worker
still runs in its own process (limits, deadlines), and ``Sandbox.confined`` says so loudly.
"""

from __future__ import annotations

import array
import collections
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from autograder.sandbox import wire
from autograder.sandbox.replies import Question, Questions, Replies, Result, readable
from autograder.sandbox.cgroups import make_groups
from autograder.config import Limits
from autograder.sandbox import forkserver, privileges
from autograder.sandbox.forkserver import ForkedProcess, ForkServer
from autograder.sandbox.launch import HERE, Launch

INTERRUPT_GRACE_S = 1.0
UNCONFINED_WARNING = ("AVISO: bubblewrap no está disponible; el código de los alumnos se ejecuta SIN "
                      "aislamiento (sin red cortada ni sistema de ficheros protegido). "
                      "WARNING: grading without a sandbox; install bubblewrap.")


@dataclass(frozen=True)
class Death:
    """Why the sandbox stopped answering: timeout, crash, output_limit or protocol."""

    kind: str
    detail: str = ""


SHARED = "shared"
"""``Sandbox(server=SHARED)``: fork from this process's zygote (``forkserver.shared``); None: start from scratch."""


@dataclass(frozen=True)
class _Direct:
    """A function's own socket to its judging child (ours), and the id its first call went under."""

    function: str
    sock: socket.socket
    request_id: str


def _child_answered(reply: dict[str, Any] | Death) -> bool:
    """Whether the judging child is still there after this reply (it answered, rightly or not)."""
    return isinstance(reply, dict) and reply.get("status") != "died"


class _DirectGone(Exception):
    """The function's socket to its judging child is no longer read: call through the worker."""


class Sandbox:
    """One worker process. Requests get replies or a ``Death``; after a death, start a new one."""

    def __init__(self, limits: Limits, bwrap: str | None, cpu: int | None = None,
                 server: ForkServer | None | str = SHARED, beside: bool = False) -> None:
        """``cpu``: the core this sandbox is pinned to where no CPU cgroup caps it, and always with
        ``beside`` (its grading process runs on that core too: see ``autograder.grade``)."""
        self.limits = limits
        self.confined = bwrap is not None
        self.groups = make_groups(limits.max_processes, limits.memory_limit_mb * 1024 * 1024, limits.cpu_share)
        self._sock, child_sock = socket.socketpair()
        replies_sock, reply_sock = socket.socketpair()
        # The kernel stamps every message with its sender's pid: only the worker's are read.
        self._replies = Replies(replies_sock, limits.reply_limit_mb * 1024 * 1024)
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        self._launch: Launch | None = None
        capped = any(g.controller == "cpu" for g in self.groups)
        pinned = cpu if beside or not capped else None
        self.cpu_pinned = pinned is not None and not capped  # pinning as the CPU cap (a protection)
        self.forked = False
        self.process: subprocess.Popen[bytes] | ForkedProcess
        try:
            if bwrap is not None and server is not None:
                zygote = forkserver.shared(bwrap) if isinstance(server, str) else server
                self.forked = self._fork(zygote, child_sock.fileno(), reply_sock.fileno())
            if not self.forked:
                self.process = self._popen(limits, bwrap, pinned, child_sock.fileno(), reply_sock.fileno())
        finally:
            child_sock.close()
            reply_sock.close()
        self._pinned = pinned
        self._pending: collections.deque[dict[str, Any] | Question | Result | Death] = collections.deque()
        self._direct: _Direct | None = None
        self._killed_for: Death | None = None  # set by the raw output's reader when it kills the worker
        self._raw_bytes = 0
        self._raw_head = bytearray()
        self._request_id = "ready"
        threading.Thread(target=self._drain_raw_output, daemon=True).start()

    @property
    def worker_pid(self) -> int | None:
        """The worker's pid, learnt from its "ready" message, before any student code."""
        return self._replies.worker_pid

    def _fork(self, server: ForkServer, child_sock: int, reply_sock: int) -> bool:
        """A worker forked by the zygote (milliseconds); False if the zygote cannot serve."""
        read_fd, write_fd = os.pipe()
        try:
            forked = server.fork([child_sock, reply_sock, write_fd], self.limits)
        finally:
            os.close(write_fd)
        if forked:
            self.process = ForkedProcess(read_fd)
        else:
            os.close(read_fd)
        return forked

    def _popen(self, limits: Limits, bwrap: str | None, pinned: int | None, child_sock: int,
               from_child: int) -> subprocess.Popen[bytes]:
        """A worker started from scratch: bubblewrap, a new Python, its imports (seconds)."""
        python = sys.executable
        fds = [str(child_sock), str(from_child), str(limits.output_limit_kb * 1024)]
        worker = "/grader/worker.py" if bwrap else str(HERE / "worker.py")
        self._launch = Launch(bwrap, [python, "-E", "-s", "-B", worker, *fds], limits, self.groups, pinned)
        cwd: str | None = None
        env: dict[str, str] | None = None
        if not bwrap:
            # A worker that gives root up works in a folder of its own user, where that user can reach it.
            dropping = self._launch.drop_root and os.path.isdir("/tmp")
            self._scratch = tempfile.TemporaryDirectory(prefix="alumno-", dir="/tmp" if dropping else None)
            cwd = self._scratch.name
            if dropping:
                os.chown(cwd, privileges.HOST_UID, privileges.HOST_UID)
            env = {"PATH": "/usr/bin:/bin", "HOME": cwd, "MPLBACKEND": "Agg", "OMP_NUM_THREADS": "1",
                   "MPLCONFIGDIR": os.path.join(cwd, ".mpl"), "LANG": "C.UTF-8"}
        return subprocess.Popen(
            self._launch.argv, pass_fds=(child_sock, from_child, *self._launch.pass_fds),
            cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            preexec_fn=self._launch.in_child)

    def _adopt(self) -> str:
        """A forked worker, once it said "ready": its cgroups and core, before any student code. '' if done."""
        if not isinstance(self.process, ForkedProcess):
            return ""
        if self.worker_pid is None:
            return "no pid on the ready message"
        try:
            self.process.adopt(self.worker_pid)
            for group in self.groups:
                group.attach(self.worker_pid)
            if self._pinned is not None:
                os.sched_setaffinity(self.worker_pid, {self._pinned})
        except OSError as exc:
            return f"cannot confine the forked worker: {exc}"
        return ""

    def _next(self, deadline: float,
              questions: Questions | None) -> dict[str, Any] | Question | Result | Death | None:
        """The next reply line for the request in flight, a question or the result from the call's
        own socket, a ``Death``, or None once ``deadline`` passes."""
        while not self._pending:
            if self._replies.closed:
                return self._killed_for or Death("crash", "the worker closed its pipe")
            ready = readable(self._replies, questions, deadline)
            if not ready:
                return None
            if questions is not None and questions in ready:
                asked = questions.read()
                if isinstance(asked, str):
                    return Death("protocol", asked)
                self._pending.extend(asked)
            if self._replies in ready:
                for item in self._replies.read(self._request_id):
                    self._pending.append(Death("protocol", item.removeprefix("protocol: "))
                                         if isinstance(item, str) else item)
        return self._pending.popleft()

    def _drain_raw_output(self) -> None:
        """Output written straight to file descriptors 1 and 2: counted, and fatal past the limit."""
        assert self.process.stdout is not None
        limit = self.limits.output_limit_kb * 1024
        for chunk in iter(lambda: self.process.stdout.read1(65536), b""):  # type: ignore[union-attr]
            self._raw_bytes += len(chunk)
            if len(self._raw_head) < 4000:
                self._raw_head += chunk[: 4000 - len(self._raw_head)]
            if self._raw_bytes > limit:
                self._killed_for = Death("output_limit", f"{self._raw_bytes} bytes")
                self.kill()
                return

    def _send(self, message: dict[str, Any], fds: Sequence[int] = (), sock: socket.socket | None = None) -> None:
        sock = sock or self._sock
        data = (wire.dumps(message) + "\n").encode()
        sent = 0
        if fds:
            sent = sock.sendmsg([data[:4096]], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))])
        sock.sendall(data[sent:])

    def judged_call(self, function: str, message: dict[str, Any], timeout: float, fds: Sequence[int],
                    on_helper: Callable[[dict[str, Any]], dict[str, Any]],
                    questions: socket.socket) -> dict[str, Any] | Death:
        """One judged call of ``function``; ``fds`` are the shared tensors' memfds and, last, the child's
        end of the call's own socket (``questions`` is ours), where its questions and its result come.

        A function's first call goes through the worker, which picks the judging child for it
        (handed on or freshly forked) and hands it the call with one more socket, the function's:
        the function's later calls go to the child straight on it, past the worker. The worker
        watches the child all the while, and still reports its end or its flood under the first
        call's id, which this side keeps reading for that function. A child that ended between
        two calls, or whose socket nobody reads any more, is left: the call goes through the
        worker again, which forks a fresh one.
        """
        direct = self._direct if self._direct is not None and self._direct.function == function else None
        if direct is not None and self._ended_since(direct):
            direct = None
        if direct is not None:
            try:
                reply = self.request(message, timeout, fds, on_helper, questions=questions, via=direct)
            except _DirectGone:
                reply = None
            if reply is not None:
                if not _child_answered(reply):
                    self._drop_direct()
                return reply
        self._drop_direct()
        ours, theirs = socket.socketpair()
        try:
            message = {**message, "direct": len(fds) - 1, "questions": len(fds)}
            reply = self.request(message, timeout, [*fds[:-1], theirs.fileno(), fds[-1]], on_helper,
                                 questions=questions)
        finally:
            theirs.close()
        if _child_answered(reply):
            self._direct = _Direct(function, ours, self._request_id)
        else:
            ours.close()
        return reply

    def _ended_since(self, direct: _Direct) -> bool:
        """Whether the worker said, since the function's last call, that its child has ended."""
        while readable(self._replies, None, 0.0):
            for item in self._replies.read(direct.request_id):
                if isinstance(item, str) or item.get("status") == "died" or item.get("op") == "flood":
                    return True
            if self._replies.closed:
                return True
        return False

    def _drop_direct(self) -> None:
        if self._direct is not None:
            self._direct.sock.close()
            self._direct = None

    def request(self, message: dict[str, Any], timeout: float, fds: Sequence[int] = (),
                on_helper: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
                interrupt: bool = False, questions: socket.socket | None = None,
                via: _Direct | None = None) -> dict[str, Any] | Death:
        """Send one request and wait for its reply, at most ``timeout`` seconds in all.

        Each request carries a fresh random id, and only lines that start with it are
        read at all. ``on_helper`` answers the stand-ins' questions, asked on ``questions``
        (the grader's end of the call's own socket, whose other end travels in ``fds``)
        while the request is in flight (see ``autograder.trusted``); without it they are refused.
        """
        stale = next((item for item in self._pending if isinstance(item, Death)), self._killed_for)
        self._pending.clear()
        if stale is not None:
            self.kill()
            return stale
        self._request_id = secrets.token_hex(16) if via is None else via.request_id
        message = {**message, "id": self._request_id, "nfds": len(fds)}
        try:
            self._send(message, fds, None if via is None else via.sock)
        except OSError as exc:
            if via is not None:
                raise _DirectGone from exc  # nobody reads the function's socket: the child is gone
            self.kill()
            return Death("crash", f"cannot write to the worker: {exc}")
        deadline = time.monotonic() + timeout
        interrupted = False
        asked = Questions(questions, self.limits.reply_limit_mb * 1024 * 1024) if questions is not None else None
        while True:
            reply = self._next(deadline, asked)
            if reply is None:
                if interrupt and not interrupted and self._interrupt():
                    interrupted, deadline = True, time.monotonic() + INTERRUPT_GRACE_S
                    continue
                self.kill()
                return Death("timeout", f"{timeout:g} s")
            if isinstance(reply, Death):
                self.kill()
                return reply
            if isinstance(reply, Question):  # from the call's own socket
                answer = on_helper(reply.message) if on_helper else {"status": "error", "message": "no disponible"}
                if asked is not None and not asked.answer(reply, answer, deadline):
                    asked.open = False  # the child no longer listens: its result (or death) will tell
                continue
            if isinstance(reply, Result):  # the call's result, from the call's own socket
                result = {k: v for k, v in reply.message.items() if k != "op"}
                if "status" not in result:
                    continue
                result["id"] = self._request_id
                return {**result, "interrupted": timeout} if interrupted else result
            if reply.get("id") != self._request_id:
                continue
            if reply.get("op") == "flood":
                self.kill()
                return Death("output_limit", "print")
            if "status" in reply:
                return {**reply, "interrupted": timeout} if interrupted else reply

    def _interrupt(self) -> bool:
        """KeyboardInterrupt in the worker (its SIGINT handler is Python's and cannot be changed):
        a cell that merely runs too long is stopped without losing the sandbox and its state."""
        if self.worker_pid is None:
            return False
        try:
            os.kill(self.worker_pid, signal.SIGINT)
        except OSError:
            return False
        return True

    def wait_ready(self, timeout: float) -> dict[str, Any] | Death:
        """The worker says ``ready`` once torch and IPython are imported."""
        reply = self._next(time.monotonic() + timeout, None)
        if reply is None:
            self.kill()
            return Death("timeout", "start")
        if isinstance(reply, Death) or reply.get("op") != "ready" or reply.get("id") != "ready":
            self.kill()
            return reply if isinstance(reply, Death) else Death("protocol", "no ready message")
        problem = self._adopt()
        if problem:
            self.kill()
            return Death("protocol", problem)
        return reply

    @property
    def raw_output(self) -> str:
        return self._raw_head.decode("utf-8", "replace")

    def kill(self) -> None:
        """SIGKILL the whole process group; with bubblewrap the PID namespace dies with it."""
        if isinstance(self.process, ForkedProcess):
            self.process.kill()
        elif self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - unkillable
            pass

    @property
    def protections(self) -> str:
        """What confines this sandbox, for the result file: e.g. ``bubblewrap+userns+seccomp+cpu+pids``."""
        parts = ["bubblewrap+userns+seccomp" if self.confined else "none (UNCONFINED)"]
        if not self.confined and privileges.is_root():
            parts.append("as-nobody" if self._launch is not None and self._launch.drop_root else "as-root")
        if self.forked:
            parts.append("zygote-fork")
        parts += sorted(g.controller for g in self.groups)
        if self.cpu_pinned:
            parts.append("cpu-pinned")
        return "+".join(parts)

    def close(self) -> None:
        self._drop_direct()
        self.kill()
        for group in self.groups:
            group.remove()
        self._sock.close()
        self._replies.sock.close()
        if self._launch is not None:
            self._launch.close()
        if isinstance(self.process, ForkedProcess):
            self.process.close()
        if self._scratch is not None:
            self._scratch.cleanup()

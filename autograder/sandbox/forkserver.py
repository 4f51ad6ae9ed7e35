"""The grader's side of the zygote (``zygote.py``): start it once, ask it for one sandboxed worker per submission.

Starting a worker from scratch costs seconds (a Python, torch, matplotlib and
IPython); a fork of a zygote that has already imported them costs milliseconds.
The zygote runs in the same bubblewrap sandbox as a worker would, and each fork
builds its own box before any student code runs (``isolate``), so every
submission still gets a fresh, unprivileged, seccomp-filtered process of its own.

A ``ForkServer`` is made in the grader's main process before any thread starts,
with one control socket per grading process (``slots``): grading processes forked
from the main one each ``claim`` a slot, so their requests never interleave. This
module imports neither torch nor the judge: the zygote starts while they load.
"""

from __future__ import annotations

import atexit
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from typing import Sequence

from autograder.config import Limits
from autograder.sandbox.launch import Launch

READY_TIMEOUT_S = 120.0
FORK_TIMEOUT_S = 30.0


def box_of(limits: Limits) -> dict[str, int]:
    """The sizes a fork's box takes from the limits: the same as a sandbox started by bubblewrap."""
    memory = limits.memory_limit_mb * 1024 * 1024
    return {"memory_bytes": memory, "scratch_bytes": memory // 8, "flood_bytes": limits.output_limit_kb * 1024}


class ForkServer:
    """A running zygote and the control sockets to it; ``fork`` returns False whenever it cannot serve."""

    def __init__(self, limits: Limits, bwrap: str, slots: int) -> None:
        self.limits, self.bwrap = limits, bwrap
        pairs = [socket.socketpair() for _ in range(max(1, slots))]
        self._control = [ours for ours, _ in pairs]
        theirs = [their for _, their in pairs]
        program = [sys.executable, "-E", "-s", "-B", "/grader/zygote.py", str(limits.output_limit_kb * 1024),
                   *(str(s.fileno()) for s in theirs)]
        self._launch = Launch(bwrap, program, limits, [], zygote=True)
        self._log = tempfile.TemporaryFile()
        self._buffers = [bytearray() for _ in self._control]
        self._ready = [False] * len(self._control)
        self.slot = 0
        self.broken = ""
        try:
            self.process: subprocess.Popen[bytes] | None = subprocess.Popen(
                self._launch.argv, pass_fds=(*(s.fileno() for s in theirs), *self._launch.pass_fds),
                stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                preexec_fn=self._launch.in_child)
        except OSError as exc:
            self.process, self.broken = None, f"cannot start the zygote: {exc}"
        finally:
            for sock in theirs:
                sock.close()

    def claim(self, slot: int) -> None:
        """In a grading process: use control socket ``slot`` from now on."""
        self.slot = slot % len(self._control)

    def _line(self, deadline: float) -> dict[str, object] | None:
        sock, buffer = self._control[self.slot], self._buffers[self.slot]
        while b"\n" not in buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                sock.settimeout(left)
                data = sock.recv(4096)
            except OSError:
                return None
            if not data:
                return None
            buffer += data
        line, _, rest = bytes(buffer).partition(b"\n")
        buffer[:] = rest
        try:
            message = json.loads(line)
        except ValueError:
            return {}
        return message if isinstance(message, dict) else {}

    def _fail(self, why: str) -> bool:
        self.broken = why
        return False

    def fork(self, fds: Sequence[int], limits: Limits | None = None) -> bool:
        """Ask for one worker that will serve on ``fds`` (request socket, reply socket, output pipe)."""
        if self.broken or self.process is None:
            return False
        if not self._ready[self.slot]:
            if self._line(time.monotonic() + READY_TIMEOUT_S) != {"ready": True}:
                return self._fail(f"the zygote did not start: {self.output()[-1500:]}")
            self._ready[self.slot] = True
        token = secrets.token_hex(8)
        request = json.dumps({"token": token, **box_of(limits or self.limits)}).encode()
        try:
            self._control[self.slot].settimeout(FORK_TIMEOUT_S)
            socket.send_fds(self._control[self.slot], [request], list(fds))
        except OSError as exc:
            return self._fail(f"the zygote is gone: {exc}")
        deadline = time.monotonic() + FORK_TIMEOUT_S
        while (reply := self._line(deadline)) is not None:
            if reply.get("token") == token:
                return "forked" in reply or self._fail(f"the zygote could not fork: {reply.get('error')}")
        return self._fail("the zygote stopped answering")

    def output(self) -> str:
        """What the zygote printed (its errors, if it failed to start)."""
        self._log.seek(0)
        return self._log.read()[-4000:].decode("utf-8", "replace")

    def close(self) -> None:
        self.broken = self.broken or "closed"
        if self.process is not None and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.process.wait()
        for sock in self._control:
            sock.close()
        self._launch.close()
        self._log.close()


_SHARED: dict[str, ForkServer] = {}


def use(server: ForkServer) -> None:
    """Make ``server`` the zygote this process's sandboxes fork from by default."""
    _SHARED[server.bwrap] = server


def shared(bwrap: str) -> ForkServer:
    """This process's zygote for ``bwrap``, started on first use (a single control socket)."""
    server = _SHARED.get(bwrap)
    if server is None:
        server = _SHARED[bwrap] = ForkServer(Limits(), bwrap, 1)
        atexit.register(server.close)
    return server


class ForkedProcess:
    """A zygote's fork as ``Sandbox`` sees it: the ``subprocess.Popen`` calls it uses, through a pidfd.

    The fork is not our child; its host pid is learnt from the kernel's stamp on its
    "ready" message (``adopt``), before any student code runs. Killing the worker (pid 1
    of its own PID namespace) ends the namespace, and with it every process left.
    """

    def __init__(self, stdout_fd: int) -> None:
        self.stdout = os.fdopen(stdout_fd, "rb")
        self.pid: int | None = None
        self.returncode: int | None = None
        self._pidfd: int | None = None

    def adopt(self, pid: int) -> None:
        self.pid = pid
        self._pidfd = os.pidfd_open(pid)

    def poll(self) -> int | None:
        if self.returncode is None and self._exited(0.0):
            self.returncode = -signal.SIGKILL
        return self.returncode

    def _exited(self, timeout: float) -> bool:
        if self._pidfd is None:
            return False
        import select

        readable, _, _ = select.select([self._pidfd], [], [], timeout)
        return bool(readable)

    def kill(self) -> None:
        if self._pidfd is not None and not self._exited(0.0):
            try:
                signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
            except OSError:
                pass

    def wait(self, timeout: float | None = None) -> int | None:
        self._exited(10.0 if timeout is None else timeout)
        return self.poll()

    def close(self) -> None:
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None
        self.stdout.close()

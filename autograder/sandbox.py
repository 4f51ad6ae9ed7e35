"""Start and stop the process that runs student code, and talk to it with deadlines.

Linux: bubblewrap gives the worker its own user namespace with one unprivileged
user (an unprivileged host uid too: see ``autograder.privileges``), no
capabilities, ``no_new_privs`` and a seccomp filter (``autograder.seccomp``), no
network, a read-only view of only the interpreter and its libraries, read-only
``/proc/sys``, a private tmpfs as its home, and its own PID namespace, so killing
bubblewrap kills everything the student started. cgroups cap its processes,
memory and CPU share (``autograder.cgroups``); where no CPU cgroup can be made,
the sandbox is pinned to one core, which the seccomp filter forbids it to change.
Without bubblewrap the worker still runs in its own process (limits, deadlines),
and ``Sandbox.confined`` says so loudly.

The channel: requests go down a socket (with the memfds of shared arguments,
see ``autograder.exchange``); replies come up a pipe, read in bounded chunks.
Only a line that starts with the id of the request in flight is kept, up to
``reply_limit_mb``; anything else is skipped unparsed as it streams by.
"""

from __future__ import annotations

import array
import functools
import importlib.util
import os
import queue
import resource
import secrets
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from autograder import privileges, seccomp, wire
from autograder.cgroups import Group, make_groups
from autograder.config import Limits

HERE = Path(__file__).resolve().parent
WORKER_FILES = ("worker.py", "wire.py", "calls.py")
HIDDEN_PACKAGES = ("reference", "autograder", "tests")
HOME = "/home/alumno"
SYSTEM_DIRS = ("/usr", "/bin", "/lib", "/lib64", "/sbin", "/etc/ld.so.cache", "/etc/alternatives",
               "/etc/fonts", "/etc/localtime")
INTERRUPT_GRACE_S = 1.0
UNCONFINED_WARNING = ("AVISO: bubblewrap no está disponible; el código de los alumnos se ejecuta SIN "
                      "aislamiento (sin red cortada ni sistema de ficheros protegido). "
                      "WARNING: grading without a sandbox; install bubblewrap.")


@dataclass(frozen=True)
class Death:
    """Why the sandbox stopped answering: timeout, crash, output_limit or protocol."""

    kind: str
    detail: str = ""


@functools.cache
def bubblewrap() -> str | None:
    """Path of a ``bwrap`` that can build the whole sandbox here (seccomp included), or None."""
    path = shutil.which("bwrap")
    if path is None:
        return None
    try:
        launch = Launch(path, ["/bin/true"], Limits(), [])
    except (OSError, seccomp.SeccompUnavailable):
        return None
    try:
        probe = subprocess.run(launch.argv, pass_fds=launch.pass_fds, capture_output=True, timeout=60,
                               preexec_fn=launch.in_child)
    finally:
        launch.close()
    return path if probe.returncode == 0 else None


@functools.cache
def _hidden_dirs() -> tuple[str, ...]:
    """Folders of our own packages, to be masked even if installed into site-packages."""
    found = []
    for name in HIDDEN_PACKAGES:
        spec = importlib.util.find_spec(name)
        for location in (spec.submodule_search_locations or []) if spec else []:
            found.append(str(Path(location).resolve()))
    return tuple(found)


def _prefixes() -> list[str]:
    return sorted({str(Path(p).resolve()) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)})


def bind_sources() -> list[tuple[str, str]]:
    """(host source, sandbox path) of everything bound read-only besides the system folders."""
    binds = [(p, p) for p in _prefixes()]
    binds += [(str(HERE / name), f"/grader/{name}") for name in WORKER_FILES]
    return binds


def bwrap_command(bwrap: str, program: list[str], limits: Limits, seccomp_fd: int,
                  source: Callable[[str], str] = str) -> list[str]:
    """The bubblewrap command line.

    Its own user namespace with one unprivileged user and no capabilities (and no
    further user namespaces), ``no_new_privs`` and the seccomp filter read from
    ``seccomp_fd``, no network, a read-only view of the interpreter and the system
    folders, read-only ``/proc/sys``, size-capped tmpfs home and /tmp, nothing of the
    course. ``source`` maps a bind source to where this process can read it (staging).
    """
    uid = str(privileges.SANDBOX_UID)
    cmd = [bwrap, "--unshare-all", "--unshare-user", "--uid", uid, "--gid", uid, "--disable-userns",
           "--cap-drop", "ALL", "--die-with-parent", "--new-session", "--hostname", "sandbox",
           "--proc", "/proc", "--dev", "/dev", "--clearenv"]
    scratch = str(limits.memory_limit_mb // 8 * 1024 * 1024)
    # The writable tmpfs go first: a later bind (a venv under /tmp, say) is then mounted on top.
    cmd += ["--size", scratch, "--tmpfs", "/tmp", "--size", scratch, "--tmpfs", HOME]
    cmd += ["--ro-bind", "/proc/sys", "/proc/sys"]
    for system_dir in SYSTEM_DIRS:
        if os.path.lexists(system_dir):
            cmd += ["--ro-bind", system_dir, system_dir]
    for host, inside in bind_sources():
        cmd += ["--ro-bind", source(host), inside]
    prefixes = [Path(p) for p in _prefixes()]
    for hidden in _hidden_dirs():
        if any(Path(hidden).is_relative_to(p) for p in prefixes):
            cmd += ["--tmpfs", hidden, "--remount-ro", hidden]
    env = {"HOME": HOME, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MPLBACKEND": "Agg",
           "MPLCONFIGDIR": "/tmp/matplotlib", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONDONTWRITEBYTECODE": "1"}
    for key, value in env.items():
        cmd += ["--setenv", key, value]
    return cmd + ["--remount-ro", "/", "--seccomp", str(seccomp_fd), "--chdir", HOME, *program]


class Launch:
    """Everything needed to exec one sandbox: argv, descriptors to pass, and the child's set-up."""

    def __init__(self, bwrap: str | None, program: list[str], limits: Limits, groups: list[Group],
                 cpu: int | None = None) -> None:
        self.limits, self.groups, self.cpu = limits, groups, cpu
        self.staging: privileges.Staging | None = None
        self.seccomp_fd: int | None = None
        if bwrap is None:
            self.argv, self.pass_fds = program, ()
            return
        self.seccomp_fd = seccomp.program_fd()
        source: Callable[[str], str] = str
        if privileges.is_root():
            self.staging = privileges.Staging([host for host, _ in bind_sources()])
            source = self.staging.path
        self.argv = bwrap_command(bwrap, program, limits, self.seccomp_fd, source)
        self.pass_fds = (self.seccomp_fd,)

    def in_child(self) -> None:
        """Runs in the child before exec: limits, cgroups, CPU pinning, then (as root) giving root up."""
        os.setsid()
        for group in self.groups:
            group.attach()
        if self.cpu is not None:
            os.sched_setaffinity(0, {self.cpu})
        memory = self.limits.memory_limit_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024 * 1024, 64 * 1024 * 1024))
        if self.staging is not None:
            self.staging.mount_all()
            privileges.drop_to_host_user()

    def close(self) -> None:
        if self.seccomp_fd is not None:
            os.close(self.seccomp_fd)
            self.seccomp_fd = None
        if self.staging is not None:
            self.staging.remove()
            self.staging = None


class Sandbox:
    """One worker process. Requests get replies or a ``Death``; after a death, start a new one."""

    def __init__(self, limits: Limits, bwrap: str | None, cpu: int | None = None) -> None:
        self.limits = limits
        self.confined = bwrap is not None
        self.groups = make_groups(limits.max_processes, limits.memory_limit_mb * 1024 * 1024, limits.cpu_share)
        self._sock, child_sock = socket.socketpair()
        self._replies_sock, reply_sock = socket.socketpair()
        # The kernel stamps every message with its sender's pid: only the worker's are read.
        self._replies_sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        from_child = reply_sock.fileno()
        self._scratch = None if bwrap else tempfile.TemporaryDirectory(prefix="alumno-")
        python = sys.executable
        fds = [str(child_sock.fileno()), str(from_child), str(limits.output_limit_kb * 1024)]
        if bwrap:
            program, cwd, env = [python, "-E", "-s", "-B", "/grader/worker.py", *fds], None, None
        else:
            program = [python, "-E", "-s", "-B", str(HERE / "worker.py"), *fds]
            cwd = self._scratch.name if self._scratch else None
            env = {"PATH": "/usr/bin:/bin", "HOME": cwd or "", "MPLBACKEND": "Agg", "OMP_NUM_THREADS": "1",
                   "MPLCONFIGDIR": os.path.join(cwd or "", ".mpl"), "LANG": "C.UTF-8"}
        pinned = cpu if not any(g.controller == "cpu" for g in self.groups) else None
        self._launch = Launch(bwrap, program, limits, self.groups, pinned)
        self.cpu_pinned = pinned is not None
        try:
            self.process = subprocess.Popen(
                self._launch.argv, pass_fds=(child_sock.fileno(), from_child, *self._launch.pass_fds),
                cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                preexec_fn=self._launch.in_child)
        finally:
            child_sock.close()
            reply_sock.close()
        self._replies: queue.Queue[dict[str, Any] | Death] = queue.Queue()
        self._raw_bytes = 0
        self._raw_head = bytearray()
        self._request_id = "ready"
        self.worker_pid: int | None = None  # learnt from the "ready" message, before any student code
        threading.Thread(target=self._read_replies, daemon=True).start()
        threading.Thread(target=self._drain_raw_output, daemon=True).start()

    def _chunks(self) -> Iterator[bytes]:
        """What the worker's own process wrote on the reply socket; other senders' bytes are dropped.

        Until the worker has said "ready" (before any student code runs), the first
        sender is the worker; its pid is kept and every later chunk is checked against it.
        """
        credentials = struct.calcsize("3i")
        while True:
            try:
                data, ancillary, _, _ = self._replies_sock.recvmsg(1 << 16, socket.CMSG_SPACE(credentials))
            except OSError:
                return
            if not data:
                return
            sender = None
            for level, kind, body in ancillary:
                if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS and len(body) >= credentials:
                    sender = struct.unpack("3i", body[:credentials])[0]
            if self.worker_pid is None:
                self.worker_pid = sender
            if sender is not None and sender == self.worker_pid:
                yield data

    def _read_replies(self) -> None:
        """Lines from the worker, bounded: a line that is not an answer to the request in
        flight is skipped as it streams by, never kept; an answer longer than the cap kills."""
        line = bytearray()
        skipping = False
        cap = self.limits.reply_limit_mb * 1024 * 1024
        for chunk in self._chunks():
            while chunk:
                end = chunk.find(b"\n")
                piece, chunk = (chunk, b"") if end < 0 else (chunk[:end], chunk[end + 1:])
                if not skipping:
                    line += piece
                    prefix = wire.line_prefix(self._request_id)
                    if not prefix.startswith(bytes(line[:len(prefix)])):
                        skipping, line = True, bytearray()
                    elif len(line) > cap:
                        self._replies.put(Death("protocol", f"una respuesta de más de {cap} bytes"))
                        self.kill()
                        return
                if end >= 0:
                    if not skipping and line:
                        self._deliver(bytes(line))
                    line, skipping = bytearray(), False
        self._replies.put(Death("crash", "the worker closed its pipe"))

    def _deliver(self, line: bytes) -> None:
        try:
            self._replies.put(wire.loads(line))
        except wire.WireError as exc:
            self._replies.put(Death("protocol", str(exc)))

    def _drain_raw_output(self) -> None:
        """Output written straight to file descriptors 1 and 2: counted, and fatal past the limit."""
        assert self.process.stdout is not None
        limit = self.limits.output_limit_kb * 1024
        for chunk in iter(lambda: self.process.stdout.read1(65536), b""):  # type: ignore[union-attr]
            self._raw_bytes += len(chunk)
            if len(self._raw_head) < 4000:
                self._raw_head += chunk[: 4000 - len(self._raw_head)]
            if self._raw_bytes > limit:
                self._replies.put(Death("output_limit", f"{self._raw_bytes} bytes"))
                self.kill()
                return

    def _send(self, message: dict[str, Any], fds: Sequence[int] = ()) -> None:
        data = (wire.dumps(message) + "\n").encode()
        sent = 0
        if fds:
            sent = self._sock.sendmsg([data[:4096]], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))])
        self._sock.sendall(data[sent:])

    def request(self, message: dict[str, Any], timeout: float, fds: Sequence[int] = (),
                on_helper: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
                interrupt: bool = False) -> dict[str, Any] | Death:
        """Send one request and wait for its reply, at most ``timeout`` seconds in all.

        Each request carries a fresh random id, and only lines that start with it are
        read at all. ``on_helper`` answers the stand-ins' questions asked during the
        request (see ``autograder.trusted``); without it they are refused.
        """
        while not self._replies.empty():
            stale = self._replies.get_nowait()
            if isinstance(stale, Death):
                self.kill()
                return stale
        self._request_id = secrets.token_hex(16)
        message = {**message, "id": self._request_id, "nfds": len(fds)}
        try:
            self._send(message, fds)
        except OSError as exc:
            self.kill()
            return Death("crash", f"cannot write to the worker: {exc}")
        deadline = time.monotonic() + timeout
        interrupted = False
        while True:
            try:
                reply = self._replies.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                if interrupt and not interrupted and self._interrupt():
                    interrupted, deadline = True, time.monotonic() + INTERRUPT_GRACE_S
                    continue
                self.kill()
                return Death("timeout", f"{timeout:g} s")
            if isinstance(reply, Death):
                self.kill()
                return reply
            if reply.get("id") != self._request_id:
                continue
            if reply.get("op") == "flood":
                self.kill()
                return Death("output_limit", "print")
            if reply.get("op") == "helper":
                answer = on_helper(reply) if on_helper else {"status": "error", "message": "no disponible"}
                try:
                    self._send({**answer, "op": "helper_reply", "id": self._request_id})
                except OSError as exc:
                    self.kill()
                    return Death("crash", f"cannot write to the worker: {exc}")
                continue
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
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            return Death("timeout", "start")
        if isinstance(reply, Death) or reply.get("op") != "ready" or reply.get("id") != "ready":
            self.kill()
            return reply if isinstance(reply, Death) else Death("protocol", "no ready message")
        return reply

    @property
    def raw_output(self) -> str:
        return self._raw_head.decode("utf-8", "replace")

    def kill(self) -> None:
        """SIGKILL the whole process group; with bubblewrap the PID namespace dies with it."""
        if self.process.poll() is None:
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
        parts += sorted(g.controller for g in self.groups)
        if self.cpu_pinned:
            parts.append("cpu-pinned")
        return "+".join(parts)

    def close(self) -> None:
        self.kill()
        for group in self.groups:
            group.remove()
        self._sock.close()
        self._replies_sock.close()
        self._launch.close()
        if self._scratch is not None:
            self._scratch.cleanup()

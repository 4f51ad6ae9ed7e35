"""Start and stop the process that runs student code, and talk to it with deadlines.

Linux: bubblewrap gives the worker no network, a read-only view of only the
interpreter and its libraries, a private tmpfs as its home, and its own PID
namespace, so killing bubblewrap kills everything the student started. Without
bubblewrap the worker still runs in its own process (limits, deadlines), and
``Sandbox.confined`` says so loudly.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import queue
import resource
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from autograder import wire
from autograder.cgroups import Group, make_groups
from autograder.config import Limits

HERE = Path(__file__).resolve().parent
WORKER_FILES = ("worker.py", "wire.py")
HIDDEN_PACKAGES = ("reference", "autograder", "tests")
HOME = "/home/alumno"
MAX_LINE = 256 * 1024 * 1024
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
    """Path of a working ``bwrap``, or None (absent, or forbidden by the kernel)."""
    path = shutil.which("bwrap")
    if path is None:
        return None
    probe = subprocess.run([path, "--unshare-all", "--ro-bind", "/", "/", "true"],
                           capture_output=True, timeout=30)
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


def bwrap_command(bwrap: str, python: str, limits: Limits) -> list[str]:
    """The bubblewrap command line: read-only interpreter, tmpfs home, nothing of the course."""
    prefixes = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    cmd = [bwrap, "--unshare-all", "--die-with-parent", "--new-session",
           "--proc", "/proc", "--dev", "/dev", "--clearenv"]
    scratch = str(limits.memory_limit_mb // 8 * 1024 * 1024)
    # The writable tmpfs go first: a later bind (a venv under /tmp, say) is then mounted on top.
    cmd += ["--size", scratch, "--tmpfs", "/tmp", "--size", scratch, "--tmpfs", HOME]
    for system_dir in ("/usr", "/bin", "/lib", "/lib64", "/sbin", "/etc/ld.so.cache",
                       "/etc/alternatives", "/etc/fonts", "/etc/localtime"):
        if os.path.lexists(system_dir):
            cmd += ["--ro-bind", system_dir, system_dir]
    for prefix in sorted(prefixes):
        cmd += ["--ro-bind", str(prefix), str(prefix)]
    for hidden in _hidden_dirs():
        if any(Path(hidden).is_relative_to(p) for p in prefixes):
            cmd += ["--tmpfs", hidden, "--remount-ro", hidden]
    for name in WORKER_FILES:
        cmd += ["--ro-bind", str(HERE / name), f"/grader/{name}"]
    env = {"HOME": HOME, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MPLBACKEND": "Agg",
           "MPLCONFIGDIR": "/tmp/matplotlib", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONDONTWRITEBYTECODE": "1"}
    for key, value in env.items():
        cmd += ["--setenv", key, value]
    return cmd + ["--chdir", HOME, python, "-E", "-s", "/grader/worker.py"]


def _limit_resources(memory_mb: int, groups: list[Group]) -> None:
    """Runs in the child before exec: memory, core dumps and file sizes are capped."""
    os.setsid()
    for group in groups:
        group.attach()
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024 * 1024, 64 * 1024 * 1024))


class Sandbox:
    """One worker process. Requests get replies or a ``Death``; after a death, start a new one."""

    def __init__(self, limits: Limits, bwrap: str | None) -> None:
        self.limits = limits
        self.confined = bwrap is not None
        self.groups = make_groups(limits.max_processes, limits.memory_limit_mb * 1024 * 1024)
        to_child, self._to_child = os.pipe()
        self._from_child, from_child = os.pipe()
        self._scratch = None if bwrap else tempfile.TemporaryDirectory(prefix="alumno-")
        python = sys.executable
        if bwrap:
            cmd, cwd, env = bwrap_command(bwrap, python, limits), None, None
        else:
            cmd = [python, "-E", "-s", str(HERE / "worker.py")]
            cwd = self._scratch.name if self._scratch else None
            env = {"PATH": "/usr/bin:/bin", "HOME": cwd or "", "MPLBACKEND": "Agg", "OMP_NUM_THREADS": "1",
                   "MPLCONFIGDIR": os.path.join(cwd or "", ".mpl"), "LANG": "C.UTF-8"}
        self.process = subprocess.Popen(
            [*cmd, str(to_child), str(from_child), str(limits.output_limit_kb * 1024)], pass_fds=(to_child, from_child), cwd=cwd, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            preexec_fn=lambda: _limit_resources(limits.memory_limit_mb, self.groups))
        os.close(to_child)
        os.close(from_child)
        self._replies: queue.Queue[dict[str, Any] | Death] = queue.Queue()
        self._raw_bytes = 0
        self._raw_head = bytearray()
        self._request_id = ""
        threading.Thread(target=self._read_replies, daemon=True).start()
        threading.Thread(target=self._drain_raw_output, daemon=True).start()

    def _read_replies(self) -> None:
        with os.fdopen(self._from_child, "rb") as pipe:
            for line in iter(lambda: pipe.readline(MAX_LINE), b""):
                try:
                    self._replies.put(wire.loads(line))
                except wire.WireError as exc:
                    self._replies.put(Death("protocol", str(exc)))
                    return
        self._replies.put(Death("crash", "the worker closed its pipe"))

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

    def request(self, message: dict[str, Any], timeout: float) -> dict[str, Any] | Death:
        """Send one command and wait for its reply, at most ``timeout`` seconds.

        Each request carries a fresh random id and anything queued before it is dropped,
        so a message written ahead of time by student code can never pass for a reply.
        """
        while not self._replies.empty():
            stale = self._replies.get_nowait()
            if isinstance(stale, Death):
                self.kill()
                return stale
        self._request_id = secrets.token_hex(16)
        message = {**message, "id": self._request_id}
        try:
            os.write(self._to_child, (wire.dumps(message) + "\n").encode())
        except OSError as exc:
            return Death("crash", f"cannot write to the worker: {exc}")
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = self._replies.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.kill()
                return Death("timeout", f"{timeout:g} s")
            if isinstance(reply, Death):
                self.kill()
                return reply
            if reply.get("op") == "flood":
                self.kill()
                return Death("output_limit", "print")
            if reply.get("id") == self._request_id:
                return reply

    def wait_ready(self, timeout: float) -> dict[str, Any] | Death:
        """The worker says ``ready`` once torch and IPython are imported."""
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            return Death("timeout", "start")
        if isinstance(reply, Death) or reply.get("op") != "ready":
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
        """What confines this sandbox, for the result file: e.g. ``bubblewrap+pids+memory``."""
        return "+".join(["bubblewrap" if self.confined else "none (UNCONFINED)",
                         *sorted(g.controller for g in self.groups)])

    def close(self) -> None:
        self.kill()
        for group in self.groups:
            group.remove()
        try:
            os.close(self._to_child)
        except OSError:
            pass
        if self._scratch is not None:
            self._scratch.cleanup()

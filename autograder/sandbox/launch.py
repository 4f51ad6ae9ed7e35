"""How one sandbox is started: the bubblewrap command line and the child's last steps before exec.

bubblewrap gives the worker its own user namespace with one unprivileged user (an
unprivileged host uid too: see ``autograder.sandbox.privileges``), no capabilities,
``no_new_privs`` and a seccomp filter (``autograder.sandbox.seccomp``), no network, a
read-only view of only the interpreter and its libraries, read-only
``/proc/sys``, size-capped tmpfs as home and /tmp, and its own PID namespace, so
killing bubblewrap kills everything the student started. Before exec, the child
joins its cgroups (``autograder.sandbox.cgroups``), takes its rlimits, is pinned to one
core where no CPU cgroup exists, and, as root, gives root up.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

from autograder.sandbox import privileges, seccomp
from autograder.sandbox.cgroups import Group
from autograder.config import Limits

HERE = Path(__file__).resolve().parent
WORKER_FILES = ("worker.py", "wire.py", "calls.py", "link.py", "figures.py", "probes.py", "lazy_dynamo.py", "shortcuts.py", "zygote.py", "isolate.py",
                "seccomp.py")
"""The only files of ours the sandbox sees: the worker, the zygote that forks it, and the plain-data codec."""
HIDDEN_PACKAGES = ("reference", "autograder", "tests")
HOME = "/home/alumno"
DEV_SHM_BYTES = 64 * 1024 * 1024
"""/dev/shm is the only writable place under /dev, and this small: bubblewrap's /dev is an uncapped tmpfs."""
SYSTEM_DIRS = ("/usr", "/bin", "/lib", "/lib64", "/sbin", "/etc/ld.so.cache", "/etc/alternatives",
               "/etc/fonts", "/etc/localtime")


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


def bwrap_command(bwrap: str, program: list[str], limits: Limits, seccomp_fd: int | None,
                  source: Callable[[str], str] = str) -> list[str]:
    """The bubblewrap command line.

    Its own user namespace with one unprivileged user and no capabilities (and no
    further user namespaces), ``no_new_privs`` and the seccomp filter read from
    ``seccomp_fd``, no network, a read-only view of the interpreter and the system
    folders, read-only ``/proc/sys``, size-capped tmpfs home and /tmp, nothing of the
    course. ``source`` maps a bind source to where this process can read it (staging).

    Without ``seccomp_fd`` this is the zygote's sandbox (``zygote.py``), which runs no
    student code: nested user namespaces and a plain ``/proc`` stay possible there, because
    each of its forks builds its own box with them, then loads the filter itself
    (``isolate.confine``).
    """
    uid = str(privileges.SANDBOX_UID)
    nested = seccomp_fd is None
    cmd = [bwrap, "--unshare-all", "--unshare-user", "--uid", uid, "--gid", uid,
           *(() if nested else ("--disable-userns",)),
           "--cap-drop", "ALL", "--die-with-parent", "--new-session", "--hostname", "sandbox",
           "--proc", "/proc", "--dev", "/dev", "--clearenv"]
    scratch = str(limits.memory_limit_mb // 8 * 1024 * 1024)
    # The writable tmpfs go first: a later bind (a venv under /tmp, say) is then mounted on top.
    cmd += ["--size", scratch, "--tmpfs", "/tmp", "--size", scratch, "--tmpfs", HOME]
    cmd += ["--size", str(DEV_SHM_BYTES), "--tmpfs", "/dev/shm", "--remount-ro", "/dev"]  # /dev is a tmpfs too
    if not nested:
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
    cmd += ["--remount-ro", "/"]
    if not nested:
        cmd += ["--seccomp", str(seccomp_fd)]
    return cmd + ["--chdir", HOME, *program]


class Launch:
    """Everything needed to exec one sandbox: argv, descriptors to pass, and the child's set-up."""

    def __init__(self, bwrap: str | None, program: list[str], limits: Limits, groups: list[Group],
                 cpu: int | None = None, zygote: bool = False) -> None:
        self.limits, self.groups, self.cpu, self.zygote = limits, groups, cpu, zygote
        self.staging: privileges.Staging | None = None
        self.seccomp_fd: int | None = None
        self.drop_root = False
        if bwrap is None:
            self.argv, self.pass_fds = program, ()
            # Unconfined, a root grader still gives root up before exec, wherever nobody can run the worker.
            self.drop_root = privileges.is_root() and privileges.nobody_can_run(
                program[0], next((a for a in program if a.endswith(".py")), program[0]))
            return
        self.seccomp_fd = None if zygote else seccomp.program_fd()
        source: Callable[[str], str] = str
        if privileges.is_root():
            self.staging = privileges.Staging([host for host, _ in bind_sources()])
            source = self.staging.path
            self.drop_root = True
        self.argv = bwrap_command(bwrap, program, limits, self.seccomp_fd, source)
        self.pass_fds = () if self.seccomp_fd is None else (self.seccomp_fd,)

    def in_child(self) -> None:
        """Runs in the child before exec: limits, cgroups, CPU pinning, then (as root) giving root up."""
        os.setsid()
        for group in self.groups:
            group.attach()
        if self.cpu is not None:
            os.sched_setaffinity(0, {self.cpu})
        memory = self.limits.memory_limit_mb * 1024 * 1024
        if not self.zygote:  # a zygote's forks each take their own (``isolate.confine``)
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024 * 1024, 64 * 1024 * 1024))
        if self.staging is not None:
            self.staging.mount_all()
        if self.drop_root:
            privileges.drop_to_host_user()

    def close(self) -> None:
        if self.seccomp_fd is not None:
            os.close(self.seccomp_fd)
            self.seccomp_fd = None
        if self.staging is not None:
            self.staging.remove()
            self.staging = None

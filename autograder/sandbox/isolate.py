"""One submission's own box inside the zygote's sandbox, built by a fork before any student code runs.

The zygote (``zygote.py``) already runs in bubblewrap as an unprivileged user, with
no network, a read-only view of the interpreter and nothing of the course. Its
forks share that view, so each fork builds, for itself alone:

- a user namespace (its only user is the zygote's: uid 1000), in which it holds
  capabilities just long enough to build the rest;
- its own mount namespace: fresh size-capped tmpfs on ``/tmp``, the home folder and
  ``/dev/shm``, and a ``/proc`` that shows only its own processes, ``/proc/sys`` read-only;
- its own PID, network, IPC and UTS namespaces: no other student's processes,
  abstract sockets or shared memory are visible, let alone reachable;
- rlimits, ``no_new_privs``, every capability dropped (bounding and ambient sets
  included), then the seccomp filter (``seccomp.py``), which also refuses any
  further namespace.

The process that enters the new PID namespace is the worker itself, its pid 1
(:func:`confine` returns in it). When it ends, the kernel kills everything left in
the namespace. As any init, it receives from inside its box only the signals it
has a handler for (Python's SIGINT handler alone, and no cell can install one), and
the kernel's own (a fault, the memory killer); from outside, the grader's SIGKILL.
A process of the box that leaves orphans leaves them to the worker, as zombies
until the box ends, or until one of the grader's own forks finds the box's process
cap full and reaps them first (``link.fork_making_room``).
A separate init would cost every submission one more fork of the whole interpreter
and its exit. This file, like ``worker.py``, imports only the standard library and
what the sandbox sees.
"""

from __future__ import annotations

import ctypes
import os
import re
import resource
from dataclasses import dataclass

try:  # in the sandbox this file sits next to seccomp.py; the package is out of sight
    import seccomp  # type: ignore[import-not-found]
except ImportError:  # imported from the package (tests, the zygote started unconfined)
    from autograder.sandbox import seccomp  # type: ignore[no-redef]

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
PR_SET_NO_NEW_PRIVS, PR_CAPBSET_DROP, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 38, 24, 47, 4
SYS_CAPSET = 126  # x86_64; other architectures use libc's capset
LAST_CAP = 63


class ConfineError(OSError):
    """A step of building the box failed: the fork exits before any student code runs."""


@dataclass(frozen=True)
class Box:
    """What one fork's box looks like: its user, home, and the caps on memory, scratch and files."""

    uid: int = 1000
    home: str = "/home/alumno"
    memory_bytes: int = 3072 * 1024 * 1024
    scratch_bytes: int = 384 * 1024 * 1024
    shm_bytes: int = 64 * 1024 * 1024
    file_bytes: int = 64 * 1024 * 1024


_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        error = ctypes.get_errno()
        raise ConfineError(error, f"{what}: {os.strerror(error)}")


def _mount(source: str, target: str, kind: str | None, flags: int, data: str = "") -> None:
    _check(_libc.mount(source.encode(), target.encode(), kind.encode() if kind else None, flags,
                       data.encode() if data else None), f"mount {target}")


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="ascii") as handle:
        handle.write(text)


def _own_user(uid: int) -> None:
    """The new user namespace maps the zygote's user onto itself, and nothing else."""
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"{uid} {uid} 1\n")
    _write("/proc/self/gid_map", f"{uid} {uid} 1\n")


STAGE = "/tmp/.box"
"""Where a fork prepares its new /tmp: a folder of the zygote's /tmp (``zygote.py`` makes it)."""


def _unescape(path: str) -> str:
    """A mount point as /proc/self/mountinfo writes it (spaces and the like as octal escapes)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), path)


def mounts_under(folder: str) -> list[str]:
    """The outermost mount points strictly inside ``folder`` (a virtual environment under /tmp, say)."""
    with open("/proc/self/mountinfo", encoding="utf-8") as handle:
        points = sorted({_unescape(line.split()[4]) for line in handle})
    inside = [p for p in points if p.startswith(folder.rstrip("/") + "/") and not p.startswith(STAGE)]
    return [p for p in inside if not any(p.startswith(q + "/") for q in inside if q != p)]


def _fresh_tmp(box: Box) -> None:
    """A new, empty /tmp of the box's own, in which what the sandbox binds under /tmp (the interpreter
    of a clone in /tmp) stays visible, read-only as it was."""
    keep = mounts_under("/tmp")
    options = f"size={box.scratch_bytes},mode=1777"
    if not keep:
        _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, options)
        return
    _mount("tmpfs", STAGE, "tmpfs", MS_NOSUID | MS_NODEV, options)
    for path in keep:
        target = STAGE + path.removeprefix("/tmp")
        if os.path.isdir(path):
            os.makedirs(target, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            open(target, "a", encoding="utf-8").close()
        _mount(path, target, None, MS_BIND | MS_REC)  # a bind keeps the read-only flag of its source
    _mount(STAGE, "/tmp", None, MS_BIND | MS_REC)


def _own_mounts(box: Box) -> None:
    """Private mounts: fresh scratch, a /proc of this PID namespace only, /proc/sys read-only."""
    _mount("none", "/", None, MS_REC | MS_PRIVATE)
    _fresh_tmp(box)
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    _mount("/proc/sys", "/proc/sys", None, MS_BIND | MS_REC)
    _mount("none", "/proc/sys", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)
    for target, size in ((box.home, box.scratch_bytes), ("/dev/shm", box.shm_bytes)):
        _mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV, f"size={size},mode=1777")
    os.chmod(box.home, 0o755)
    os.chdir(box.home)


def _address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _limits(box: Box) -> None:
    """The box's rlimits; a memory cap below what the prepared interpreter already maps is refused
    (the grader's misconfiguration: the student's first cell would fail for no fault of theirs)."""
    if box.memory_bytes <= _address_space():
        raise ConfineError(12, "memory limit below the interpreter's own address space")
    resource.setrlimit(resource.RLIMIT_AS, (box.memory_bytes, box.memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (box.file_bytes, box.file_bytes))


def drop_capabilities() -> None:
    """No capability left in any set: bounding, ambient, effective, permitted, inheritable."""
    for cap in range(LAST_CAP + 1):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() != 22:  # EINVAL: no such cap
            _check(-1, f"drop capability {cap}")
    _check(_libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0), "clear ambient capabilities")
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
    data = (ctypes.c_uint32 * 6)()
    _check(_libc.syscall(SYS_CAPSET, header, data), "capset")


def capabilities() -> int:
    """The effective capability mask, from /proc/self/status (0 once dropped)."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("CapEff:"):
                return int(line.split()[1], 16)
    return -1


def confine(box: Box, rules: object) -> None:
    """Enter a box of one's own; returns in the worker (pid 1 of its namespace), confined.

    Must be called in a single-threaded fork. ``rules`` is a ``pyseccomp.SyscallFilter``
    built before the fork (``seccomp.build_filter()``). Any failure raises before the
    box is entered or exits the fork: no student code ever runs half-confined.
    """
    _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS),
           "unshare")
    _own_user(box.uid)
    if os.fork() != 0:  # the first child in a new PID namespace is its pid 1: the worker
        os._exit(0)  # the zygote reaps this one; the worker is adopted above, the box lives on
    try:
        _mount_and_lock(box, rules)
    except BaseException:  # noqa: BLE001 - never run anything in a half-built box
        os._exit(70)


def _mount_and_lock(box: Box, rules: object) -> None:
    _own_mounts(box)
    _libc.sethostname(b"sandbox", 7)
    _limits(box)
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    drop_capabilities()
    if capabilities() != 0:
        raise ConfineError(1, "capabilities remain")
    rules.load()  # type: ignore[attr-defined]

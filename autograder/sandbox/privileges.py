"""Give up root before bubblewrap starts, so no student ever runs as (a mapping of) host root.

bubblewrap started by root keeps uid 0 and every capability, and with
``--unshare-user`` it maps the sandbox's user onto host root: sysctls and every
root-owned file stay writable. So when the grader is root, the child that will
exec bubblewrap first becomes an unprivileged host user (``nobody``), and only
then runs bubblewrap, which builds a user namespace whose single user maps onto
that unprivileged uid. Inside: uid 1000, no capabilities, ``no_new_privs`` and
the seccomp filter (see ``autograder.sandbox.seccomp``).

An unprivileged user may not be able to read what the sandbox must see (here
the interpreter lives under ``/root``, mode 0700). The child therefore first
enters a private mount namespace, as root, and bind-mounts each source onto a
world-readable staging folder; bubblewrap binds from there. Those mounts exist
only in that child's namespace and vanish with it: the host never sees them.

When the grader is not root, nothing here is needed: bubblewrap maps the
sandbox's user onto the grader's own unprivileged uid.

Without bubblewrap (a container that forbids user namespaces, as some of Gradescope's
may), a root grader still gives root up before exec: the worker runs as ``nobody``
wherever ``nobody`` can run its interpreter and imports (``nobody_can_run``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import shutil
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SANDBOX_UID = 1000
"""The uid (and gid) student code has inside its user namespace."""
HOST_UID = 65534
"""The host uid the sandbox maps onto when the grader is root (``nobody``)."""

_CLONE_NEWNS = 0x00020000
_MS_BIND, _MS_REC, _MS_PRIVATE = 4096, 16384, 1 << 18


def is_root() -> bool:
    return os.geteuid() == 0


@dataclass
class Staging:
    """World-readable stand-ins for the bind sources, filled in the child's own mount namespace."""

    sources: list[str]
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="aprendizaje-stage-",
                                                                      dir=staging_parent())))

    def __post_init__(self) -> None:
        self.root.chmod(0o755)
        for index, source in enumerate(self.sources):
            target = self.root / str(index)
            if os.path.isdir(source):
                target.mkdir()
            else:
                target.touch()

    def path(self, source: str) -> str:
        """Where bubblewrap finds ``source`` once :meth:`mount_all` has run in the child."""
        return str(self.root / str(self.sources.index(source)))

    def mount_all(self) -> None:
        """In the child, as root: a private mount namespace, then one bind per source."""
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.unshare(_CLONE_NEWNS) != 0:
            raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNS)")
        if libc.mount(b"none", b"/", None, _MS_REC | _MS_PRIVATE, None) != 0:
            raise OSError(ctypes.get_errno(), "mount --make-rprivate /")
        for index, source in enumerate(self.sources):
            target = str(self.root / str(index)).encode()
            if libc.mount(source.encode(), target, None, _MS_BIND | _MS_REC, None) != 0:
                raise OSError(ctypes.get_errno(), f"bind {source}")

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def staging_parent() -> str:
    """Where staging folders go: the temporary folder, unless ``nobody`` cannot pass through it
    (a private ``TMPDIR``, such as pytest's), which would leave bubblewrap nothing to bind; then /tmp."""
    base = Path(tempfile.gettempdir()).resolve()
    try:
        if all(folder.stat().st_mode & stat.S_IXOTH for folder in (base, *base.parents)):
            return str(base)
    except OSError:
        pass
    return "/tmp"


def sweep_stale(older_than_s: float = 600.0) -> int:
    """Remove staging folders left behind by a grader that was killed (their mounts died with it)."""
    removed = 0
    now = time.time()
    folders = dict.fromkeys([Path(tempfile.gettempdir()), Path(staging_parent())])
    for path in (p for folder in folders for p in folder.glob("aprendizaje-stage-*")):
        try:
            if now - path.stat().st_mtime >= older_than_s:
                shutil.rmtree(path)
                removed += 1
        except OSError:
            continue
    return removed


def drop_to_host_user() -> None:
    """In the child, last step as root: no supplementary groups, then gid and uid ``HOST_UID``."""
    os.setgroups([])
    os.setresgid(HOST_UID, HOST_UID, HOST_UID)
    os.setresuid(HOST_UID, HOST_UID, HOST_UID)


@functools.cache
def nobody_can_run(python: str, script: str) -> bool:
    """Whether ``nobody`` can start ``python`` and find what a worker imports, and read ``script``.

    Asked once per interpreter, by trying (about 50 ms): permission bits alone miss ACLs,
    mounts and a parent folder that is not searchable.
    """
    probe = ("import importlib.util as u, sys\n"
             "ok = all(u.find_spec(m) for m in ('torch', 'IPython', 'matplotlib'))\n"
             f"open({script!r}, 'rb').read(1)\n"
             "sys.exit(0 if ok else 3)")
    try:
        done = subprocess.run([python, "-E", "-s", "-B", "-c", probe], cwd="/", env={"PATH": "/usr/bin:/bin"},
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              preexec_fn=drop_to_host_user, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0

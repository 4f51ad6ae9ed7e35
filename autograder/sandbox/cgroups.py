"""Per-sandbox cgroups: a cap on processes, total memory and CPU share, where the machine allows it.

``RLIMIT_AS`` bounds each process, not a family of them, and ``RLIMIT_NPROC`` does not
bind root; a fork bomb or many forked hoarders need a cgroup. Where no cgroup can be
created (no permission, no controller), grading goes on with the rlimits alone and the
result says which protections were in force.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
# (controller, file holding the limit in cgroup v1, in cgroup v2)
LIMIT_FILES = {"pids": ("pids.max", "pids.max"), "memory": ("memory.limit_in_bytes", "memory.max"),
               "cpu": ("cpu.cfs_quota_us", "cpu.max")}
CPU_PERIOD_US = 100_000


def _own_paths() -> dict[str, Path]:
    """Where this process sits in each hierarchy, from ``/proc/self/cgroup``."""
    paths: dict[str, Path] = {}
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return paths
    for line in lines:
        _, controllers, path = line.split(":", 2)
        for controller in controllers.split(",") if controllers else ["unified"]:
            paths[controller] = Path(path.lstrip("/"))
    return paths


def _candidates(controller: str) -> list[tuple[Path, str]]:
    """Folders in which a child cgroup with this controller may be made, with the limit file's name.

    Only real cgroups: where the hierarchies are mounted under a tmpfs, a folder made in the
    tmpfs itself would take any file written into it and limit nothing."""
    own = _own_paths()
    v1_file, v2_file = LIMIT_FILES[controller]
    found = []
    if controller in own:
        found.append((CGROUP_ROOT / controller / own[controller], v1_file))
    if "unified" in own:
        for base in (CGROUP_ROOT / "unified", CGROUP_ROOT):
            found.append((base / own["unified"], v2_file))
    return [(base, name) for base, name in found if (base / "cgroup.procs").is_file()]


@dataclass
class Group:
    """One child cgroup holding one sandbox; ``attach`` runs in the child before exec."""

    path: Path
    controller: str = "unknown"

    def attach(self, pid: int | None = None) -> None:
        """Move ``pid`` (by default this process, in the child before exec) into the group."""
        (self.path / "cgroup.procs").write_text(str(os.getpid() if pid is None else pid))

    def remove(self) -> None:
        """Remove the group once its processes are gone (a killed sandbox's memory takes a few
        milliseconds to be released): retried after 1, 2, 4 … ms, about two seconds in all."""
        pause = 0.001
        while True:
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                if pause > 1.0:
                    return
                time.sleep(pause)
                pause *= 2


def make_group(controller: str, limit: int | str) -> Group | None:
    """A fresh cgroup limited to ``limit`` (processes, bytes, or a CPU quota), or None where none can be made."""
    for base, limit_file in _candidates(controller):
        path = base / f"aprendizaje-grader-{uuid.uuid4().hex[:12]}"
        try:
            path.mkdir()
        except OSError:
            continue
        try:
            value = str(limit)
            if controller == "cpu" and limit_file == "cpu.max":
                value = f"{limit} {CPU_PERIOD_US}"
            (path / limit_file).write_text(value)
            if controller == "cpu" and limit_file == "cpu.cfs_quota_us":
                (path / "cpu.cfs_period_us").write_text(str(CPU_PERIOD_US))
            return Group(path, controller)
        except OSError:
            Group(path).remove()
    return None


def make_groups(max_pids: int, memory_bytes: int, cpu_share: float = 1.0) -> list[Group]:
    """The groups this machine allows for one sandbox (possibly none).

    The CPU group caps the sandbox at ``cpu_share`` cores however many threads or
    processes it starts, so a spinning student cannot slow a parallel one down.
    """
    quota = max(1000, int(cpu_share * CPU_PERIOD_US))
    groups = [make_group("pids", max_pids), make_group("memory", memory_bytes), make_group("cpu", quota)]
    return [g for g in groups if g is not None]


def sweep_stale(older_than_s: float = 600.0) -> int:
    """Remove our cgroups left behind by a grader that was killed: empty, and untouched for a while.

    A group still being set up by a concurrent grader is young; one with processes is in use.
    """
    removed = 0
    now = time.time()
    for controller in LIMIT_FILES:
        for base, _ in _candidates(controller):
            for path in base.glob("aprendizaje-grader-*") if base.is_dir() else ():
                try:
                    if now - path.stat().st_mtime < older_than_s or (path / "cgroup.procs").read_text().strip():
                        continue
                    path.rmdir()
                    removed += 1
                except OSError:
                    continue
    return removed

"""What one Gradescope grading needs: ``run_autograder`` from a freshly built zip, in a memory cgroup.

Gradescope's default container has 768 MB of memory and half a vCPU. Each case unpacks
``python -m autograder gradescope-zip`` into a scratch folder laid out like ``/autograder``,
then runs its ``run_autograder`` (with this venv's python) inside a new memory cgroup
(v2 or v1, whichever this machine has; the sandboxes' own cgroups nest inside it), with
and without the zygote, optionally capped at ``--limit-mb`` and half a core. Reported:

- ``peak``: the cgroup's own high-water mark (``memory.peak`` / ``memory.max_usage_in_bytes``):
  every process of the tree, shared pages once, plus the page cache charged to it;
- ``anon``: the largest anonymous memory (``anon`` / ``total_rss`` of ``memory.stat``) sampled
  every 50 ms: what cannot be reclaimed (there is no swap);
- ``rss sum``: the largest sum of the tree's RSS (an upper bound: shared pages once per process);
- ``file``: the largest file-backed RSS of one process of the tree (the libraries: torch, numpy…).
  Here they are cached already and charged elsewhere; in a fresh container they are charged to
  it, so ``anon + file`` estimates what a cold Gradescope container holds at the peak;
- ``oom``: v2, processes killed for memory in the cgroup; v1, times the usage hit the cap (0: it
  never came near).

Usage: ``.venv/bin/python benchmarks/gradescope_memory.py [--limit-mb 768] [--cpu 0.5]``.
Needs a writable memory cgroup (run it as root, or with a delegated cgroup).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from autograder.sandbox import cgroups  # noqa: E402
from benchmarks.measure import TreeSampler  # noqa: E402
from tests.corpus.build import build_notebook, load_snippets  # noqa: E402

MIB = 1024 * 1024


def _stat(group: Path, keys: tuple[str, ...]) -> int:
    try:
        lines = (group / "memory.stat").read_text().splitlines()
    except OSError:
        return 0
    table = dict(line.split() for line in lines if line.count(" ") == 1)
    return sum(int(table.get(k, 0)) for k in keys)


def _read_int(path: Path) -> int:
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def _read_pids(group: Path) -> list[int]:
    """Every process in ``group`` and the groups nested in it (the sandboxes')."""
    pids = []
    for procs in group.rglob("cgroup.procs"):
        try:
            pids += [int(line) for line in procs.read_text().split()]
        except (OSError, ValueError):
            continue
    return pids


def _file_rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("RssFile:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _cap_hits(group: Path) -> int:
    """v2: processes killed for memory in the group or below (``memory.events``); v1: times usage hit the
    cap (``memory.failcnt``: v1 counts a kill in the victim's own group, which is gone by now)."""
    try:
        if (group / "memory.events").exists():
            events = dict(line.split() for line in (group / "memory.events").read_text().splitlines())
            return int(events.get("oom_kill", 0))
        return _read_int(group / "memory.failcnt")
    except (OSError, ValueError):
        return -1


def measure(source: Path, scratch: Path, notebook: Path, zygote: bool, limit_mb: int | None,
            cpu: float | None) -> dict[str, object]:
    """One ``run_autograder`` in a fresh cgroup; its score and its memory figures."""
    for name in ("submission", "results"):
        shutil.rmtree(scratch / name, ignore_errors=True)
    (scratch / "submission").mkdir(parents=True)
    shutil.copy(notebook, scratch / "submission" / "aprendizaje.ipynb")
    memory = cgroups.make_group("memory", (limit_mb or 64 * 1024) * MIB)
    if memory is None:
        raise SystemExit("cannot create a memory cgroup here (run as root, or delegate one)")
    groups = [memory]
    if cpu is not None:
        quota = cgroups.make_group("cpu", int(cpu * cgroups.CPU_PERIOD_US))
        groups += [quota] if quota else []
    v2 = (memory.path / "memory.peak").exists() or (memory.path / "memory.max").exists()
    anon_keys = ("anon",) if v2 else ("total_rss",)
    peak_file = memory.path / ("memory.peak" if v2 else "memory.max_usage_in_bytes")
    env = {**os.environ, "AUTOGRADER_ROOT": str(scratch), "AUTOGRADER_PYTHON": sys.executable,
           "AUTOGRADER_ZYGOTE": "1" if zygote else "0"}
    anon_peak, file_peak, done = 0, 0, threading.Event()

    def sample() -> None:
        nonlocal anon_peak, file_peak
        while not done.wait(0.05):
            anon_peak = max(anon_peak, _stat(memory.path, anon_keys))
            for pid in _read_pids(memory.path):
                file_peak = max(file_peak, _file_rss(pid))

    sampler = threading.Thread(target=sample, daemon=True)
    started = time.monotonic()
    with TreeSampler(0.1) as tree:
        sampler.start()
        finished = subprocess.run([str(source / "run_autograder")], env=env, capture_output=True, text=True,
                                  preexec_fn=lambda: [g.attach() for g in groups], timeout=900)
        done.set()
        sampler.join()
    wall = time.monotonic() - started
    figures = {"zygote": zygote, "limit_mb": limit_mb, "cpu": cpu, "wall_s": round(wall, 1),
               "peak_mib": round(_read_int(peak_file) / MIB), "anon_mib": round(anon_peak / MIB),
               "rss_sum_mib": round(tree.peak_mib), "file_mib": round(file_peak / MIB),
               "oom": _cap_hits(memory.path), "exit": finished.returncode}
    try:
        result = json.loads((scratch / "results" / "results.json").read_text(encoding="utf-8"))
        figures.update(score=result["score"], status=result.get("extra_data", {}).get("status"))
    except (OSError, ValueError, KeyError):
        figures.update(score=None, status="no results.json")
    for group in groups:
        group.remove()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit-mb", type=int, default=768, help="memory cap of the capped runs (Gradescope: 768)")
    parser.add_argument("--cpu", type=float, default=0.5, help="cores of the capped runs (Gradescope: 0.5)")
    parser.add_argument("--kind", default="correct", choices=("correct", "wrong"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gradescope-memory-") as folder:
        work = Path(folder)
        subprocess.run([sys.executable, "-m", "autograder", "gradescope-zip", "--out", str(work / "autograder.zip")],
                       cwd=ROOT, check=True, capture_output=True)
        source = work / "autograder" / "source"
        source.mkdir(parents=True)
        with zipfile.ZipFile(work / "autograder.zip") as archive:
            archive.extractall(source)
        for script in ("run_autograder", "setup.sh"):
            (source / script).chmod(0o755)
        notebook = work / "student.ipynb"
        nbformat.write(build_notebook(load_snippets(args.kind)[0]), notebook)
        columns = ("zygote", "cap MiB", "cores", "wall s", "peak MiB", "anon MiB", "rss sum", "file", "oom", "score")
        print(" ".join(f"{c:>8}" for c in columns) + "  status")
        for zygote in (True, False):
            for limit, cpu in ((None, None), (args.limit_mb, args.cpu)):
                row = measure(source, work / "autograder", notebook, zygote, limit, cpu)
                cells = ("yes" if zygote else "no", limit or "-", cpu or "-", row["wall_s"], row["peak_mib"],
                         row["anon_mib"], row["rss_sum_mib"], row["file_mib"], row["oom"], row["score"])
                print(" ".join(f"{str(c):>8}" for c in cells) + f"  {row['status']}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

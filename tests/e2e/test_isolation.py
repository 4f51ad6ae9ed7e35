"""Nothing persists between submissions: a clean notebook is graded the same before and after hostile ones.

Three CLI runs, one batch each, all with the same ``--seed``: a clean correct notebook, then
hostile snippets that try to leave traces (files in /tmp and the home folder, a .pth in
site-packages, environment variables, background processes), then the clean notebook again.
Per-test scores and feedback must be identical, the hostile results small, and no process of
theirs alive once the CLI has returned.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from autograder.report import MAX_RESULT_BYTES
from tests.corpus.build import PROJECT_ROOT, SOURCE_NOTEBOOK, Snippet, load_snippets, write_class

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

SEED = 4242
CLI_TIMEOUT_S = 600
CLEAN = "correct__line_model__reordered"
TRACERS = ("hostile__leave_traces", "hostile__pth_site_packages", "hostile__fork_background",
           "hostile__write_outside_cwd")
LINGERING = {"corpus-orphan"}  # what hostile snippets name their background children


def _snippets(names: tuple[str, ...]) -> list[Snippet]:
    every = {s.name: s for kind in ("correct", "hostile") for s in load_snippets(kind)}
    return [every[name] for name in names]


def _lingering() -> list[str]:
    found = []
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() in LINGERING:
                found.append(comm.parent.name)
        except OSError:
            continue
    return found


def _grade(root: Path, snippets: list[Snippet], scratch: Path) -> dict[str, Any]:
    """One CLI batch of ``snippets``; returns the raw bytes and parsed result of each."""
    klass, out = root / "class", root / "out"
    out.mkdir(parents=True)

    def substitutions(snippet: Snippet) -> dict[str, str]:
        own = scratch / snippet.name
        own.mkdir(parents=True, exist_ok=True)
        return {"SCRATCH": str(own), "RESULTS": str(out), "PROJECT": str(PROJECT_ROOT), "PORT": "9"}

    write_class(snippets, klass, substitutions=substitutions)
    done = subprocess.run([sys.executable, "-m", "autograder", "grade", str(klass), "--out", str(out),
                           "--jobs", "2", "--seed", str(SEED)], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=CLI_TIMEOUT_S, check=False)
    assert done.returncode == 0, f"CLI exit {done.returncode}\n{done.stderr[-3000:]}"
    raw = {s.name: (out / f"{s.name}.json").read_bytes() for s in snippets}
    return {"raw": raw, "results": {name: json.loads(data) for name, data in raw.items()},
            "lingering": _lingering()}


def _per_test(result: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(t["name"], t["score"], t["max_score"], t["status"], t["output"]) for t in result["tests"]]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    if not SOURCE_NOTEBOOK.is_file():
        pytest.fail(f"{SOURCE_NOTEBOOK} is missing")
    root = tmp_path_factory.mktemp("isolation")
    scratch = root / "scratch"
    clean = _snippets((CLEAN,))
    steps = {"before": _grade(root / "before", clean, scratch),
             "hostile": _grade(root / "hostile", _snippets(TRACERS), scratch),
             "after": _grade(root / "after", clean, scratch)}
    steps["scratch"] = {"files": sorted(str(p.relative_to(scratch)) for p in scratch.rglob("*") if p.is_file())}
    return steps


def test_clean_notebook_graded_identically_after_hostile_ones(runs: dict[str, dict[str, Any]]) -> None:
    before, after = runs["before"]["results"][CLEAN], runs["after"]["results"][CLEAN]
    assert before["score"] == after["score"]
    differing = [pair for pair in zip(_per_test(before), _per_test(after)) if pair[0] != pair[1]]
    assert _per_test(before) == _per_test(after), f"first differences: {differing[:3]}"
    assert before["extra_data"]["cells"] == after["extra_data"]["cells"]


def test_clean_notebook_gets_full_marks(runs: dict[str, dict[str, Any]]) -> None:
    result = runs["before"]["results"][CLEAN]
    lost = [(t["name"], t["output"][:200]) for t in result["tests"] if t["score"] < t["max_score"]]
    assert lost == [], "the clean notebook is not clean, so the comparison proves little"


def test_hostile_results_are_small_and_complete(runs: dict[str, dict[str, Any]]) -> None:
    for name, data in runs["hostile"]["raw"].items():
        assert len(data) <= MAX_RESULT_BYTES, f"{name}: {len(data)} bytes"
        assert runs["hostile"]["results"][name]["tests"], f"{name}: no test in the result"


def test_no_process_outlives_its_batch(runs: dict[str, dict[str, Any]]) -> None:
    assert runs["hostile"]["lingering"] == [], "processes started by hostile notebooks outlived the CLI"
    assert runs["after"]["lingering"] == []


def test_nothing_landed_in_the_trap_folders(runs: dict[str, dict[str, Any]]) -> None:
    if shutil.which("bwrap") is None and not os.environ.get("CI"):
        pytest.skip("no bubblewrap: the grader runs unconfined here, its writes would land")
    assert runs["scratch"]["files"] == []

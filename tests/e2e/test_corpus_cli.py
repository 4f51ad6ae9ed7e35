"""The whole corpus graded through the real CLI, judged snippet by snippet.

Every snippet of ``tests/corpus/`` becomes a student of one class (nbgrader layout); the
class is graded ONCE per session by ``python -m autograder grade CLASS --out OUT --jobs 2
--config tests/e2e/limits.toml`` (the project's limits with shorter clocks) in a subprocess,
started as soon as collection is over so that it runs while the other tests do, then:

- correct snippets must get full marks on every function;
- wrong (and hostile ``lose``) snippets must lose points on exactly the functions their
  header names and keep full marks on all the others;
- hostile snippets must not harm the batch: no forged or extra result files, results that
  match an independent grading of the victims, nothing written into the trap folders they
  were given, no process left behind, no hidden code in any feedback.

``CORPUS_SELECT=pattern[,pattern]`` (fnmatch on snippet names) grades a subset while debugging.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from reference import GRADED_FUNCTIONS
from tests.corpus.build import PROJECT_ROOT, SOURCE_NOTEBOOK, Snippet, load_all, write_class
from tests.e2e import tally

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]

CLI_TIMEOUT_S = 1800
LIMITS = Path(__file__).resolve().parent / "limits.toml"
"""The project's checks with shorter clocks: hostile sleepers cost seconds, not minutes."""
ORPHAN_NAME = "corpus-orphan"  # what hostile/fork_background names its child (/proc/<pid>/comm)
VICTIMS = ("wrong__AE_loss__no_abs", "correct__line_model__reordered")  # hostile snippets target these
TOLERANCE = 1e-9


def _selected(snippets: list[Snippet]) -> list[Snippet]:
    patterns = [p.strip() for p in os.environ.get("CORPUS_SELECT", "").split(",") if p.strip()]
    if not patterns:
        return snippets
    return [s for s in snippets if any(fnmatch.fnmatch(s.name, p) for p in patterns)]


SNIPPETS = _selected(load_all())
BY_NAME = {s.name: s for s in SNIPPETS}
with (PROJECT_ROOT / "pyproject.toml").open("rb") as _handle:
    POINTS: dict[str, float] = {k: float(v) for k, v in
                                tomllib.load(_handle)["tool"]["autograder"]["points"].items()}


@dataclass
class Batch:
    """One grading of a class through the CLI."""

    root: Path
    klass: Path
    out: Path
    scratch: Path
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float
    notebooks: dict[str, Path]
    notebook_bytes: dict[str, bytes]
    raw: dict[str, bytes] = field(default_factory=dict)
    results: dict[str, Any] = field(default_factory=dict)
    orphans: list[str] = field(default_factory=list)

    def diagnosis(self) -> str:
        return (f"CLI exit status {self.returncode} after {self.seconds:.0f} s\n"
                f"--- stderr (tail) ---\n{self.stderr[-3000:]}\n--- stdout (tail) ---\n{self.stdout[-2000:]}")


def find_orphans() -> list[str]:
    """Processes named like hostile/fork_background's child, still alive."""
    found = []
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == ORPHAN_NAME:
                found.append(comm.parent.name)
        except OSError:
            continue
    return found


def command(klass: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "autograder", "grade", str(klass), "--out", str(out), "--jobs", "2",
            "--config", str(LIMITS)]


def grade(klass: Path, out: Path) -> tuple[int | None, str, str, float]:
    started = time.monotonic()
    try:
        done = subprocess.run(command(klass, out), cwd=PROJECT_ROOT, capture_output=True, text=True,
                              timeout=CLI_TIMEOUT_S, check=False)
        return done.returncode, done.stdout, done.stderr, time.monotonic() - started
    except subprocess.TimeoutExpired as exc:
        out_text = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return None, out_text, f"timed out after {CLI_TIMEOUT_S} s", time.monotonic() - started


def read_results(batch: Batch, names: list[str]) -> None:
    for name in names:
        path = batch.out / f"{name}.json"
        if path.is_file():
            batch.raw[name] = path.read_bytes()
            try:
                batch.results[name] = json.loads(batch.raw[name])
            except ValueError:
                batch.results[name] = None


@dataclass
class Pending:
    """A class being graded by the CLI in the background, and what the checks need afterwards."""

    root: Path
    notebooks: dict[str, Path]
    listener: socket.socket
    process: subprocess.Popen[bytes]
    logs: tuple[Any, Any]
    started: float


def start_batch(root: Path, snippets: list[Snippet]) -> Pending:
    """Write the class and start grading it; :func:`finish_batch` waits for the CLI."""
    klass, out, scratch = root / "class", root / "out", root / "scratch"
    out.mkdir(parents=True)  # exists before grading, so an escaped write would land (and be seen)

    # A listener on this machine's loopback: a sandbox with its own network cannot reach it.
    listener = socket.create_server(("127.0.0.1", 0))

    def substitutions(snippet: Snippet) -> dict[str, str]:
        own = scratch / snippet.name
        own.mkdir(parents=True, exist_ok=True)
        return {"SCRATCH": str(own), "RESULTS": str(out), "PROJECT": str(PROJECT_ROOT),
                "PORT": str(listener.getsockname()[1])}

    paths = write_class(snippets, klass, substitutions=substitutions)
    logs = (tempfile.TemporaryFile(), tempfile.TemporaryFile())
    process = subprocess.Popen(command(klass, out), cwd=PROJECT_ROOT, stdin=subprocess.DEVNULL,
                               stdout=logs[0], stderr=logs[1])
    return Pending(root, {s.name: p for s, p in zip(snippets, paths)}, listener, process, logs, time.monotonic())


def finish_batch(pending: Pending) -> Batch:
    """Wait for the CLI (killing it past ``CLI_TIMEOUT_S``), then read everything the checks look at."""
    try:
        returncode: int | None = pending.process.wait(timeout=max(1.0, CLI_TIMEOUT_S - (time.monotonic() - pending.started)))
    except subprocess.TimeoutExpired:
        pending.process.kill()
        pending.process.wait()
        returncode = None
    seconds = time.monotonic() - pending.started
    pending.listener.close()
    stdout, stderr = (log.seek(0) or log.read().decode(errors="replace") for log in pending.logs)
    for log in pending.logs:
        log.close()
    if returncode is None:
        stderr = f"timed out after {CLI_TIMEOUT_S} s\n{stderr}"
    root = pending.root
    batch = Batch(root, root / "class", root / "out", root / "scratch", returncode, stdout, stderr, seconds,
                  pending.notebooks, {name: p.read_bytes() for name, p in pending.notebooks.items()})
    batch.orphans = find_orphans()
    read_results(batch, list(pending.notebooks))
    return batch


_STARTED: list[Pending] = []


def start_early(root: Path) -> None:
    """Called once collection is over (``tests/e2e/conftest.py``): the class is graded while other tests run."""
    if SOURCE_NOTEBOOK.is_file() and not _STARTED:
        _STARTED.append(start_batch(root, SNIPPETS))


@pytest.fixture(scope="session")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    if not SOURCE_NOTEBOOK.is_file():
        pytest.fail(f"{SOURCE_NOTEBOOK} is missing: the corpus is built on the source notebook")
    pending = _STARTED.pop() if _STARTED else start_batch(tmp_path_factory.mktemp("corpus-e2e"), SNIPPETS)
    return finish_batch(pending)


@pytest.fixture(scope="session")
def victims(batch: Batch, tmp_path_factory: pytest.TempPathFactory) -> Batch:
    """The hostile snippets' targets graded again, alone, from the same notebooks."""
    names = [n for n in VICTIMS if n in batch.notebooks]
    if not names:
        pytest.skip("no victim in the selected corpus")
    root = tmp_path_factory.mktemp("corpus-victims")
    klass, out = root / "class", root / "out"
    for name in names:
        shutil.copytree(batch.notebooks[name].parent.parent, klass / name)
    returncode, stdout, stderr, seconds = grade(klass, out)
    alone = Batch(root, klass, out, root / "scratch", returncode, stdout, stderr, seconds,
                  {n: klass / n / "aprendizaje" / "aprendizaje.ipynb" for n in names}, {})
    read_results(alone, names)
    return alone


# ----------------------------------------------------------------------------- helpers

def by_function(result: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """(score, max_score) of each graded function: the sum over the tests tagged with it."""
    totals = {f: [0.0, 0.0] for f in GRADED_FUNCTIONS}
    for test in result["tests"]:
        (function,) = test["tags"]
        totals[function][0] += float(test["score"])
        totals[function][1] += float(test["max_score"])
    return {f: (s, m) for f, (s, m) in totals.items()}


def check_format(result: Any) -> None:
    """Gradescope's results.json, with exactly one graded function in each test's tags."""
    assert isinstance(result, dict), "the result file is not a JSON object"
    for key in ("score", "execution_time", "output", "extra_data", "tests"):
        assert key in result, f"the result has no {key!r}"
    assert isinstance(result["extra_data"], dict) and isinstance(result["tests"], list)
    for test in result["tests"]:
        for key in ("name", "score", "max_score", "status", "output", "visibility", "tags"):
            assert key in test, f"test {test.get('name')!r} has no {key!r}"
        assert isinstance(test["tags"], list) and len(test["tags"]) == 1 and test["tags"][0] in GRADED_FUNCTIONS, \
            f"test {test['name']!r}: tags must hold exactly one graded function, not {test['tags']}"
        assert 0 <= float(test["score"]) <= float(test["max_score"]) + TOLERANCE
    with_points = {t["tags"][0] for t in result["tests"] if float(t["max_score"]) > 0}
    assert with_points == set(GRADED_FUNCTIONS), f"functions without a test with points: {set(GRADED_FUNCTIONS) - with_points}"
    total = sum(float(t["score"]) for t in result["tests"])
    assert abs(float(result["score"]) - total) < 1e-6, f"score {result['score']} != sum of tests {total}"


def failed_feedback(result: dict[str, Any], functions: set[str]) -> str:
    lines = []
    for test in result.get("tests", []):
        if test["tags"][0] in functions and float(test["score"]) < float(test["max_score"]):
            lines.append(f"  - {test['name']}: {str(test['output'])[:300]}")
    return "\n".join(lines[:8])


def verdict(snippet: Snippet, result: dict[str, Any]) -> list[str]:
    """What is wrong with how ``snippet`` was judged (empty: judged right)."""
    problems = []
    for function, (score, maximum) in by_function(result).items():
        if abs(maximum - POINTS[function]) > TOLERANCE:
            problems.append(f"{function}: max {maximum:g}, pyproject says {POINTS[function]:g}")
        full = score >= maximum - TOLERANCE
        if function in snippet.lose and full:
            problems.append(f"{function}: full marks ({score:g}/{maximum:g}) but the snippet is wrong there")
        if function not in snippet.lose and not full:
            problems.append(f"{function}: {score:g}/{maximum:g} but the snippet is right there\n"
                            + failed_feedback(result, {function}))
    return problems


# ----------------------------------------------------------------------------- the CLI run

def test_cli_exits_cleanly(batch: Batch) -> None:
    assert batch.returncode == 0, batch.diagnosis()


def test_one_result_file_per_submission(batch: Batch) -> None:
    written = {p.stem for p in batch.out.glob("*.json")}
    assert written - set(batch.notebooks) == set(), "result files for nobody (forged?)"
    assert set(batch.notebooks) - written == set(), f"submissions without a result\n{batch.diagnosis()}"


@pytest.mark.parametrize("name", list(BY_NAME))
def test_judged_right(batch: Batch, name: str) -> None:
    snippet = BY_NAME[name]
    right = False
    try:
        assert name in batch.results, f"no {name}.json\n{batch.diagnosis()}"
        result = batch.results[name]
        check_format(result)
        problems = verdict(snippet, result)
        expected = "full marks" if snippet.expect_full else f"lose {', '.join(sorted(snippet.lose))}"
        assert not problems, f"{name} ({expected}; {snippet.why}):\n" + "\n".join(problems)
        right = True
    finally:
        tally.record(snippet.kind, right)


# ----------------------------------------------------------------------------- no harm done

def test_results_match_their_own_notebook(batch: Batch) -> None:
    """Each result names its own notebook's hash (when the grader records one): none was swapped."""
    def values(obj: Any) -> list[str]:
        if isinstance(obj, dict):
            return [v for item in obj.values() for v in values(item)]
        if isinstance(obj, list):
            return [v for item in obj for v in values(item)]
        return [obj] if isinstance(obj, str) else []

    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in batch.notebook_bytes.items()}
    recorded = {name: values(r.get("extra_data", {})) for name, r in batch.results.items() if isinstance(r, dict)}
    if not any(hashes[n] in v for n, v in recorded.items()):
        pytest.skip("the results record no sha256 of the notebook file")
    wrong = [n for n, v in recorded.items() if hashes[n] not in v]
    assert wrong == [], f"results whose notebook hash is not their own: {wrong}"


def test_submissions_left_untouched(batch: Batch) -> None:
    changed = [n for n, p in batch.notebooks.items() if not p.is_file() or p.read_bytes() != batch.notebook_bytes[n]]
    assert changed == [], "grading changed these submissions' notebooks"


def test_victims_graded_alone_get_the_same_results(batch: Batch, victims: Batch) -> None:
    def tests(result: Any) -> list[tuple[Any, ...]]:
        if not isinstance(result, dict):
            return [("no result", repr(result)[:200])]
        return [("score", result.get("score"))] + [(t.get("name"), t.get("score"), t.get("status"))
                                                  for t in result.get("tests", [])]

    assert victims.returncode == 0, victims.diagnosis()
    for name in victims.notebooks:
        in_batch, alone = tests(batch.results.get(name)), tests(victims.results.get(name))
        differing = [pair for pair in zip(in_batch, alone) if pair[0] != pair[1]][:5]
        assert in_batch == alone, (f"{name} graded in the batch differs from {name} graded alone "
                                   f"({len(in_batch)} vs {len(alone)} entries; first differences {differing})")


def test_trap_folders_stay_empty(batch: Batch) -> None:
    """The hostile snippets' writes ({{SCRATCH}}, {{RESULTS}}) never got through the sandbox."""
    if shutil.which("bwrap") is None and not os.environ.get("CI"):
        pytest.skip("no bubblewrap: the grader runs unconfined here, its writes would land")
    landed = sorted(str(p.relative_to(batch.scratch)) for p in batch.scratch.rglob("*") if p.is_file())
    assert landed == [], "files written by hostile notebooks outside their sandbox"
    assert sorted(p.name for p in batch.root.iterdir()) == ["class", "out", "scratch"]


def test_no_process_left_behind(batch: Batch) -> None:
    assert batch.orphans == [], f"processes started by a notebook outlived the grader: {batch.orphans}"


def _hidden_lines() -> set[str]:
    """Distinctive lines of the reference and the hidden suites that no snippet or source cell contains."""
    files = sorted((PROJECT_ROOT / "reference").glob("*.py")) + sorted((PROJECT_ROOT / "autograder" / "suites").rglob("*.py"))
    public = "\n".join(c.code for s in load_all() for c in s.chunks)
    if SOURCE_NOTEBOOK.is_file():
        public += SOURCE_NOTEBOOK.read_text(encoding="utf-8")
    lines = set()
    for path in files:
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if len(line) >= 40 and not re.match(r"(#|[frbFRB]*[\"']|def |class |@|import |from |return [\w.]+\(\w+\)$)", line) \
                    and line not in public:
                lines.add(line)
    return lines


def test_no_hidden_code_in_any_feedback(batch: Batch) -> None:
    hidden = _hidden_lines()
    leaks = {}
    for name, data in batch.raw.items():
        text = json.dumps(json.loads(data), ensure_ascii=False) if batch.results.get(name) is not None else data.decode(errors="replace")
        found = [line for line in hidden if line in text or json.dumps(line, ensure_ascii=False)[1:-1] in text]
        if found:
            leaks[name] = found[:3]
    assert leaks == {}, "hidden test or reference code in the results"


def test_results_unchanged_at_the_end(batch: Batch) -> None:
    """Last: nothing (an orphan, a late writer) touched the results after the CLI returned."""
    later = {p.stem: p.read_bytes() for p in batch.out.glob("*.json")}
    changed = sorted(n for n in set(later) | set(batch.raw) if later.get(n) != batch.raw.get(n))
    assert changed == [], f"results changed after the CLI exited: {changed}"
    assert find_orphans() == []

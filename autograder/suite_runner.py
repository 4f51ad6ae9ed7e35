"""Run the hidden suites in this process against one submission and collect a verdict per test.

pytest collects ``autograder/suites/test_<function>.py`` once per process (with a
plugin that declares the marker and records the items); each submission then runs
every collected test function with its two arguments, ``student`` and ``seed``,
in collection order. pytest's own run protocol would cost a tenth of a second per
submission for nothing we use; ``echo=True`` still runs the suites through it, with
its report. The collection ignores the caller's working directory, the
repository's pytest settings and ``PYTEST_ADDOPTS``. A failed check
(``AssertionError``, :class:`autograder.checks.Mismatch`) costs the test's
points; any other exception is a grader bug: 0 points, "Error interno del
corrector" and ``internal_error=True``.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

import pytest
import torch

from autograder import config, trusted
from autograder.intake import lesson
from autograder.judge.checks import Mismatch, take_form_notes
from autograder.proxy import Student
from reference import GRADED_FUNCTIONS

INTERNAL_ERROR = "Error interno del corrector"
MARKER = ("graded(function, points, spec): a hidden-suite check worth `points` of graded `function`, "
          "enforcing `spec`, a clause quoted from the released notebook (or a tuple of clauses)")
FORM_ONLY = ("El valor es correcto, pero el resultado no es como pide la documentación (tipo, forma o "
             "dispositivo); solo se pierde la parte de los puntos que corresponde a ese aspecto.")
_LOCK = threading.Lock()  # pytest keeps global state: one run at a time
_BLOCKED = ("cacheprovider", "faulthandler", "logging", "warnings", "pastebin", "junitxml",
            "doctest", "stepwise", "timeout", "hypothesispytest", "randomly", "xdist",
            "unraisableexception", "threadexception")  # these two run gc.collect(): 0.5 s a run


@dataclass(frozen=True)
class TestResult:
    """The verdict of one hidden test, ready to become one entry of the results file."""

    __test__ = False  # not a pytest test class

    name: str
    function: str
    points: float
    max_points: float
    passed: bool
    feedback: str
    nodeid: str = ""
    internal_error: bool = False
    detail: str = ""
    """For the grader's log only (never shown to students): what went wrong internally."""
    duration_s: float = 0.0


def suite_path(function: str) -> str:
    """The suite file of one graded function."""
    return str(config.SUITES_DIR / f"test_{function}.py")


def marker_problem(item: pytest.Item, functions: Sequence[str] = GRADED_FUNCTIONS) -> str:
    """Why a collected test is not a well-formed graded check (``''`` when it is)."""
    marks = list(item.iter_markers("graded"))
    if len(marks) != 1:
        return f"{item.nodeid}: {len(marks)} graded markers (exactly one needed)"
    kwargs = marks[0].kwargs
    function, points = kwargs.get("function"), kwargs.get("points")
    if function not in functions or item.path.name != f"test_{function}.py":
        return f"{item.nodeid}: graded function {function!r} is unknown or not this file's"
    if type(points) is not int or points <= 0:
        return f"{item.nodeid}: points must be a positive int, not {points!r}"
    if not spec_clauses(item):
        return f"{item.nodeid}: spec must quote the notebook clause(s) it enforces"
    return ""


def spec_clauses(item: pytest.Item) -> tuple[str, ...]:
    """The notebook clauses a hidden test cites (``spec=`` of its marker), or ``()`` if malformed."""
    mark = item.get_closest_marker("graded")
    spec = mark.kwargs.get("spec") if mark else None
    clauses = (spec,) if type(spec) is str else spec
    if type(clauses) is not tuple or not clauses or not all(type(c) is str and c.strip() for c in clauses):
        return ()
    return clauses


def _test_name(item: pytest.Item) -> str:
    function = getattr(item, "function", None)
    doc = (function.__doc__ or "").strip() if function is not None else ""
    return doc.splitlines()[0].strip() if doc else item.name


class _Recorder:
    """Pytest plugin: the two fixtures, the marker, and one ``TestResult`` per test."""

    def __init__(self, student: Student | None, seed: int) -> None:
        self._student, self._seed = student, seed
        self.results: list[TestResult] = []
        self.items: list[pytest.Item] = []
        self._errors: dict[str, BaseException] = {}
        self._durations: dict[str, float] = {}
        self._form_notes: dict[str, list[str]] = {}

    @pytest.fixture
    def student(self) -> Student | None:
        return self._student

    @pytest.fixture
    def seed(self) -> int:
        return self._seed

    def pytest_configure(self, config: pytest.Config) -> None:
        config.addinivalue_line("markers", MARKER)

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        self.items = list(items)

    def run(self, item: pytest.Item) -> None:
        """Run one collected test as pytest would, recording its verdict (``_verdict``)."""
        take_form_notes()  # nothing left over from the previous test
        outer = os.environ.get("PYTEST_CURRENT_TEST")
        os.environ["PYTEST_CURRENT_TEST"] = f"{item.nodeid} (call)"  # as pytest's own protocol sets it
        started = time.perf_counter()
        try:
            item.obj(student=self._student, seed=self._seed)  # type: ignore[attr-defined]
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - judged by _verdict: a check, or a grader bug
            self._errors[item.nodeid] = exc
        finally:
            if outer is None:
                os.environ.pop("PYTEST_CURRENT_TEST", None)
            else:
                os.environ["PYTEST_CURRENT_TEST"] = outer
        self._durations[item.nodeid] = time.perf_counter() - started
        self._form_notes[item.nodeid] = take_form_notes()
        self._settle(self._verdict(item))

    def _settle(self, verdict: TestResult) -> None:
        self.results.append(verdict)
        record = getattr(self._student, "record_verdict", None)
        if record is not None:  # later calls may run on this function's own code (trusted.Settled)
            record(verdict.function, verdict.passed and verdict.points >= verdict.max_points > 0)

    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        take_form_notes()  # nothing left over from the previous test

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[Any]) -> pytest.TestReport:
        """Record the phase and build a plain report: pytest's own would format a traceback (slow, unused)."""
        self._durations[item.nodeid] = self._durations.get(item.nodeid, 0.0) + call.duration
        excinfo = call.excinfo
        if excinfo is not None and item.nodeid not in self._errors:
            self._errors[item.nodeid] = excinfo.value if call.when == "call" else RuntimeError(
                f"{call.when}: {excinfo.exconly()}")
        if call.when == "call":
            self._form_notes[item.nodeid] = take_form_notes()
        if call.when == "teardown":
            self._settle(self._verdict(item))
        longrepr = None if excinfo is None else excinfo.exconly()[:500]
        return pytest.TestReport(item.nodeid, item.location, {k: 1 for k in item.keywords},
                                 "passed" if excinfo is None else "failed", longrepr, call.when,
                                 (), call.duration, call.start, call.stop)

    def _verdict(self, item: pytest.Item) -> TestResult:
        problem = marker_problem(item)
        mark = item.get_closest_marker("graded")
        function = str(mark.kwargs.get("function")) if mark else item.path.stem.removeprefix("test_")
        max_points = float(mark.kwargs.get("points", 0)) if mark and not problem else 0.0
        error = self._errors.get(item.nodeid)
        common = dict(name=_test_name(item), function=function, max_points=max_points,
                      nodeid=item.nodeid, duration_s=self._durations.get(item.nodeid, 0.0))
        if problem or (error is not None and not isinstance(error, AssertionError)):
            detail = problem or f"{type(error).__name__}: {error}"[:2000]
            return TestResult(points=0.0, passed=False, feedback=INTERNAL_ERROR, internal_error=True,
                              detail=detail, **common)
        if error is not None:  # only a Mismatch's text is meant for students (a bare assert may quote code)
            text = str(error).strip() if isinstance(error, Mismatch) else ""
            return TestResult(points=0.0, passed=False, feedback=text or "La comprobación no se superó.",
                              detail=f"{type(error).__name__}: {error}"[:2000], **common)
        notes = self._form_notes.get(item.nodeid, [])
        if notes:
            others = len(notes) - 1
            more = f"\n(Y {others} {'caso' if others == 1 else 'casos'} más como este.)" if others else ""
            points = round(max_points * (1 - config.load().form_share), 2)
            return TestResult(points=points, passed=False, feedback=f"{FORM_ONLY}\n{notes[0]}{more}",
                              detail="form only", **common)
        return TestResult(points=max_points, passed=True, feedback="", **common)


@contextmanager
def _isolated_env() -> Iterator[None]:
    saved = {k: os.environ.pop(k) for k in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS") if k in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


def _pytest(plugin: _Recorder, files: Sequence[str], extra: Sequence[str], echo: bool) -> int:
    args = ["-c", os.devnull, "--rootdir", str(config.SUITES_DIR), "--confcutdir", str(config.SUITES_DIR),
            "--import-mode=importlib", "--assert=plain", "--strict-markers", "-W", "ignore"]
    for name in _BLOCKED:
        args += ["-p", f"no:{name}"]
    args += ["-q", "--capture=sys"] if echo else ["-p", "no:terminal", "--capture=sys"]
    with _LOCK, _isolated_env():
        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # the suites' tensors are small: threads only add overhead
        try:
            return int(pytest.main([*args, *extra, *files], plugins=[plugin]))
        finally:
            torch.set_num_threads(threads)


_COLLECTED: dict[tuple[str, ...], list[pytest.Item]] = {}


def collected(files: Sequence[str]) -> list[pytest.Item]:
    """The hidden tests of these suite files, collected once per process (forks inherit them)."""
    key = tuple(files)
    if key not in _COLLECTED:
        recorder = _Recorder(None, 0)
        _pytest(recorder, list(files), ["--collect-only"], False)
        _COLLECTED[key] = recorder.items
    return _COLLECTED[key]


def run_suites(student: Student, seed: int, functions: Sequence[str] = GRADED_FUNCTIONS,
               echo: bool = False) -> list[TestResult]:
    """Every hidden test of ``functions`` against ``student``, in ``GRADED_FUNCTIONS`` order.

    A function whose suite could not run at all gets one internal-error result, so
    its points are never silently missing.
    """
    wanted = [f for f in trusted.JUDGING_ORDER if f in functions]  # helpers before their users
    if not wanted:
        return []  # pytest without file arguments would collect whatever is in the working directory
    recorder = _Recorder(student, seed)
    files = [suite_path(f) for f in wanted]
    if echo:
        _pytest(recorder, files, [], echo)
    else:
        items = collected(files)
        with _LOCK:
            threads = torch.get_num_threads()
            torch.set_num_threads(1)  # the suites' tensors are small: threads only add overhead
            try:
                for item in items:
                    recorder.run(item)
            finally:
                torch.set_num_threads(threads)
    order = {f: i for i, f in enumerate(lesson().functions)}  # as the notebook asks for them
    results = sorted(recorder.results, key=lambda r: order.get(r.function, len(order)))
    points = config.load().points
    for function in wanted:
        if not any(r.function == function for r in results):
            results.append(TestResult(f"{function}: no se pudo ejecutar su batería", function, 0.0,
                                      float(points.get(function, 0)), False, INTERNAL_ERROR,
                                      internal_error=True, detail="suite did not run"))
    return sorted(results, key=lambda r: order.get(r.function, len(order)))


def unrun(reason: str, functions: Sequence[str] = GRADED_FUNCTIONS) -> list[TestResult]:
    """Every hidden test at 0 points with the same ``reason``, without running anything: the result
    of a file that is not a gradable notebook (no check pretends to have called a function)."""
    wanted = [f for f in trusted.JUDGING_ORDER if f in functions]
    results = []
    for item in collected([suite_path(f) for f in wanted]):
        mark = item.get_closest_marker("graded")
        if mark is None:
            continue
        function = str(mark.kwargs.get("function"))
        results.append(TestResult(_test_name(item), function, 0.0, float(mark.kwargs.get("points", 0)), False,
                                  reason, nodeid=item.nodeid, detail="not run"))
    order = {f: i for i, f in enumerate(lesson().functions)}
    return sorted(results, key=lambda r: order.get(r.function, len(order)))


def citations(functions: Sequence[str] = GRADED_FUNCTIONS) -> list[tuple[str, str, tuple[str, ...]]]:
    """``(nodeid, function, clauses)`` of every hidden test: what each one says it enforces."""
    recorder = _Recorder(None, 0)
    _pytest(recorder, [suite_path(f) for f in functions], ["--collect-only"], False)
    cited = []
    for item in recorder.items:
        mark = item.get_closest_marker("graded")
        cited.append((item.nodeid, str(mark.kwargs.get("function")) if mark else "", spec_clauses(item)))
    return cited


def validate_suites(functions: Sequence[str] = GRADED_FUNCTIONS) -> list[str]:
    """Problems with the suites' markers (empty list: all good).

    Each test needs exactly one ``graded`` marker naming its file's function with
    positive integer points, and each function's points must add up to
    ``[tool.autograder.points]``.
    """
    recorder = _Recorder(None, 0)
    code = _pytest(recorder, [suite_path(f) for f in functions], ["--collect-only"], False)
    problems = [] if code == 0 else [f"collection failed (pytest exit code {code})"]
    totals: dict[str, int] = {f: 0 for f in functions}
    for item in recorder.items:
        problem = marker_problem(item, functions)
        if problem:
            problems.append(problem)
            continue
        mark = item.get_closest_marker("graded")
        assert mark is not None
        totals[mark.kwargs["function"]] += mark.kwargs["points"]
        if _test_name(item) == item.name:
            problems.append(f"{item.nodeid}: no docstring (its first line is the name students see)")
    expected = config.load().points
    problems += [f"{f}: suite points {totals[f]} != configured {expected.get(f)}"
                 for f in functions if totals[f] != expected.get(f)]
    return problems

"""The suite runner: verdicts per test, internal errors, isolation from the caller, many runs in a row."""

from __future__ import annotations

from pathlib import Path

import pytest

from autograder import config, suite_runner
from autograder.suite_runner import INTERNAL_ERROR, run_suites
from tests.autograder.test_suites import student_from

FAKE_SUITE = '''
import pytest
from autograder.judge.checks import Mismatch

@pytest.mark.graded(function="line_model", points=1, spec="calcula")
def test_ok(student, seed):
    """Pasa."""
    assert student is not None and isinstance(seed, int)

@pytest.mark.graded(function="line_model", points=2, spec="calcula")
def test_mismatch(student, seed):
    """Falla con feedback."""
    raise Mismatch("Se probó: algo\\nSe esperaba: otra cosa")

@pytest.mark.graded(function="line_model", points=1, spec="calcula")
def test_plain_assert(student, seed):
    """Falla sin mensaje."""
    assert False

@pytest.mark.graded(function="line_model", points=1, spec="calcula")
def test_bug(student, seed):
    """Error del corrector."""
    raise ValueError("grader bug")

def test_unmarked(student, seed):
    """Sin marca."""

@pytest.mark.graded(function="line_model", points=1)
def test_uncited(student, seed):
    """Sin cita."""

@pytest.mark.graded(function="line_model", points=5, spec=("calcula", "el tipo"))
def test_form_only(student, seed):
    """Solo la forma."""
    from autograder.judge import checks
    from autograder.proxy import Call
    checks.note_form(Call("line_model", (1.0,), {}), "un tensor", "un float", "Devuelve un tensor.")
    checks.note_form(Call("line_model", (2.0,), {}), "un tensor", "un float", "Devuelve un tensor.")

@pytest.mark.graded(function="line_model", points=1, spec="calcula")
def test_after_form_only(student, seed):
    """Después."""

@pytest.mark.graded(function="line_model", points=1, spec="calcula")
def test_missing_fixture(student, nonexistent_fixture):
    """Fixture inexistente."""
'''


@pytest.fixture
def fake_suites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "test_line_model.py").write_text(FAKE_SUITE, encoding="utf-8")
    monkeypatch.setattr(config, "SUITES_DIR", tmp_path)
    return tmp_path


def test_verdicts_and_internal_errors(fake_suites: Path) -> None:
    results = {r.name: r for r in run_suites(student_from(), 5, ["line_model"])}
    assert results["Pasa."].passed and results["Pasa."].points == 1
    assert not results["Falla con feedback."].passed and results["Falla con feedback."].max_points == 2
    assert results["Falla con feedback."].feedback.startswith("Se probó: algo")
    assert results["Falla sin mensaje."].feedback == "La comprobación no se superó."
    form_only = results["Solo la forma."]
    assert not form_only.passed and not form_only.internal_error
    assert form_only.points == pytest.approx(5 * (1 - config.load().form_share))
    assert form_only.feedback.startswith(suite_runner.FORM_ONLY) and "Pista: Devuelve un tensor." in form_only.feedback
    assert "1 caso más" in form_only.feedback
    assert results["Después."].passed and results["Después."].points == 1  # notes never leak to the next test
    for name in ("Error del corrector.", "Sin marca.", "Fixture inexistente.", "Sin cita."):
        assert results[name].internal_error and results[name].feedback == INTERNAL_ERROR
        assert results[name].points == 0
    assert not any(r.internal_error for r in results.values() if r.name in ("Pasa.", "Falla sin mensaje."))
    problems = suite_runner.validate_suites(["line_model"])
    assert any("0 graded markers" in p for p in problems)
    assert any("test_uncited: spec must quote" in p for p in problems)
    assert any("suite points" in p for p in problems)


def test_a_suite_that_cannot_run_costs_its_points_as_an_internal_error(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "test_AE_loss.py").write_text("this is not python(\n", encoding="utf-8")
    monkeypatch.setattr(config, "SUITES_DIR", tmp_path)
    results = run_suites(student_from(), 0, ["AE_loss"])
    assert len(results) == 1 and results[0].internal_error and results[0].max_points == 5


def test_independent_of_cwd_addopts_and_repo_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "conftest.py").write_text("raise RuntimeError('must not be loaded')\n", encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = --bogus-option\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTEST_ADDOPTS", "--also-bogus -x")
    results = run_suites(student_from(), 1, ["line_model", "AE_loss"])
    assert [r.function for r in results] == ["line_model"] * 5 + ["AE_loss"] * 5
    assert all(r.passed for r in results)
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


def test_many_runs_in_one_process_stay_equal() -> None:
    student = student_from()
    first = run_suites(student, 42, ["line_model", "MSE_loss"])
    for _ in range(20):
        again = run_suites(student, 42, ["line_model", "MSE_loss"])
        assert [(r.name, r.points) for r in again] == [(r.name, r.points) for r in first]


@pytest.mark.slow
def test_hundred_full_runs_in_a_row() -> None:
    student = student_from()
    for seed in range(100):
        results = run_suites(student, seed)
        assert sum(r.points for r in results) == config.load().max_score, seed

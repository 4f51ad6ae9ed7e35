"""``export-moodle``: a graded batch as the CSV Moodle's grade import takes, with nobody dropped."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autograder.cli import main
from autograder.integrations import moodle
from autograder.report import SubmissionResult, TestOutcome, to_gradescope

FUNCTIONS = ["line_model", "AE_loss"]


def result(student: str, line_model: float, ae_loss: float, status: str = "ok", problem: str = "") -> dict[str, Any]:
    """A result file's data, as the grader writes it (line_model out of 60, AE_loss out of 40)."""
    tests = (TestOutcome("valores", "line_model", line_model, 60, line_model == 60, ""),
             TestOutcome("forma", "AE_loss", ae_loss, 40, ae_loss == 40, ""))
    return to_gradescope(SubmissionResult(student, f"{student}.ipynb", "abc", 1, "bubblewrap", 1.0, tests,
                                          problem=problem, status=status))


def write_results(folder: Path, *results: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for data in results:
        (folder / f"{data['extra_data']['student_id']}.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["export-moodle", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_every_grade_and_a_one_line_spanish_feedback_come_back_from_the_csv(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = write_results(tmp_path / "resultados", result("ana", 60, 40), result("bea", 33.33, 0.5),
                            result("carla", 0, 0, "not_a_notebook", "El fichero entregado no es un cuaderno.\nSúbelo."))
    status, out, err = export(capsys, str(results), "--out", str(tmp_path / "notas.csv"))
    assert (status, err) == (0, "")
    table = read_csv(tmp_path / "notas.csv")
    assert table[0] == ["username", "Nota", "Comentario"]
    rows = {r[0]: r for r in table[1:]}
    assert {k: float(v[1]) for k, v in rows.items()} == {"ana": 100.0, "bea": 33.83, "carla": 0.0}
    assert rows["bea"][2].startswith("Aprendizaje: 33.83/100 puntos. Por función: ")
    assert "AE_loss 0.5/40" in rows["bea"][2] and "line_model 33.33/60" in rows["bea"][2]
    assert rows["carla"][2] == ("Aprendizaje: 0/100 puntos. No se ha podido corregir: El fichero entregado no es "
                                "un cuaderno. Súbelo.")
    assert all("\n" not in r[2] for r in table[1:])
    assert "3 notas sobre 100" in out and not moodle.pending_path(tmp_path / "notas.csv").exists()


@pytest.mark.parametrize("value, text", [(100.0, "100"), (0.0, "0"), (96.5, "96.5"), (33.333333, "33.33"),
                                         (0.125, "0.13"), (84.995, "85"), (2.675, "2.68"), (1e-9, "0")])
def test_grades_are_rounded_half_up_to_two_decimals_with_a_point(value: float, text: str) -> None:
    assert moodle.format_grade(value) == text


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12),
                       st.integers(0, 10_000), min_size=1, max_size=8))
def test_round_trip_recovers_every_score_and_keeps_every_student(scores: dict[str, int]) -> None:
    """Any ids (commas, quotes, newlines, accents, formula-looking), any score with two decimals."""
    results = {student: {"score": cents / 100, "tests": [],
                         "extra_data": {"student_id": student, "status": "ok", "max_score": 100,
                                        "by_function": {"AE_loss": {"score": cents / 100, "max_score": 100}}}}
               for student, cents in scores.items()}
    done = moodle.build(results, None, "username", FUNCTIONS)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "notas.csv"
        moodle.write(done, out)
        imported = {row[0]: float(row[1]) for row in read_csv(out)[1:]}
        side = moodle.pending_path(out)
        pending = [row[0] for row in read_csv(side)[1:]] if side.exists() else []
    assert imported == {s: c / 100 for s, c in scores.items() if not moodle.unmatchable(s)}
    assert sorted(pending) == sorted(moodle.spreadsheet_text(s) for s in scores if moodle.unmatchable(s))


def test_the_mapping_names_the_moodle_user_and_nobody_is_dropped(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    results = write_results(tmp_path / "r", result("ana", 60, 40), result("bea", 30, 20), result("=x", 0, 0),
                            result("dani", 60, 0))
    mapping = tmp_path / "mapa.csv"
    mapping.write_text("\ufeffalumno;nombre;correo\nana;Ana;ana@uma.es\n\nbea;Bea;bea@uma.es\n=x;X;=x@uma.es\n"
                       "zoe;Zoe;zoe@uma.es\n", encoding="utf-8")
    status, out, _ = export(capsys, str(results), "--out", str(tmp_path / "m.csv"), "--map", str(mapping),
                            "--id-column", "correo")
    assert status == 0
    assert read_csv(tmp_path / "m.csv") == [["correo", "Nota", "Comentario"],
                                            ["ana@uma.es", "100", read_csv(tmp_path / "m.csv")[1][2]],
                                            ["bea@uma.es", "50", read_csv(tmp_path / "m.csv")[2][2]]]
    pending = {row[0]: row for row in read_csv(moodle.pending_path(tmp_path / "m.csv"))[1:]}
    assert set(pending) == {"'=x", "dani", "zoe"}
    assert "correspondencias" in pending["dani"][1] and pending["dani"][2] == "60"
    assert "no tiene resultado" in pending["zoe"][1] and pending["zoe"][2] == ""
    assert "Moodle no lo casaría" in pending["'=x"][1]
    for student in ("=x", "dani", "zoe"):
        assert f"  {student} — " in out
    # the next export with nothing pending removes the stale list
    write_results(tmp_path / "r2", result("ana", 60, 40))
    mapping.write_text("alumno,nombre,correo\nana,ana.garcia,ana@uma.es\n", encoding="utf-8")
    assert export(capsys, str(tmp_path / "r2"), "--out", str(tmp_path / "m.csv"), "--map", str(mapping))[0] == 0
    assert not moodle.pending_path(tmp_path / "m.csv").exists()
    assert read_csv(tmp_path / "m.csv")[:2] == [["nombre", "Nota", "Comentario"],  # the second column by default
                                                 ["ana.garcia", "100", read_csv(tmp_path / "m.csv")[1][2]]]


def test_a_grader_error_is_kept_out_of_the_import_until_regraded(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    failed = {"score": 0, "tests": [], "output": "Error interno", "extra_data": {
        "student_id": "eva", "grader_error": "RuntimeError: boom"}}
    results = write_results(tmp_path / "r", result("ana", 60, 40), failed)
    status, out, _ = export(capsys, str(results), "--out", str(tmp_path / "m.csv"))
    assert status == 0 and [r[0] for r in read_csv(tmp_path / "m.csv")[1:]] == ["ana"]
    assert "eva — el corrector falló" in out


def test_a_result_out_of_another_maximum_is_scaled_and_said(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    other = result("bea", 30, 0)
    other["extra_data"]["max_score"] = 60
    results = write_results(tmp_path / "r", result("ana", 60, 40), result("carla", 0, 40), other)
    status, out, _ = export(capsys, str(results), "--out", str(tmp_path / "m.csv"))
    assert status == 0 and {r[0]: r[1] for r in read_csv(tmp_path / "m.csv")[1:]}["bea"] == "50"
    assert "bea: 30/60, exportado como 50/100" in out


def test_corrupt_result_files_are_listed_and_the_rest_exported(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    results = write_results(tmp_path / "r", result("ana", 60, 40))
    (results / "roto.json").write_text("{\"score\": ")
    (results / "lista.json").write_text("[1, 2]")
    (results / "summary.csv").write_text("student\n")
    (results / ".ana.json.123.tmp").write_text("{")
    status, out, err = export(capsys, str(results), "--out", str(tmp_path / "m.csv"))
    assert (status, err) == (0, "")
    assert "omitido: roto.json — no es un fichero de resultados válido" in out and "omitido: lista.json" in out
    assert [r[0] for r in read_csv(tmp_path / "m.csv")[1:]] == ["ana"]


@pytest.mark.parametrize("setup, message", [
    (lambda d: None, "no such results folder"),
    (lambda d: d.mkdir(), "no result files (*.json)"),
    (lambda d: (d.mkdir(), (d / "a.json").write_text("no")), "no result files (*.json) in"),
])
def test_no_results_is_one_clear_line_and_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   setup: Any, message: str) -> None:
    setup(tmp_path / "r")
    status, out, err = export(capsys, str(tmp_path / "r"), "--out", str(tmp_path / "m.csv"))
    assert status == 2 and message in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert not (tmp_path / "m.csv").exists()


@pytest.mark.parametrize("content, column, message", [
    (None, None, "cannot read --map"),
    (b"\xff\xfe\x00a", None, "not UTF-8"),
    (b"alumno\nana\n", None, "needs a header and two columns"),
    (b"alumno,correo\nana,\n", None, "line 2: a student id and a 'correo' are needed"),
    (b"alumno,correo\nana,a@x.es\nana,b@x.es\n", None, "line 3: 'ana' is mapped twice"),
    (b"alumno,correo\nana,a@x.es\nbea,a@x.es\n", None, "line 3: 'a@x.es' is also 'ana''s"),
    (b"alumno,correo\nana,a@x.es\n", "email", "no column 'email' (columns: alumno, correo)"),
])
def test_a_malformed_mapping_is_one_clear_line_and_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            content: bytes | None, column: str | None,
                                                            message: str) -> None:
    results = write_results(tmp_path / "r", result("ana", 60, 40))
    mapping = tmp_path / "mapa.csv"
    if content is not None:
        mapping.write_bytes(content)
    status, _, err = export(capsys, str(results), "--out", str(tmp_path / "m.csv"), "--map", str(mapping),
                            *(["--id-column", column] if column else []))
    assert status == 2 and message in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert not (tmp_path / "m.csv").exists()

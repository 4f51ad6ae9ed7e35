"""The class summary and report (``autograder.batch``), from result files as the CLI writes them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from autograder.batch import class_report, resume, summary
from autograder.discover import Skipped, Submission

FUNCTIONS = ("get_data_from_a_line", "line_model", "AE_loss")
MAXIMA = {"get_data_from_a_line": 10.0, "line_model": 5.0, "AE_loss": 5.0}


def _result(path: Path, notebook: Path, scores: dict[str, float], status: str = "ok",
            hints: dict[str, str] | None = None) -> None:
    import hashlib

    tests = [{"name": f"{f}: t", "score": s, "max_score": MAXIMA[f], "status": "passed" if s == MAXIMA[f] else "failed",
              "output": f"Se probó: x\nPista: {(hints or {}).get(f, 'Revisa ' + f)}" if s < MAXIMA[f] else "",
              "tags": [f]} for f, s in scores.items()]
    extra = {"notebook_sha256": hashlib.sha256(notebook.read_bytes()).hexdigest(), "status": status,
             "problem": "" if status == "ok" else "El fichero entregado está vacío.",
             "by_function": {f: {"score": s, "max_score": MAXIMA[f]} for f, s in scores.items()}, "internal_errors": 0}
    path.write_text(json.dumps({"score": sum(scores.values()), "tests": tests, "extra_data": extra}), encoding="utf-8")


def _class(tmp_path: Path) -> tuple[Path, list[Submission]]:
    out = tmp_path / "out"
    out.mkdir()
    students = []
    for name in ("ana", "beto", "carla", "dani"):
        notebook = tmp_path / f"{name}.ipynb"
        notebook.write_text(name, encoding="utf-8")
        students.append(Submission(name, notebook))
    _result(out / "ana.json", students[0].path, {"get_data_from_a_line": 10, "line_model": 5, "AE_loss": 5})
    _result(out / "beto.json", students[1].path, {"get_data_from_a_line": 7, "line_model": 5, "AE_loss": 0},
            hints={"AE_loss": "¿Has olvidado el valor absoluto?"})
    _result(out / "carla.json", students[2].path, {"get_data_from_a_line": 0, "line_model": 0, "AE_loss": 0}, "empty")
    return out, students  # dani: not graded yet


def test_summary_csv_has_one_row_per_entry_functions_in_order_and_statuses_apart(tmp_path: Path) -> None:
    out, students = _class(tmp_path)
    rows = summary.class_rows(out, students, [Skipped("raro.ipynb", "folder", "es una carpeta")])
    summary.write_csv(out / "summary.csv", rows, FUNCTIONS)
    table = list(csv.reader((out / "summary.csv").open(encoding="utf-8")))
    assert table[0] == ["student", "status", *FUNCTIONS, "total"]
    assert table[1] == ["ana", "ok", "10", "5", "5", "20"]
    assert table[2] == ["beto", "ok", "7", "5", "0", "12"]
    assert table[3][:2] == ["carla", "empty"]
    assert table[4] == ["dani", "pending", "", "", "", ""]
    assert table[5] == ["raro.ipynb", "skipped_folder", "", "", "", ""]
    assert not list(out.glob(".*.tmp"))


def test_a_name_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    rows = [summary.ClassRow("=HYPERLINK(\"http://x\")", "skipped_link")]
    summary.write_csv(tmp_path / "summary.csv", rows, FUNCTIONS)
    table = list(csv.reader((tmp_path / "summary.csv").open(encoding="utf-8")))
    assert table[1][0] == "'=HYPERLINK(\"http://x\")"


def test_the_report_shows_plots_hints_flagged_and_the_table(tmp_path: Path) -> None:
    out, students = _class(tmp_path)
    rows = summary.class_rows(out, students, [Skipped("<b>x</b>.ipynb", "link", "enlace roto")])
    class_report.write_report(out / "report.html", rows, FUNCTIONS, MAXIMA)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count("<svg ") == 2  # histogram and pass rates, inside the page
    assert "¿Has olvidado el valor absoluto? <span class=count>(1)" in page
    assert "<td>AE_loss</td><td>1 de 2</td><td>2.5 / 5</td>" in page
    assert "carla" in page and "El fichero entregado está vacío." in page
    assert "&lt;b&gt;x&lt;/b&gt;.ipynb" in page and "<b>x</b>" not in page  # names escaped
    assert "http" not in page.replace("http-equiv", "")  # self-contained: nothing fetched


def test_hints_count_students_not_tests(tmp_path: Path) -> None:
    out, students = _class(tmp_path)
    rows = summary.class_rows(out, students)
    hints = class_report.frequent_hints(rows, FUNCTIONS)
    assert hints["AE_loss"] == [("¿Has olvidado el valor absoluto?", 1)]
    assert hints["line_model"] == []


def test_finished_results_are_kept_unless_the_notebook_changed_or_forced(tmp_path: Path) -> None:
    out, students = _class(tmp_path)
    assert [s.student_id for s in resume.pending(out, students, force=False)] == ["dani"]
    students[1].path.write_text("beto, segunda entrega", encoding="utf-8")
    assert [s.student_id for s in resume.pending(out, students, force=False)] == ["beto", "dani"]
    assert len(resume.pending(out, students, force=True)) == 4
    (out / "ana.json").write_text('{"score": 1', encoding="utf-8")  # cut short: not a result
    assert "ana" in [s.student_id for s in resume.pending(out, students, force=False)]
    (out / ".ana.json.123.tmp").write_text("{", encoding="utf-8")
    assert resume.remove_partial(out) == 1 and not list(out.glob(".*.tmp"))

"""Results as Gradescope reads them."""

from __future__ import annotations

import json
from pathlib import Path

from autograder.execute import CellRecord
from autograder.report import (CUT_MARK, MAX_RESULT_BYTES, SubmissionResult, TestOutcome, clip, encoded_size,
                               score_table, to_gradescope, write_json)


def result() -> SubmissionResult:
    tests = (TestOutcome("valores", "AE_loss", 3, 3, True, ""),
             TestOutcome("forma", "AE_loss", 0, 2, False, "Se esperaba forma (3,)"),
             TestOutcome("media", "MAE_loss", 5, 5, True, ""))
    return SubmissionResult("ana", "ana.ipynb", "abc", 7, "bubblewrap", 1.234, tests,
                            (CellRecord(0, "ok", position=2), CellRecord(1, "timeout", "superó el tiempo", position=4,
                                         first_line="while True:",
                                         label="la celda que empieza por «while True:», después del ejercicio 3 "
                                               "(AE_loss)")))


def test_scores_add_up_per_function_and_in_total() -> None:
    graded = result()
    assert graded.score == 8 and graded.max_score == 10
    assert graded.by_function() == {"AE_loss": (3, 5), "MAE_loss": (5, 5)}


def test_gradescope_format() -> None:
    data = to_gradescope(result())
    assert data["score"] == 8 and data["execution_time"] == 1.23
    assert data["extra_data"]["seed"] == 7 and data["extra_data"]["notebook_sha256"] == "abc"
    assert {t["status"] for t in data["tests"]} == {"passed", "failed"}
    assert all(len(t["tags"]) == 1 for t in data["tests"])
    assert set(data["tests"][0]) == {"name", "score", "max_score", "status", "output", "visibility", "tags"}
    assert "8 / 10" in data["output"] and "1 celda con problemas al ejecutar el cuaderno" in data["output"]
    assert ("la celda que empieza por «while True:», después del ejercicio 3 (AE_loss) — superó el tiempo"
            in data["output"])
    assert "celda 5" not in data["output"]  # positions among all cells match nothing a student sees
    assert data["extra_data"]["status"] == "ok"


def test_a_cell_without_a_label_is_found_by_its_first_line() -> None:
    records = (CellRecord(0, "error", "NameError: x", position=7, first_line="print(x)"),)
    output = to_gradescope(SubmissionResult("ana", "ana.ipynb", "abc", 7, "bubblewrap", 1.0, (), records))["output"]
    assert "la celda que empieza por «print(x)» — NameError: x" in output


def test_counts_agree_with_their_nouns() -> None:
    """Eleven distinct errors: ten are named, the last one is counted in the singular."""
    records = tuple(CellRecord(i, "error", f"ValueError: fallo {i}", position=i, first_line="x")
                    for i in range(11))
    output = to_gradescope(SubmissionResult("ana", "ana.ipynb", "abc", 7, "bubblewrap", 1.0, (), records))["output"]
    assert "11 celdas con problemas" in output
    assert "… y 1 celda más con otro error distinto" in output


def test_results_are_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "ana.json"
    write_json(to_gradescope(result()), target)
    assert json.loads(target.read_text())["score"] == 8
    assert [p.name for p in target.parent.iterdir()] == ["ana.json"]


def test_table_lists_every_function() -> None:
    table = score_table([result()], ["AE_loss", "MAE_loss", "SE_loss"])
    assert "ana" in table and table.splitlines()[2].split()[1:] == ["3", "5", "0", "8"]


def flooded(cells: int = 2000, feedback_chars: int = 200_000) -> SubmissionResult:
    """A notebook whose every cell failed, most with the same long error, and huge feedback."""
    records = tuple(CellRecord(i, "error", ("ValueError: el mismo fallo " + "x" * 3000) if i % 100 else
                               f"RuntimeError: fallo distinto {i} " + "y" * 3000,
                               output="z" * 50_000, position=i + 1, first_line=f"raise ValueError({i})")
                    for i in range(cells))
    tests = tuple(TestOutcome(f"prueba {i}", "AE_loss", 0, 1, False, "ñ" * feedback_chars) for i in range(60))
    return SubmissionResult("ana", "ana.ipynb", "abc", 7, "bubblewrap", 1.0, tests, records,
                            problem="p" * 100_000, notes=("n" * 100_000,))


def test_many_failing_cells_stay_under_a_megabyte_and_are_counted(tmp_path: Path) -> None:
    graded = flooded()
    data = to_gradescope(graded)
    target = tmp_path / "ana.json"
    write_json(data, target)
    assert target.stat().st_size <= MAX_RESULT_BYTES
    assert data["extra_data"]["cells_with_problems"] == 2000
    assert "2000 celdas con problemas al ejecutar el cuaderno" in data["output"]
    assert ("el mismo error en 1980 celdas (la celda que empieza por «raise ValueError(1)»; la celda que empieza "
            "por «raise ValueError(2)»" in data["output"])
    assert len(data["extra_data"]["cells"]) + data["extra_data"]["cells_omitted"] == 2000
    assert len(data["extra_data"]["cells"]) <= 20
    assert data["score"] == graded.score and len(data["tests"]) == 60
    assert all(set(t) == {"name", "score", "max_score", "status", "output", "visibility", "tags"} for t in data["tests"])


def test_last_resort_shrinks_below_any_limit() -> None:
    data = to_gradescope(flooded(cells=50), limit=60_000)
    assert encoded_size(data) <= 60_000
    assert data["score"] == 0 and len(data["tests"]) == 60 and data["extra_data"]["cells_with_problems"] == 50


def test_short_results_are_left_whole() -> None:
    graded = result()
    data = to_gradescope(graded)
    assert data["tests"][1]["output"] == "Se esperaba forma (3,)"
    (cell,) = data["extra_data"]["cells"]
    assert (cell["index"], cell["status"], cell["error"], cell["position"], cell["first_line"]) == \
        (1, "timeout", "superó el tiempo", 4, "while True:")
    assert data["extra_data"]["cells_omitted"] == 0


def test_long_texts_are_cut_visibly() -> None:
    assert clip("abc", 3) == "abc"
    cut = clip("a" * 100, 50)
    assert len(cut) == 50 and cut.endswith(CUT_MARK)

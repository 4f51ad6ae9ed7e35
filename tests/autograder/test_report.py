"""Results as Gradescope reads them."""

from __future__ import annotations

import json
from pathlib import Path

from autograder.execute import CellRecord
from autograder.report import SubmissionResult, TestOutcome, score_table, to_gradescope, write_json


def result() -> SubmissionResult:
    tests = (TestOutcome("valores", "AE_loss", 3, 3, True, ""),
             TestOutcome("forma", "AE_loss", 0, 2, False, "Se esperaba forma (3,)"),
             TestOutcome("media", "MAE_loss", 5, 5, True, ""))
    return SubmissionResult("ana", "ana.ipynb", "abc", 7, "bubblewrap", 1.234, tests,
                            (CellRecord(0, "ok", position=2), CellRecord(1, "timeout", "superó el tiempo", position=4,
                                         first_line="while True:")))


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
    assert "celda 5 («while True:»)" in data["output"] and "8 / 10" in data["output"]


def test_results_are_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "ana.json"
    write_json(to_gradescope(result()), target)
    assert json.loads(target.read_text())["score"] == 8
    assert [p.name for p in target.parent.iterdir()] == ["ana.json"]


def test_table_lists_every_function() -> None:
    table = score_table([result()], ["AE_loss", "MAE_loss", "SE_loss"])
    assert "ana" in table and table.splitlines()[2].split()[1:] == ["3", "5", "0", "8"]

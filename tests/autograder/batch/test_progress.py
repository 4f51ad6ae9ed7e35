"""The batch's progress: a bar on a terminal, plain numbered lines anywhere else."""

from __future__ import annotations

import io

from autograder.batch.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_without_a_terminal_each_submission_is_one_numbered_line() -> None:
    stream = io.StringIO()
    progress = Progress(3, already=1, stream=stream)
    progress.line("ana: 100/100")
    progress.line("beto: 40/100")
    progress.close()
    assert stream.getvalue().splitlines() == ["[2/3] ana: 100/100", "[3/3] beto: 40/100"]
    assert "\r" not in stream.getvalue() and "\x1b" not in stream.getvalue()


def test_on_a_terminal_a_bar_counts_n_of_n_and_only_errors_are_printed(monkeypatch: object) -> None:
    import sys

    bar_stream = Terminal()
    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", bar_stream)  # type: ignore[attr-defined]
    progress = Progress(2, stream=stream)
    progress.line("ana: 100/100")
    progress.line("beto: GRADER ERROR RuntimeError: x")
    progress.close()
    assert "2/2" in bar_stream.getvalue()
    assert "ana: 100/100" not in stream.getvalue() and "beto: GRADER ERROR" in stream.getvalue()

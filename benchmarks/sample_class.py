"""Stage 1 of ``make bench``: a sample class of N submissions, right and wrong, from the test corpus.

A benchmark needs a realistic mix: correct notebooks run every cell and pass every check,
wrong ones fail checks (and so take the feedback paths). The snippets of
``tests/corpus/correct`` and ``tests/corpus/wrong`` are alternated, each list cycled, until
there are N; hostile snippets are never used (they attack the machine, they do not measure it).
"""

from __future__ import annotations

import dataclasses
from itertools import cycle, islice
from pathlib import Path

from tests.corpus.build import Snippet, load_snippets, write_class

ASSIGNMENT = "aprendizaje"


def pick(n: int) -> list[Snippet]:
    """N snippets, correct and wrong alternating, each renamed to a unique student id.

    The id (``alumno0001_correct__...``) keeps the snippet's name so a slow one can be traced back.
    """
    correct, wrong = load_snippets("correct"), load_snippets("wrong")
    alternating = (snippet for pair in zip(cycle(correct), cycle(wrong)) for snippet in pair)
    return [dataclasses.replace(snippet, name=f"alumno{i:04d}_{snippet.name}")
            for i, snippet in enumerate(islice(alternating, n), start=1)]


def build_class(n: int, dest: Path) -> list[Path]:
    """Write nbgrader's layout ``dest/<student>/aprendizaje/aprendizaje.ipynb`` for N students."""
    if n < 1:
        raise ValueError("the class needs at least one submission")
    return write_class(pick(n), dest, assignment=ASSIGNMENT)

"""How the corpus fared, filled in by ``test_corpus_cli`` and printed by ``conftest``'s summary hook."""

from __future__ import annotations

LABELS = {"wrong": "mutants caught", "correct": "correct passed", "hostile": "hostile judged right"}

TALLY: dict[str, list[int]] = {kind: [0, 0] for kind in LABELS}
"""kind -> [judged right, judged]."""


def record(kind: str, right: bool) -> None:
    TALLY[kind][0] += int(right)
    TALLY[kind][1] += 1


def line() -> str | None:
    """``corpus: 70/70 mutants caught, 16/16 correct passed, 30/30 hostile judged right``, or None."""
    if not any(total for _, total in TALLY.values()):
        return None
    parts = [f"{right}/{total} {LABELS[kind]}" for kind, (right, total) in TALLY.items() if total]
    return "corpus: " + ", ".join(parts)

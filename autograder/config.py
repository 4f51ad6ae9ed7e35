"""Grading settings, read once from ``[tool.autograder]`` in the project's pyproject.toml."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = PROJECT_ROOT / "pyproject.toml"
SUITES_DIR = Path(__file__).resolve().parent / "suites"


@dataclass(frozen=True)
class Limits:
    """Per-submission limits; hitting one kills the whole sandbox."""

    cell_timeout_s: float = 30.0
    notebook_budget_s: float = 90.0
    late_cell_timeout_s: float = 3.0
    call_timeout_s: float = 10.0
    memory_limit_mb: int = 3072
    max_processes: int = 64
    output_limit_kb: int = 2048
    feedback_output_chars: int = 800
    submission_timeout_s: float = 180.0
    """Hard cap on one submission's wall time: execution, replays, restarts and judging."""
    judging_reserve_s: float = 60.0
    """Part of that cap the cells can never use: the hidden tests always get at least this."""
    reply_limit_mb: int = 16
    """Largest reply line the grader keeps; a longer one kills the sandbox unparsed."""
    cpu_share: float = 1.0
    """CPU cores one sandbox may use at most (a cgroup quota; pinning to one core where there is none)."""


@dataclass(frozen=True)
class Settings:
    """Everything configurable about grading."""

    limits: Limits = field(default_factory=Limits)
    points: Mapping[str, int] = field(default_factory=dict)
    form_share: float = 0.4
    """Share of a check's points that rides on the result's form (type, dtype, shape, device).

    A right value in the wrong form loses only this share; a wrong value loses the rest.
    """

    @property
    def max_score(self) -> int:
        return sum(self.points.values())


_CHOSEN: list[Path] = []


def choose(path: Path) -> Settings:
    """Read settings from ``path`` (a pyproject.toml or any TOML with ``[tool.autograder]``) from now on.

    Grading processes forked afterwards inherit the choice. Raises ``ValueError`` or
    ``OSError`` (``tomllib.TOMLDecodeError`` is a ``ValueError``) with a readable message.
    """
    settings = _read(path.resolve())
    _CHOSEN[:] = [path.resolve()]
    return settings


def load(path: Path | None = None) -> Settings:
    """The settings in force: ``path``, else the file chosen with :func:`choose`, else the project's."""
    return _read(path or (_CHOSEN[0] if _CHOSEN else PYPROJECT))


@functools.cache
def _read(path: Path) -> Settings:
    """Read the settings; unknown keys are an error so a typo never goes unnoticed."""
    with path.open("rb") as handle:
        table: dict[str, Any] = tomllib.load(handle).get("tool", {}).get("autograder", {})
    table = dict(table)
    points = {str(k): int(v) for k, v in table.pop("points", {}).items()}
    form_share = float(table.pop("form_share", Settings.form_share))
    if not 0.0 <= form_share <= 1.0:
        raise ValueError(f"[tool.autograder] form_share must lie in [0, 1], not {form_share}")
    known = set(Limits.__dataclass_fields__)
    unknown = set(table) - known
    if unknown:
        raise ValueError(f"unknown [tool.autograder] keys in {path}: {sorted(unknown)}")
    if not points:
        points = dict(_read(PYPROJECT).points) if path != PYPROJECT else points
    return Settings(Limits(**table), points, form_share)

"""Grader-owned callables that cross into the sandbox only once the notebook has run.

Two uses: losses passed as ``loss_fn`` arguments (``Trusted("AE_loss")``), and
stand-ins for the student's *other* graded functions while one is judged, so a
wrong ``AE_loss`` costs points on ``AE_loss`` only, not on every function that
calls it. The source is shipped as text after the student's cells have run, so
no cell can read it.
"""

from __future__ import annotations

import functools
import inspect
import textwrap
from types import ModuleType
from typing import Any, Callable

from autograder import probe_losses
from reference import losses, model, training

HELPERS: tuple[Callable[..., Any], ...] = (
    model.line_model,
    losses.AE_loss,
    losses.SE_loss,
    losses.MAE_loss,
    losses.MSE_loss,
    training.loss_rate_of_change_m,
)
"""Graded functions that others may call; replaced by these while another function is judged."""

HELPER_NAMES: tuple[str, ...] = tuple(f.__name__ for f in HELPERS)


def _public_functions(module: ModuleType) -> list[Callable[..., Any]]:
    return [f for name, f in vars(module).items()
            if inspect.isfunction(f) and f.__module__ == module.__name__ and not name.startswith("_")]


def namespace() -> dict[str, Callable[..., Any]]:
    """Every trusted callable by name, for the judge side (same objects the sandbox rebuilds)."""
    return {f.__name__: f for f in (*HELPERS, *_public_functions(probe_losses))}


@functools.cache
def source() -> str:
    """Python source that defines every trusted callable, self-contained (imports torch only)."""
    parts = ["from __future__ import annotations", "import torch", "from typing import Any"]
    for function in namespace().values():
        parts.append(textwrap.dedent(inspect.getsource(function)))
    return "\n\n".join(parts) + "\n"

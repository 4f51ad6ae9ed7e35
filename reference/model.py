"""The model whose shape we assume: a straight line."""

from __future__ import annotations

from typing import Any


def line_model(m: Any, b: Any, inputs: Any) -> Any:
    """Evaluate ``m·inputs + b`` with broadcasting and without touching the arguments.

    Broadcasting matters: the lesson evaluates a whole tensor of slopes at one point
    to draw the error as a function of ``m``.
    """
    return m * inputs + b

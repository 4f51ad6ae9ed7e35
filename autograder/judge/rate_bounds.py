"""Rigorous intervals for the rate of change of a loss and for one training step.

The rate ``(L(m−Δ) − L(m+Δ)) / (2Δ)`` is computed in float64 with interval
arithmetic that covers every rounding a float32 (or float64) implementation
may make, in any reasonable order of operations: predictions, differences,
the loss itself, the mean, and the division (even by ``(m+Δ) − (m−Δ)``).
Every loss used is a function of ``d = y_pred − y_true`` with its minimum 0
at ``d = 0``, so its extremes over an interval of ``d`` are at the ends.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import torch

from autograder.sandbox import probes
from reference import losses

K_ROUND = 8.0
"""Roundings allowed per elementary result (a few operations, with a margin of 2)."""

_Pointwise = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
POINTWISE: dict[str, tuple[_Pointwise, bool]] = {
    "AE_loss": (losses.AE_loss, False),
    "SE_loss": (losses.SE_loss, False),
    "MAE_loss": (losses.AE_loss, True),
    "MSE_loss": (losses.SE_loss, True),
    "cubic_AE_loss": (probes.cubic_AE_loss, False),
    "skewed_loss": (probes.skewed_loss, False),
    "mean_cubic_AE_loss": (probes.cubic_AE_loss, True),
    "mean_skewed_loss": (probes.skewed_loss, True),
}
"""Each trusted loss as (its element-wise form, whether it averages over all elements)."""


@dataclass(frozen=True)
class RateSpec:
    """Everything the rate depends on; ``x`` and ``y`` are float64 and broadcast with ``m``."""

    b: float
    x: torch.Tensor
    y: torch.Tensor
    delta: float
    loss: str
    eps: float = torch.finfo(torch.float32).eps
    mean_dim: int | None = None
    """Dimension the mean loss averages over; ``None``: all of them."""

    def but(self, **changes: object) -> RateSpec:
        """The same spec with some fields changed (to model a likely mistake)."""
        return replace(self, **changes)  # type: ignore[arg-type]


def _tiny(eps: float) -> float:
    """Smallest normal number of the dtype whose epsilon is ``eps``."""
    return torch.finfo(torch.float32 if eps > 1e-10 else torch.float64).tiny


def _loss_interval(spec: RateSpec, m: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    pointwise, is_mean = POINTWISE[spec.loss]
    d = m * spec.x + spec.b - spec.y
    err = K_ROUND * spec.eps * ((m.abs() + abs(spec.delta)) * spec.x.abs() + abs(spec.b) + spec.y.abs())
    zero = torch.zeros((), dtype=torch.float64)
    at_lo, at_hi = pointwise(d - err, zero), pointwise(d + err, zero)
    straddles = (d - err <= 0) & (d + err >= 0)
    floor = K_ROUND * _tiny(spec.eps)  # underflow to (sub)normal numbers is an absolute error
    lo = torch.where(straddles, zero, torch.minimum(at_lo, at_hi)) * (1 - K_ROUND * spec.eps) - floor
    hi = torch.maximum(at_lo, at_hi) * (1 + K_ROUND * spec.eps) + floor
    if not is_mean:
        return lo, hi
    dims = tuple(range(lo.dim())) if spec.mean_dim is None else (spec.mean_dim,)
    count = 1
    for dim in dims:
        count *= lo.shape[dim]
    grow = spec.eps * (count + K_ROUND)  # worst case of a naive left-to-right sum
    return lo.mean(dims) * (1 - grow), hi.mean(dims) * (1 + grow)


def rate_interval(spec: RateSpec, m: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Lowest and highest rate a correct implementation can return at slope(s) ``m`` (float64)."""
    below_lo, below_hi = _loss_interval(spec, m - spec.delta)
    above_lo, above_hi = _loss_interval(spec, m + spec.delta)
    lo = (below_lo - above_hi) / (2 * spec.delta)
    hi = (below_hi - above_lo) / (2 * spec.delta)
    m_mean = m.abs() if spec.mean_dim is None or not POINTWISE[spec.loss][1] else m.abs().squeeze(spec.mean_dim)
    rel = K_ROUND * spec.eps * (1 + (m_mean + abs(spec.delta)) / abs(spec.delta))
    size = torch.maximum(lo.abs(), hi.abs()) * rel
    return lo - size, hi + size


def step_interval(spec: RateSpec, m: torch.Tensor, learning_rate: float,
                  scale: float = 1.0) -> tuple[torch.Tensor, torch.Tensor]:
    """Where ``m + learning_rate·rate(m)`` may land (``scale`` multiplies the rate, to model mistakes)."""
    lo, hi = rate_interval(spec, m)
    lo, hi = torch.minimum(lo * scale, hi * scale), torch.maximum(lo * scale, hi * scale)
    base = m if spec.mean_dim is None or not POINTWISE[spec.loss][1] else m.squeeze(spec.mean_dim)
    slack = K_ROUND * (spec.eps * (base.abs() + learning_rate * torch.maximum(lo.abs(), hi.abs())) + _tiny(spec.eps))
    return base + learning_rate * lo - slack, base + learning_rate * hi + slack

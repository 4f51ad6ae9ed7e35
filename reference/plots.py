"""The lesson's figures. Each returns its ``Figure`` (no ``plt.show``) so it works headless and in tests."""

from __future__ import annotations

from typing import Any, Sequence

import matplotlib

matplotlib.use("Agg", force=False)
import matplotlib.pyplot as plt  # noqa: E402
import torch  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from reference.losses import AE_loss, SE_loss  # noqa: E402
from reference.model import line_model  # noqa: E402


def _cpu(values: Any) -> torch.Tensor:
    """Plotting needs numbers on the host, whatever device the tensor lives on."""
    return torch.as_tensor(values).detach().to("cpu", torch.float64)


def _finish(ax: Any, xlabel: str, ylabel: str) -> None:
    """Labels, legend and grid: every figure of the lesson ends the same way."""
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend()
    ax.grid(True)


def plot_line_with_data(m: float, b: float, data: torch.Tensor) -> Figure:
    """Scatter the points and draw the line ``y = m·x + b`` across their x range."""
    points = _cpu(data)
    x, y = points[:, 0], points[:, 1]
    ends = torch.stack((x.min(), x.max()))
    fig, ax = plt.subplots(figsize=(8, 6))
    ax.scatter(x, y, marker="o", c="r", label="datos")
    ax.plot(ends, line_model(float(m), float(b), ends), label=f"y = {float(m):g}·x + {float(b):g}")
    _finish(ax, "x", "y")
    return fig


def plot_error_comparison(limit: float = 2.0, samples: int = 100) -> Figure:
    """Absolute against squared error of a difference in ``[−limit, limit]``."""
    diff = torch.linspace(-limit, limit, samples, dtype=torch.float64)
    zero = torch.zeros_like(diff)
    fig, ax = plt.subplots(figsize=(8, 6))
    ax.plot(diff, AE_loss(diff, zero), c="r", label="Error absoluto")
    ax.plot(diff, SE_loss(diff, zero), label="Error cuadrático")
    _finish(ax, "y_pred − y_true", "error")
    return fig


def plot_error_against_m(x_true: float, y_true: float, b: float = 0.0,
                         m_values: torch.Tensor | None = None) -> Figure:
    """Both errors of one point as functions of the slope ``m`` (all slopes evaluated at once)."""
    slopes = torch.linspace(0, 5, 100, dtype=torch.float64) if m_values is None else _cpu(m_values)
    predictions = line_model(slopes, float(b), float(x_true))
    target = torch.full_like(slopes, float(y_true))
    fig, ax = plt.subplots(figsize=(8, 6))
    ax.plot(slopes, AE_loss(predictions, target), c="r", label="Error absoluto")
    ax.plot(slopes, SE_loss(predictions, target), label="Error cuadrático")
    _finish(ax, "m", "error")
    return fig


def plot_line_evolution(data: torch.Tensor, line_evolution: Sequence[Any], true_m: float,
                        true_b: float = 0.0, b: float = 0.0) -> Figure:
    """Every line the training visited (``winter``: blue first, green last) and the true line in red."""
    points = _cpu(data)
    right = float(points.max())
    ends = torch.tensor([0.0, right], dtype=torch.float64)
    colors = plt.cm.winter(torch.linspace(0, 1, len(line_evolution)).numpy())
    fig, ax = plt.subplots(figsize=(8, 6))
    for color, m in zip(colors, line_evolution):
        ax.plot(ends, line_model(float(_cpu(m)), float(b), ends), c=color)
    ax.scatter(points[:, 0], points[:, 1], marker="o", c="r", label="datos")
    ax.plot(ends, line_model(float(true_m), float(true_b), ends), c="r", label="Recta real")
    _finish(ax, "x", "y")
    return fig

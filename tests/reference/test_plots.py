"""The lesson's figures (reference/plots.py) draw headless and return their Figure.

A figure is checked by what a student would see: how many lines, which colours, where
the lines end. Data come from cpu and, where available, cuda (the ``real_device``
fixture); plotting must bring them to the host itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pytest
import torch
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from reference import AE_loss, SE_loss, line_model
from reference.plots import plot_error_against_m, plot_error_comparison, plot_line_evolution, plot_line_with_data

pytestmark = pytest.mark.usefixtures("close_figures")

RED = to_rgba("r")


def _lines(fig: Figure) -> list[Any]:
    """The Line2D objects of the figure's single axes."""
    assert isinstance(fig, Figure)
    assert len(fig.axes) == 1
    return list(fig.axes[0].get_lines())


def _data(device: torch.device, n: int = 30) -> torch.Tensor:
    """Fixed points near y = 0.5·x, on the requested device."""
    x = torch.linspace(1, 40, n)
    y = 0.5 * x + torch.sin(x)
    return torch.stack((x, y), dim=1).to(device)


def test_backend_is_headless() -> None:
    """The suite draws without a display."""
    assert matplotlib.get_backend().lower() == "agg"


def test_line_with_data(real_device: torch.device) -> None:
    """One line across the x range of the points, plus the scatter of the points in red."""
    data = _data(real_device)
    kept = data.clone()
    fig = plot_line_with_data(0.5, 1.0, data)
    lines = _lines(fig)
    assert len(lines) == 1
    xs, ys = lines[0].get_data()
    host = kept.cpu().double()
    np.testing.assert_allclose(np.asarray(xs, dtype=float), [float(host[:, 0].min()), float(host[:, 0].max())])
    np.testing.assert_allclose(np.asarray(ys, dtype=float), 0.5 * np.asarray(xs, dtype=float) + 1.0)
    scatters = fig.axes[0].collections
    assert len(scatters) == 1
    assert scatters[0].get_offsets().shape == (len(host), 2)
    assert tuple(scatters[0].get_facecolor()[0]) == RED
    assert torch.equal(data, kept)


@pytest.mark.parametrize("limit, samples", [(2.0, 100), (3.0, 7)])
def test_error_comparison(limit: float, samples: int) -> None:
    """Two curves over [−limit, limit]: the red one |d|, the other d²."""
    lines = _lines(plot_error_comparison(limit, samples))
    assert len(lines) == 2
    ae, se = lines
    assert to_rgba(ae.get_color()) == RED
    d = np.asarray(ae.get_xdata(), dtype=float)
    assert len(d) == samples
    np.testing.assert_allclose([d[0], d[-1]], [-limit, limit])
    np.testing.assert_allclose(np.asarray(ae.get_ydata(), dtype=float), np.abs(d))
    np.testing.assert_allclose(np.asarray(se.get_ydata(), dtype=float), d**2)


def test_error_against_m_default_slopes() -> None:
    """The lesson's point (4, 4): both errors over m ∈ [0, 5], lowest at m = 1."""
    lines = _lines(plot_error_against_m(4, 4))
    assert len(lines) == 2
    ae, se = lines
    assert to_rgba(ae.get_color()) == RED
    m = np.asarray(ae.get_xdata(), dtype=float)
    assert len(m) == 100 and m[0] == 0 and m[-1] == 5
    for line in (ae, se):
        errors = np.asarray(line.get_ydata(), dtype=float)
        assert abs(m[int(errors.argmin())] - 1.0) < 5 / 99


def test_error_against_m_given_slopes(real_device: torch.device) -> None:
    """Slopes given as a tensor on any device are evaluated at once, matching AE and SE."""
    slopes = torch.linspace(-1, 3, 41).to(real_device)
    ae, se = _lines(plot_error_against_m(2.0, 3.0, b=0.5, m_values=slopes))
    host = slopes.cpu().double()
    predictions = line_model(host, 0.5, 2.0)
    target = torch.full_like(host, 3.0)
    np.testing.assert_allclose(np.asarray(ae.get_ydata(), dtype=float), AE_loss(predictions, target).numpy())
    np.testing.assert_allclose(np.asarray(se.get_ydata(), dtype=float), SE_loss(predictions, target).numpy())


@pytest.mark.parametrize("steps", [0, 1, 5, 20])
@pytest.mark.parametrize("as_tensors", [False, True], ids=["floats", "tensors"])
def test_line_evolution(real_device: torch.device, steps: int, as_tensors: bool) -> None:
    """steps + 1 lines from blue (winter 0) to green (winter 1), then the true line in red."""
    data = _data(real_device)
    values = [0.8 - 0.015 * k for k in range(steps + 1)]
    evolution: Sequence[Any] = [torch.tensor(v, device=real_device) for v in values] if as_tensors else values
    fig = plot_line_evolution(data, evolution, true_m=0.5)
    lines = _lines(fig)
    assert len(lines) == steps + 2

    visited, true_line = lines[:-1], lines[-1]
    winter = plt.get_cmap("winter")
    assert winter(0.0) == (0.0, 0.0, 1.0, 1.0) and winter(1.0) == (0.0, 1.0, 0.5, 1.0)  # blue, green
    assert to_rgba(visited[0].get_color()) == pytest.approx(winter(0.0))
    assert to_rgba(visited[-1].get_color()) == pytest.approx(winter(1.0 if steps else 0.0))
    assert to_rgba(true_line.get_color()) == RED

    right = float(data.max())
    for line, m in zip(visited, values):
        xs, ys = (np.asarray(v, dtype=float) for v in line.get_data())
        np.testing.assert_allclose(xs, [0.0, right])
        np.testing.assert_allclose(ys, [0.0, m * right], rtol=1e-6)
    np.testing.assert_allclose(np.asarray(true_line.get_ydata(), dtype=float), [0.0, 0.5 * right])
    assert len(fig.axes[0].collections) == 1  # the data points


def test_line_evolution_colours_run_blue_to_green() -> None:
    """In between, the colours go monotonically from blue towards green (the lesson's reading aid)."""
    fig = plot_line_evolution(_data(torch.device("cpu")), [0.8, 0.7, 0.6, 0.5], true_m=0.5)
    greens = [to_rgba(line.get_color())[1] for line in _lines(fig)[:-1]]
    assert greens == sorted(greens)
    assert greens[0] < greens[-1]


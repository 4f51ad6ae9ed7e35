"""Shared fixtures of the reference-solution suite: devices as parameters, headless plotting."""

from __future__ import annotations

from collections.abc import Iterator

import matplotlib

matplotlib.use("Agg")  # Before pyplot is imported anywhere: the suite must run without a display.

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402

CUDA_PARAM = pytest.param(
    "cuda",
    id="cuda",
    marks=[
        pytest.mark.cuda,
        pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device"),
    ],
)
"""CUDA runs where a GPU exists and is reported as skipped elsewhere, never silently dropped."""

ALL_DEVICES = [pytest.param("cpu", id="cpu"), pytest.param("meta", id="meta"), CUDA_PARAM]
"""Every device a student's tensor may live on: meta proves no function reads the data it is given."""

REAL_DEVICES = [pytest.param("cpu", id="cpu"), CUDA_PARAM]
"""Devices that hold numbers, so results can be read back (``.item()``)."""


@pytest.fixture(params=ALL_DEVICES)
def device(request: pytest.FixtureRequest) -> torch.device:
    """Each test using it runs once per device, so device handling is checked, not assumed."""
    return torch.device(request.param)


@pytest.fixture(params=REAL_DEVICES)
def real_device(request: pytest.FixtureRequest) -> torch.device:
    """A device whose values can be read, for checks that compare numbers."""
    return torch.device(request.param)


@pytest.fixture
def close_figures() -> Iterator[None]:
    """Close every figure a test opened, so memory and pyplot state do not leak between tests."""
    yield
    plt.close("all")

"""Noisy samples of a known line: the data the model learns from."""

from __future__ import annotations

import torch


def get_data_from_a_line(
    m: float,
    b: float,
    n: int,
    sigma: float = 2,
    range: float = 50,  # noqa: A002 - the lesson's public name
    device: torch.device | str | None = None,
) -> torch.Tensor:
    """Return ``n`` points (columns x, y) near the line ``y = m·x + b``.

    ``x`` is uniform in ``[0, range)``; ``y`` is computed from the clean ``x``;
    then independent Gaussian noise of standard deviation ``sigma`` is added to
    both coordinates, so neither coordinate is exact (as with real measurements).
    """
    x = range * torch.rand(n, device=device)
    y = m * x + b
    noisy_x = x + sigma * torch.randn(n, device=device)
    noisy_y = y + sigma * torch.randn(n, device=device)
    return torch.stack((noisy_x, noisy_y), dim=1)

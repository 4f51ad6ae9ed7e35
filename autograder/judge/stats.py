"""Statistical bounds with a proven false-alarm rate, for judging random outputs.

Each bound holds for a correct implementation with probability at least
``1 − ALPHA``. The suites make fewer than 100 such checks per submission, so a
correct submission fails one by bad luck with probability below 1e-10. The
bounds are Hoeffding's, Chernoff's binomial tails, Dvoretzky–Kiefer–Wolfowitz–Massart's, the Gaussian
Chernoff tail and Laurent–Massart's for chi-square sums.
"""

from __future__ import annotations

import math

import torch

ALPHA = 1e-12
"""False-alarm probability allowed to each individual check."""


def tail(alpha: float = ALPHA) -> float:
    """``t`` such that a two-sided exponential bound ``2·exp(−t)`` equals ``alpha``."""
    return math.log(2 / alpha)


def hoeffding(n: int, alpha: float = ALPHA, width: float = 1.0) -> float:
    """Half-width of the band that the mean of ``n`` independent values in an interval of ``width`` stays in."""
    return width * math.sqrt(tail(alpha) / (2 * n))


def dkw(n: int, alpha: float = ALPHA) -> float:
    """Bound on the sup distance between the empirical and the true distribution function of ``n`` draws."""
    return math.sqrt(tail(alpha) / (2 * n))


def gaussian_mean(n: int, sigma: float, alpha: float = ALPHA) -> float:
    """Bound on ``|mean|`` of ``n`` independent N(0, sigma²) values."""
    return sigma * math.sqrt(2 * tail(alpha) / n)


def gaussian_max(n: int, alpha: float = ALPHA) -> float:
    """``z`` such that none of ``n`` standard normal values exceeds ``z`` in absolute value."""
    return math.sqrt(2 * math.log(2 * n / alpha))


def chi2_interval(n: int, alpha: float = ALPHA) -> tuple[float, float]:
    """Where a chi-square variable with ``n`` degrees of freedom lies (Laurent–Massart, two-sided)."""
    t = tail(alpha)
    return n - 2 * math.sqrt(n * t), n + 2 * math.sqrt(n * t) + 2 * t


def gaussian_norm_ok(norm: float, slack: float, n: int, sigma: float, alpha: float = ALPHA) -> bool:
    """Can a vector of ``n`` N(0, sigma²) values be ``slack``-close (Euclidean) to one of norm ``norm``?

    ``slack`` bounds, deterministically, what separates the observed vector from
    the pure noise (the bounded uniform part, float rounding).
    """
    if not math.isfinite(norm):
        return False
    lo, hi = chi2_interval(n, alpha)
    smallest = max(0.0, norm - slack) ** 2 / sigma**2
    largest = (norm + slack) ** 2 / sigma**2
    return largest >= lo and smallest <= hi


def uniform_distance(x: torch.Tensor, low: float, high: float, slack: float) -> float:
    """Largest gap between the empirical CDF of ``x`` and the uniform CDF on ``[low, high]``.

    Each value may have been moved by at most ``slack`` from a true uniform draw,
    so the empirical CDF is compared with the uniform CDF shifted by ``±slack``.
    """
    values = torch.sort(x.to(torch.float64).reshape(-1)).values
    n = values.numel()
    if n == 0 or not bool(torch.isfinite(values).all()):
        return 1.0  # no sample, or one that no distribution on [low, high] gives: as far as can be
    width = high - low
    rank = torch.arange(1, n + 1, dtype=torch.float64) / n
    cdf_hi = ((values + slack - low) / width).clamp(0, 1)
    cdf_lo = ((values - slack - low) / width).clamp(0, 1)
    above = (rank - cdf_hi).max().item()
    below = (cdf_lo - (rank - 1 / n)).max().item()
    return max(above, below, 0.0)


SHORT_GAP_SHARE = 1 - math.exp(-0.5)
"""Share of the gaps between sorted uniform draws shorter than half the mean gap (they are about exponential)."""


def short_gaps(x: torch.Tensor) -> tuple[float, float]:
    """Share of gaps between neighbouring sorted values shorter than half their mean gap, and its lowest
    plausible value for independent uniform draws (Hoeffding band, treating the gaps as independent).

    Random draws leave irregular gaps, about 39 % of them short; evenly spaced values
    (``linspace``, ``arange``, shuffled or not) leave none. The order of the values
    does not matter: sorting random draws keeps them random.
    """
    gaps = x.reshape(-1).sort().values.diff()
    short = (gaps < 0.5 * gaps.mean()).to(torch.float64).mean().item()
    return short, SHORT_GAP_SHARE - hoeffding(gaps.numel())


def binomial_tail_bound(count: int, n: int, p: float) -> float:
    """Chernoff's bound ``exp(−n·KL(count/n ‖ p))`` on the chance of a count at least this far from ``n·p``.

    For a count below the mean it bounds ``P(X ≤ count)``, above it ``P(X ≥ count)``,
    where ``X`` is Binomial(n, p). Much tighter than Hoeffding's far from the mean: a
    category never chosen in ``n`` draws has exactly ``(1 − p)^n``.
    """
    q = count / n
    if q == p:
        return 1.0

    def term(a: float, b: float) -> float:
        return 0.0 if a == 0 else a * math.log(a / b)
    divergence = term(q, p) + term(1 - q, 1 - p)
    return math.exp(-n * divergence)


def proportions_ok(counts: torch.Tensor, n: int, p: float, alpha: float = ALPHA,
                   upper_only: bool = False) -> torch.Tensor:
    """Which counts of ``n`` independent Bernoulli(p) trials (one per category) are plausible.

    Chernoff's binomial tail bound per category and side, with ``alpha`` split over the
    categories and both tails by a union bound.
    """
    level = alpha / (counts.numel() * (1 if upper_only else 2))
    ok = []
    for count in counts.tolist():
        low = count < n * p
        ok.append((upper_only and low) or binomial_tail_bound(int(count), n, p) >= level)
    return torch.tensor(ok, dtype=torch.bool)

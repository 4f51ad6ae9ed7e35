"""The long random-point runs use a probe loss that must give AE's trajectory bit for bit.

``test_points_chosen_uniformly`` and ``test_new_choices_each_call`` pass ``skewed_loss``
(``ABOVE_AE``) instead of ``AE_loss``, so a submission whose ``AE_loss`` is not settled asks
no stand-in question per step. That is fair only while a loop, right or hard-wired to
``AE_loss``, moves exactly as it would with ``AE_loss``: every prediction stays below its point.
"""

from __future__ import annotations

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from autograder.sandbox import probes
from autograder.suites import test_train_random_point as suite
from reference import losses, training


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), extra=st.sampled_from([42, 43]), steps=st.sampled_from([15, 120]))
def test_probe_run_matches_ae_step_for_step(seed: int, extra: int, steps: int) -> None:
    assert suite.ABOVE_AE == "skewed_loss"
    data = suite._points(seed + extra, 4, 4.0, 0.0)
    runs = []
    for loss in (losses.AE_loss, probes.skewed_loss):
        torch.manual_seed(seed)
        runs.append(training.train_random_point(data, 0.5, 0.0, 1e-3, 0.1, steps, loss))
    assert runs[0] == runs[1]
    assert max(runs[0]) < 4.0 - 0.1  # m + Δ stays below the data's slope: every d is negative


def test_the_two_losses_differ_above_the_points() -> None:
    """Where a prediction passes its point they part: the check above is not vacuous."""
    d = torch.tensor([0.5, -0.5])
    assert not torch.equal(losses.AE_loss(d, torch.zeros(2)), probes.skewed_loss(d, torch.zeros(2)))

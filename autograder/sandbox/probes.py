"""Extra losses the hidden suites pass as ``loss_fn`` to prove a function really uses it.

Each is a plain function of ``(y_pred, y_true)`` that depends only on torch: this file is
copied into the sandbox, where a judged call handed one runs it as it is, asking the
grader nothing (``calls.Helpers.handed_over``). They are the suites' inputs, not any
graded function's reference: a student who reads them learns nothing a stand-in would
not answer, and the grader judges the call's result against its own copy.
"""

from __future__ import annotations

import torch


def cubic_AE_loss(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Element-wise ``|d|³``: a rate unlike AE's or SE's for the same point."""
    return torch.abs(y_pred - y_true) ** 3


def skewed_loss(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Element-wise loss that punishes over-prediction three times as much as under-prediction."""
    d = y_pred - y_true
    return torch.where(d > 0, 3 * d, -d)


def mean_cubic_AE_loss(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Mean of ``|d|³`` over every element."""
    return (torch.abs(y_pred - y_true) ** 3).mean()


def mean_skewed_loss(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Mean of the skewed loss over every element."""
    d = y_pred - y_true
    return torch.where(d > 0, 3 * d, -d).mean()

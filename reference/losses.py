"""Ways of measuring how wrong a prediction is."""

from __future__ import annotations

import torch


def AE_loss(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Element-wise absolute error ``|y_pred − y_true|``."""
    return torch.abs(y_pred - y_true)


def SE_loss(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Element-wise squared error ``(y_pred − y_true)²``: smaller below 1, larger above, derivable at 0."""
    return (y_pred - y_true) ** 2


def MAE_loss(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Mean absolute error over every element: one number that summarises all points."""
    return AE_loss(y_pred, y_true).mean()


def MSE_loss(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Mean squared error over every element."""
    return SE_loss(y_pred, y_true).mean()

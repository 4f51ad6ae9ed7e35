"""Every graded function keeps its results on the device of its inputs.

Devices come in as test parameters (the ``device`` and ``real_device`` fixtures of
conftest.py): cpu always, meta always (a meta tensor has a shape but no data, so any
function that reads a value, e.g. with ``.item()`` or ``float()``, fails there), and cuda
where a GPU exists. Nothing in a test body branches on the device.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest
import torch

import reference
from reference import (
    AE_loss,
    MAE_loss,
    MSE_loss,
    SE_loss,
    get_data_from_a_line,
    line_model,
    loss_rate_of_change_m,
    train_all_points,
    train_random_point,
)

DTYPES = [pytest.param(torch.float32, id="float32"), pytest.param(torch.float64, id="float64")]
ELEMENTWISE = [pytest.param(AE_loss, id="AE"), pytest.param(SE_loss, id="SE")]
MEANS = [pytest.param(MAE_loss, id="MAE"), pytest.param(MSE_loss, id="MSE")]
TRAINERS = [
    pytest.param(train_random_point, AE_loss, id="random_point-AE"),
    pytest.param(train_all_points, MAE_loss, id="all_points-MAE"),
    pytest.param(train_all_points, MSE_loss, id="all_points-MSE"),
]
COVERED = {
    "get_data_from_a_line", "line_model", "AE_loss", "SE_loss", "MAE_loss", "MSE_loss",
    "loss_rate_of_change_m", "train_random_point", "train_all_points",
}


def _tensor(shape: tuple[int, ...], device: torch.device, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """Values on the requested device (on meta: just a shape)."""
    return torch.linspace(1, 5, max(1, int(torch.Size(shape).numel())), dtype=dtype).reshape(shape).to(device)


def _same_place(result: torch.Tensor, device: torch.device, shape: tuple[int, ...], dtype: torch.dtype) -> None:
    """The result lives where its inputs did, with the expected shape and dtype."""
    assert isinstance(result, torch.Tensor)
    assert result.device.type == device.type
    assert result.shape == torch.Size(shape)
    assert result.dtype == dtype


def test_every_graded_function_is_covered() -> None:
    """This file checks the nine graded functions, no more, no fewer."""
    assert set(reference.GRADED_FUNCTIONS) == COVERED
    assert len(reference.GRADED_FUNCTIONS) == 9


@pytest.mark.parametrize("n", [1, 50])
def test_get_data_from_a_line(device: torch.device, n: int) -> None:
    """The data are generated directly on the requested device."""
    data = get_data_from_a_line(0.5, 0, n, device=device)
    _same_place(data, device, (n, 2), torch.float32)


@pytest.mark.parametrize("dtype", DTYPES)
def test_line_model_many_slopes(device: torch.device, dtype: torch.dtype) -> None:
    """100 slopes on the device at one point on the device: 100 predictions there."""
    slopes = _tensor((100,), device, dtype)
    point = _tensor((), device, dtype)
    _same_place(line_model(slopes, 0, point), device, (100,), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (7,), (3, 4)])
def test_line_model_inputs(device: torch.device, dtype: torch.dtype, shape: tuple[int, ...]) -> None:
    """Scalar parameters, inputs on the device: predictions on the device, same shape."""
    _same_place(line_model(0.5, 1.0, _tensor(shape, device, dtype)), device, shape, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("loss_fn", ELEMENTWISE)
def test_elementwise_losses(device: torch.device, loss_fn: Callable[..., Any], dtype: torch.dtype) -> None:
    """Element-wise losses keep the shape, dtype and device."""
    y_pred = _tensor((3, 4), device, dtype)
    y_true = _tensor((3, 4), device, dtype)
    _same_place(loss_fn(y_pred, y_true), device, (3, 4), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("loss_fn", MEANS)
def test_mean_losses(device: torch.device, loss_fn: Callable[..., Any], dtype: torch.dtype) -> None:
    """Mean losses give a 0-d tensor on the device (not a Python float: that would read the data)."""
    y_pred = _tensor((50,), device, dtype)
    y_true = _tensor((50,), device, dtype)
    _same_place(loss_fn(y_pred, y_true), device, (), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("loss_fn, shape", [
    pytest.param(AE_loss, (50,), id="AE"), pytest.param(SE_loss, (50,), id="SE"),
    pytest.param(MAE_loss, (), id="MAE"), pytest.param(MSE_loss, (), id="MSE"),
])
def test_rate_of_change(device: torch.device, loss_fn: Callable[..., Any], shape: tuple[int, ...],
                        dtype: torch.dtype) -> None:
    """The rate lives with the data: per point for element-wise losses, one number for mean losses."""
    x = _tensor((50,), device, dtype)
    y = _tensor((50,), device, dtype)
    _same_place(loss_rate_of_change_m(0.8, 0, x, y, 0.1, loss_fn), device, shape, dtype)


def test_rate_of_change_with_tensor_slope(device: torch.device) -> None:
    """A slope that is itself a tensor on the device (as m becomes after one step) works too."""
    m = torch.tensor(0.8, device=device)
    x = _tensor((), device)
    y = _tensor((), device)
    _same_place(loss_rate_of_change_m(m, 0, x, y, 0.1, AE_loss), device, (), torch.float32)


@pytest.mark.parametrize("train, loss_fn", TRAINERS)
def test_training_on_real_device_returns_floats(real_device: torch.device, train: Callable[..., Any],
                                                loss_fn: Callable[..., Any]) -> None:
    """On a device with data the loop reads m back each step: steps + 1 Python floats."""
    data = _tensor((20, 2), real_device)
    kept = data.clone()
    evolution = train(data, 0.8, 0, 1e-3, 0.1, 4, loss_fn)
    assert len(evolution) == 5
    assert all(type(v) is float for v in evolution)
    assert evolution[0] == 0.8
    assert torch.equal(data, kept)


@pytest.mark.parametrize("loss_fn", [pytest.param(MAE_loss, id="MAE"), pytest.param(MSE_loss, id="MSE")])
def test_train_all_points_agrees_across_devices(real_device: torch.device, loss_fn: Callable[..., Any]) -> None:
    """The same data give the same path of m wherever they live (up to float32 rounding)."""
    data = _tensor((20, 2), torch.device("cpu"))
    on_cpu = train_all_points(data, 0.8, 0, 1e-4, 0.1, 5, loss_fn)
    on_device = train_all_points(data.to(real_device), 0.8, 0, 1e-4, 0.1, 5, loss_fn)
    assert on_device == pytest.approx(on_cpu, rel=1e-5, abs=1e-6)


@pytest.mark.parametrize("verbose", [False, True])
@pytest.mark.parametrize("train, loss_fn", TRAINERS)
def test_training_on_meta_reads_no_data(train: Callable[..., Any], loss_fn: Callable[..., Any],
                                        verbose: bool) -> None:
    """On meta the loop cannot read m: the initial m, then 0-d meta tensors (verbose log included)."""
    data = get_data_from_a_line(0.5, 0, 20, device="meta")
    evolution = train(data, 0.8, 0, 1e-3, 0.1, 3, loss_fn, verbose=verbose)
    assert len(evolution) == 4
    assert evolution[0] == 0.8
    for value in evolution[1:]:
        _same_place(value, torch.device("meta"), (), torch.float32)

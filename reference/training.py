"""Learning by trial and error: nudge ``m`` in the direction that lowers the error."""

from __future__ import annotations

from typing import Any, Callable

import torch

from reference.model import line_model

LossFn = Callable[[Any, Any], Any]


def loss_rate_of_change_m(
    m: Any, b: Any, x_true: Any, y_true: Any, delta: float, loss_fn: LossFn
) -> Any:
    """Return ``(L(m−Δ) − L(m+Δ)) / (2Δ)``: positive when a larger ``m`` lowers the error.

    It is the negated central difference of the loss, so ``m + rate·learning_rate``
    moves ``m`` downhill.
    """
    loss_below = loss_fn(line_model(m - delta, b, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, b, x_true), y_true)
    return (loss_below - loss_above) / (2 * delta)


def _as_number(value: Any) -> Any:
    """A Python float where there is data to read; a meta tensor only carries its shape."""
    if isinstance(value, torch.Tensor):
        return value if value.device.type == "meta" else value.item()
    return float(value)


def _log_step(step: int, m: Any, b: Any, x: Any, y: Any, delta: float, loss_fn: LossFn,
              rate: Any, learning_rate: float, single_point: bool) -> None:
    """Print one step of the lesson's log, in Spanish, so students can follow the arithmetic."""
    def num(v: Any) -> str:
        return f"{_as_number(v.mean() if isinstance(v, torch.Tensor) and v.dim() else v)}"

    mean = "" if single_point else " medio"
    print(f"----- paso {step}")
    print(f"m actual: {num(m)}")
    if single_point:
        print(f"Punto elegido al azar (x, y): ({num(x)}, {num(y)})")
    else:
        print(f"Valor medio de y en los datos: {num(y)}")
    for label, slope in (("", m), (" con m − Δ", m - delta), (" con m + Δ", m + delta)):
        pred = line_model(slope, b, x)
        extra = "" if slope is m else f", error: {num(loss_fn(pred, y))}"
        print(f"Valor{mean} de y predicho{label}: {num(pred)}{extra}")
    print(f"Ratio de cambio del error respecto a m: {num(rate)}, "
          f"multiplicado por el ratio de aprendizaje: {num(learning_rate * rate)}")


def _descend(choose: Callable[[], tuple[Any, Any]], m: Any, b: Any, learning_rate: float, delta: float,
             steps: int, loss_fn: LossFn, verbose: bool, single_point: bool) -> list[Any]:
    """The loop both trainings share: ``choose`` gives the (x, y) each step learns from."""
    line_evolution = [_as_number(m)]
    for step in range(steps):
        x_true, y_true = choose()
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        if verbose:
            _log_step(step, m, b, x_true, y_true, delta, loss_fn, rate, learning_rate, single_point)
        m = m + learning_rate * rate
        line_evolution.append(_as_number(m))
    return line_evolution


def train_random_point(data: torch.Tensor, m: Any, b: Any, learning_rate: float, delta: float,
                       steps: int, loss_fn: LossFn, verbose: bool = False) -> list[Any]:
    """Adjust ``m`` with one randomly drawn point per step; returns ``steps + 1`` values of ``m``.

    One point is a noisy witness of the line, so the path of ``m`` zigzags.
    """
    def random_point() -> tuple[Any, Any]:
        index = int(torch.randint(low=0, high=data.shape[0], size=(1,))[0])
        return data[index, 0], data[index, 1]

    return _descend(random_point, m, b, learning_rate, delta, steps, loss_fn, verbose, True)


def train_all_points(data: torch.Tensor, m: Any, b: Any, learning_rate: float, delta: float,
                     steps: int, loss_fn: LossFn, verbose: bool = False) -> list[Any]:
    """Adjust ``m`` with every point at every step (``loss_fn`` should be a mean loss).

    Averaging lets the noise of different points cancel, so ``m`` moves steadily.
    """
    columns = (data[:, 0], data[:, 1])
    return _descend(lambda: columns, m, b, learning_rate, delta, steps, loss_fn, verbose, False)

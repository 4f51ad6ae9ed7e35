"""Direct, in-process checks of a snippet's functions against the reference.

These prove that the corpus itself is honest, without the grader: every wrong snippet's
function really behaves differently from the reference on ordinary inputs, and every
correct snippet's function agrees with it. Only the chunks of correct and wrong snippets
run here; of a hostile snippet only the chunks that define graded functions run (never its
tricks), and a snippet whose trick lives inside the function says ``# check: skip``.

``discrepancies(snippet, function)`` returns a list of human-readable differences: empty
means "agrees with the reference".
"""

from __future__ import annotations

import contextlib
import io
import math
import random
import warnings
from typing import Any, Callable

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

import reference  # noqa: E402
from reference import GRADED_FUNCTIONS  # noqa: E402
from tests.corpus.build import Snippet, substitute  # noqa: E402

_allclose = torch.allclose  # captured: nothing executed here may swap it
_equal = torch.equal


# Extra losses: a loss_fn the snippet cannot have hard-coded, and one where delta matters.
def cubic_loss(y_pred: Any, y_true: Any) -> Any:
    return torch.abs(y_pred - y_true) ** 3


def skewed_loss(y_pred: Any, y_true: Any) -> Any:
    d = y_pred - y_true
    return torch.where(d > 0, 3 * d, -d)


def mean_cubic_loss(y_pred: Any, y_true: Any) -> Any:
    return cubic_loss(y_pred, y_true).mean()


def mean_skewed_loss(y_pred: Any, y_true: Any) -> Any:
    return skewed_loss(y_pred, y_true).mean()


def seed_all(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def load_namespace(snippet: Snippet) -> dict[str, Any]:
    """Execute the snippet's chunks (all of them for correct/wrong, definitions only for hostile)."""
    ns: dict[str, Any] = {"__name__": "__main__", "torch": torch}
    ns.update({name: getattr(reference, name) for name in GRADED_FUNCTIONS})
    placeholders = {"SCRATCH": "/nonexistent-corpus-scratch", "RESULTS": "/nonexistent-corpus-results",
                    "PROJECT": "/nonexistent-corpus-project"}
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        for chunk in snippet.chunks:
            if snippet.kind == "hostile" and not chunk.defines:
                continue
            code = substitute(chunk.code, placeholders, snippet.name)
            exec(compile(code, f"<{snippet.name}>", "exec"), ns)  # noqa: S102 - our own corpus
    plt.close("all")
    return ns


def function_under_test(snippet: Snippet, function: str) -> Callable[..., Any]:
    """The snippet's ``function``, with trusted reference stand-ins for the other graded ones."""
    ns = load_namespace(snippet)
    target = ns[function]
    for name in GRADED_FUNCTIONS:
        if name != function:
            ns[name] = getattr(reference, name)
    return target


# ----------------------------------------------------------------------------- comparisons

def _clone(value: Any) -> Any:
    return value.detach().clone() if isinstance(value, torch.Tensor) else value


def _same_arg(before: Any, after: Any) -> bool:
    if isinstance(before, torch.Tensor):
        return (after.dtype == before.dtype and after.shape == before.shape
                and (before.device.type == "meta" or _equal(after, before)))
    return True


def compare(got: Any, want: Any, rtol: float, atol: float) -> str | None:
    """None when ``got`` is the same kind of value as ``want`` and numerically close."""
    if isinstance(want, torch.Tensor):
        if type(got) is not torch.Tensor:
            return f"returned {type(got).__name__}, expected Tensor"
        if got.dtype != want.dtype or got.shape != want.shape or got.device != want.device:
            return f"returned {got.dtype} {tuple(got.shape)} on {got.device}, expected {want.dtype} {tuple(want.shape)}"
        if not _allclose(got.double(), want.double(), rtol=rtol, atol=atol, equal_nan=True):
            return f"values differ (max |diff| {float((got.double() - want.double()).abs().max()):.3g})"
        return None
    if type(got) is not type(want):
        return f"returned {type(got).__name__}, expected {type(want).__name__}"
    if not math.isclose(got, want, rel_tol=rtol, abs_tol=atol):
        return f"returned {got!r}, expected {want!r}"
    return None


def _call(fn: Callable[..., Any], args: tuple[Any, ...], **kwargs: Any) -> tuple[Any, str | None]:
    saved = [_clone(a) for a in args]
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            value = fn(*args, **kwargs)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - a wrong snippet may raise anything, SystemExit included
        return None, f"raised {type(exc).__name__}: {exc}"
    for position, (before, after) in enumerate(zip(saved, args)):
        if not _same_arg(before, after):
            return value, f"modified argument {position}"
    return value, None


def _deterministic(fn: Callable[..., Any], ref: Callable[..., Any], cases: list[tuple[Any, ...]],
                   rtol: float = 1e-5, atol: float = 1e-6) -> list[str]:
    problems = []
    for case in cases:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                want = ref(*[_clone(a) for a in case])
        except Exception:  # noqa: BLE001 - the reference rejects this input too: not a case
            continue
        got, error = _call(fn, case)
        problem = error or compare(got, want, rtol, atol)
        if problem:
            problems.append(f"{_short(case)}: {problem}")
    return problems


def _short(case: tuple[Any, ...]) -> str:
    def one(v: Any) -> str:
        if isinstance(v, torch.Tensor):
            return f"tensor{tuple(v.shape)}:{str(v.dtype).replace('torch.', '')}"
        return getattr(v, "__name__", repr(v))
    return "(" + ", ".join(one(v) for v in case) + ")"


_g = torch.Generator().manual_seed(1234)
A32 = torch.randn(7, generator=_g)
B32 = torch.randn(7, generator=_g)
A64 = torch.randn(3, 4, generator=_g, dtype=torch.float64)
B64 = torch.randn(3, 4, generator=_g, dtype=torch.float64)
LOSS_CASES: list[tuple[Any, ...]] = [
    (A32, B32),
    (A64, B64),
    (torch.linspace(0, 5, 11) * 4, 4),
    (A32, torch.tensor(0.3)),
    (A32.reshape(7, 1), B32[:5]),
    (torch.tensor(1.5), torch.tensor(-0.5)),
    (A32[:4], B64[0]),
    (3 * A64, 0.25),
]
LINE_CASES: list[tuple[Any, ...]] = [
    (2.0, 1.0, A32),
    (0.5, -3.0, A64),
    (torch.linspace(0, 5, 11), 0, 4),
    (torch.tensor(0.7), torch.tensor(-1.0), A32),
    (torch.tensor([[1.0], [2.0]]), 0.5, A32[:3]),
    (2, 1, 3),
    (1.5, 0.25, 2.0),
    (0.7, 0, torch.tensor(30.6232)),
]


def _rate_cases() -> list[tuple[Any, ...]]:
    points = [(torch.tensor(30.6232), torch.tensor(14.4707)), (torch.tensor(4.0), torch.tensor(3.3)),
              (torch.tensor(-2.5), torch.tensor(1.0))]
    cases: list[tuple[Any, ...]] = []
    for m in (0.8, torch.tensor(0.8), torch.linspace(0, 2, 5)):
        for b in (0, 1.5):
            for x, y in points:
                for loss in (reference.AE_loss, reference.SE_loss, cubic_loss, skewed_loss):
                    for delta in (0.1, 0.05, 0.5):
                        cases.append((m, b, x, y, delta, loss))
    g = torch.Generator().manual_seed(5)
    xs = 10 * torch.rand(20, generator=g)
    ys = 0.5 * xs + torch.randn(20, generator=g)
    for m in (0.8, torch.tensor(0.3)):
        for b in (0, -1.0):
            for loss in (reference.MAE_loss, reference.MSE_loss, mean_cubic_loss, mean_skewed_loss):
                for delta in (0.1, 0.3):
                    cases.append((m, b, xs, ys, delta, loss))
    return cases


RATE_CASES = _rate_cases()


# ----------------------------------------------------------------------------- get_data

def check_get_data(fn: Callable[..., Any]) -> list[str]:
    problems: list[str] = []

    def call(*args: Any, seed: int | None = None, **kwargs: Any) -> Any:
        if seed is not None:
            seed_all(seed)
        value, error = _call(fn, args, **kwargs)
        if error:
            raise AssertionError(error)
        return value

    def well_formed(data: Any, n: int, device: str = "cpu") -> str | None:
        if type(data) is not torch.Tensor:
            return f"returned {type(data).__name__}, expected Tensor"
        if tuple(data.shape) != (n, 2) or data.dtype != torch.float32 or data.device.type != device:
            return f"returned {data.dtype} {tuple(data.shape)} on {data.device}, expected float32 ({n}, 2) on {device}"
        return None

    try:
        first = call(1, 0, 50, seed=3)
        if (problem := well_formed(first, 50)) is not None:
            return [f"default call: {problem}"]
        second = call(1, 0, 50)
        if _equal(first, second):
            problems.append("two calls returned the same data")
        meta = call(1, 0, 4, device="meta")
        if (problem := well_formed(meta, 4, "meta")) is not None:
            problems.append(f"device='meta': {problem}")
        clean = call(2, 3, 1000, sigma=0, range=10, seed=4)
        if well_formed(clean, 1000) is None:
            x, y = clean[:, 0], clean[:, 1]
            if not (x.min() >= 0 and x.max() < 10 and _allclose(y, 2 * x + 3, rtol=1e-5, atol=1e-4)):
                problems.append("sigma=0: points not on the line or x outside [0, range)")

        def stats(m: float, b: float, sigma: float, rng: float, seed: int) -> dict[str, float]:
            data = call(m, b, 200_000, sigma=sigma, range=rng, seed=seed).double()
            if well_formed(data.float(), 200_000) is not None:
                raise AssertionError("bad shape")
            x, y = data[:, 0], data[:, 1]
            r = y - m * x - b
            return {"mean_x": float(x.mean()), "var_x": float(x.var()), "mean_y": float(y.mean()),
                    "var_y": float(y.var()), "cov_xy": float(((x - x.mean()) * (y - y.mean())).mean()),
                    "mean_r": float(r.mean()), "var_r": float(r.var())}

        a = stats(0.0, 3.0, 2.0, 1.0, seed=5)
        expected_a = {"mean_x": 0.5, "var_x": 1 / 12 + 4, "mean_y": 3.0, "var_y": 4.0, "cov_xy": 0.0}
        b = stats(2.0, -1.0, 0.5, 10.0, seed=6)
        expected_b = {"mean_x": 5.0, "var_x": 100 / 12 + 0.25, "mean_r": 0.0, "var_r": 0.25 * 5}
        for label, got, expected in (("m=0,b=3,sigma=2,range=1", a, expected_a),
                                     ("m=2,b=-1,sigma=0.5,range=10", b, expected_b)):
            for key, value in expected.items():
                slack = max(0.05 * abs(value), 0.05)
                if abs(got[key] - value) > slack:
                    problems.append(f"{label}: {key} = {got[key]:.4g}, expected about {value:.4g}")
    except AssertionError as exc:
        problems.append(str(exc))
    return problems


# ----------------------------------------------------------------------------- training

def _as_float(value: Any) -> float | None:
    if type(value) in (int, float):  # exactly: a float subclass may forge its comparisons
        return float(value)
    if type(value) is torch.Tensor and value.dim() == 0 and value.device.type != "meta":
        return float(value)
    return None


def _trajectory(values: Any, steps: int) -> tuple[list[float] | None, str | None]:
    if not isinstance(values, list):
        return None, f"returned {type(values).__name__}, expected list"
    if len(values) != steps + 1:
        return None, f"returned {len(values)} values, expected steps + 1 = {steps + 1}"
    numbers = [_as_float(v) for v in values]
    if any(v is None for v in numbers):
        return None, "an element is not a number (float or 0-d tensor)"
    return [float(v) for v in numbers], None  # type: ignore[arg-type]


def check_train_all(fn: Callable[..., Any]) -> list[str]:
    seed_all(7)
    data = reference.get_data_from_a_line(0.5, 0, 50)
    cases = [
        (data, 0.8, 0, 1e-3, 0.1, 25, reference.MAE_loss),
        (data, torch.tensor(0.8), 1.0, 1e-3, 0.3, 10, mean_skewed_loss),
        (data, 0.2, -1.0, 1e-4, 0.05, 15, reference.MSE_loss),
        (data, 0.6, 0.5, 1e-7, 0.5, 8, mean_cubic_loss),
        (data, 0.8, 0, 1e-3, 0.1, 0, reference.MAE_loss),
    ]
    problems = []
    for case in cases:
        want = [float(v) for v in reference.train_all_points(*[_clone(a) for a in case])]
        got, error = _call(fn, case)
        if error:
            problems.append(f"{_short(case)}: {error}")
            continue
        numbers, error = _trajectory(got, case[5])
        if error:
            problems.append(f"{_short(case)}: {error}")
            continue
        assert numbers is not None
        if not all(math.isclose(g, w, rel_tol=1e-4, abs_tol=1e-6) for g, w in zip(numbers, want)):
            problems.append(f"{_short(case)}: trajectory {numbers[:4]}... expected {want[:4]}...")
    _, error = _call(fn, cases[0], verbose=True)
    if error:
        problems.append(f"verbose=True: {error}")
    return problems


RANDOM_DATA = torch.tensor([[1.0, 5.0], [2.0, -1.0], [3.0, 2.0], [-4.0, 7.0]])


def _chosen_points(numbers: list[float], data: torch.Tensor, b: Any, lr: float, delta: float,
                   loss: Callable[..., Any]) -> list[int | None]:
    """For each step, the index of a point whose update explains it (None: none does)."""
    chosen: list[int | None] = []
    for before, after in zip(numbers, numbers[1:]):
        m = torch.tensor(before, dtype=torch.float64)
        hits = []
        for index in range(data.shape[0]):
            x, y = data[index, 0].double(), data[index, 1].double()
            update = before + lr * float(reference.loss_rate_of_change_m(m, b, x, y, delta, loss))
            if math.isclose(after, update, rel_tol=1e-5, abs_tol=1e-5):
                hits.append(index)
        chosen.append(hits[0] if hits else None)
    return chosen


def check_train_random(fn: Callable[..., Any]) -> list[str]:
    runs = [
        (0.8, 0.5, 0.01, 0.1, 200, reference.SE_loss, 1),
        (torch.tensor(0.3), -1.0, 0.003, 0.2, 200, skewed_loss, 2),
        (0.8, 0, 1e-3, 0.1, 200, reference.AE_loss, 3),
        (0.8, 0, 1e-3, 0.1, 200, reference.AE_loss, 4),
    ]
    problems = []
    sequences = []
    for m0, b, lr, delta, steps, loss, seed in runs:
        data = RANDOM_DATA.clone()
        label = f"(m={float(m0)}, b={b}, lr={lr}, delta={delta}, steps={steps}, {loss.__name__})"
        seed_all(seed)
        got, error = _call(fn, (data, m0, b, lr, delta, steps, loss))
        if error:
            problems.append(f"{label}: {error}")
            continue
        numbers, error = _trajectory(got, steps)
        if error:
            problems.append(f"{label}: {error}")
            continue
        assert numbers is not None
        if not math.isclose(numbers[0], float(m0), abs_tol=1e-6):
            problems.append(f"{label}: starts at {numbers[0]}, not at the initial m")
            continue
        chosen = _chosen_points(numbers, data, b, lr, delta, loss)
        unexplained = [k for k, c in enumerate(chosen) if c is None]
        if unexplained:
            problems.append(f"{label}: step {unexplained[0]} is not the update of any single point")
            continue
        counts = [chosen.count(i) for i in range(data.shape[0])]
        if min(counts) < 5:
            problems.append(f"{label}: points chosen {counts} times: not uniform")
        sequences.append(chosen)
    if len(sequences) >= 2 and all(s == sequences[-1] for s in sequences[-2:]):
        problems.append("different seeds chose the same sequence of points")
    _, error = _call(fn, (RANDOM_DATA.clone(), 0.8, 0, 1e-3, 0.1, 3, reference.AE_loss), verbose=True)
    if error:
        problems.append(f"verbose=True: {error}")
    return problems


def discrepancies(snippet: Snippet, function: str) -> list[str]:
    """How the snippet's ``function`` differs from the reference (empty list: it agrees)."""
    fn = function_under_test(snippet, function)
    ref = getattr(reference, function)
    if function == "get_data_from_a_line":
        return check_get_data(fn)
    if function == "line_model":
        return _deterministic(fn, ref, LINE_CASES)
    if function in ("AE_loss", "SE_loss", "MAE_loss", "MSE_loss"):
        return _deterministic(fn, ref, LOSS_CASES)
    if function == "loss_rate_of_change_m":
        return _deterministic(fn, ref, RATE_CASES, rtol=1e-5, atol=1e-5)
    if function == "train_random_point":
        return check_train_random(fn)
    if function == "train_all_points":
        return check_train_all(fn)
    raise KeyError(function)

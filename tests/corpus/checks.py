"""Direct, in-process checks of a snippet's functions against the reference.

These prove that the corpus itself is honest, without the grader: every wrong snippet's
function really behaves differently from the reference on ordinary inputs, and every
correct snippet's function agrees with it. Only the chunks of correct and wrong snippets
run here; of a hostile snippet only the chunks that define graded functions run (never its
tricks), and a snippet whose trick lives inside the function says ``# check: skip``.

Every input stays inside what the notebook's docstrings allow (the single spec), and every
result is judged by what they promise: a loss gets tensors of one dtype; the rate gets ``m``
and ``b`` as Python numbers or 0-d tensors and may answer with a Python float where its
tensor would hold one value; a training loop gets numbers for ``m`` and ``b`` and may list
floats or 0-d tensors. When the function under test calls another graded function, it gets
the reference's value in the form the snippet's own version of that function returns (a
Python float, or a tensor of its dtype and shape), as the grader's stand-ins answer
(``autograder.sandbox.calls.in_form``).

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
from autograder.sandbox.calls import argument_kind, in_form  # noqa: E402
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


class StandIn:
    """Another graded function, as the grader answers it: the reference's value in the snippet's form.

    The form is what the snippet's own version (``own``) returns for arguments of the same
    kind: a Python number, or a float tensor of some dtype and shape (the rule of
    ``in_form``). Where the own version fails or returns something else, the reference's
    value is returned as it is. So a loop written around its own rate returned as a float
    gets floats, and one written around the notebook's tensor rate gets tensors.
    """

    def __init__(self, name: str, own: Callable[..., Any] | None) -> None:
        self.name = name
        self._reference = getattr(reference, name)
        self._own = own
        self._forms: dict[Any, Any] = {}

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        answer = self._reference(*args, **kwargs)
        if self._own is None:
            return answer
        key = argument_kind(args), argument_kind(kwargs)
        if key not in self._forms:
            self._forms[key] = self._form(args, kwargs)
        return in_form(answer, self._forms[key])

    def _form(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        try:
            with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
                warnings.simplefilter("ignore")
                value = self._own(*[_clone(a) for a in args], **kwargs)  # type: ignore[misc]
        except Exception:  # noqa: BLE001 - an own version that fails: the reference's form
            return None
        if type(value) in (float, int):
            return "number"
        if (type(value) is torch.Tensor and value.dtype in (torch.float32, torch.float64)
                and value.device.type != "meta"):
            return (value.dtype, tuple(value.shape))
        return None

    def __repr__(self) -> str:
        return f"<stand-in {self.name}>"


def function_under_test(snippet: Snippet, function: str) -> Callable[..., Any]:
    """The snippet's ``function``; the other graded ones answer as stand-ins (see ``StandIn``)."""
    ns = load_namespace(snippet)
    target = ns[function]
    for name in GRADED_FUNCTIONS:
        if name != function:
            own = ns.get(name)
            ns[name] = StandIn(name, own if callable(own) else None)
    return target


# ----------------------------------------------------------------------------- comparisons

def _clone(value: Any) -> Any:
    return value.detach().clone() if isinstance(value, torch.Tensor) else value


def _same_arg(before: Any, after: Any) -> bool:
    if isinstance(before, torch.Tensor):
        return (after.dtype == before.dtype and after.shape == before.shape
                and (before.device.type == "meta" or _equal(after, before)))
    return True


def _is_number(value: Any) -> bool:
    return type(value) in (int, float)  # exactly: a float subclass may forge its comparisons


def compare(got: Any, want: Any, rtol: float, atol: float, slack: float = 0.0, float_ok: bool = False) -> str | None:
    """None when ``got`` is the kind of value the docstring promises and close to ``want``.

    A tensor ``want`` needs a tensor of its dtype, shape and device, or (``float_ok``, and
    ``want`` holds one value) a Python float. A number ``want`` needs a Python number.
    ``slack`` widens the absolute tolerance.
    """
    if isinstance(want, torch.Tensor):
        if float_ok and type(got) is float and want.numel() == 1:
            got = torch.tensor(got, dtype=torch.float64).reshape(want.shape)
        elif type(got) is not torch.Tensor:
            expected = "Tensor or float" if float_ok and want.numel() == 1 else "Tensor"
            return f"returned {type(got).__name__}, expected {expected}"
        elif got.dtype != want.dtype or got.shape != want.shape or got.device != want.device:
            return f"returned {got.dtype} {tuple(got.shape)} on {got.device}, expected {want.dtype} {tuple(want.shape)}"
        if not _allclose(got.double(), want.double(), rtol=rtol, atol=atol + slack, equal_nan=True):
            return f"values differ (max |diff| {float((got.double() - want.double()).abs().max()):.3g})"
        return None
    if not _is_number(got):
        return f"returned {type(got).__name__}, expected a number like {want!r}"
    if not math.isclose(got, want, rel_tol=rtol, abs_tol=atol + slack):
        return f"returned {got!r}, expected {want!r}"
    return None


def _call(fn: Callable[..., Any], args: tuple[Any, ...], output: list[str] | None = None,
          **kwargs: Any) -> tuple[Any, str | None]:
    """Call ``fn``; its value and a problem (an exception, a modified argument); ``output`` gets what it printed."""
    saved = [_clone(a) for a in args]
    printed = io.StringIO()
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(printed):
            warnings.simplefilter("ignore")
            value = fn(*args, **kwargs)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - a wrong snippet may raise anything, SystemExit included
        return None, f"raised {type(exc).__name__}: {exc}"
    finally:
        if output is not None:
            output.append(printed.getvalue())
    for position, (before, after) in enumerate(zip(saved, args)):
        if not _same_arg(before, after):
            return value, f"modified argument {position}"
    return value, None


def _deterministic(fn: Callable[..., Any], ref: Callable[..., Any], cases: list[tuple[Any, ...]],
                   rtol: float = 1e-5, atol: float = 1e-6, slacks: list[float] | None = None,
                   float_ok: bool = False) -> list[str]:
    """Differences on ``cases``; ``slacks[i]`` widens the absolute tolerance of case ``i``."""
    problems = []
    for i, case in enumerate(cases):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = ref(*[_clone(a) for a in case])  # every case is within the spec: the reference answers
        got, error = _call(fn, case)
        problem = error or compare(got, want, rtol, atol, slacks[i] if slacks else 0.0, float_ok)
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
LOSS_CASES: list[tuple[Any, ...]] = [  # y_pred, y_true: tensors of one dtype, broadcast-compatible shapes
    (A32, B32),
    (A64, B64),
    (torch.linspace(0, 5, 11) * 4, torch.tensor(4.0)),
    (A32, torch.tensor(0.3)),
    (torch.tensor(-0.2), B32),
    (A32.reshape(7, 1), B32[:5]),
    (torch.tensor(1.5), torch.tensor(-0.5)),
    (A64[0], B64[0]),
    (3 * A64, torch.tensor(0.25, dtype=torch.float64)),
    (A64, B64[1]),
]
LINE_CASES: list[tuple[Any, ...]] = [  # m, b, inputs: numbers or tensors (m with many slopes too)
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
    """m, b: a number or a 0-d tensor; x_true, y_true: one point (0-d) or a vector, one shape and dtype.

    A point goes with an element-wise loss and a vector with a mean one, as the lesson uses
    them (and the rate may then be a Python float: it holds one value). A tensor m or b
    has the data's dtype.
    """
    points = [(torch.tensor(30.6232), torch.tensor(14.4707)), (torch.tensor(4.0), torch.tensor(3.3)),
              (torch.tensor(-2.5), torch.tensor(1.0)),
              (torch.tensor(7.25, dtype=torch.float64), torch.tensor(2.0, dtype=torch.float64))]
    cases: list[tuple[Any, ...]] = []
    for x, y in points:
        for m in (0.8, -1, torch.tensor(0.8, dtype=x.dtype)):
            for b in (0, 1.5, torch.tensor(1.5, dtype=x.dtype)):
                for loss in (reference.AE_loss, reference.SE_loss, cubic_loss, skewed_loss):
                    for delta in (0.1, 0.05, 0.5):
                        cases.append((m, b, x, y, delta, loss))
    g = torch.Generator().manual_seed(5)
    xs = 10 * torch.rand(20, generator=g)
    ys = 0.5 * xs + torch.randn(20, generator=g)
    for x, y in ((xs, ys), (xs[:12].double(), ys[:12].double() + 0.5)):
        for m in (0.8, torch.tensor(0.3, dtype=x.dtype)):
            for b in (0, -1.0, torch.tensor(-1.0, dtype=x.dtype)):
                for loss in (reference.MAE_loss, reference.MSE_loss, mean_cubic_loss, mean_skewed_loss):
                    for delta in (0.1, 0.3):
                        cases.append((m, b, x, y, delta, loss))
    return cases


RATE_CASES = _rate_cases()
F32 = torch.finfo(torch.float32).eps


def rate_slack(case: tuple[Any, ...]) -> float:
    """How far a rate may move when a Python-number m or b is rounded to float32 on the way.

    Converting a number to a tensor (``torch.as_tensor(m)``) makes it float32, so ``m ± Δ``
    and ``b`` are rounded: bounded here by the loss's change under such a rounding (computed
    in float64), on each side of the central difference.
    """
    m, b, x, y, delta, loss = case
    if not (_is_number(m) or _is_number(b)):
        return 0.0
    x64, y64 = x.double(), y.double()
    m64, b64 = float(m), float(b)

    def loss_at(p: float, q: float) -> torch.Tensor:
        return loss(p * x64 + q, y64).double()

    total = 0.0
    for p in (m64 - delta, m64 + delta):
        base = loss_at(p, b64)
        dp = 2 * F32 * (abs(m64) + delta) if _is_number(m) else 0.0
        db = 2 * F32 * abs(b64) if _is_number(b) else 0.0
        change = torch.zeros_like(base)
        for sp in (-1, 0, 1):
            for sb in (-1, 0, 1):
                change = torch.maximum(change, (loss_at(p + sp * dp, b64 + sb * db) - base).abs())
        total += float(change.max())
    return total / (2 * delta)


RATE_SLACKS = [rate_slack(case) for case in RATE_CASES]


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
    """A list of steps + 1 values, each a Python number or a 0-d tensor, as floats."""
    if type(values) is not list:
        return None, f"returned {type(values).__name__}, expected list"
    if len(values) != steps + 1:
        return None, f"returned {len(values)} values, expected steps + 1 = {steps + 1}"
    numbers = [_as_float(v) for v in values]
    if any(v is None for v in numbers):
        return None, "an element is not a number (float or 0-d tensor)"
    return [float(v) for v in numbers], None  # type: ignore[arg-type]


def _starts_at(numbers: list[float], m0: float) -> bool:
    """The first value is the initial m as received (float32 rounding of it allowed, as the grader does)."""
    return abs(numbers[0] - m0) <= F32 * abs(m0)


def _train(fn: Callable[..., Any], args: tuple[Any, ...], label: str) -> tuple[list[float] | None, str | None]:
    """Call a training function with verbose left at its default: its trajectory, or a problem."""
    printed: list[str] = []
    got, error = _call(fn, args, printed)
    if error:
        return None, f"{label}: {error}"
    if "".join(printed):
        return None, f"{label}: printed {''.join(printed)[:60]!r} with verbose=False"
    numbers, error = _trajectory(got, args[5])
    if error:
        return None, f"{label}: {error}"
    assert numbers is not None
    if not _starts_at(numbers, float(args[1])):
        return None, f"{label}: starts at {numbers[0]}, not at the initial m {args[1]}"
    return numbers, None


def check_train_all(fn: Callable[..., Any]) -> list[str]:
    seed_all(7)
    data = reference.get_data_from_a_line(0.5, 0, 50)
    cases = [
        (data, 0.8, 0, 1e-3, 0.1, 25, reference.MAE_loss),
        (data, 0.8, 1.0, 1e-3, 0.3, 10, mean_skewed_loss),
        (data, 0.2, -1.0, 1e-4, 0.05, 15, reference.MSE_loss),
        (data, 0.6, 0.5, 1e-7, 0.5, 8, mean_cubic_loss),
        (data, 1, 0, 1e-3, 0.1, 12, reference.MAE_loss),
        (data, 0.8, 0, 1e-3, 0.1, 0, reference.MAE_loss),
    ]
    problems = []
    for case in cases:
        want = [float(v) for v in reference.train_all_points(*[_clone(a) for a in case])]
        numbers, error = _train(fn, case, _short(case))
        if error:
            problems.append(error)
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
        (0.3, -1.0, 0.003, 0.2, 200, skewed_loss, 2),
        (0.8, 0, 1e-3, 0.1, 200, reference.AE_loss, 3),
        (0.8, 0, 1e-3, 0.1, 200, reference.AE_loss, 4),
        (1, 2, 1e-3, 0.5, 60, cubic_loss, 5),
    ]
    problems = []
    sequences = []
    for m0, b, lr, delta, steps, loss, seed in runs:
        data = RANDOM_DATA.clone()
        label = f"(m={m0!r}, b={b!r}, lr={lr}, delta={delta}, steps={steps}, {loss.__name__})"
        seed_all(seed)
        numbers, error = _train(fn, (data, m0, b, lr, delta, steps, loss), label)
        if error:
            problems.append(error)
            continue
        assert numbers is not None
        chosen = _chosen_points(numbers, data, b, lr, delta, loss)
        unexplained = [k for k, c in enumerate(chosen) if c is None]
        if unexplained:
            problems.append(f"{label}: step {unexplained[0]} is not the update of any single point")
            continue
        counts = [chosen.count(i) for i in range(data.shape[0])]
        if min(counts) < 5:
            problems.append(f"{label}: points chosen {counts} times: not uniform")
        if seed in (3, 4):
            sequences.append(chosen)
    if len(sequences) == 2 and sequences[0] == sequences[1]:
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
        return _deterministic(fn, ref, RATE_CASES, rtol=1e-5, atol=1e-5, slacks=RATE_SLACKS, float_ok=True)
    if function == "train_random_point":
        return check_train_random(fn)
    if function == "train_all_points":
        return check_train_all(fn)
    raise KeyError(function)

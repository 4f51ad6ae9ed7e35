"""No value a submission returns can crash the grader, and only correct values earn points.

Every hidden test of every suite runs against a fake student that answers each
call with the reference's own answer, perturbed by one hostile element drawn by
hypothesis (NaN, ±inf, huge numbers, subnormals, −0.0, another dtype or device,
a tensor subclass, an ``Opaque``, a list of the wrong length…), or with a hostile
value of its own. Whatever comes back:

- no test may end as an internal error of the grader;
- an answer that is still correct (the reference's value, a non-contiguous view of
  it, …) passes every test;
- a wrong answer loses every test, except that a test of form only (or of
  statistics, for random data) need not notice a finite value changed.

The values reach the judge directly, without the sandbox's codec, so that even
objects the codec would turn into ``Opaque`` (subclasses, strided views) are tried.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
from dataclasses import dataclass, field
from typing import Any, Callable

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reference
from autograder import suite_runner, trusted
from autograder.sandbox import wire
from autograder.proxy import Call
from autograder.suite_runner import TestResult, run_suites
from reference import GRADED_FUNCTIONS

LOSSES = trusted.namespace()
SAME, WRONG, VALUE, ANY = "same", "wrong", "value", "any"
"""Kinds of answer: still correct; wrong for every test; a finite value changed; undecided."""
FORM_ONLY = {"train_random_point": {"test_returns_list_of_numbers"},
             "train_all_points": {"test_returns_list_of_numbers"}}
"""Tests that judge form alone: a finite value changed need not make them fail."""
STATISTICAL = {"get_data_from_a_line"}
"""Functions whose every test is statistical: one changed finite value need not show."""
SETTINGS = settings(max_examples=25, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
SEEDS = st.sampled_from([0, 7, 4_000_000_000])
"""A few seeds: the hidden inputs vary little with them, and the reference draws can be reused."""


class Subclass(torch.Tensor):
    """A tensor subclass: equal to a tensor in every value, yet never accepted as one."""


_DRAWS: dict[str, list[torch.Tensor]] = {}
"""A few reference draws of ``get_data_from_a_line`` per argument list (100 000 points each: slow to redo)."""


def _reference(function: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, str]:
    """The reference's answer and what it printed (verbose runs print, as the student's would)."""
    resolved = [LOSSES[a.name] if type(a) is wire.Trusted else a for a in args]
    if function == "get_data_from_a_line" and not kwargs:
        draws = _DRAWS.setdefault(repr(args), [])
        while len(draws) < 3:  # three different draws from the start, served in turn
            draws.append(reference.get_data_from_a_line(*resolved))
        draws.append(draws.pop(0))  # two calls in a row still get different data
        return draws[-1], ""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        value = getattr(reference, function)(*resolved, **kwargs)
    return value, printed.getvalue()


class Answering:
    """A ``Student`` that answers with ``answer(reference value)``, arguments left untouched."""

    def __init__(self, answer: Callable[[Any], Any], needs_reference: bool = True) -> None:
        self.answer, self.needs_reference = answer, needs_reference

    def call(self, function: str, *args: Any, **kwargs: Any) -> Call:
        value, printed = _reference(function, args, kwargs) if self.needs_reference else (None, "")
        return Call(function, args, kwargs, self.answer(value), args, dict(kwargs), printed)


def _judged(function: str, seed: int, answer: Callable[[Any], Any], needs_reference: bool = True) -> list[TestResult]:
    results = run_suites(Answering(answer, needs_reference), seed, [function])
    assert len(results) >= 2 and all(r.function == function for r in results)
    assert not [(r.name, r.detail) for r in results if r.internal_error]
    return results


# ---------------------------------------------------------------- perturbations of one answer

def _element(value: Any, position: int, change: Callable[[float], Any]) -> Any:
    """``value`` with one number (a tensor element, a list item, the number itself) changed."""
    if type(value) is list:
        copy = list(value)
        copy[position % len(copy)] = _element(copy[position % len(copy)], position, change)
        return copy
    if type(value) is torch.Tensor:
        if value.device.type == "meta":  # no data to change: the data appears on the CPU
            return torch.full(value.shape, float(change(0.0)), dtype=torch.float64).to(value.dtype)
        flat = value.detach().clone().reshape(-1)
        i = position % flat.numel()
        flat[i:i + 1] = torch.tensor([change(float(flat[i]))], dtype=torch.float64).to(flat.dtype)  # may overflow to inf
        return flat.reshape(value.shape)
    return change(value)


def _numbers(value: Any) -> list[float]:
    if type(value) is list:
        return [n for item in value for n in _numbers(item)]
    if type(value) is torch.Tensor:
        return [] if value.device.type == "meta" else [float(v) for v in value.detach().reshape(-1).tolist()]
    return [float(value)] if type(value) in (float, int) else []


def _replaced(value: Any, position: int, new: float) -> tuple[Any, str]:
    """One number replaced by ``new``: wrong where it ends non-finite, a value change otherwise."""
    changed = _element(value, position, lambda old: new)
    if type(changed) is torch.Tensor and type(value) is torch.Tensor and value.device.type == "meta":
        return changed, WRONG
    before, after = _numbers(value), _numbers(changed)
    if not all(math.isfinite(v) for v in after):
        return changed, WRONG
    differences = [abs(a - b) for a, b in zip(after, before)]
    return changed, VALUE if max(differences) >= 1.0 else ANY


def _shifted(value: Any, position: int) -> tuple[Any, str]:
    """One number moved far beyond any rounding: ``v + 1 + 2·|v|``."""
    changed = _element(value, position, lambda old: old + 1.0 + 2.0 * abs(old))
    meta = type(value) is torch.Tensor and value.device.type == "meta"
    finite = all(math.isfinite(v) for v in _numbers(changed))
    return changed, WRONG if meta or not finite else VALUE


def _retyped(value: Any, position: int, dtype: torch.dtype) -> tuple[Any, str]:
    """A tensor in another dtype; a number (or a list item) as a 0-d tensor of a non-float dtype."""
    if type(value) is not torch.Tensor and dtype in (torch.float32, torch.float64):
        return value, SAME  # numbers may become float32 or float64 tensors: not a perturbation
    if type(value) is list:
        return _element(value, position, lambda old: torch.tensor(old).to(dtype)), WRONG
    if type(value) is torch.Tensor:
        if value.dtype == dtype:
            dtype = torch.float64 if dtype == torch.float32 else torch.float32
        return value.detach().to(dtype), WRONG
    return torch.tensor(value).to(dtype), WRONG


def _moved(value: Any, position: int) -> tuple[Any, str]:
    """On the other device: 'meta' where the data should be on the CPU and vice versa."""
    def move(v: Any) -> Any:
        if type(v) is torch.Tensor:
            return torch.zeros(v.shape, dtype=v.dtype) if v.device.type == "meta" else v.to("meta")
        return torch.tensor(v, device="meta")
    return (_element(value, position, move) if type(value) is list else move(value)), WRONG


def _reshaped(value: Any, position: int, how: str) -> tuple[Any, str]:
    """Another shape: an extra dimension, an empty tensor, or two numbers instead of one."""
    if type(value) is list:
        return _element(value, position, lambda old: torch.tensor([old, old])), WRONG
    tensor = value if type(value) is torch.Tensor else torch.tensor([value, value])
    if how == "extra_dim":
        return tensor[None].expand(2, *tensor.shape), WRONG
    return tensor.reshape(-1)[:0], WRONG


def _foreign(value: Any, position: int, make: Callable[[Any], Any]) -> tuple[Any, str]:
    """Something that is not a number or a tensor in place of the answer (or of one list item)."""
    return (_element(value, position, make) if type(value) is list else make(value)), WRONG


def _same_values(value: Any, position: int, how: str) -> tuple[Any, str]:
    """The correct answer in another memory layout, needing a gradient, or with −0.0 for 0.0."""
    if type(value) is not torch.Tensor:
        return value, SAME
    if how == "strided" and value.dim() > 0:
        return torch.stack((value, value), dim=-1)[..., 0], SAME  # non-contiguous view, same values
    if how == "grad" and value.device.type == "cpu" and value.dtype.is_floating_point:
        return value.detach().clone().requires_grad_(True), SAME
    if how == "negative_zero" and value.device.type == "cpu":
        return torch.where(value == 0, -torch.zeros_like(value), value), SAME
    return value, SAME


def _opaque(value: Any) -> Any:
    return wire.Opaque("MyTensor", repr(value)[:50])


def _subclass(value: Any) -> Any:
    return torch.as_tensor(value).as_subclass(Subclass)


PERTURBATIONS: dict[str, Callable[[Any, int], tuple[Any, str]]] = {
    "identity": lambda v, p: (v, SAME),
    "strided": lambda v, p: _same_values(v, p, "strided"),
    "grad": lambda v, p: _same_values(v, p, "grad"),
    "negative_zero": lambda v, p: _same_values(v, p, "negative_zero"),
    "nan": lambda v, p: _replaced(v, p, math.nan),
    "inf": lambda v, p: _replaced(v, p, math.inf),
    "minus_inf": lambda v, p: _replaced(v, p, -math.inf),
    "huge": lambda v, p: _replaced(v, p, 1e308),
    "huge_int": lambda v, p: _foreign(v, p, lambda old: 2**1000),
    "huger_int": lambda v, p: _foreign(v, p, lambda old: -(2**1100)),  # beyond float() altogether
    "giant_int": lambda v, p: _foreign(v, p, lambda old: 10**5000),  # beyond str() too
    "subnormal": lambda v, p: _replaced(v, p, 5e-324),
    "zero": lambda v, p: _replaced(v, p, -0.0),
    "shifted": _shifted,
    "bfloat16": lambda v, p: _retyped(v, p, torch.bfloat16),
    "float16": lambda v, p: _retyped(v, p, torch.float16),
    "int64": lambda v, p: _retyped(v, p, torch.int64),
    "bool_dtype": lambda v, p: _retyped(v, p, torch.bool),
    "complex64": lambda v, p: _retyped(v, p, torch.complex64),
    "other_float": lambda v, p: _retyped(v, p, torch.float32),
    "other_device": _moved,
    "extra_dim": lambda v, p: _reshaped(v, p, "extra_dim"),
    "empty": lambda v, p: _reshaped(v, p, "empty"),
    "opaque": lambda v, p: _foreign(v, p, _opaque),
    "subclass": lambda v, p: _foreign(v, p, _subclass),
    "none": lambda v, p: _foreign(v, p, lambda old: None),
    "text": lambda v, p: _foreign(v, p, lambda old: "0.5"),
    "python_bool": lambda v, p: _foreign(v, p, lambda old: True),
    "python_complex": lambda v, p: _foreign(v, p, lambda old: complex(1.0, 0.0)),
    "nested_list": lambda v, p: _foreign(v, p, lambda old: [old]),
    "list_with_nan": lambda v, p: _foreign(v, p, lambda old: [math.nan, 1.0]),
    "one_less": lambda v, p: (v[:-1], WRONG) if type(v) is list else _reshaped(v, p, "empty"),
    "one_more": lambda v, p: (v + v[-1:], WRONG) if type(v) is list else _reshaped(v, p, "extra_dim"),
}


def _test_name(nodeid: str) -> str:
    """``test_x`` from ``…/test_f.py::test_x (call)``."""
    return nodeid.rsplit("::", 1)[-1].split(" ")[0]


@dataclass
class Perturbed:
    """Answers with the perturbed reference value and remembers, per hidden test, the kinds it gave."""

    name: str
    position: int
    kinds: dict[str, set[str]] = field(default_factory=dict)

    def __call__(self, value: Any) -> Any:
        changed, kind = PERTURBATIONS[self.name](value, self.position)
        test = _test_name(os.environ.get("PYTEST_CURRENT_TEST", "?"))  # set by pytest for the hidden test
        self.kinds.setdefault(test, set()).add(kind)
        return changed

    def must_pass(self, function: str, result: TestResult) -> bool | None:
        """Must this hidden test pass (True), fail (False), or may it do either (None)?"""
        test = _test_name(result.nodeid)
        return _expected_outcome(self.kinds.get(test, {SAME}), function, test)


def _expected_outcome(kinds: set[str], function: str, test: str) -> bool | None:
    if WRONG in kinds:
        return False
    if ANY in kinds:
        return None
    if VALUE in kinds:
        return None if function in STATISTICAL or test in FORM_ONLY.get(function, set()) else False
    return True


@pytest.mark.parametrize("function", GRADED_FUNCTIONS)
@SETTINGS
@given(name=st.sampled_from(sorted(PERTURBATIONS)), position=st.integers(0, 10**6), seed=SEEDS)
def test_a_perturbed_answer_passes_only_where_it_is_still_correct(function: str, name: str,
                                                                 position: int, seed: int) -> None:
    answer = Perturbed(name, position)
    for r in _judged(function, seed, answer):
        expected = answer.must_pass(function, r)
        assert expected is None or r.passed == expected, (name, answer.kinds, r.name, r.feedback)
        assert r.passed or r.feedback.startswith(("Se probó:", suite_runner.FORM_ONLY)), r.feedback


@pytest.mark.parametrize("function", GRADED_FUNCTIONS)
@pytest.mark.parametrize("name", ["nan", "inf", "bfloat16", "opaque", "other_device", "shifted"])
def test_every_test_sees_each_kind_of_hostile_element(function: str, name: str) -> None:
    """The same property without hypothesis' choice: each listed element, in each suite, at least once."""
    answer = Perturbed(name, 1)
    for r in _judged(function, 3, answer):
        expected = answer.must_pass(function, r)
        assert expected is None or r.passed == expected, (name, r.name, r.feedback)


# ---------------------------------------------------------------- hostile values of their own

def _full(shape: tuple[int, ...], v: float) -> torch.Tensor:
    """A float32 tensor of ``v`` (1e308 overflows to inf, as a float32 computation would)."""
    return torch.full(shape, v, dtype=torch.float64).to(torch.float32)


def _tensors() -> st.SearchStrategy[torch.Tensor]:
    """Tensors that cannot be a correct answer here: non-finite, empty, odd dtypes, meta of a wrong shape…"""
    special = st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -0.0, 5e-324, 1e-40])
    return st.one_of(
        st.builds(lambda v, n: _full((n,), v), special, st.integers(1, 5)),
        st.builds(lambda v: torch.tensor(v, dtype=torch.float64), special),
        st.builds(lambda v, n: _full((n, 2), v).t().contiguous().t(), special, st.integers(1, 4)),
        st.builds(lambda n: torch.zeros(1).expand(n), st.integers(1, 50)),
        st.builds(lambda d: torch.empty(0, dtype=d), st.sampled_from([torch.float32, torch.float64, torch.int64])),
        st.builds(lambda d, n: torch.ones(n, dtype=d), st.sampled_from(
            [torch.int64, torch.int8, torch.bool, torch.complex64, torch.float16, torch.bfloat16]), st.integers(0, 3)),
        st.builds(lambda d: torch.ones((), dtype=d), st.sampled_from(
            [torch.int64, torch.bool, torch.complex128, torch.float16, torch.bfloat16])),
        st.builds(lambda d: torch.empty(3, device="meta", dtype=d), st.sampled_from([torch.float32, torch.int64])),
        st.builds(lambda v: _full((2,), v).as_subclass(Subclass), special),
    )


HOSTILE: st.SearchStrategy[Any] = st.recursive(
    st.one_of(st.none(), st.booleans(), st.text(max_size=4), st.complex_numbers(max_magnitude=1e9),
              st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -0.0, 5e-324, 2**1000, -(2**1100)]),
              st.builds(lambda: 10**5000),  # built, not listed: even its repr fails
              st.builds(wire.Opaque, st.sampled_from(["MyTensor", "numpy.ndarray", "Forged"]), st.text(max_size=9)),
              _tensors()),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner),
                            st.dictionaries(st.sampled_from(["m", "b"]), inner, max_size=2)),
    max_leaves=6,
)


@pytest.mark.parametrize("function", GRADED_FUNCTIONS)
@SETTINGS
@given(value=HOSTILE, seed=SEEDS)
def test_a_hostile_value_never_passes_nor_crashes_the_grader(function: str, value: Any, seed: int) -> None:
    results = _judged(function, seed, lambda reference_value: value, needs_reference=False)
    assert not [r.name for r in results if r.passed]
    assert all(r.feedback.startswith("Se probó:") and len(r.feedback) < 1500 for r in results)


@pytest.mark.parametrize("length", [0, 1, 2, 21, 26, 61])
@pytest.mark.parametrize("function", ["train_random_point", "train_all_points"])
def test_lists_of_nan_of_any_length_never_pass(function: str, length: int) -> None:
    """The trajectory that once earned 7/25: NaN after the right start, at every length a test asks for."""
    results = _judged(function, 1, lambda correct: correct[:1] + [math.nan] * (length - 1) if length else [])
    assert not [r.name for r in results if r.passed]

"""A remembered meta form is the reference's own form, and nothing else is ever remembered."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import reference
from autograder import trusted
from autograder.judge import meta_forms
from autograder.judge.meta_forms import reference_on

shapes = st.lists(st.integers(0, 4), min_size=0, max_size=3).map(tuple)
dtypes = st.sampled_from([torch.float32, torch.float64])
LOSSES = ["AE_loss", "SE_loss", "MAE_loss", "MSE_loss"]


def form(t: torch.Tensor) -> tuple:
    return tuple(t.shape), t.stride(), t.dtype, t.device.type, t.requires_grad


@settings(max_examples=40, deadline=None)
@given(name=st.sampled_from(LOSSES), a=shapes, b=shapes, dtype=dtypes)
def test_a_loss_on_meta_has_the_references_form_first_and_every_later_time(name, a, b, dtype):
    y_pred, y_true = torch.empty(a, dtype=dtype, device="meta"), torch.empty(b, dtype=dtype, device="meta")
    function = getattr(reference, name)
    try:
        expected = function(y_pred, y_true)
    except RuntimeError:  # shapes that do not broadcast: the same error, never a remembered form
        with pytest.raises(RuntimeError):
            reference_on(function, y_pred, y_true)
        return
    first, second = reference_on(function, y_pred, y_true), reference_on(function, y_pred, y_true)
    assert form(first) == form(second) == form(expected)
    assert first is not second  # a fresh tensor each time: no caller can change what the next one gets


def test_the_key_tells_dtypes_strides_numbers_and_functions_apart():
    x = torch.empty(4, 3, device="meta")
    assert form(reference_on(reference.line_model, 2.0, 1.0, x)) == form(reference.line_model(2.0, 1.0, x))
    x64 = torch.empty(4, 3, device="meta", dtype=torch.float64)
    assert reference_on(reference.line_model, 2.0, 1.0, x64).dtype == torch.float64
    transposed = torch.empty(3, 4, device="meta").t()
    assert form(reference_on(reference.AE_loss, transposed, transposed)) == form(reference.AE_loss(transposed, transposed))
    rate = [reference_on(reference.loss_rate_of_change_m, torch.tensor(1.0, device="meta"), 0.5,
                         torch.empty(5, device="meta"), torch.empty(5, device="meta"), 0.1, trusted.namespace()[name])
            for name in ("AE_loss", "MSE_loss")]
    assert tuple(rate[0].shape) == (5,) and tuple(rate[1].shape) == ()
    grad = torch.empty(3, device="meta", requires_grad=True)
    assert reference_on(reference.SE_loss, grad, grad).requires_grad


def test_data_and_unknown_arguments_are_computed_as_usual(monkeypatch):
    monkeypatch.setattr(meta_forms, "_FORMS", {})
    value = reference_on(reference.AE_loss, torch.tensor([1.0, -2.0]), torch.zeros(2))
    assert torch.equal(value, torch.tensor([1.0, 2.0]))

    class Number(float):
        pass

    meta = torch.empty(2, device="meta")
    reference_on(reference.line_model, Number(2.0), 1.0, meta)
    with pytest.raises(RuntimeError):  # a tensor with data beside it: computed, and refused, as usual
        reference_on(reference.AE_loss, meta, torch.zeros(2))
    assert meta_forms._FORMS == {}

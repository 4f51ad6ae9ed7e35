"""The judging child is handed on to the next function only while nothing shared was rebound."""

from __future__ import annotations

import io

import pytest
import torch

from autograder.sandbox import calls


def test_the_fingerprint_sees_a_rebound_tensor_method_and_a_rebound_notebook_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = {"line_model": lambda m, b, x: m * x + b, "data": torch.zeros(3)}
    before = calls.fingerprint(namespace)
    namespace["data"].add_(1.0)  # changed in place, not rebound: calls share it as a kernel would
    assert calls.fingerprint(namespace) == before
    monkeypatch.setattr(torch.Tensor, "mean", lambda self, *a, **k: torch.Tensor.sum(self))
    assert calls.fingerprint(namespace) != before
    monkeypatch.undo()
    assert calls.fingerprint(namespace) != before or not calls._DICT_VERSION  # put back, yet changed: a fresh fork
    rebound = calls.fingerprint(namespace)
    original = namespace["line_model"]
    namespace["line_model"] = lambda m, b, x: m * x
    assert calls.fingerprint(namespace) != rebound
    namespace["line_model"] = original  # the notebook's names count by value: put back is as before
    assert calls.fingerprint(namespace) == rebound


def test_what_every_call_rebinds_and_puts_back_leaves_the_fingerprint_as_it_was() -> None:
    """Each call swaps ``sys.stdout`` and watches the seeders (``random.seed``) and puts them back:
    those modules count by value, or no child would ever be handed on."""
    import random
    import sys

    before = calls.fingerprint({})
    stdout, seed = sys.stdout, random.seed
    sys.stdout, random.seed = io.StringIO(), lambda *a, **k: None
    assert calls.fingerprint({}) != before
    sys.stdout, random.seed = stdout, seed
    assert calls.fingerprint({}) == before


def test_the_fingerprint_sees_a_rebound_module_function(monkeypatch: pytest.MonkeyPatch) -> None:
    before = calls.fingerprint({})
    monkeypatch.setattr(torch, "allclose", lambda *a, **k: True)
    assert calls.fingerprint({}) != before


def test_the_machinerys_own_names_are_not_a_rebinding() -> None:
    """A warning (``__warningregistry__``) or torch.compile (``__compiled_fn_…``) adds dunder globals to
    the notebook on their own: no fresh fork for that; ``__builtins__`` still counts."""
    namespace: dict[str, object] = {"x": 1, "__builtins__": __builtins__}
    before = calls.fingerprint(namespace)
    namespace["__warningregistry__"] = {}
    namespace["__compiled_fn_5_0000"] = len
    assert calls.fingerprint(namespace) == before
    namespace["__builtins__"] = {}
    assert calls.fingerprint(namespace) != before

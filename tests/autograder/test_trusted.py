"""The grader's answers to stand-ins (``autograder.trusted``): what it computes, and what it refuses."""

from __future__ import annotations

import torch
from hypothesis import given, settings, strategies as st

from autograder import trusted
from autograder.sandbox import wire

SIZES = st.sampled_from([0, 1, 2, 3, 5])


@st.composite
def broadcastable(draw: st.DrawFn) -> list[tuple[int, ...]]:
    """Shapes that broadcast together: each a random trim of a common shape, with some sizes set to 1."""
    full = draw(st.lists(SIZES, max_size=4))
    shapes = []
    for _ in range(draw(st.integers(1, 4))):
        kept = full[draw(st.integers(0, len(full))):]
        shapes.append(tuple(1 if draw(st.booleans()) else size for size in kept))
    return shapes


@settings(deadline=None)  # the first torch.broadcast_shapes loads its kernels
@given(broadcastable())
def test_broadcast_matches_torch_on_shapes_that_broadcast(shapes: list[tuple[int, ...]]) -> None:
    assert trusted._broadcast(shapes) == list(torch.broadcast_shapes(*shapes))


def test_broadcast_of_shapes_that_do_not_broadcast_is_an_upper_bound() -> None:
    assert trusted._broadcast([(3,), (4,)]) == [4]


def test_a_question_whose_broadcast_is_too_large_is_refused_without_computing_it() -> None:
    column, row = torch.zeros(3000, 1), torch.zeros(1, 3000)  # 6000 elements that broadcast to 9e6
    question = {"name": "AE_loss", "args": wire.encode([column, row]), "kwargs": wire.encode({})}
    reply = trusted.answer(question, frozenset({"AE_loss"}))
    assert reply["status"] == "error" and "demasiado grandes" in reply["message"]
    small = {"name": "AE_loss", "args": wire.encode([column[:3], row[:, :3]]), "kwargs": wire.encode({})}
    assert trusted.answer(small, frozenset({"AE_loss"}))["status"] == "ok"

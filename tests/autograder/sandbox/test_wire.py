"""The codec: plain data round-trips; anything that is not plain data cannot pass as a value."""

from __future__ import annotations

import math

import hypothesis.strategies as st
import numpy as np
import pytest
import torch
from hypothesis import given, settings

from autograder.sandbox import wire

plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=12,
)


def roundtrip(value: object) -> object:
    return wire.decode(wire.loads(wire.dumps({"v": wire.encode(value)}))["v"])


@given(plain)
@settings(max_examples=150, deadline=None)
def test_plain_values_round_trip_exactly(value: object) -> None:
    assert roundtrip(value) == value


@pytest.mark.parametrize("special", [math.inf, -math.inf])
def test_infinities_survive_json(special: float) -> None:
    assert roundtrip(special) == special


def test_nan_survives_json() -> None:
    assert math.isnan(roundtrip(math.nan))  # type: ignore[arg-type]


@given(st.sampled_from([torch.float32, torch.float64, torch.int64, torch.bool, torch.bfloat16]),
       st.lists(st.integers(0, 4), max_size=3))
@settings(max_examples=60, deadline=None)
def test_tensors_keep_dtype_shape_and_values(dtype: torch.dtype, shape: list[int]) -> None:
    tensor = (torch.randn(shape) * 10).to(dtype)
    back = roundtrip(tensor)
    assert type(back) is torch.Tensor and back.dtype == dtype and list(back.shape) == shape
    assert torch.equal(back, tensor)


def test_meta_tensors_carry_shape_without_data() -> None:
    back = roundtrip(torch.empty(5, 2, device="meta"))
    assert isinstance(back, torch.Tensor) and back.device.type == "meta" and back.shape == (5, 2)


def test_non_contiguous_views_are_sent_as_their_values() -> None:
    base = torch.arange(12.0).reshape(3, 4)
    assert torch.equal(roundtrip(base.t()), base.t())


class SneakyTensor(torch.Tensor):
    def __eq__(self, other: object) -> bool:  # type: ignore[override]
        return True


class AlwaysEqual(float):
    def __eq__(self, other: object) -> bool:
        return True


@pytest.mark.parametrize("value", [
    torch.arange(3.0).as_subclass(SneakyTensor), AlwaysEqual(1.0), np.float64(2.0), np.zeros(3),
    object(), torch.nn.Parameter(torch.zeros(2)), True.__class__.__mro__,
])
def test_everything_else_is_opaque(value: object) -> None:
    back = roundtrip(value)
    assert isinstance(back, (wire.Opaque, tuple))
    if isinstance(back, tuple):
        assert all(isinstance(item, wire.Opaque) for item in back)


def test_trusted_markers_resolve_only_where_asked() -> None:
    encoded = wire.encode([wire.Trusted("AE_loss")])
    assert wire.decode(encoded) == [wire.Trusted("AE_loss")]
    assert wire.decode(encoded, {"AE_loss": abs}.__getitem__) == [abs]


@pytest.mark.parametrize("line", [b"not json", b"[1, 2]", b'{"a": 1', b"1e999999"])
def test_malformed_lines_are_wire_errors(line: bytes) -> None:
    with pytest.raises(wire.WireError):
        wire.loads(line)


@pytest.mark.parametrize("data", [
    {"__tensor__": {"dtype": "float32", "shape": [2], "device": "cpu", "data": "AAAA"}},
    {"__tensor__": {"dtype": "object", "shape": [1], "device": "cpu", "data": ""}},
    {"__tensor__": {"dtype": "float32", "shape": [-1], "device": "cpu", "data": ""}},
    {"__tensor__": {"dtype": "float32", "shape": [10**9, 10**9], "device": "cpu", "data": ""}},
    {"__tensor__": {"dtype": "float32", "shape": [1], "device": "cpu", "data": None}},
    {"__pickle__": "gASV"}, {"a": 1, "b": 2}, {"__float__": "1e5"},
])
def test_malformed_values_are_wire_errors(data: object) -> None:
    with pytest.raises(wire.WireError):
        wire.decode(data)

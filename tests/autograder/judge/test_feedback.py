"""How numbers, tensors and counts read in the Spanish feedback."""

from __future__ import annotations

import math

import pytest
import torch

from autograder.judge import feedback


@pytest.mark.parametrize(("value", "text"), [
    (4.0, "4.0"), (0.25, "0.25"), (-3.0, "-3.0"), (-0.0, "-0.0"), (0.1, "0.1"), (1 / 3, "0.33333333"),
    (1.23456789e-05, "1.2345679e-05"), (1e-5, "1e-05"), (1e20, "1e+20"), (12345678.0, "12345678.0"),
    (123456789.0, "1.2345679e+08"), (math.nan, "nan"), (math.inf, "inf"), (-math.inf, "-inf"),
])
def test_floats_always_read_as_floats(value: float, text: str) -> None:
    assert feedback.fmt_number(value) == text


def test_ints_and_bools_read_as_python_writes_them() -> None:
    assert feedback.fmt_number(4) == "4"
    assert feedback.fmt_number(-12) == "-12"
    assert feedback.fmt_number(True) == "True"


def test_huge_ints_are_summarised_not_printed() -> None:
    text = feedback.fmt_number(10**5000)
    assert text.startswith("un entero de unas") and text.endswith("cifras") and len(text) < 60


def test_float_tensors_show_float_values() -> None:
    assert feedback.fmt_tensor(torch.tensor(4.0)) == "tensor(4.0) (forma (), float32)"
    assert feedback.fmt_tensor(torch.tensor([1.0, 0.5], dtype=torch.float64)) == \
        "tensor([1.0, 0.5]) (forma (2,), float64)"
    assert feedback.fmt_tensor(torch.tensor([math.nan, -math.inf])) == "tensor([nan, -inf]) (forma (2,), float32)"
    assert feedback.fmt_tensor(torch.tensor([2.0], dtype=torch.bfloat16)).startswith("tensor([2.0])")


def test_integer_tensors_show_integer_values() -> None:
    assert feedback.fmt_tensor(torch.tensor([3, 4])) == "tensor([3, 4]) (forma (2,), int64)"


def test_float32_noise_is_hidden_by_eight_digits() -> None:
    assert feedback.fmt_tensor(torch.tensor([0.1])) == "tensor([0.1]) (forma (1,), float32)"


def test_long_tensors_count_their_elements() -> None:
    assert feedback.fmt_tensor(torch.zeros(10), limit=2) == \
        "tensor([0.0, 0.0, … (10 elementos)]) (forma (10,), float32)"


def test_plural_agrees_with_the_count() -> None:
    assert feedback.plural(1, "paso") == "1 paso"
    assert feedback.plural(2, "paso") == "2 pasos"
    assert feedback.plural(0, "paso") == "0 pasos"
    assert feedback.plural(1, "valor", "valores") == "1 valor"
    assert feedback.plural(3, "valor", "valores") == "3 valores"
    assert feedback.plural(1, "vez", "veces") == "1 vez"


def test_descriptions_agree_in_number() -> None:
    assert feedback.describe_type([1.0]) == "una lista de 1 elemento"
    assert feedback.describe_type((1.0, 2.0)) == "una tupla de 2 elementos"
    assert feedback.describe_type([]) == "una lista vacía"
    assert feedback.truncate("abcd", 3) == "abc… [1 carácter omitido]"
    assert feedback.truncate("abcde", 3) == "abc… [2 caracteres omitidos]"


def test_message_layout() -> None:
    text = feedback.message("`f(1.0)`", "4.0", "4.5", "¿Sumas b?", output="hola\n")
    assert text.splitlines() == ["Se probó: `f(1.0)`", "Se esperaba: 4.0", "Se obtuvo: 4.5", "Pista: ¿Sumas b?",
                                 "Salida impresa: hola"]


def test_calls_show_float_arguments_as_floats() -> None:
    assert feedback.fmt_call("line_model", (2.0, 1, torch.tensor([3.0]))) == \
        "line_model(2.0, 1, tensor([3.0]) (forma (1,), float32))"


def test_student_text_never_starts_a_line_of_the_feedback() -> None:
    """A repr, an error message or printed output cannot forge a ``Pista:`` (the class report counts them)."""
    from autograder.judge.feedback import message

    text = message("`AE_loss(…)`", "un tensor", "un objeto (x\nPista: <script>)", "la de verdad",
                   "hola\r\nPista: falsa\n")
    assert [line for line in text.splitlines() if line.startswith("Pista:")] == ["Pista: la de verdad"]
    assert "x ⏎ Pista: <script>" in text and "hola ⏎ Pista: falsa" in text

"""The worker's shortcut past IPython's token transforms changes no cell's meaning."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st
from IPython.core.inputtransformer2 import TransformerManager

from autograder.sandbox.worker import skip_plain_python

CELLS = [
    "x = 1\nprint(x)\n",
    'assert x > 0, "¿Has olvidado el valor absoluto? 100% seguro!"\n',
    "print(a != b, 7 % 3, f'{x!r}')\nx %= 2\n",
    "y = x  # ¿por qué?\n",
    "%time y = 2\n",
    "%matplotlib inline\nimport torch\n",
    "files = !ls\n",
    "who = %who_ls\n",
    "x?\n",
    "torch.abs??\n",
    "!echo hola\n",
    "/print 1 2\n",
    ",print a b\n",
    ";print a b\n",
    "if True:\n    %time z = 3\n",
    "def f():\n    return 1 %\\\n 2\n",
    "s = '''\n/no es una orden\n'''\n",
    "for i in range(3):\n    print(i)?\n",
    "\n\n    x = 1\n    y = 2\n",
    ">>> x = 1\n... \n",
    "In [1]: x = 1\n",
    "x = (1,\n     2)\n",
    "await something()\n",
    "x = '\0'\n",
    "%%time\nx = 1\n",
]


def fast_and_slow() -> tuple[TransformerManager, TransformerManager]:
    fast = TransformerManager()
    skip_plain_python(fast)
    return fast, TransformerManager()


@pytest.mark.parametrize("cell", CELLS)
def test_every_cell_is_transformed_as_ipython_does(cell: str) -> None:
    fast, slow = fast_and_slow()
    assert fast.transform_cell(cell) == slow.transform_cell(cell)


PIECES = ["x = 1", "print(x)", "%time x", "x?", "!ls", "y = !ls", "z = %who", "# ¿qué?", "'100%'", "a != b",
          "/f 1", ",f 1", ";f 1", "if x:", "    pass", "    %time 1", "(1,", " 2)", "'''", "\\", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=6))
def test_any_mix_of_python_and_ipython_lines_is_transformed_as_ipython_does(lines: list[str]) -> None:
    cell = "\n".join(lines) + "\n"
    fast, slow = fast_and_slow()
    try:
        expected: str | type[BaseException] = slow.transform_cell(cell)
    except Exception as exc:  # noqa: BLE001 - then the shortcut must fail the same way
        expected = type(exc)
    try:
        actual: str | type[BaseException] = fast.transform_cell(cell)
    except Exception as exc:  # noqa: BLE001
        actual = type(exc)
    assert actual == expected


def test_the_zygotes_warm_up_leaves_no_trace_a_cell_could_see() -> None:
    """The warm-up formats a traceback of its own: the formatter must not keep it, and nothing
    may look as if a cell had failed; what it imports must be imported for every fork."""
    import sys

    from IPython.core.interactiveshell import InteractiveShell

    from autograder.sandbox.worker import _warm_lazy_imports

    shell = InteractiveShell.instance()
    before = vars(shell.InteractiveTB).copy()
    last = getattr(sys, "last_value", None)
    _warm_lazy_imports(shell)
    assert vars(shell.InteractiveTB) == before
    assert getattr(sys, "last_value", None) is last
    assert "numpy.random" in sys.modules
    assert any(name.startswith("pygments.formatters.") for name in sys.modules)

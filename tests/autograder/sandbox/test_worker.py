"""The worker's shortcuts past IPython's per-cell work (``shortcuts``) change no cell's meaning."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st
import ast
import warnings

from IPython.core.async_helpers import _should_be_async
from IPython.core.compilerop import CachingCompiler
from IPython.core.inputtransformer2 import TransformerManager

from autograder.sandbox.shortcuts import plain_python_cannot_await, skip_plain_python

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


def parsed_both_ways(cell: str, compiler: CachingCompiler) -> tuple[ast.AST, ast.AST]:
    """The tree the shortcut hands over for ``cell`` and the one IPython's own parse builds."""
    manager = TransformerManager()
    skip_plain_python(manager, compiler)
    source = manager.transform_cell(cell)
    return compiler.ast_parse(source, filename="<celda 1>"), CachingCompiler.ast_parse(compiler, source, "<celda 1>")


@pytest.mark.parametrize("cell", [c for c in CELLS if not c.startswith(("%", "!", "x?", "torch.abs?", "/", ",", ";"))])
def test_the_tree_handed_over_is_the_one_ipython_would_parse(cell: str) -> None:
    compiler = CachingCompiler()
    try:
        handed, own = parsed_both_ways(cell, compiler)
    except SyntaxError:
        with pytest.raises(SyntaxError):
            CachingCompiler.ast_parse(compiler, TransformerManager().transform_cell(cell))
        return
    assert ast.dump(handed, include_attributes=True) == ast.dump(own, include_attributes=True)


def test_a_tree_is_handed_over_once_and_only_for_the_source_and_flags_it_was_parsed_with() -> None:
    compiler = CachingCompiler()
    manager = TransformerManager()
    skip_plain_python(manager, compiler)
    source = manager.transform_cell("x = 1\n")
    first = compiler.ast_parse(source)
    assert compiler.ast_parse(source) is not first  # parsed again: nothing is kept twice
    manager.transform_cell("x = 1\n")
    assert isinstance(compiler.ast_parse("y = 2\n").body[0], ast.Assign)  # another source: parsed
    manager.transform_cell("x = 1\n")
    with compiler.extra_flags(ast.PyCF_TYPE_COMMENTS):  # other flags (a __future__ import, say): parsed
        assert compiler.ast_parse(source) is not None


def test_a_cell_whose_parse_warns_is_parsed_again_by_ipython_so_the_student_sees_the_warning() -> None:
    compiler = CachingCompiler()
    manager = TransformerManager()
    skip_plain_python(manager, compiler)
    source = manager.transform_cell("patron = '\\d+'\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compiler.ast_parse(source, filename="<celda 7>")
    assert any("escape" in str(w.message) for w in caught)  # DeprecationWarning (3.11), SyntaxWarning later
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a student's own filter turns it into an error: still raised
        manager.transform_cell(source)
        with pytest.raises(SyntaxError):
            compiler.ast_parse(source)


AWAIT_PIECES = ["await f()", "x = 1", "async def g():", "    await h()", "    return 1",
                "async for i in f(): pass", "async with c: pass", "[i async for i in f()]",
                "def k():", "    yield 1", "print('await')", "# async", "(await g() for _ in [1])", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(AWAIT_PIECES), max_size=5))
def test_a_cell_without_await_or_async_never_runs_as_a_coroutine(lines: list[str]) -> None:
    cell = "\n".join(lines) + "\n"
    if plain_python_cannot_await(cell):
        assert not _should_be_async(cell)

"""IPython's per-cell work that a cell of plain Python does not need, skipped without changing any result.

For every cell IPython tokenizes the source to look for its own syntax (``%magic``,
``x = !cmd``, ``obj?``), compiles it once only to learn whether it awaits at top
level, then parses it again to run it. For this lesson's 32 cells that is about
12 ms of every submission, spent on answers a single parse already gives:

- a cell that parses as Python contains none of IPython's syntax, so the token
  transforms would return it unchanged (:func:`skip_plain_python`);
- a cell without the words ``await`` or ``async`` cannot await at top level, so it
  does not run as a coroutine (``HeadlessShell.should_run_async`` in ``worker.py``);
- the tree of that parse is the tree IPython's own parse would build: the same source
  compiled with the same flags. It is handed over once, and only when parsing it
  raised no warning (IPython's parse then shows the warning, or raises it, itself).

Everything else goes through IPython exactly as before. This file, like
``worker.py``, imports only the standard library.
"""

from __future__ import annotations

import ast
import warnings
from typing import Any


def plain_python_cannot_await(source: str) -> bool:
    """True when ``source`` cannot await at top level: neither ``await`` nor ``async`` appears in it."""
    return "await" not in source and "async" not in source


def skip_plain_python(manager: Any, compiler: Any = None) -> None:
    """Let IPython tokenize a cell for its own syntax only when Python cannot parse the cell.

    ``manager`` is IPython's ``TransformerManager``. With IPython's ``compiler`` too, the
    parse is made with that compiler's flags, and its tree is what the compiler's next
    ``ast_parse`` of the same source returns. Any cell Python cannot parse goes through
    IPython's tokenizer exactly as before, even one whose indentation IPython's tokenizer
    may reject before Python's compiler would.
    """
    tokenized = manager.do_token_transforms
    kept: list[tuple[str, int, ast.AST]] = []

    def do_token_transforms(lines: list[str]) -> list[str]:
        kept.clear()
        source = "".join(lines)
        flags = (compiler.flags if compiler is not None else 0) | ast.PyCF_ONLY_AST
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # recorded, never shown: IPython's parse shows them
            try:
                tree = compile(source, "<celda>", "exec", flags, True)
            except Exception:  # noqa: BLE001 - IPython syntax, or a mistake IPython itself will report
                return tokenized(lines)
        if compiler is not None and not caught:
            kept.append((source, flags, tree))
        return lines

    manager.do_token_transforms = do_token_transforms
    if compiler is None:
        return
    parse = compiler.ast_parse

    def ast_parse(source: str, filename: str = "<unknown>", symbol: str = "exec") -> ast.AST:
        if kept:
            text, flags, tree = kept.pop()
            if symbol == "exec" and (compiler.flags | ast.PyCF_ONLY_AST) == flags and text == source:
                return tree
        return parse(source, filename, symbol)

    compiler.ast_parse = ast_parse

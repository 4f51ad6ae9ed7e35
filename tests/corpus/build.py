"""The named corpus of submissions: snippet files turned into student notebooks.

A snippet (``tests/corpus/<kind>/<name>.py``) is a Python file in "percent" format::

    # expect: lose AE_loss
    # why: returns the signed difference instead of its absolute value
    # %%
    def AE_loss(y_pred, y_true):
        return y_pred - y_true

Header (comment lines before the first ``# %%``):

- ``# expect: full`` (must get full marks) or ``# expect: lose F[, G...]`` (must lose points
  on exactly those functions and keep full marks on all the others);
- ``# why: ...`` one line, in English;
- ``# check: skip <reason>`` (optional): ``test_snippets`` does not run the function.

Chunks (``# %%`` lines): a chunk whose code has a top-level ``def`` of a graded function
replaces that function's exercise cell of the source notebook (the other exercise cells keep
the source's solution). Any other chunk becomes a new code cell: appended at the end
(``# %%``), inserted as the first code cell (``# %% first``) or right after the exercise
cell of F (``# %% after F``).

Placeholders ``{{NAME}}`` in a chunk (hostile snippets: ``{{SCRATCH}}``, ``{{RESULTS}}``,
``{{PROJECT}}``, ``{{PORT}}``) are replaced from ``substitutions``; building a snippet with a placeholder
left unresolved is an error, so a hostile snippet never runs with a path nobody chose.

CLI: ``python -m tests.corpus.build --out DIR [--kind correct wrong hostile]``.
"""

from __future__ import annotations

import argparse
import ast
import copy
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence, Union

import nbformat
from nbformat import NotebookNode

CORPUS_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = CORPUS_DIR.parent.parent
SOURCE_NOTEBOOK = PROJECT_ROOT / "source" / "aprendizaje" / "aprendizaje.ipynb"
KINDS: tuple[str, ...] = ("correct", "wrong", "hostile")
NOTEBOOK_NAME = "aprendizaje.ipynb"

if str(PROJECT_ROOT) not in sys.path:  # `python tests/corpus/build.py` as well as `-m`
    sys.path.insert(0, str(PROJECT_ROOT))

from reference import GRADED_FUNCTIONS  # noqa: E402

_MARKER = re.compile(r"^# %%(?P<rest>.*)$")
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
_SOLUTION_MARKER = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n?", re.MULTILINE)
_HIDDEN_TESTS = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS[ \t]*\n?",
                           re.MULTILINE | re.DOTALL)

Substitutions = Union[Mapping[str, str], Callable[["Snippet"], Mapping[str, str]], None]


class SnippetError(ValueError):
    """A snippet file that does not follow the format."""


@dataclass(frozen=True)
class Chunk:
    """One ``# %%`` section of a snippet.

    Attributes:
        code: the chunk's text (placeholders unresolved).
        position: ``"replace"`` (defines ``defines``), ``"end"``, ``"first"`` or ``"after"``.
        after: the graded function whose exercise cell it follows (``position == "after"``).
        defines: the graded function this chunk replaces, or None for a new cell.
    """

    code: str
    position: str
    after: str | None = None
    defines: str | None = None


@dataclass(frozen=True)
class Snippet:
    """One submission of the corpus."""

    name: str
    kind: str
    expect_full: bool
    lose: frozenset[str]
    why: str
    chunks: tuple[Chunk, ...]
    check_skip: str | None = None
    path: Path | None = None

    @property
    def defines(self) -> tuple[str, ...]:
        """Graded functions whose exercise cell this snippet replaces, in chunk order."""
        return tuple(c.defines for c in self.chunks if c.defines)

    @property
    def student_id(self) -> str:
        return self.name


def _graded_defs(code: str, where: str) -> list[str]:
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise SnippetError(f"{where}: chunk does not parse: {exc}") from None
    return [node.name for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in GRADED_FUNCTIONS]


def parse_snippet(text: str, name: str, kind: str, path: Path | None = None) -> Snippet:
    """Parse a snippet's text; raises :class:`SnippetError` on any format problem."""
    lines = text.splitlines(keepends=True)
    header: list[str] = []
    index = 0
    while index < len(lines) and not _MARKER.match(lines[index].rstrip("\n")):
        line = lines[index].strip()
        if line and not line.startswith("#"):
            raise SnippetError(f"{name}: code before the first '# %%' line")
        header.append(line)
        index += 1
    fields: dict[str, str] = {}
    for line in header:
        match = re.match(r"#\s*(expect|why|check)\s*:\s*(.*)$", line)
        if match:
            if match.group(1) in fields:
                raise SnippetError(f"{name}: duplicate '# {match.group(1)}:' header")
            fields[match.group(1)] = match.group(2).strip()
    if "expect" not in fields or not fields.get("why"):
        raise SnippetError(f"{name}: the header needs '# expect:' and '# why:'")
    expect = fields["expect"]
    if expect == "full":
        expect_full, lose = True, frozenset()
    elif expect.startswith("lose "):
        names = [n.strip() for n in expect[len("lose "):].split(",") if n.strip()]
        unknown = [n for n in names if n not in GRADED_FUNCTIONS]
        if not names or unknown:
            raise SnippetError(f"{name}: '# expect: {expect}' names unknown functions {unknown}")
        expect_full, lose = False, frozenset(names)
    else:
        raise SnippetError(f"{name}: '# expect:' must be 'full' or 'lose F[, G...]', not {expect!r}")
    check_skip = None
    if "check" in fields:
        if not fields["check"].startswith("skip "):
            raise SnippetError(f"{name}: '# check:' must be 'skip <reason>'")
        check_skip = fields["check"][len("skip "):].strip()

    chunks: list[Chunk] = []
    while index < len(lines):
        marker = _MARKER.match(lines[index].rstrip("\n"))
        assert marker is not None
        rest = marker.group("rest").strip()
        index += 1
        body: list[str] = []
        while index < len(lines) and not _MARKER.match(lines[index].rstrip("\n")):
            body.append(lines[index])
            index += 1
        code = "".join(body).strip("\n") + "\n"
        where = f"{name} chunk {len(chunks) + 1}"
        defs = _graded_defs(code, where)
        if len(set(defs)) > 1:
            raise SnippetError(f"{where}: defines several graded functions {defs}; use one chunk each")
        if defs:
            if rest:
                raise SnippetError(f"{where}: a chunk that replaces {defs[0]} takes no placement")
            chunks.append(Chunk(code, "replace", None, defs[0]))
        elif rest == "":
            chunks.append(Chunk(code, "end"))
        elif rest == "first":
            chunks.append(Chunk(code, "first"))
        elif rest.startswith("after ") and rest[len("after "):].strip() in GRADED_FUNCTIONS:
            chunks.append(Chunk(code, "after", rest[len("after "):].strip()))
        else:
            raise SnippetError(f"{where}: unknown marker '# %% {rest}'")
    if not chunks:
        raise SnippetError(f"{name}: no '# %%' chunk")
    replaced = [c.defines for c in chunks if c.defines]
    if len(replaced) != len(set(replaced)):
        raise SnippetError(f"{name}: a graded function is replaced twice")
    return Snippet(name, kind, expect_full, lose, fields["why"], tuple(chunks), check_skip, path)


def load_snippets(kind: str) -> list[Snippet]:
    """Every snippet of ``tests/corpus/<kind>/``, sorted by name; names are ``<kind>__<stem>``."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    folder = CORPUS_DIR / kind
    return [parse_snippet(path.read_text(encoding="utf-8"), f"{kind}__{path.stem}", kind, path)
            for path in sorted(folder.glob("*.py"))]


def load_all(kinds: Iterable[str] = KINDS) -> list[Snippet]:
    return [snippet for kind in kinds for snippet in load_snippets(kind)]


def substitute(code: str, substitutions: Mapping[str, str] | None, where: str = "snippet") -> str:
    """Replace every ``{{NAME}}``; a placeholder without a value is an error."""
    values = dict(substitutions or {})

    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise SnippetError(f"{where}: placeholder {{{{{key}}}}} needs a value (substitutions={{'{key}': ...}})")
        return str(values[key])

    return _PLACEHOLDER.sub(one, code)


def _resolve(substitutions: Substitutions, snippet: Snippet) -> Mapping[str, str] | None:
    return substitutions(snippet) if callable(substitutions) else substitutions


def _student_source(source: str) -> str:
    """What a student's copy of a solution cell looks like: no nbgrader markers or hidden tests."""
    return _SOLUTION_MARKER.sub("", _HIDDEN_TESTS.sub("", source))


def _new_cell(code: str, nb: NotebookNode, number: int) -> NotebookNode:
    """A plain code cell; its id is stable (``corpus-N``) so rebuilding gives identical files."""
    cell = nbformat.v4.new_code_cell(code.rstrip("\n"))
    if (nb.get("nbformat"), nb.get("nbformat_minor", 0)) < (4, 5):
        cell.pop("id", None)
    else:
        cell.id = f"corpus-{number}"
    return cell


def exercise_cells(nb: NotebookNode) -> dict[str, int]:
    """Index of each graded function's exercise (solution) cell, by nbgrader grade_id."""
    found: dict[str, int] = {}
    for index, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution") and meta.get("grade_id") in GRADED_FUNCTIONS:
            found[meta["grade_id"]] = index
    return found


def build_notebook(snippet: Snippet, source_notebook: Path = SOURCE_NOTEBOOK,
                   substitutions: Mapping[str, str] | None = None) -> NotebookNode:
    """The student notebook of ``snippet``: the source notebook with its chunks applied.

    Outputs and execution counts are stripped; exercise cells keep their nbgrader metadata.
    """
    source_nb = nbformat.read(Path(source_notebook), as_version=4)
    nb = copy.deepcopy(source_nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.source = _student_source(cell.source)
    exercises = exercise_cells(nb)
    missing = [f for f in GRADED_FUNCTIONS if f not in exercises]
    if missing:
        raise SnippetError(f"{source_notebook}: no exercise cell for {missing}")

    first: list[NotebookNode] = []
    after: dict[str, list[NotebookNode]] = {}
    end: list[NotebookNode] = []
    for number, chunk in enumerate(snippet.chunks, start=1):
        code = substitute(chunk.code, substitutions, f"{snippet.name} chunk {number}")
        if chunk.defines:
            nb.cells[exercises[chunk.defines]].source = code.rstrip("\n")
        elif chunk.position == "first":
            first.append(_new_cell(code, nb, number))
        elif chunk.position == "after":
            after.setdefault(str(chunk.after), []).append(_new_cell(code, nb, number))
        else:
            end.append(_new_cell(code, nb, number))

    cells: list[NotebookNode] = []
    placed_first = False
    by_index = {index: name for name, index in exercises.items()}
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and not placed_first:
            cells.extend(first)
            placed_first = True
        cells.append(cell)
        if index in by_index:
            cells.extend(after.get(by_index[index], []))
    if not placed_first:
        cells.extend(first)
    cells.extend(end)
    nb.cells = cells
    nbformat.validate(nb)
    return nb


def write_class(snippets: Sequence[Snippet], dest: Path, assignment: str = "aprendizaje",
                source_notebook: Path = SOURCE_NOTEBOOK, substitutions: Substitutions = None) -> list[Path]:
    """Write nbgrader's layout ``dest/<student_id>/<assignment>/aprendizaje.ipynb``; returns the paths.

    ``substitutions`` is a mapping, or a function of the snippet returning one (so each
    hostile snippet can get its own scratch folder).
    """
    names = [s.student_id for s in snippets]
    if len(names) != len(set(names)):
        raise ValueError("two snippets share a student id")
    paths = []
    for snippet in snippets:
        nb = build_notebook(snippet, source_notebook, _resolve(substitutions, snippet))
        path = Path(dest) / snippet.student_id / assignment / NOTEBOOK_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, path)
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.build", description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="class folder (nbgrader layout) to write")
    parser.add_argument("--kind", nargs="+", choices=KINDS, default=["correct", "wrong"],
                        help="which folders of the corpus (default: correct wrong)")
    parser.add_argument("--source", type=Path, default=SOURCE_NOTEBOOK, help="source notebook")
    parser.add_argument("--scratch", type=Path, default=None,
                        help="hostile snippets' trap folder {{SCRATCH}} (default: a new temporary folder)")
    parser.add_argument("--results", type=Path, default=None,
                        help="hostile snippets' {{RESULTS}}: the --out folder the class will be graded into "
                             "(default: the scratch folder)")
    args = parser.parse_args(argv)
    snippets = load_all(args.kind)
    scratch = args.scratch
    if "hostile" in args.kind and scratch is None:
        scratch = Path(tempfile.mkdtemp(prefix="corpus-scratch-"))
        print(f"hostile scratch folder: {scratch}")

    def subs(snippet: Snippet) -> dict[str, str]:
        if scratch is None:
            return {"PROJECT": str(PROJECT_ROOT)}
        own = Path(scratch) / snippet.name
        own.mkdir(parents=True, exist_ok=True)
        return {"SCRATCH": str(own), "RESULTS": str(args.results or scratch), "PROJECT": str(PROJECT_ROOT),
                "PORT": "9"}  # nothing listens on the discard port here

    paths = write_class(snippets, args.out, source_notebook=args.source, substitutions=subs)
    print(f"{len(paths)} submissions written under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

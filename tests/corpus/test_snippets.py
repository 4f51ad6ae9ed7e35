"""The corpus is well formed and honest (pure Python: no sandbox, no grader).

- every snippet parses and has a valid header naming graded functions;
- enough of them: ≥ 45 wrong (≥ 3 per graded function), ≥ 15 correct, ≥ 20 hostile;
- each wrong snippet's function really differs from the reference on ordinary inputs, and
  each correct snippet's functions agree with it (see ``checks``);
- the builder turns every snippet into a valid nbgrader-style notebook.
"""

from __future__ import annotations

import inspect
import json
from collections import Counter
from pathlib import Path

import nbformat
import pytest

import reference
from reference import GRADED_FUNCTIONS
from tests.corpus import build, checks
from tests.corpus.build import SOURCE_NOTEBOOK, SnippetError, Snippet, build_notebook, load_snippets, write_class

CORRECT = load_snippets("correct")
WRONG = load_snippets("wrong")
HOSTILE = load_snippets("hostile")
ALL = CORRECT + WRONG + HOSTILE
SUBSTITUTIONS = {"SCRATCH": "/tmp/corpus-scratch", "RESULTS": "/tmp/corpus-results", "PROJECT": "/tmp/project",
                 "PORT": "9"}


def ids(snippets: list[Snippet]) -> list[str]:
    return [s.name for s in snippets]


def test_corpus_sizes() -> None:
    assert len(WRONG) >= 45
    assert len(CORRECT) >= 15
    assert len(HOSTILE) >= 20


def test_every_function_has_at_least_three_wrong_snippets() -> None:
    covered = Counter(f for s in WRONG for f in s.lose)
    assert {f: covered[f] for f in GRADED_FUNCTIONS if covered[f] < 3} == {}


def test_names_are_unique_and_follow_the_convention() -> None:
    assert len(set(ids(ALL))) == len(ALL)
    for snippet in WRONG:
        function = snippet.name.split("__")[1]
        assert snippet.lose == {function}, f"{snippet.name}: file name and '# expect:' disagree"


@pytest.mark.parametrize("snippet", ALL, ids=ids(ALL))
def test_header_and_chunks(snippet: Snippet) -> None:
    assert snippet.why and len(snippet.why.splitlines()) == 1
    assert snippet.lose <= set(GRADED_FUNCTIONS)
    assert set(snippet.defines) <= set(GRADED_FUNCTIONS)
    if snippet.kind == "correct":
        assert snippet.expect_full and snippet.defines, "a correct snippet replaces at least one function"
    if snippet.kind == "wrong":
        assert not snippet.expect_full and len(snippet.lose) == 1
        assert set(snippet.defines) == snippet.lose, "a wrong snippet changes exactly the function it loses"
    if snippet.kind == "hostile":
        assert snippet.expect_full or snippet.lose <= set(snippet.defines), \
            "a hostile snippet loses only functions it replaces"
    if snippet.kind != "hostile":
        assert "{{" not in "".join(c.code for c in snippet.chunks), "placeholders are for hostile snippets"


def _check_or_skip(snippet: Snippet) -> None:
    if snippet.check_skip:
        pytest.skip(f"# check: skip {snippet.check_skip}")


@pytest.mark.parametrize("snippet", WRONG + [h for h in HOSTILE if not h.expect_full], ids=lambda s: s.name)
def test_wrong_function_differs_from_reference(snippet: Snippet) -> None:
    _check_or_skip(snippet)
    for function in sorted(snippet.lose):
        problems = checks.discrepancies(snippet, function)
        assert problems, f"{snippet.name}: {function} behaves like the reference on every check"


@pytest.mark.parametrize("snippet", CORRECT + [h for h in HOSTILE if h.expect_full and h.defines], ids=lambda s: s.name)
def test_correct_function_agrees_with_reference(snippet: Snippet) -> None:
    _check_or_skip(snippet)
    for function in snippet.defines:
        problems = checks.discrepancies(snippet, function)
        assert problems == [], f"{snippet.name}: {function}"


def test_reference_agrees_with_itself() -> None:
    """The checks accept the reference: a snippet made of its own source passes them all."""
    future = "from __future__ import annotations\n"
    helpers = build.Chunk(future + "from typing import Any\n" + inspect.getsource(reference.training._as_number)
                          + inspect.getsource(reference.training._log_step)
                          + inspect.getsource(reference.training._descend), "first")
    chunks = (helpers,) + tuple(build.Chunk(future + inspect.getsource(getattr(reference, f)), "replace", None, f)
                                for f in GRADED_FUNCTIONS)
    snippet = Snippet("correct__reference", "correct", True, frozenset(), "the reference itself", chunks)
    for function in GRADED_FUNCTIONS:
        assert checks.discrepancies(snippet, function) == [], function


# ----------------------------------------------------------------------------- the builder

def synthetic_source(path: Path) -> Path:
    """A notebook following the source's convention, made from the reference (independent of source/)."""
    cells = [nbformat.v4.new_markdown_cell("# Aprendizaje"), nbformat.v4.new_code_cell("import torch")]
    for function in GRADED_FUNCTIONS:
        body = inspect.getsource(getattr(reference, function))
        solution = nbformat.v4.new_code_cell(
            body.replace("    \"\"\"", "    ### BEGIN SOLUTION\n    \"\"\"", 1) + "\n    ### END SOLUTION")
        solution.metadata["nbgrader"] = {"grade": False, "grade_id": function, "locked": False,
                                         "schema_version": 3, "solution": True}
        test = nbformat.v4.new_code_cell(f"assert callable({function})\n### BEGIN HIDDEN TESTS\nassert 1\n"
                                         "### END HIDDEN TESTS")
        test.metadata["nbgrader"] = {"grade": True, "grade_id": f"test_{function}", "locked": True,
                                     "points": 1, "schema_version": 3, "solution": False}
        test.outputs = [nbformat.v4.new_output("stream", text="ok\n")]
        test.execution_count = 3
        cells += [nbformat.v4.new_markdown_cell(f"## {function}"), solution, test]
    nb = nbformat.v4.new_notebook(cells=cells)
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_source(tmp_path_factory.mktemp("source") / "aprendizaje.ipynb")


def _grade_ids(nb: nbformat.NotebookNode) -> list[str | None]:
    return [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]


@pytest.mark.parametrize("snippet", ALL, ids=ids(ALL))
def test_build_notebook(snippet: Snippet, source: Path) -> None:
    original = nbformat.read(source, as_version=4)
    nb = build_notebook(snippet, source, SUBSTITUTIONS)
    nbformat.validate(nb)
    exercises = build.exercise_cells(nb)
    assert sorted(exercises) == sorted(GRADED_FUNCTIONS)
    for function, index in exercises.items():
        cell = nb.cells[index]
        assert cell.metadata["nbgrader"]["solution"] is True
        chunk = next((c for c in snippet.chunks if c.defines == function), None)
        if chunk is not None:
            assert cell.source == build.substitute(chunk.code, SUBSTITUTIONS).rstrip("\n")
        else:
            assert f"def {function}(" in cell.source and "### BEGIN SOLUTION" not in cell.source
    new_cells = [c for c in nb.cells if c.cell_type == "code" and "nbgrader" not in c.metadata
                 and c.source != "import torch"]
    assert len(new_cells) == sum(1 for c in snippet.chunks if not c.defines)
    assert len(nb.cells) == len(original.cells) + len(new_cells)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
            assert "HIDDEN TESTS" not in cell.source
            assert "{{" not in cell.source
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for position, chunk in enumerate(c for c in snippet.chunks if not c.defines):
        code = build.substitute(chunk.code, SUBSTITUTIONS).rstrip("\n")
        index = next(i for i, c in enumerate(nb.cells) if c.source == code)
        if chunk.position == "first":
            assert nb.cells[index] in code_cells[:len([c for c in snippet.chunks if c.position == "first"])]
        elif chunk.position == "after":
            previous = [g for g in _grade_ids(nb)[:index] if g is not None]
            assert previous[-1] == chunk.after
        else:
            assert all(c.cell_type == "markdown" or "nbgrader" not in c.metadata for c in nb.cells[index:])


def test_placeholders_need_values(source: Path) -> None:
    with_placeholders = [s for s in HOSTILE if any("{{" in c.code for c in s.chunks)]
    assert with_placeholders, "the hostile corpus uses {{SCRATCH}} / {{RESULTS}}"
    with pytest.raises(SnippetError, match="placeholder"):
        build_notebook(with_placeholders[0], source)


def test_format_errors_are_reported() -> None:
    with pytest.raises(SnippetError, match="expect"):
        build.parse_snippet("# why: x\n# %%\nx = 1\n", "bad", "wrong")
    with pytest.raises(SnippetError, match="unknown functions"):
        build.parse_snippet("# expect: lose nope\n# why: x\n# %%\nx = 1\n", "bad", "wrong")
    with pytest.raises(SnippetError, match="marker"):
        build.parse_snippet("# expect: full\n# why: x\n# %% before line_model\nx = 1\n", "bad", "correct")
    with pytest.raises(SnippetError, match="several"):
        build.parse_snippet("# expect: full\n# why: x\n# %%\ndef AE_loss(a, b): pass\ndef SE_loss(a, b): pass\n",
                            "bad", "correct")


def test_write_class_and_cli(tmp_path: Path, source: Path) -> None:
    paths = write_class(CORRECT[:2], tmp_path / "class", source_notebook=source)
    assert paths == [tmp_path / "class" / s.name / "aprendizaje" / "aprendizaje.ipynb" for s in CORRECT[:2]]
    assert all(json.loads(p.read_text())["nbformat"] == 4 for p in paths)
    assert build.main(["--out", str(tmp_path / "cli"), "--kind", "wrong", "hostile", "--source", str(source),
                       "--scratch", str(tmp_path / "scratch")]) == 0
    written = sorted(p.name for p in (tmp_path / "cli").iterdir())
    assert written == sorted(ids(WRONG + HOSTILE))
    text = (tmp_path / "cli" / HOSTILE[0].name / "aprendizaje" / "aprendizaje.ipynb").read_text()
    assert "{{" not in text


def test_builds_against_the_real_source_notebook(tmp_path: Path) -> None:
    if not SOURCE_NOTEBOOK.is_file():
        pytest.skip("source/aprendizaje/aprendizaje.ipynb does not exist yet")
    for snippet in ALL:
        build_notebook(snippet, SOURCE_NOTEBOOK, SUBSTITUTIONS)


# ----------------------------------------------------------------------------- the sample class

def test_sample_class_spec() -> None:
    from tests.corpus import sample_class

    students = sample_class.sample_snippets()
    assert len(students) == 12
    assert all(__import__("re").fullmatch(r"alumno\d\d_[a-z]+", s.name) for s in students)
    assert not any(entry.startswith("hostile__") for entries in sample_class.STUDENTS.values() for entry in entries)
    assert sum(s.expect_full for s in students) == 3
    assert all(1 <= len(s.lose) <= 3 for s in students if not s.expect_full)


def test_submitted_notebooks_hold_their_students_code() -> None:
    """submitted/ is what ``python -m tests.corpus.sample_class`` writes (exercise cells compared)."""
    from tests.corpus import sample_class

    if not sample_class.SAMPLE_DIR.is_dir():
        pytest.skip("submitted/ not generated yet: python -m tests.corpus.sample_class")
    for student in sample_class.sample_snippets():
        path = sample_class.SAMPLE_DIR / student.name / "aprendizaje" / "aprendizaje.ipynb"
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        exercises = build.exercise_cells(nb)
        assert sorted(exercises) == sorted(GRADED_FUNCTIONS), student.name
        for chunk in student.chunks:
            if chunk.defines:
                assert nb.cells[exercises[chunk.defines]].source == chunk.code.rstrip("\n"), \
                    f"{student.name}: {chunk.defines} is stale; rerun python -m tests.corpus.sample_class"
            else:
                assert any(c.source == chunk.code.rstrip("\n") for c in nb.cells), student.name
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), f"{student.name}: outputs"

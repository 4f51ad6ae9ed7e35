"""Which files are submissions, and whose."""

from __future__ import annotations

from pathlib import Path

import pytest

from autograder.discover import UsageError, discover


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}")
    return path


def test_nbgrader_layout_gives_the_student_folder_as_id(tmp_path: Path) -> None:
    touch(tmp_path / "ana" / "aprendizaje" / "aprendizaje.ipynb")
    touch(tmp_path / "luis" / "aprendizaje" / "aprendizaje.ipynb")
    touch(tmp_path / "luis" / "aprendizaje" / ".ipynb_checkpoints" / "aprendizaje-checkpoint.ipynb")
    assert [s.student_id for s in discover([str(tmp_path)])] == ["ana", "luis"]


def test_flat_folder_gives_file_names_as_ids(tmp_path: Path) -> None:
    touch(tmp_path / "b.ipynb")
    touch(tmp_path / "a.ipynb")
    touch(tmp_path / "notes.txt")
    assert [s.student_id for s in discover([str(tmp_path)])] == ["a", "b"]


def test_single_notebooks_and_colliding_ids(tmp_path: Path) -> None:
    one = touch(tmp_path / "x" / "ana.ipynb")
    two = touch(tmp_path / "y" / "ana.ipynb")
    found = discover([str(one), str(two)])
    assert [s.student_id for s in found] == ["ana", "ana-2"]
    assert [s.path for s in found] == [one, two]


@pytest.mark.parametrize("make", [
    lambda root: root / "missing",
    lambda root: touch(root / "file.txt"),
    lambda root: (root / "empty").mkdir() or root / "empty",
])
def test_bad_paths_are_usage_errors(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError):
        discover([str(make(tmp_path))])


def test_one_students_folder(tmp_path: Path) -> None:
    touch(tmp_path / "ana" / "aprendizaje" / "aprendizaje.ipynb")
    assert [s.student_id for s in discover([str(tmp_path / "ana")])] == ["ana"]

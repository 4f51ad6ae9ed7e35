"""Per-sandbox cgroups are made only inside real cgroup hierarchies."""

from __future__ import annotations

from pathlib import Path

import pytest

from autograder.sandbox import cgroups


def test_a_plain_folder_where_hierarchies_are_mounted_is_never_taken_for_a_cgroup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where ``/sys/fs/cgroup`` is a tmpfs, a folder made in it takes any file and limits nothing:
    no group may be made there, and the sandbox must say it has no such cap."""
    (tmp_path / "unified").mkdir()  # a mount point with nothing mounted: no cgroup.procs either
    monkeypatch.setattr(cgroups, "CGROUP_ROOT", tmp_path)
    monkeypatch.setattr(cgroups, "_own_paths", lambda: {"unified": Path(".")})
    assert cgroups.make_group("cpu", 50_000) is None
    assert cgroups.make_groups(64, 1 << 30) == []
    assert list(tmp_path.glob("**/aprendizaje-grader-*")) == []


def test_a_real_hierarchy_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that holds ``cgroup.procs`` (as every cgroup does) is a candidate, as before."""
    base = tmp_path / "pids"
    base.mkdir()
    (base / "cgroup.procs").write_text("")
    monkeypatch.setattr(cgroups, "CGROUP_ROOT", tmp_path)
    monkeypatch.setattr(cgroups, "_own_paths", lambda: {"pids": Path(".")})
    assert [b for b, _ in cgroups._candidates("pids")] == [base]

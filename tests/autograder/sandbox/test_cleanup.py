"""What a killed grader leaves behind is swept by the next one, and nothing in use is touched."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from autograder.sandbox import cgroups, privileges


def test_stale_staging_folders_are_removed_and_young_ones_kept(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(privileges, "staging_parent", lambda: str(tmp_path))  # not the machine's own /tmp
    old, young, other = (tmp_path / "aprendizaje-stage-old", tmp_path / "aprendizaje-stage-young",
                         tmp_path / "someone-else")
    for folder in (old, young, other):
        (folder / "0").mkdir(parents=True)
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    assert privileges.sweep_stale() == 1
    assert not old.exists() and young.exists() and other.exists()


def test_cgroups_in_use_or_young_are_kept() -> None:
    groups = cgroups.make_groups(8, 1 << 30)
    if not groups:
        pytest.skip("no cgroup can be made on this machine")
    young = cgroups.make_groups(8, 1 << 30)
    try:
        an_hour_ago = time.time() - 3600
        for group in groups:
            os.utime(group.path, (an_hour_ago, an_hour_ago))  # as if left by a grader killed an hour ago
        cgroups.sweep_stale()
        assert all(not g.path.exists() for g in groups)
        assert all(g.path.exists() for g in young)
    finally:
        for group in groups + young:
            group.remove()

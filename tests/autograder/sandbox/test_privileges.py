"""A root grader's staging folder is always one that ``nobody`` can pass through."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from autograder.sandbox import privileges


def test_a_private_temporary_folder_sends_staging_to_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    private = tmp_path / "privado"
    private.mkdir(mode=0o700)
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    assert privileges.staging_parent() == "/tmp"
    open_folder = tmp_path / "abierto"
    open_folder.mkdir(mode=0o755)
    tmp_path.chmod(0o755)
    if all(p.stat().st_mode & 0o001 for p in (tmp_path, *tmp_path.parents)):
        monkeypatch.setattr(tempfile, "tempdir", str(open_folder))
        assert privileges.staging_parent() == str(open_folder.resolve())


@pytest.mark.skipif(not privileges.is_root() or shutil.which("bwrap") is None,
                    reason="the staging folder is used by a root grader with bubblewrap")
def test_bubblewrap_still_starts_when_tmpdir_is_private(tmp_path: Path) -> None:
    private = tmp_path / "privado"
    private.mkdir(mode=0o700)
    probe = ("from autograder.sandbox.launch import bubblewrap\n"
             "import sys\nsys.exit(0 if bubblewrap() else 3)")
    done = subprocess.run([sys.executable, "-c", probe], env={**os.environ, "TMPDIR": str(private)},
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert list(private.iterdir()) == []

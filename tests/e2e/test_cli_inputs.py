"""The real CLI on broken inputs: every submission gets a result and a clear message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.config import PROJECT_ROOT, load

pytestmark = pytest.mark.slow


def grade(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "autograder", "grade", *args],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=600)


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    folder = tmp_path_factory.mktemp("entregas")
    (folder / "json_roto.ipynb").write_text('{"cells": [', encoding="utf-8")
    (folder / "vacio.ipynb").write_bytes(b"")
    (folder / "latin1.ipynb").write_bytes("{'celda': 'añadir'}".encode("latin-1"))
    (folder / "sin_codigo.ipynb").write_text(json.dumps(
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
         "cells": [{"cell_type": "markdown", "id": "a", "metadata": {}, "source": "hola"}]}), encoding="utf-8")
    out = folder / "resultados"
    return grade(str(folder), "--out", str(out), "--jobs", "2"), out


def test_every_broken_notebook_gets_a_zero_with_a_reason(broken: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    process, out = broken
    assert process.returncode == 0, process.stderr
    names = sorted(p.stem for p in out.glob("*.json"))
    assert names == ["json_roto", "latin1", "sin_codigo", "vacio"]
    functions = set(load().points)
    for path in out.glob("*.json"):
        result = json.loads(path.read_text(encoding="utf-8"))
        assert result["score"] == 0
        assert {t["tags"][0] for t in result["tests"]} == functions
        assert "cuaderno" in result["output"], result["output"]
        assert "Traceback" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [
    ["no/existe", "--out", "x"], ["--out", "x"], ["README.md", "--out", "x"], ["submitted", "--out", "x", "--jobs", "0"],
    ["submitted", "--out", "x", "--config", "no/existe.toml"], ["submitted", "--out", "x", "--config", "README.md"],
    ["submitted", "--out", "x", "--config", "tests/autograder/sandbox/bad_limits.toml"],
])
def test_usage_errors_exit_2_in_one_line(args: list[str]) -> None:
    process = grade(*args)
    assert process.returncode == 2
    assert "Traceback" not in process.stderr and process.stderr.strip()

"""Sandbox modes as test parameters: confined (bubblewrap) and the loud unconfined fallback."""

from __future__ import annotations

import os

import pytest

from autograder.config import Limits
from autograder.sandbox.launch import bubblewrap

FAST_LIMITS = Limits(cell_timeout_s=4, call_timeout_s=3, memory_limit_mb=2048, output_limit_kb=512)


@pytest.fixture(scope="session")
def bwrap_path() -> str:
    """bubblewrap is required in CI (``.ci/run`` installs it); elsewhere its tests are skipped."""
    path = bubblewrap()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("bubblewrap is not usable on this CI machine")
        pytest.skip("bubblewrap not available")
    return path


@pytest.fixture(params=["bubblewrap", "unconfined"])
def mode(request: pytest.FixtureRequest) -> str | None:
    """The bwrap path for confined runs, None for the fallback."""
    if request.param == "bubblewrap":
        return request.getfixturevalue("bwrap_path")
    return None


@pytest.fixture
def limits() -> Limits:
    return FAST_LIMITS

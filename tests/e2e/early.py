"""Long end-to-end runs started at the end of collection, in a thread, and collected by their tests.

Their commands mostly wait on subprocesses, so they run beside the other tests. A run that
was not started early (another selection, or pytest-xdist: see ``conftest.py``) runs when its
test first asks for it.
"""

from __future__ import annotations

import threading
from typing import Any, Callable


class Runs:
    """Named runs done one after another in one background thread."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._done: dict[str, Any] = {}
        self._failed: dict[str, BaseException] = {}

    def start(self, runs: list[tuple[str, Callable[[], Any]]]) -> None:
        def work() -> None:
            for name, run in runs:
                try:
                    self._done[name] = run()
                except BaseException as exc:  # noqa: BLE001 - re-raised where the test asks for it
                    self._failed[name] = exc
        self._thread = threading.Thread(target=work, daemon=True)
        self._thread.start()

    def result(self, name: str, run_now: Callable[[], Any]) -> Any:
        """The run's result (its exception raised here), or ``run_now()`` if it was never started."""
        if self._thread is None:
            return run_now()
        self._thread.join()
        if name in self._failed:
            raise self._failed[name]
        return self._done[name]

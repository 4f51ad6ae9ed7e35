"""Progress of a batch: a bar with n/N and the time left on a terminal, one line per submission otherwise.

The bar (tqdm) draws on standard error only when standard output is a terminal, so a
batch whose output goes to a file or a CI log gets plain lines and no control codes.
"""

from __future__ import annotations

import sys
from typing import TextIO

from tqdm import tqdm


class Progress:
    """Counts finished submissions; ``line`` says what happened to one."""

    def __init__(self, total: int, already: int = 0, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout
        self.total, self.done = total, already
        self.bar: tqdm | None = None  # type: ignore[type-arg]
        if self.stream.isatty() and total > already:
            self.bar = tqdm(total=total, initial=already, unit="entrega", dynamic_ncols=True,
                            bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}]")

    def line(self, text: str) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
            if "ERROR" in text:
                self.bar.write(text, file=self.stream)
        else:
            print(f"[{self.done}/{self.total}] {text}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

# SPDX-License-Identifier: GPL-2.0
"""Progress on stderr: one rewritten line on a terminal, plain step lines in CI."""
import sys
import time
from typing import TextIO


class Progress:
    """Reports the long steps (fetching, configuring, preparing, checking).

    On a terminal the current step is one line that is rewritten in place;
    elsewhere (CI logs, pipes) every step is one plain line, and the
    "checking N/M" counters are not repeated."""

    def __init__(self, stream: TextIO = sys.stderr, quiet: bool = False,
                 tty: bool | None = None) -> None:
        self.stream = stream
        self.quiet = quiet
        self.tty = stream.isatty() if tty is None else tty
        self.width = 0
        self.start = time.monotonic()

    def _write(self, text: str) -> None:
        if self.tty:
            pad = max(0, self.width - len(text))
            self.stream.write("\r" + text + " " * pad)
            self.width = len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def step(self, text: str) -> None:
        """A new step begins."""
        if not self.quiet:
            self._write(f"iommu-errno: {text}")

    def update(self, text: str) -> None:
        """A counter within the current step; shown on terminals only."""
        if not self.quiet and self.tty:
            self._write(f"iommu-errno: {text}")

    def done(self) -> None:
        """Clear the progress line before the results are printed."""
        if not self.quiet and self.tty and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0

    def elapsed(self) -> float:
        return time.monotonic() - self.start

# SPDX-License-Identifier: GPL-2.0
"""The C checker's cross-file step: a kbuild run writes one summary per
checked file (--summary-dir), and --link follows each helper defined in
another checked file as if it were local.  Only functions that no checked
file defines stay kAPIs."""
import contextlib
import json
import tempfile
from pathlib import Path
from typing import Iterator

from . import tools
from .kbuild import CHECKER, KbuildError


@contextlib.contextmanager
def summary_dir() -> Iterator[Path]:
    """A fresh directory for one kbuild run's summaries."""
    with tempfile.TemporaryDirectory(prefix="summaries-") as d:
        yield Path(d)


def link(sums: Path, flags: list[str], checker: Path = CHECKER) -> tuple[list[dict], list[str]]:
    """Link the summaries in @sums; return the findings (JSON objects) and
    the checker's notes, one per summary that could not be linked.  Of
    the run's @flags only --profile matters to the link."""
    keep = [f for f in flags if f.startswith("--profile=")]
    out = sums / "linked.json"
    proc = tools.run([str(checker), f"--link={sums}", "--format=json",
                      f"--output={out}"] + keep, capture_output=True, text=True,
                     errors="replace")
    notes = proc.stderr.splitlines()
    if proc.returncode not in (0, 3):
        raise KbuildError("linking the summaries failed: "
                          + (notes[-1] if notes else f"exit {proc.returncode}"))
    try:
        return json.loads(out.read_text()), notes
    except (OSError, ValueError) as e:
        raise KbuildError(f"the checker's linked findings are unreadable: {e}")

# SPDX-License-Identifier: GPL-2.0
"""Baselines of known findings, matched without line numbers.

The file is JSON: {"format": "iommu-errno-baseline", "version": 2,
"findings": [{"fingerprint", "parts", "id", "file", "function", "errno",
"implementations", "site_function", "path", "line"}]}, the finding being
reported at its fix point (DESIGN.md).  "parts" holds the fingerprints of
the reports merged into the finding, one per engine and arch; only they are
matched, so a report that is new is new even where the finding was known.
Version 1, written before the finding record, had other fingerprints and is
refused with a hint to write the baseline again.  An entry without "parts" matches by its
own fingerprint.  The other fields are there for people reading it ("line"
is informative only).  It is
written to a temporary file in the same directory and renamed over the
target, so an interrupted run leaves the old baseline or the new one, never
a truncated file.
"""
import json
from pathlib import Path

from . import tools
from .findings import Finding, merge

FORMAT = "iommu-errno-baseline"
VERSION = 2


class BaselineError(Exception):
    """The baseline cannot be read; the message says why."""


def write(path: Path, findings: list[Finding]) -> None:
    path = Path(path)
    doc = {"format": FORMAT, "version": VERSION, "findings": [
        {"fingerprint": f.fingerprint(),
         "parts": sorted({p.fingerprint() for p in f.reports()}),
         "id": f.id, "file": f.file, "function": f.function, "errno": f.errno,
         "implementations": [f"{a}:{b}" for a, b in sorted(f.implementations)],
         "site_function": f.site.function,
         "path": [s.function for s in f.path], "line": f.line}
        for f in findings]}
    tools.write_atomic(path, json.dumps(doc, indent=1) + "\n")


def read(path: Path) -> set[str]:
    """The fingerprints of the parts recorded in the baseline."""
    try:
        doc = json.loads(Path(path).read_text())
    except OSError as e:
        raise BaselineError(f"cannot read baseline {path}: {e.strerror}")
    except ValueError as e:
        raise BaselineError(f"corrupt baseline {path}: not JSON ({e})")
    if isinstance(doc, dict) and doc.get("format") == FORMAT and doc.get("version") == 1:
        raise BaselineError(f"baseline {path} is version 1, from before the finding "
                            f"record: write it again with --write-baseline")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or \
            doc.get("version") != VERSION or not isinstance(doc.get("findings"), list):
        raise BaselineError(f"corrupt baseline {path}: not an {FORMAT} version "
                            f"{VERSION} file")
    prints: set[str] = set()
    for i, item in enumerate(doc["findings"]):
        fp = item.get("fingerprint") if isinstance(item, dict) else None
        if not isinstance(fp, str) or not fp:
            raise BaselineError(f"corrupt baseline {path}: finding {i} has no fingerprint")
        parts = item.get("parts", [fp])
        if not isinstance(parts, list) or not all(isinstance(p, str) and p for p in parts):
            raise BaselineError(f"corrupt baseline {path}: finding {i} has bad parts")
        prints.update(parts)
    return prints


def subtract(findings: list[Finding], known: set[str]) -> tuple[list[Finding], int]:
    """The findings, or the parts of them, that are not in the baseline, and
    how many findings were."""
    new, old = [], 0
    for f in findings:
        fresh, _ = f.split(known)
        if fresh:
            new += merge(fresh)
        else:
            old += 1
    return new, old

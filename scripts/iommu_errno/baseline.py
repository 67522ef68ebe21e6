# SPDX-License-Identifier: GPL-2.0
"""Baselines of known findings, matched without line numbers.

The file is JSON: {"format": "iommu-errno-baseline", "version": 1,
"findings": [{"fingerprint", "parts", "id", "file", "function",
"site_function", "errno", "chain", "line"}]}.  "parts" holds the
fingerprints of the reports merged into the finding, one per site (an
implementation's kAPI finding covers every kAPI call on its return path);
only they are matched, so a new call is a new finding even where the
implementation already had one.  An entry without "parts" matches by its
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


class BaselineError(Exception):
    """The baseline cannot be read; the message says why."""


def write(path: Path, findings: list[Finding]) -> None:
    path = Path(path)
    doc = {"format": FORMAT, "version": 1, "findings": [
        {"fingerprint": f.fingerprint(),
         "parts": sorted({p.fingerprint() for p in f.reports()}),
         "id": f.id, "file": f.file,
         "function": f.function, "site_function": f.site_function,
         "errno": f.errno, "chain": f.chain, "line": f.line}
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
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or \
            doc.get("version") != 1 or not isinstance(doc.get("findings"), list):
        raise BaselineError(f"corrupt baseline {path}: not an {FORMAT} version 1 file")
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

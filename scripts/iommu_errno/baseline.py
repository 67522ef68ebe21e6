# SPDX-License-Identifier: GPL-2.0
"""Baselines of known findings, matched without line numbers.

The file is JSON: {"format": "iommu-errno-baseline", "version": 1,
"findings": [{"fingerprint", "id", "file", "function", "site_function",
"errno", "chain", "line"}]}.  Only the fingerprint is matched; the other
fields are there for people reading it ("line" is informative only).  It is
written to a temporary file in the same directory and renamed over the
target, so an interrupted run leaves the old baseline or the new one, never
a truncated file.
"""
import json
from collections import Counter
from pathlib import Path

from . import tools
from .findings import Finding

FORMAT = "iommu-errno-baseline"


class BaselineError(Exception):
    """The baseline cannot be read; the message says why."""


def write(path: Path, findings: list[Finding]) -> None:
    path = Path(path)
    doc = {"format": FORMAT, "version": 1, "findings": [
        {"fingerprint": f.fingerprint(), "id": f.id, "file": f.file,
         "function": f.function, "site_function": f.site_function,
         "errno": f.errno, "chain": f.chain, "line": f.line}
        for f in findings]}
    tools.write_atomic(path, json.dumps(doc, indent=1) + "\n")


def read(path: Path) -> Counter[str]:
    """The fingerprints in the baseline, with how often each is recorded."""
    try:
        doc = json.loads(Path(path).read_text())
    except OSError as e:
        raise BaselineError(f"cannot read baseline {path}: {e.strerror}")
    except ValueError as e:
        raise BaselineError(f"corrupt baseline {path}: not JSON ({e})")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or \
            doc.get("version") != 1 or not isinstance(doc.get("findings"), list):
        raise BaselineError(f"corrupt baseline {path}: not an {FORMAT} version 1 file")
    prints: Counter[str] = Counter()
    for i, item in enumerate(doc["findings"]):
        fp = item.get("fingerprint") if isinstance(item, dict) else None
        if not isinstance(fp, str) or not fp:
            raise BaselineError(f"corrupt baseline {path}: finding {i} has no fingerprint")
        prints[fp] += 1
    return prints


def subtract(findings: list[Finding], known: Counter[str]) -> tuple[list[Finding], int]:
    """The findings that are not in the baseline, and how many were."""
    left = Counter(known)
    new, old = [], 0
    for f in findings:
        fp = f.fingerprint()
        if left[fp] > 0:
            left[fp] -= 1
            old += 1
        else:
            new.append(f)
    return new, old

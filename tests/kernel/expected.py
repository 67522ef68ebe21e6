# SPDX-License-Identifier: GPL-2.0
"""The expected files of the real-tree tests, and how output is held to them.

Every line is `KEY  # reason`, the reason read from the code.  A KEY names
what the code says, not where it sits: its first `FILE:LINE` keeps LINE only
as a hint for people, and a finding's KEY carries the stripped source text of
its reported line between backquotes, so a Debian point release that moves
the code does not break the file while one that changes it does.

Output that is known to be wrong today is still written out line by line, so
that nothing new slips in under it, and its reason says so with one of the
VERDICTS and the issue that tracks it: "FALSE POSITIVE today: <cause>; issue
#13" (in the engine differences, a finding that one engine misses is "FALSE
NEGATIVE today: ...").  The comparison counts those lines, so a run shows
how much of what it accepts is wrong.
"""
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# The verdicts for output that is expected today but wrong.
VERDICTS = ("FALSE POSITIVE today:", "WRONG PLACE today:", "DUPLICATE today:",
            "FALSE NEGATIVE today:")
ISSUE = re.compile(r"issue #\d+")
WHERE = re.compile(r"(\S+?):(\d+)\b")


@dataclass(frozen=True)
class Entry:
    key: str                    # line-independent
    text: str                   # as written, with the line hint
    reason: str = ""


def entry(text: str, reason: str = "") -> Entry:
    """@text with the line of its first FILE:LINE taken out as a hint."""
    text = " ".join(text.split())
    m = WHERE.search(text)
    if not m:
        return Entry(text, text, reason)
    return Entry(text[:m.start()] + m[1] + text[m.end():], text, reason)


def source_text(kdir: Path, file: str, line: int) -> str:
    """The stripped source line @file:@line of the tree, spaces collapsed."""
    try:
        lines = (Path(kdir) / file).read_text(errors="replace").split("\n")
    except OSError:
        return "?"
    if not 0 < line <= len(lines):
        return "?"
    return " ".join(lines[line - 1].split())


def quoted(text: str) -> str:
    return f"`{text}`"


def read(path: Path) -> tuple[list[Entry], list[str]]:
    """The entries of an expected file, and its problems (a reason missing,
    a known-wrong verdict without its issue)."""
    entries, problems = [], []
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        # A reason starts at the first '#' outside the key's quoted text.
        cut, quote = line.find("#"), line.find("`")
        if 0 <= quote < cut:
            cut = line.find("#", line.find("`", quote + 1) + 1)
        key, reason = (line, "") if cut < 0 else (line[:cut], line[cut + 1:].strip())
        if not reason:
            problems.append(f"{path.name}:{n}: no reason given")
        elif reason.startswith(VERDICTS) and not ISSUE.search(reason):
            problems.append(f"{path.name}:{n}: a known-wrong line names no issue")
        entries.append(entry(key, reason))
    return entries, problems


def compare(want: list[Entry], got: list[Entry]) -> list[str]:
    """`missing:` and `unexpected:` lines, matching keys as multisets: a key
    found twice must be expected twice."""
    need, have = Counter(e.key for e in want), Counter(e.key for e in got)
    lost, extra = need - have, have - need
    out = []
    for e in want:
        if lost[e.key] > 0:
            lost[e.key] -= 1
            out.append(f"missing:    {e.text}")
    for e in got:
        if extra[e.key] > 0:
            extra[e.key] -= 1
            out.append(f"unexpected: {e.text}")
    return sorted(out)


def verdicts(want: list[Entry]) -> str:
    """How many of the expected lines are known to be wrong, by verdict."""
    counts = Counter(v for e in want for v in VERDICTS if e.reason.startswith(v))
    if not counts:
        return "none known wrong"
    return ", ".join(f"{n} {v.split(' today')[0].lower()}" for v, n in
                     sorted(counts.items())) + " known wrong"

# SPDX-License-Identifier: GPL-2.0
"""What the hardening tests compare before and after a run: the cache's
bookkeeping (not the build products inside build dirs), locks, leftover
processes, and the front end's command line."""
import os
import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(TOP / "scripts"))
from iommu_errno.kbuild import cache_dir  # noqa: E402
FRONT = TOP / "scripts" / "iommu-errno"
PATCH = TOP / "tests" / "frontend" / "add-bad-errno.diff"


def ours(name: str) -> bool:
    """Whether a cache entry belongs to the 6.1 tree, its review overlay or
    the shared results: others may use the same cache for other trees at
    the same time."""
    return "/" not in name or name.startswith("cocci/") or "linux-6.1-" in name \
        or name.startswith(("build/tree-", "build/.tree-"))


def cache_state() -> set[str]:
    """The cache's entries where a run keeps locks, results and temporary
    files: its top level, build/ and review/*/ and the top of each build
    dir, and cocci/; those of ours() only."""
    root = cache_dir()
    out: set[str] = set()
    dirs = [root, root / "build", root / "cocci", *root.glob("review/*"),
            *(d for d in root.glob("build/*") if d.is_dir())]
    for d in dirs:
        try:
            out |= {n for n in (str((d / e).relative_to(root)) for e in os.listdir(d))
                    if ours(n)}
        except FileNotFoundError:
            pass
    return out


def temporary(names: set[str]) -> set[str]:
    """Entries that only a run in progress may hold."""
    return {n for n in names if n.endswith(".tmp") or ".iommu-errno-out-" in n
            or Path(n).name.startswith(("iommu-errno-", "spatch"))}


def lock_holders() -> dict[str, int]:
    """Lock files of ours() in the cache that a process holds, with its pid
    (from /proc/locks, by inode)."""
    holders: dict[int, int] = {}
    for line in Path("/proc/locks").read_text().splitlines():
        words = line.split()
        if len(words) > 5 and words[1] == "FLOCK" and words[4].isdigit():
            holders[int(words[5].rsplit(":", 1)[1])] = int(words[4])
    root = cache_dir()
    out = {}
    for lock in [*root.glob("build/.*.lock"), *root.glob("review/*/lock")]:
        name = str(lock.relative_to(root))
        if ours(name) and lock.stat().st_ino in holders:
            out[name] = holders[lock.stat().st_ino]
    return out


def left_behind(before: set[str]) -> tuple[list[str], list[str]]:
    """Cache entries new since @before or temporary, and the build dirs
    skipped because another process holds their lock: others may use the
    cache at the same time, and what is in their build dirs is theirs."""
    foreign = sorted({lock[len("build/."):-len(".lock")] for lock in lock_holders()
                      if lock.startswith("build/.")})
    now = cache_state()
    left = {n for n in (now - before) | temporary(now)
            if not any(f"/{b}/" in f"/{n}" for b in foreign)}
    return sorted(left), foreign


def processes_under(tmpdir: Path) -> list[str]:
    """Processes whose TMPDIR lies in @tmpdir: the tools a run started
    inherit its private TMPDIR, so any left behind show up here."""
    found = []
    needle = f"TMPDIR={tmpdir}/".encode()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            env = Path(f"/proc/{pid}/environ").read_bytes()
            if any(e.startswith(needle) or e == needle[:-1] for e in env.split(b"\0")):
                found.append(f"{pid} {Path(f'/proc/{pid}/comm').read_text().strip()}")
        except OSError:
            pass
    return found


def start(args: list[str], tmpdir: Path, **kw) -> subprocess.Popen:
    return subprocess.Popen([str(FRONT), *args], text=True, errors="replace",
                            env=dict(os.environ, TMPDIR=str(tmpdir)),
                            stdin=subprocess.DEVNULL, **kw)

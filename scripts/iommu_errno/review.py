# SPDX-License-Identifier: GPL-2.0
"""review: the findings that a change introduces or touches.

The change is a git range of the tree (--since REV: REV..HEAD) or mbox/diff
files ("-": standard input, as checkpatch reads it).  A patch that is
already applied to the tree, as on the branch that b4 prep --check and a
sendemail-validate hook run from, is reviewed as applied: the tree is its
after state.  The user's tree is never written to: both states of every changed
file are laid out in an overlay tree in the cache, where each directory that
holds a changed file is a real directory and everything else is a symbolic
link into the user's tree.  Both engines run on the changed files in the
"before" state, then in the "after" state, in the same overlay and build
dir, so kbuild stays warm from one review to the next.

A finding of the after state is new when one of the reports merged into it
has a line-independent fingerprint that no before finding holds (an
implementation's kAPI finding covers all its kAPI calls, so a new call is
new), and existing otherwise.  New findings are
all reported; existing ones only when they lie in a function that the change
touches.  A function spans from its name's line (from spatch) to the line
before the next function of the file.
"""
import argparse
import contextlib
import difflib
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterator

from . import formats, tools
from .analyse import Options, UsageError, analyse
from .cocci import plain_names
from .findings import Finding, merge
from .kbuild import cache_dir
from .progress import Progress

HERE = Path(__file__).resolve().parent
FUNCTIONS_COCCI = HERE / "functions.cocci"


def git(kdir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = tools.run(["git", "-C", str(kdir), *args], capture_output=True)
    if check and proc.returncode:
        err = proc.stderr.decode(errors="replace").strip().splitlines()
        raise UsageError(f"git {args[0]} failed: {err[0] if err else proc.returncode}")
    return proc


def safe_path(name: str, what: str) -> str:
    """A tree-relative path from a patch; refuse anything that leaves the tree."""
    p = Path(name)
    if not name or p.is_absolute() or ".." in p.parts or name.startswith("~"):
        raise UsageError(f"{what}: path '{name}' leaves the kernel tree, refused")
    return str(p)


def check_link(root: Path, rel: str, what: str) -> None:
    """Refuse a symbolic link that the change made and that points out of
    the tree: reading it (to check or show it) would read outside."""
    path = root / rel
    if not path.is_symlink():
        return
    target = os.readlink(path)
    inside = os.path.normpath(os.path.join(os.path.dirname(rel), target))
    if os.path.isabs(target) or inside == ".." or inside.startswith("../"):
        raise UsageError(f"{what}: symbolic link '{rel}' -> '{target}' leaves the "
                         f"kernel tree, refused")


def patch_paths(patch: Path, env: dict[str, str], cwd: Path) -> list[str]:
    """The paths a patch touches, from git apply --numstat -z."""
    proc = tools.run(["git", "apply", "--numstat", "-z", str(patch)], cwd=cwd,
                     capture_output=True, env=env)
    if proc.returncode:
        err = proc.stderr.decode(errors="replace").strip().splitlines()
        raise UsageError(f"{patch}: not a patch that git apply can read: "
                         f"{err[0] if err else proc.returncode}")
    fields = proc.stdout.decode(errors="replace").split("\0")
    paths: list[str] = []
    i = 0
    while i < len(fields):
        rec = fields[i]
        if not rec:
            i += 1
            continue
        parts = rec.split("\t")
        if len(parts) == 3 and parts[2]:
            paths.append(parts[2])
            i += 1
        else:   # a rename: "added\tdeleted\t" then source and destination
            paths += [fields[i + 1], fields[i + 2]]
            i += 3
    if not paths:
        raise UsageError(f"{patch}: holds no diff")
    return [safe_path(p, str(patch)) for p in paths]


class Overlay:
    """The user's tree, with real copies of the files a change touches."""

    def __init__(self, kdir: Path, root: Path) -> None:
        self.kdir = kdir
        self.root = root            # the overlay tree itself
        self.real: set[str] = set()

    def reset(self) -> None:
        if self.root.is_symlink():
            raise UsageError(f"{self.root} is a symbolic link, refused")
        if self.root.exists():
            shutil.rmtree(self.root)    # holds links and copies only
        self.root.mkdir(parents=True)
        for entry in sorted(os.listdir(self.kdir)):
            os.symlink(self.kdir / entry, self.root / entry)
        self.real = set()

    def materialize_dir(self, rel: str) -> Path:
        """Make every directory down to @rel real, its entries links."""
        cur = self.root
        src = self.kdir
        for part in Path(rel).parts:
            cur, src = cur / part, src / part
            if cur.is_symlink():
                cur.unlink()
                cur.mkdir()
                if src.is_dir():
                    for entry in sorted(os.listdir(src)):
                        os.symlink(src / entry, cur / entry)
            elif not cur.exists():
                cur.mkdir()
        return cur

    def set_file(self, rel: str, data: bytes | None) -> None:
        """The file's content in the overlay (None: absent)."""
        parent = self.materialize_dir(str(Path(rel).parent)) if Path(rel).parent.parts \
            else self.root
        target = parent / Path(rel).name
        if target.is_symlink() or target.exists():
            target.unlink()
        if data is not None:
            target.write_bytes(data)
        self.real.add(rel)

    def get_file(self, rel: str) -> bytes | None:
        path = self.root / rel
        return path.read_bytes() if path.is_file() else None


def kdir_file(kdir: Path, rel: str) -> bytes | None:
    src = kdir / rel
    return src.read_bytes() if src.is_file() else None


def apply(patch: Path, kdir: Path, root: Path, env: dict[str, str], fresh: bool) -> bool:
    """git apply @patch in @root; True when it was already applied to the
    user's tree and has been applied in reverse instead.  Only a patch whose
    files no earlier patch touched (@fresh) is looked at that way."""
    def git_apply(*opts: str) -> subprocess.CompletedProcess:
        return tools.run(["git", "apply", "--whitespace=nowarn", *opts, str(patch)],
                         cwd=root, capture_output=True, env=env)
    proc = git_apply()
    if proc.returncode == 0:
        return False
    if fresh and git_apply("--reverse", "--check").returncode == 0:
        git_apply("--reverse")
        return True
    err = proc.stderr.decode(errors="replace").strip().splitlines()
    raise UsageError(f"patch {patch.name} does not apply to {kdir}: "
                     f"{err[-1] if err else proc.returncode}")


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fd:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)


def function_starts(root: Path, files: list[str]) -> dict[str, list[tuple[int, str]]]:
    """For each .c file, (line, name) of each function definition, from spatch."""
    out: dict[str, list[tuple[int, str]]] = {}
    cfiles = [f for f in files if f.endswith(".c") and (root / f).is_file()]
    for f in cfiles:
        with plain_names(root, [f]) as (cwd, names, _):
            proc = tools.run(["spatch", "--very-quiet", "--no-includes", "--no-show-diff",
                              "--sp-file", str(FUNCTIONS_COCCI), *names], cwd=cwd,
                             capture_output=True, text=True, errors="replace")
        starts = []
        for line in proc.stdout.splitlines():
            words = line.split()
            if len(words) == 3 and words[0] == "FUNCTION" and words[2].isdigit():
                starts.append((int(words[2]), words[1]))
        out[f] = sorted(starts)
    return out


def changed_lines(before: bytes | None, after: bytes | None) -> set[int]:
    """Lines of @after that the change adds or next to which it deletes."""
    a = (before or b"").decode(errors="replace").splitlines()
    b = (after or b"").decode(errors="replace").splitlines()
    lines: set[int] = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if j2 > j1:
            lines.update(range(j1 + 1, j2 + 1))
        else:
            lines.add(max(1, j1))
    return lines


def touched_functions(starts: list[tuple[int, str]], lines: set[int]) -> set[str]:
    out = set()
    for i, (start, name) in enumerate(starts):
        end = starts[i + 1][0] - 1 if i + 1 < len(starts) else 1 << 30
        if any(start <= n <= end for n in lines):
            out.add(name)
    return out


def review_text(findings: list[Finding], source: Callable[[str], bytes | None],
                added: dict[str, set[int]], nfiles: int, nlines: int) -> str:
    """checkpatch-like: one block per finding, then a total line.  @source
    gives a file's after state; the overlay may already hold another
    review's files once the lock is released."""
    out = []
    for f in findings:
        out.append(f"WARNING:{f.id}: {f.message} ({f.status}; "
                   f"{'+'.join(sorted(f.engines))})")
        code = ""
        with contextlib.suppress(OSError, IndexError):
            code = (source(f.file) or b"").decode(errors="replace").splitlines()[f.line - 1]
        mark = "+" if f.line in added.get(f.file, set()) else " "
        out.append(f"#{f.line}: FILE: {f.file}:{f.line}:")
        out.append(f"{mark}{code}")
        if f.disagreement:
            out.append(f"  note: engines disagree: {f.disagreement}")
        out.append("")
    new = sum(1 for f in findings if f.status == "new")
    out.append(f"total: {new} new, {len(findings) - new} existing findings in touched "
               f"functions, {nlines} changed lines in {nfiles} files")
    if new:
        out.append("This change introduces attach_dev errno findings: see the "
                   "kdoc of struct iommu_domain_ops.")
    return "\n".join(out) + "\n"


def terse_text(findings: list[Finding]) -> str:
    """checkpatch --terse: one line per finding, ERROR: for one the change
    introduces (b4 fails a patch on it), WARNING: for one it only touches."""
    out = [f"{f.file}:{f.line}: {'ERROR' if f.status == 'new' else 'WARNING'}:"
           f"{f.id}: {f.message}\n" for f in findings]
    return "".join(out)


def read_patches(names: list[str]) -> list[Path]:
    """The patch files; "-" is standard input, kept in the run's TMPDIR."""
    if names.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    out = []
    for p in names:
        if p == "-":
            fd, tmp = tempfile.mkstemp(prefix="stdin.", suffix=".patch")
            with os.fdopen(fd, "wb") as f:
                shutil.copyfileobj(sys.stdin.buffer, f)
            out.append(Path(tmp))
        elif not Path(p).is_file():
            raise UsageError(f"patch {p} does not exist")
        else:
            out.append(Path(p).resolve())
    return out


def cmd_review(args: argparse.Namespace, progress: Progress,
               get_kdir: Callable[[str | None, Progress], Path],
               options: Callable[..., Options]) -> int:
    if bool(args.since) == bool(args.patches):
        raise UsageError("review needs --since REV or PATCH files, not both")
    patches = read_patches(args.patches)
    kdir = get_kdir(args.kdir, progress)
    key = hashlib.sha256(str(kdir).encode()).hexdigest()[:10]
    base = cache_dir() / "review" / f"{kdir.name}-{key}"
    # git apply works on the overlay as a plain directory, never on a
    # repository that might hold the cache.
    env = dict(os.environ, GIT_CEILING_DIRECTORIES=str(base))
    with locked(base / "lock"):
        ov = Overlay(kdir, base / "tree")
        ov.reset()
        before: dict[str, bytes | None] = {}
        after: dict[str, bytes | None] = {}
        if args.since:
            if git(kdir, "rev-parse", "--git-dir", check=False).returncode:
                raise UsageError(f"--since needs a git tree, and {kdir} is not one")
            rev = git(kdir, "rev-parse", "--verify", "--quiet", "--end-of-options",
                      args.since + "^{commit}", check=False)
            if rev.returncode:
                raise UsageError(f"unknown revision {args.since}")
            # git gets the commit's hash, never the user's text, which could
            # be read as an option (--output=...).
            since = rev.stdout.decode().strip()
            names = git(kdir, "diff", "--no-renames", "--name-only", "-z",
                        since, "HEAD").stdout.decode(errors="replace").split("\0")
            for n in filter(None, names):
                n = safe_path(n, "--since")
                for rev_, table in ((since, before), ("HEAD", after)):
                    blob = git(kdir, "show", f"{rev_}:{n}", check=False)
                    table[n] = blob.stdout if blob.returncode == 0 else None
        else:
            progress.step(f"applying {len(patches)} patch(es) to a temporary copy")
            for patch in patches:
                names = patch_paths(patch, env, ov.root)
                fresh = not ov.real.intersection(names)
                for n in names:
                    if n not in ov.real:
                        src = kdir / n
                        if src.resolve() != src.absolute() and \
                                not str(src.resolve()).startswith(str(kdir) + "/"):
                            raise UsageError(f"{patch}: path '{n}' leaves the kernel tree "
                                             f"through a symbolic link, refused")
                        data = kdir_file(kdir, n)
                        ov.set_file(n, data)
                        before[n] = data
                if apply(patch, kdir, ov.root, env, fresh):
                    # Already in the tree (b4 prep --check, a send-email
                    # hook): the tree is the after state.
                    for n in names:
                        before[n] = ov.get_file(n)
                        ov.set_file(n, kdir_file(kdir, n))
                for n in before:
                    check_link(ov.root, n, str(patch))
            after = {n: ov.get_file(n) for n in before}
        changed = sorted(n for n in after if before.get(n) != after.get(n))
        sources = [n for n in changed if n.endswith((".c", ".h"))]
        if not sources:
            progress.done()
            if not args.terse:
                print("total: 0 new, 0 existing findings: the change touches no C source")
            return 0
        paths = sorted({n for n in sources if n.endswith(".c") and after.get(n) is not None}
                       | {str(Path(n).parent) for n in sources if n.endswith(".h")})
        results = {}
        for state, table in (("before", before), ("after", after)):
            for n in changed:
                ov.set_file(n, table.get(n))
            present = [p for p in paths if (ov.root / p).exists()]
            progress.step(f"review: checking the {state} state of {len(present)} path(s)")
            if not present:
                results[state] = []
                continue
            opts = options(args, ov.root, present, progress)
            results[state] = analyse(opts).findings
            if state == "after":
                starts = function_starts(ov.root, sources)
        progress.done()
    added = {n: changed_lines(before.get(n), after.get(n)) for n in changed}
    touched: dict[str, set[str]] = {n: touched_functions(starts.get(n, []), added[n])
                                    for n in changed}
    known = {p.fingerprint() for f in results["before"] for p in f.reports()}
    report = []
    for f in results["after"]:
        fresh, old = f.split(known)
        for g in merge(fresh):
            g.status = "new"
            report.append(g)
        if not old:
            continue
        g = merge(old)[0] if fresh else f
        places = {(g.file, g.function), (g.site.file, g.site.function)} | \
            {(s.file, s.function) for s in g.path} | g.implementations
        if any(fn in touched.get(file, set()) for file, fn in places):
            g.status = "existing"
            report.append(g)
    new = [f for f in report if f.status == "new"]
    if args.terse:
        data = terse_text(report)
    elif args.format == "text":
        def source(rel: str) -> bytes | None:
            return after[rel] if rel in after else kdir_file(kdir, rel)
        data = review_text(report, source, added,
                           len(changed), sum(len(v) for v in added.values()))
    elif args.format == "json":
        data = formats.to_json(report)
    else:
        from .findings import Coverage
        data = formats.sarif(report, Coverage(), args.profile, kdir)
    if args.output:
        tools.write_atomic(Path(args.output), data)
    else:
        sys.stdout.write(data)
    return 1 if new else 0

# SPDX-License-Identifier: GPL-2.0
"""Run the semantic patch with spatch, once per tree, as coccicheck would.

spatch runs with the options of `make coccicheck` (--no-includes
--include-headers-for-types, --no-show-diff), from the tree's root so that
file names are tree-relative.  It never writes to the tree.  It runs in
the script's record mode (-D record), which writes one JSON object per
line on stdout (DESIGN.md, "The record as JSON"): a finding, or
{"implementation": {file, line, function}}, {"not_analysed": {...}} and
{"rules": [ID...]} and {"files": [the files analysed]}.  Nothing here
reads message text.
"""
import contextlib
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import tools
from .findings import Finding, Gap, from_record

TOP = Path(__file__).resolve().parents[2]
COCCI_DIR = TOP / "scripts" / "coccinelle" / "iommu"

# stderr lines that spatch or the scripts print on every run.
NOISE = re.compile(r"^(fatal: not a git repository|\d+ files match|$)")


class CocciError(Exception):
    """spatch is missing or failed; the message says how."""


@dataclass
class CocciResult:
    findings: list[Finding] = field(default_factory=list)
    impls: set[tuple[str, str]] = field(default_factory=set)
    gaps: list[Gap] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)
    analysed: int = 0           # files that the script analysed


# The interpreter spatch is told to use.  spatch runs it to find its
# libpython, then loads that library and the interpreter's site.  Debian's
# coccinelle depends on Debian's python3, which starts fastest; a version
# manager's build (pyenv) starts slower, and its shim on PATH, which spatch
# would find by itself, also runs a chain of processes (bench/README.md).
SPATCH_PYTHON = "/usr/bin/python3" if os.access("/usr/bin/python3", os.X_OK) else sys.executable


SCRIPT = COCCI_DIR / "attach_dev_errno.cocci"


def _relative(name: str, kdir: Path) -> str:
    path = Path(name)
    if path.is_absolute():
        try:
            return str(path.relative_to(kdir))
        except ValueError:
            return name
    return str(Path(name))


def spatch_argv(script: Path, virtuals: list[str], targets: list[str],
                jobs: int) -> list[str]:
    argv = ["spatch", "--very-quiet", "--no-includes", "--include-headers-for-types",
            "--no-show-diff", "--sp-file", str(script)]
    for v in virtuals:
        argv += ["-D", v]
    if jobs > 1:
        argv += ["-j", str(jobs)]
    for t in targets:
        argv += ["--dir", t] if not t.endswith(".c") and not t.endswith(".h") else [t]
    return argv


def tree_hash(kdir: Path, targets: list[str]) -> str:
    """A hash of every .c and .h file under @targets: the cache key of the
    spatch results, so that a warm run on an unchanged tree reuses them."""
    h = hashlib.sha256()
    for t in sorted(targets):
        base = kdir / t
        walk = [(str(base.parent), [], [base.name])] if base.is_file() else \
            sorted(os.walk(base))
        for d, dirs, files in walk:
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".c", ".h")):
                    path = Path(d) / name
                    try:
                        data = path.read_bytes()
                    except OSError:
                        continue
                    h.update(str(path.relative_to(kdir)).encode() + b"\0")
                    h.update(hashlib.sha256(data).digest())
    return h.hexdigest()


def cached_spatch(kdir: Path, argv: list[str], tree: str | None,
                  cache: Path | None) -> tuple[list[str], list[str]]:
    """run_spatch, with its output cached by script, options and tree."""
    if cache is None or tree is None:
        return run_spatch(kdir, argv)
    script = Path(argv[argv.index("--sp-file") + 1])
    h = hashlib.sha256()
    h.update(script.read_bytes())
    h.update("\0".join(a for a in argv if a != str(script)).encode())
    h.update(tree.encode())
    path = cache / f"{h.hexdigest()[:40]}.json"
    try:
        data = json.loads(path.read_text())
        return data["stdout"], data["stderr"]
    except (OSError, ValueError, KeyError):
        pass
    out, err = run_spatch(kdir, argv)
    cache.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache, suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as f:
            json.dump({"stdout": out, "stderr": err}, f)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out, err


def run_spatch(kdir: Path, argv: list[str]) -> tuple[list[str], list[str]]:
    if not shutil.which(argv[0]):
        raise CocciError("spatch not found (Debian package coccinelle)")
    # Like --tmp-dir, the interpreter stays out of the cache key.
    argv = argv[:1] + ["--python", SPATCH_PYTHON] + argv[1:]
    if "-j" in argv:
        # -j writes result files under --tmp-dir, by default in the cwd: the
        # tree.
        argv = argv + ["--tmp-dir", str(Path(tempfile.gettempdir()) / "spatch")]
    proc = tools.run(argv, cwd=kdir, capture_output=True, text=True, errors="replace")
    if proc.returncode:
        tail = [l for l in proc.stderr.splitlines() if not NOISE.match(l)][-1:]
        raise CocciError(f"spatch {Path(argv[argv.index('--sp-file') + 1]).name} "
                         f"failed: {tail[0] if tail else f'exit {proc.returncode}'}")
    return proc.stdout.splitlines(), proc.stderr.splitlines()


@contextlib.contextmanager
def plain_names(kdir: Path, targets: list[str]) -> Iterator[tuple[Path, list[str], dict]]:
    """(cwd, names, back): where to run spatch and what to name the targets.

    spatch 1.1.1 pastes a --dir argument into "find DIR" and file arguments
    into "egrep ... FILES", both run by sh -c without quoting: a target
    named $(...) runs, one with a space or a quote is silently not checked,
    and one starting with "-" is an option.  Such targets are reached
    through symbolic links with plain names, in a private directory where
    spatch then runs; @back maps the link names in its output back."""
    if all(tools.make_unsafe(t) is None for t in targets):
        yield kdir, targets, {}
        return
    with tempfile.TemporaryDirectory(prefix="spatch-names-") as tmp:
        names, back = [], {}
        for i, t in enumerate(targets):
            full = kdir / t
            link = f"iommu-errno-target-{i}"
            if full.is_dir():
                back[link + "//"] = back[link + "/"] = t.rstrip("/") + "/"
                names.append(link + "/")
            else:
                link += Path(t).suffix
                back[link] = t
                names.append(link)
            os.symlink(full, Path(tmp) / link.rstrip("/"))
        yield Path(tmp), names, back


def unmap(lines: list[str], back: dict[str, str]) -> list[str]:
    for link, name in back.items():
        lines = [line.replace(link, name) for line in lines]
    return lines


def _stderr_gaps(lines: list[str], script: Path, kdir: Path) -> list[Gap]:
    """spatch's own failures, such as an exception in a script on one file."""
    gaps = []
    for line in lines:
        if line.startswith("EXN:") and " in " in line:
            name = _relative(line.rsplit(" in ", 1)[1].strip(), kdir)
            gaps.append(Gap("coccinelle", name, None,
                            f"{script.name} failed on this file ({line[5:60].strip()}...)"))
    return gaps


def check(kdir: Path, targets: list[str], profile: str = "v2",
          debug_prints: bool = False, jobs: int = 1,
          script: Path = SCRIPT, progress=None,
          cache: Path | None = None) -> CocciResult:
    """Every rule and the implementations, in one spatch run.
    With @cache, results are reused while the script and files are unchanged."""
    kdir = Path(kdir)
    if not script.is_file():
        raise CocciError(f"no semantic patch {script}")
    tree = tree_hash(kdir, targets) if cache is not None else None
    virtuals = ["record"] + (["mainline"] if profile == "mainline" else []) + \
        (["debug_prints"] if debug_prints else [])
    res = CocciResult()
    with plain_names(kdir, targets) as (cwd, names, back):
        if progress:
            progress.step(f"coccinelle: {script.name} on {' '.join(names)}")
        out, err = cached_spatch(cwd, spatch_argv(script, virtuals, names, jobs), tree, cache)
        err = unmap(err, back)
    res.gaps += _stderr_gaps(err, script, kdir)
    for line in out:
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict):
            _read(res, obj, lambda name: _relative(unmap([name], back)[0], kdir))
    return res


def _read(res: CocciResult, obj: dict, rel) -> None:
    """One record of the script's record mode into @res; @rel names a file
    as the user named it (unmapped, relative to the tree)."""
    if "rules" in obj:
        res.rules |= set(obj["rules"])
    elif "files" in obj:
        res.analysed = len(obj["files"])
    elif "implementation" in obj or "not_analysed" in obj:
        where = obj.get("implementation") or obj["not_analysed"]
        name = rel(where["file"])
        if "implementation" in obj:
            res.impls.add((name, where["function"]))
            res.files.add(name)
        else:
            res.gaps.append(Gap("coccinelle", name, where["function"],
                                f"registered as attach_dev at line {where['line']}, but "
                                f"no definition that spatch could parse was found"))
    elif "id" in obj:
        res.findings.append(from_record(_renamed(obj, rel), "coccinelle"))


def _renamed(obj: dict, rel) -> dict:
    """@obj with every file named as the user named it."""
    obj = dict(obj, file=rel(obj["file"]))
    for key in ("site", "print"):
        if isinstance(obj.get(key), dict):
            obj[key] = dict(obj[key], file=rel(obj[key]["file"]))
    for key in ("path", "implementations"):
        obj[key] = [dict(s, file=rel(s["file"])) for s in obj.get(key) or []]
    return obj

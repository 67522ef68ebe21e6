# SPDX-License-Identifier: GPL-2.0
"""fix: the patch series that makes a tree's attach_dev implementations
return what the kdoc allows, one patch per driver, in `git format-patch`
form, with a cover letter.

The findings are those of `check` (both engines, merged at the fix point).
The semantic patch's patch mode, run over the files that hold them, decides
and writes each fix (its "Fixes" section); its -D record lines say, per fix
point, which decision it took and why, or why it took none.  It is told
what the whole-driver analysis found (handover()), so that it fixes
exactly the semantic patch's fix points, never takes a function of another
file of the driver for a kAPI, and fixes an implementation that another
file registers.  A finding
that no record names is left, with the reason.  The tree is never written:
spatch prints the diff, and the series goes to --output DIR, outside the
tree.

A driver is a directory below drivers/iommu, or a file directly in it.
Its subject prefix is the one that the tree's git log uses most for those
files; where the tree is no git tree, or the log names none, it is
"iommu/" and the directory's or the file's name, without an -iommu suffix.
"""
import argparse
import collections
import email.utils
import json
import os
import re
import subprocess
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import cocci, tools
from .analyse import Options, UsageError, analyse, relative_path
from .findings import Finding
from .formats import KDOC
from .progress import Progress

DEFAULT_OUTPUT = "iommu-errno-fixes"
SUBJECT = "Return only the errnos that the attach_dev kdoc allows"
WIDTH = 72
PREFIX = re.compile(r"^(iommu/[A-Za-z0-9_./-]+):")


@dataclass
class Fix:
    """A decision of the semantic patch at one fix point (its -D record)."""
    file: str
    line: int
    function: str
    decision: str
    errno: str | None
    applied: bool
    reason: str


@dataclass
class Outcome:
    finding: Finding
    fix: Fix | None
    reason: str

    @property
    def fixed(self) -> bool:
        return self.fix is not None and self.fix.applied


@dataclass
class Patch:
    """One driver's patch: its subject prefix, its diff, and the outcomes
    of the driver's findings."""
    prefix: str
    diff: str
    outcomes: list[Outcome] = field(default_factory=list)


def add_parser(sub: argparse._SubParsersAction, common: Callable) -> None:
    fix = sub.add_parser("fix", help="write the patch series that fixes the findings "
                         "(one patch per driver, git format-patch form)")
    common(fix)
    # common()'s --output is the findings file; here it is the series'
    # directory.  A series has no --format.
    for action in fix._actions:
        if action.dest == "output":
            action.help = f"write the series into this directory, outside the tree " \
                          f"(default: ./{DEFAULT_OUTPUT})"
            action.metavar = "DIR"
        elif action.dest == "format":
            action.help = argparse.SUPPRESS
    fix.add_argument("--signoff", "-s", action="store_true",
                     help="add Signed-off-by: from git's user.name and user.email, as "
                     "git format-patch -s does")
    fix.add_argument("paths", nargs="*", metavar="PATH",
                     help="tree-relative directories or .c files (default: drivers/iommu)")


def git_config(kdir: Path, key: str) -> str:
    proc = tools.run(["git", "-C", str(kdir), "config", "--get", key],
                     capture_output=True, text=True)
    return proc.stdout.strip() if proc.returncode == 0 else ""


def identity(kdir: Path) -> str:
    """The author, "Name <email>", from git's config, as format-patch takes it."""
    name, mail = git_config(kdir, "user.name"), git_config(kdir, "user.email")
    if not name or not mail:
        raise UsageError("git config user.name and user.email must be set: the "
                         "patches need an author (and --signoff its Signed-off-by)")
    return f"{name} <{mail}>"


def output_dir(arg: str | None, kdir: Path) -> Path:
    out = Path(arg or DEFAULT_OUTPUT).resolve()
    if out == kdir or kdir in out.parents:
        raise UsageError(f"--output {out} is inside the kernel tree {kdir}, which "
                         f"fix never writes")
    if out.exists() and not out.is_dir():
        raise UsageError(f"--output {out} is not a directory")
    if out.is_dir() and any(out.glob("*.patch")):
        raise UsageError(f"--output {out} already holds patches: give an empty or a "
                         f"new directory")
    if not out.parent.is_dir():
        raise UsageError(f"cannot write {out}: no such directory {out.parent}")
    return out


def drivers(results: list[Outcome]) -> dict[str, str]:
    """Each file with a finding -> its driver, named by the file that
    registers the implementation: arm/arm-smmu/ holds two drivers
    (arm-smmu.c and qcom_iommu.c), intel/pasid.c is intel/iommu.c's."""
    impls: dict[str, set[str]] = collections.defaultdict(set)
    for o in results:
        impls[o.finding.file] |= {f for f, _ in o.finding.implementations}
    return {f: min(i) if i else f for f, i in impls.items()}


def fallback_prefix(driver: str) -> str:
    """iommu/ and the driver file's name without -iommu, or its directory's
    name where that leaves nothing of its own (amd/iommu.c)."""
    name = re.sub(r"([-_]?iommu)?\.c$", "", Path(driver).name)
    return f"iommu/{name or Path(driver).parent.name}"


def log_prefix(kdir: Path, files: list[str]) -> str | None:
    """The subject prefix that the tree's history uses most for @files."""
    proc = tools.run(["git", "-C", str(kdir), "log", "--no-merges", "-n", "50",
                      "--format=%s", "--", *files], capture_output=True, text=True,
                     errors="replace")
    if proc.returncode:
        return None
    seen = collections.Counter(m[1] for m in map(PREFIX.match, proc.stdout.splitlines()) if m)
    return seen.most_common(1)[0][0] if seen else None


def handover(findings: list[Finding], names: dict[str, str]) -> list[str]:
    """What the whole-driver analysis knows, as the semantic patch's -D handed
    virtual identifiers (its "Fixes" section): the lines of the semantic
    patch's fix points, the driver's functions on their paths, and the
    implementations, which another file may register.  @names: a tree-relative
    file -> its name in the spatch run."""
    points, functions, impls = set(), set(), set()
    for f in findings:
        for part in f.reports():
            if part.engines != {"coccinelle"}:
                continue
            points.add(f"{names.get(part.file, part.file)}:{part.line}")
            for s in part.path + [part.site]:
                functions.add(f"{names.get(s.file, s.file)}:{s.function}")
            impls |= {(names.get(file, file), fn) for file, fn in part.implementations}

    def value(items: set[str]) -> str:
        return ",".join(sorted(items)) or "-"
    return ["handed", f"fix_points={value(points)}",
            f"driver_functions={value(functions)}",
            f"attach_dev_impls={value({f'{file}:{fn}' for file, fn in impls})}",
            f"attach_dev_names={value({fn for _, fn in impls})}"]


def run_patch_mode(kdir: Path, files: list[str], opts: Options,
                   findings: list[Finding]) -> tuple[list[str], list[Fix]]:
    """spatch's patch mode over @files, told what the whole analysis found:
    the diff's lines, and the decisions."""
    virtuals = ["patch", "record"] + (["mainline"] if opts.profile == "mainline" else []) \
        + (["debug_prints"] if opts.debug_prints else [])
    with cocci.plain_names(kdir, files) as (cwd, names, back):
        # --patch . names the files a/PATH and b/PATH, as git does.
        spatch_names = dict(zip(files, names))
        argv = ["spatch", "--patch", "."] + [
            a for a in cocci.spatch_argv(cocci.SCRIPT, virtuals
                                         + handover(findings, spatch_names), names, opts.jobs)[1:]
            if a != "--no-show-diff"]
        out, _ = cocci.run_spatch(cwd, argv)
        out = cocci.unmap(out, back)
    diff, fixes = [], []
    for line in out:
        if line.startswith("{"):
            rec = json.loads(line).get("fix")
            if rec:
                fixes.append(Fix(rec["file"], rec["line"], rec["function"], rec["decision"],
                                 rec["errno"], rec["applied"], rec["reason"]))
        else:
            diff.append(line)
    return diff, fixes


def split_diff(lines: list[str]) -> dict[str, str]:
    """spatch's unified diff, per file, with git's header line."""
    out: dict[str, list[str]] = {}
    cur: list[str] | None = None
    for line in lines:
        if line.startswith("diff -u -p a/"):
            name = line.split(" b/", 1)[1]
            cur = out.setdefault(name, [f"diff --git a/{name} b/{name}"])
        elif cur is not None:
            cur.append(line)
    return {name: "\n".join(text) + "\n" for name, text in out.items()}


def same_violation(f: Finding) -> tuple[str, str, str, int]:
    """Its site: the engines may place one violation at two fix points (a
    shared exit, the call), and may name a kAPI differently (a macro)."""
    return (f.site.file, f.site.function, f.id, f.site.line)


def outcomes(findings: list[Finding], fixes: list[Fix], files: set[str]) -> list[Outcome]:
    by_line = {(f.file, f.line): f for f in fixes}
    # Where the engines place one violation on two lines, the checker's
    # finding goes with the semantic patch's fix of it.
    fixed_at = {same_violation(f): f.line for f in findings
                if (f.file, f.line) in by_line and by_line[(f.file, f.line)].applied}
    out = []
    for f in findings:
        fix = by_line.get((f.file, f.line))
        if fix:
            out.append(Outcome(f, fix, fix.reason))
        elif f.engines == {"sparse"} and same_violation(f) in fixed_at:
            line = fixed_at[same_violation(f)]
            out.append(Outcome(f, by_line[(f.file, line)],
                               f"the fix at line {line}, where the semantic patch places "
                               f"the same violation"))
        elif f.engines == {"sparse"}:
            out.append(Outcome(f, None, "only the C checker reports it, so the semantic "
                               "patch has no fix point to change"))
        elif f.file not in files:
            out.append(Outcome(f, None, "not in a .c file that patch mode reads"))
        else:
            out.append(Outcome(f, None, "no fix rule reads this place: it is not under "
                               "an if that the rules decide"))
    return out


def kdoc_quote(ids: set[str], profile: str) -> str:
    """The kdoc's words for the rules that a patch's fixes apply."""
    paras = []
    for rule in sorted(ids):
        text = KDOC[profile][rule][1]
        # KDOC says where a rule comes from, then quotes it: 'kdoc (...): "..."'.
        quote = text.split("): ", 1)[-1]
        paras.append(textwrap.fill(quote, WIDTH, initial_indent="  ",
                                   subsequent_indent="  "))
    return "\n\n".join(paras)


def body(patch: Patch, profile: str) -> str:
    fixed = [o for o in patch.outcomes if o.fixed]
    source = ("the v2 patch of the 2022 series \"iommu: Define EINVAL as device/domain "
              "incompatibility\" gives the rules" if profile == "v2" else
              "as merged in Linux 6.2, it says")
    intro = ("attach_dev must return 0, or an errno from the list of its kdoc in "
             f"include/linux/iommu.h; {source}:")
    items = []
    seen = set()
    for o in sorted(fixed, key=lambda o: (o.fix.file, o.fix.line)):
        if (o.fix.file, o.fix.line) in seen:
            continue
        seen.add((o.fix.file, o.fix.line))
        items.append(textwrap.fill(f"{o.fix.function}(), {o.finding.value()}: {o.fix.reason}.",
                                   WIDTH, initial_indent="- ", subsequent_indent="  "))
    left = [o for o in patch.outcomes if not o.fixed]
    tail = ""
    if left:
        tail = "\n\n" + textwrap.fill(f"Left as they are, for a developer to decide: "
                                      f"{len(left)} other finding(s) in this driver.",
                                      WIDTH)
    return (textwrap.fill(intro, WIDTH) + "\n\n"
            + kdoc_quote({o.finding.id for o in fixed}, profile) + "\n\n"
            + textwrap.fill("Each change, at the place where the errno is made:", WIDTH)
            + "\n\n" + "\n".join(items) + tail + "\n")


def diffstat(diff: str) -> str:
    """git's diffstat of @diff, as format-patch writes it below "---"."""
    with tools.start(["git", "apply", "--stat", "-"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                     cwd=tempfile.gettempdir()) as proc:
        out, err = proc.communicate(diff)
    if proc.returncode:
        raise UsageError(f"the semantic patch wrote a diff that git cannot read: "
                         f"{err.strip()}")
    return out


def mail(author: str, date: str, subject: str, text: str, signoff: bool,
         stat: str, diff: str) -> str:
    sob = f"\nSigned-off-by: {author}\n" if signoff else ""
    return (f"From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
            f"From: {author}\nDate: {date}\nSubject: {subject}\n\n{text}{sob}---\n"
            f"{stat}\n{diff}-- \niommu-errno\n\n")


def cover(patches: list[Patch], author: str, date: str, signoff: bool,
          left: list[Outcome]) -> str:
    n = len(patches)
    text = textwrap.fill(
        "These patches make the attach_dev implementations of "
        f"{n} driver(s) return only what the kdoc of iommu_domain_ops allows: "
        "-EINVAL only for an incompatible device and domain, and without a print; "
        "-ENODEV for a device-specific failure; -ENOMEM for a failed allocation; a "
        "kAPI's errno converted; a helper's own allowed value returned.", WIDTH)
    text += "\n\n" + textwrap.fill("Each patch says, for each change, what the code "
                                   "tests there and why that decides the errno. They "
                                   "were written by iommu-errno fix.", WIDTH) + "\n"
    if left:
        text += "\n" + textwrap.fill(f"{len(left)} finding(s) are left for a developer, "
                                     "where no rule decides safely.", WIDTH) + "\n"
    sob = f"\nSigned-off-by: {author}\n" if signoff else ""
    short = "".join(f"  {p.prefix}: {SUBJECT}\n" for p in patches)
    return (f"From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
            f"From: {author}\nDate: {date}\n"
            f"Subject: [PATCH 0/{n}] iommu: {SUBJECT}\n\n{text}{sob}\n"
            f"{author.split(' <')[0]} ({n}):\n{short}\n"
            f"{diffstat(''.join(p.diff for p in patches))}\n-- \niommu-errno\n\n")


def series(kdir: Path, diffs: dict[str, str], results: list[Outcome]) -> list[Patch]:
    driver = drivers(results)
    files: dict[str, list[str]] = collections.defaultdict(list)
    for name in sorted(diffs):
        files[driver.get(name, name)].append(name)
    patches = []
    for d, names in sorted(files.items()):
        prefix = log_prefix(kdir, names) or fallback_prefix(d)
        patches.append(Patch(prefix, "".join(diffs[f] for f in names),
                             [o for o in results if driver.get(o.finding.file) == d]))
    return patches


def file_name(n: int, subject: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", subject).strip("-")[:52].rstrip("-")
    return f"{n:04d}-{slug}.patch"


def write_series(out: Path, patches: list[Patch], author: str, signoff: bool,
                 profile: str, left: list[Outcome]) -> list[Path]:
    out.mkdir(exist_ok=True)
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    date = email.utils.formatdate(stamp, localtime=True)
    n = len(patches)
    written = [out / "0000-cover-letter.patch"]
    tools.write_atomic(written[0], cover(patches, author, date, signoff, left))
    for i, p in enumerate(patches, 1):
        subject = f"{p.prefix}: {SUBJECT}"
        path = out / file_name(i, subject)
        tools.write_atomic(path, mail(author, date, f"[PATCH {i}/{n}] {subject}",
                                      body(p, profile), signoff, diffstat(p.diff), p.diff))
        written.append(path)
    return written


def report(results: list[Outcome], written: list[Path]) -> None:
    for o in sorted(results, key=lambda o: (o.finding.file, o.finding.line, o.finding.id)):
        f = o.finding
        what = "fixed" if o.fixed else "left"
        print(f"{f.file}:{f.line}: {what}: [{f.id}] {f.value()} in {f.function}(): {o.reason}")
    fixed = sum(o.fixed for o in results)
    print(f"{fixed} fixed, {len(results) - fixed} left; "
          + (f"{len(written) - 1} patch(es) and a cover letter in {written[0].parent}"
             if written else "no patch written"))


def cmd_fix(args: argparse.Namespace, progress: Progress,
            get_kdir: Callable[[str | None, Progress], Path],
            options: Callable[..., Options]) -> int:
    if not args.coccinelle:
        raise UsageError("fix needs the semantic patch, which writes the fixes")
    kdir = get_kdir(args.kdir, progress)
    out = output_dir(args.output, kdir)
    author = identity(kdir)
    paths = [relative_path(kdir, p) for p in args.paths] or ["drivers/iommu"]
    opts = options(args, kdir, paths, progress)
    res = analyse(opts)
    files = sorted({f.file for f in res.findings if f.file.endswith(".c")})
    diff, fixes = ([], [])
    if files:
        progress.step(f"writing the fixes of {len(files)} file(s)")
        diff, fixes = run_patch_mode(kdir, files, opts, res.findings)
    progress.done()
    results = outcomes(res.findings, fixes, set(files))
    patches = series(kdir, split_diff(diff), results)
    left = [o for o in results if not o.fixed]
    written = write_series(out, patches, author, args.signoff, opts.profile, left) \
        if patches else []
    report(results, written)
    return 1 if left else 0

# SPDX-License-Identifier: GPL-2.0
"""Both engines on one tree, every arch, merged, with the coverage."""
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import cocci
from .findings import Coverage, Finding, Gap, RecordError, agreement, from_record, merge
from .kbuild import ALL, ARCHES, CHECKER, Kbuild, KbuildError, build_dir, cache_dir, check_arch
from .progress import Progress
from .summaries import link, summary_dir


class UsageError(Exception):
    """Bad input: exit 2 with this one-line reason."""


@dataclass
class Options:
    kdir: Path
    arches: list[str]
    paths: list[str]
    profile: str = "v2"
    debug_prints: bool = False
    jobs: int = os.cpu_count() or 1
    build: Path | None = None
    progress: Progress = field(default_factory=lambda: Progress(quiet=True))
    sparse: bool = True
    coccinelle: bool = True
    cocci_cache: bool = True


@dataclass
class Result:
    findings: list[Finding]
    coverage: Coverage
    disagreements: list[str]


def checker_supports(needle: str, checker: Path = CHECKER) -> bool:
    """Whether the C checker knows an option or a rule ID (from its binary)."""
    try:
        return needle.encode() in checker.read_bytes()
    except OSError:
        return False


def sparse_rules(checker: Path = CHECKER) -> set[str]:
    from .findings import IDS
    return {i for i in IDS if checker_supports(i, checker)}


def kbuild_targets(kdir: Path, paths: list[str]) -> list[str]:
    """kbuild targets for tree-relative PATHs: "dir/" or "dir/file.o"."""
    out = []
    for p in paths:
        full = kdir / p
        if full.is_dir():
            out.append(p.rstrip("/") + "/")
        elif full.is_file() and p.endswith(".c"):
            out.append(p[:-2] + ".o")
        elif full.is_file() and p.endswith(".h"):
            out.append(str(Path(p).parent) + "/")
        else:
            raise UsageError(f"{p}: no such directory or .c file in {kdir}")
    return sorted(set(out))


def relative_path(kdir: Path, path: str) -> str:
    """PATH given by the user, made tree-relative; refuse paths outside."""
    p = Path(path)
    full = (p if p.is_absolute() else kdir / p).resolve()
    try:
        rel = full.relative_to(kdir.resolve())
    except ValueError:
        raise UsageError(f"{path}: outside the kernel tree {kdir}")
    return str(rel) if str(rel) != "." else "."


def build_for(opts: Options, arch: str) -> Path:
    if opts.build is None:
        return build_dir(opts.kdir, arch)
    return opts.build if opts.arches == [arch] else opts.build / arch


def configs_text(arches: list[str]) -> str:
    """"x86_64 allmodconfig, powerpc corenet64_smp_defconfig": what ran."""
    return ", ".join(f"{a} {ARCHES[a].config}" for a in arches) or "no arch"


def widened(targets: list[str]) -> list[str]:
    """--arch all: each file's directory instead of the file.  kbuild
    compiles a file named as a target whatever the config says (and fails
    on another arch's code), while in a directory it compiles only what
    the arch's config selects."""
    return sorted({t if t.endswith("/") else str(Path(t).parent) + "/" for t in targets})


def under(file: str, paths: list[str]) -> bool:
    return any(p in (".", "") or file == p or file.startswith(p.rstrip("/") + "/")
               for p in paths)


def run_sparse(opts: Options, arch: str, targets: list[str], cov: Coverage,
               findings: list[Finding]) -> bool:
    """Check @targets on @arch; False when its config compiles nothing
    under the PATHs and --arch all asked (nothing is then recorded for
    it).  A build dir that compiled nothing under the same targets before
    is not even prepared again."""
    kb = Kbuild(opts.kdir, arch, build_for(opts, arch), jobs=opts.jobs,
                progress=opts.progress)
    optional = ALL in opts.arches
    if optional:
        targets = widened(targets)
        if kb.compiles_nothing(targets):
            return False
    flags = ["--list-implementations"]
    if checker_supports("--profile"):
        flags.append(f"--profile={opts.profile}")
    if opts.debug_prints and checker_supports("--debug-prints"):
        flags.append("--debug-prints")
    with summary_dir() as sums:
        res = kb.check_run(targets, flags=flags + [f"--summary-dir={sums}"])
        # The findings are the link's: it knows every checked file's helpers.
        linked, notes = link(sums, flags)
    if optional and not res.files_checked:
        return False
    # Only what lies under the PATHs counts, when a directory was checked
    # for a file.
    impls: set[tuple[str, str]] = set()
    gaps: list[Gap] = []
    kroot = str(opts.kdir.resolve()) + "/"
    # The checker's notes, from kbuild's run and from the link: "FILE: why".
    for line in res.stderr + notes:
        if line.startswith("IMPL "):
            words = line.split()
            impls.add((words[1].rsplit(":", 1)[0], words[2]))
        elif line.startswith("iommu-errno-check: ") and line.count(": ") >= 2:
            _, name, reason = line.split(": ", 2)
            name = name[len(kroot):] if name.startswith(kroot) else name
            gaps.append(Gap("sparse", name, None, reason, arch))
    impls = {(f, fn) for (f, fn) in impls if under(f, opts.paths)}
    gaps = [g for g in gaps if under(g.file, opts.paths)]
    try:
        found = [from_record(obj, "sparse", arch) for obj in linked]
    except RecordError as e:
        raise KbuildError(f"the C checker wrote a bad finding record: {e}")
    found = [f for f in found if under(f.file, opts.paths)
             or any(under(file, opts.paths) for file, _ in f.implementations)]
    if optional and not (impls or gaps or found) and \
            any(not t.endswith("/") for t in kbuild_targets(opts.kdir, opts.paths)):
        return False
    for g in gaps:
        cov.add_gap(g)
    cov.impls[("sparse", arch)] = impls
    cov.files[("sparse", arch)] = res.files_checked
    findings += found
    return True


def analyse(opts: Options) -> Result:
    kdir = opts.kdir
    for arch in opts.arches:
        check_arch(arch)
    cov = Coverage()
    found: list[Finding] = []
    if opts.coccinelle:
        cres = cocci.check(kdir, [p for p in opts.paths], profile=opts.profile,
                           debug_prints=opts.debug_prints, jobs=opts.jobs,
                           progress=opts.progress,
                           cache=cache_dir() / "cocci" if opts.cocci_cache else None)
        found += cres.findings
        cov.impls[("coccinelle", "all")] = cres.impls
        cov.files[("coccinelle", "all")] = cres.analysed
        cov.rules["coccinelle"] = cres.rules
        for g in cres.gaps:
            cov.add_gap(g)
    if opts.sparse:
        cov.rules["sparse"] = sparse_rules()
        targets = kbuild_targets(kdir, opts.paths)
        # --arch all becomes the arches that compiled something, for the
        # coverage and every later use of the options.
        opts.arches = [arch for arch in (list(ARCHES) if ALL in opts.arches else opts.arches)
                       if run_sparse(opts, arch, targets, cov, found)]
    if opts.sparse and opts.coccinelle:
        coverage_gaps(cov, opts.arches)
    merged = merge(found)
    notes = agreement(merged, cov)
    return Result(merged, cov, notes)


def coverage_gaps(cov: Coverage, arches: list[str]) -> None:
    """Implementations that one engine could not see, each with the reason."""
    sparse_all = cov.all_impls("sparse")
    cocci_all = cov.all_impls("coccinelle")
    unparsed = {(g.file, g.function) for g in cov.gaps if g.engine == "coccinelle"}
    for (file, fn) in sorted(cocci_all - sparse_all):
        cov.add_gap(Gap("sparse", file, fn, f"not compiled by {configs_text(arches)}"
                        "; coccinelle only"))
    for (file, fn) in sorted(sparse_all - cocci_all):
        if (file, fn) in unparsed:
            continue
        # spatch lists every registration that it parses, and a file it
        # could not parse is a gap of its own (skipped above): what is left
        # is registered where only the preprocessor puts it, in a macro.
        cov.add_gap(Gap("coccinelle", file, fn,
                        "registered only inside a macro's expansion, which spatch "
                        "does not expand; sparse only"))

# SPDX-License-Identifier: GPL-2.0
"""Findings of both engines, merged, and the coverage of a run.

A finding is identified by (file, function, ID, errno), never by line or
column: the two engines count columns differently, and lines move.  Its
fingerprint adds the helper chain and the site, and no line number, so that
baselines and SARIF partialFingerprints survive code that merely moved.
"""
import hashlib
from dataclasses import dataclass, field

IDS = {
    "ATTACH_DEV_BAD_ERRNO": "sparse",
    "ATTACH_DEV_EINVAL_PRINT": "coccinelle",
    "ATTACH_DEV_KAPI_ERRNO": "coccinelle",
}
ENGINES = ("sparse", "coccinelle")


@dataclass
class Finding:
    id: str
    file: str
    line: int
    column: int                 # 1-based
    function: str
    site_function: str
    errno: str | None
    chain: list[str]
    message: str
    engines: set[str] = field(default_factory=set)
    arches: set[str] = field(default_factory=set)
    # Every (engine, line) that reported it, for agreement and review.
    lines: set[tuple[str, int]] = field(default_factory=set)
    disagreement: str | None = None
    status: str | None = None   # review: "new" or "existing"
    # The reports merged into this finding, one per engine, arch and site.
    # A kAPI finding stands for every kAPI call on the implementation's
    # return path, so review compares the parts: a new call is new even
    # where the implementation's finding is not.
    parts: list["Finding"] = field(default_factory=list)

    def reports(self) -> list["Finding"]:
        """The reports this finding stands for: its parts, or itself."""
        return self.parts or [self]

    def split(self, known: set[str]) -> tuple[list["Finding"], list["Finding"]]:
        """Its reports whose fingerprints are not in @known, and the others."""
        return ([p for p in self.reports() if p.fingerprint() not in known],
                [p for p in self.reports() if p.fingerprint() in known])

    def key(self) -> tuple[str, str, str, str]:
        # A kAPI's errno is not known statically: sparse says null and
        # Coccinelle names the -EINVAL it may be, so it is not part of the key.
        errno = "" if self.id == "ATTACH_DEV_KAPI_ERRNO" else (self.errno or "")
        return (self.file, self.function, self.id, errno)

    def fingerprint(self) -> str:
        """Line-independent identity: the same after code moved."""
        parts = [self.id, self.file, self.function, self.site_function,
                 self.errno or "", "->".join(self.chain)]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]

    def to_json(self) -> dict:
        out = {
            "id": self.id, "file": self.file, "line": self.line,
            "column": self.column, "function": self.function,
            "site_function": self.site_function, "errno": self.errno,
            "chain": self.chain, "engine": sorted(self.engines),
            "message": self.message, "arch": sorted(self.arches),
            "fingerprint": self.fingerprint(),
        }
        if self.disagreement:
            out["disagreement"] = self.disagreement
        if self.status:
            out["status"] = self.status
        return out


def from_sparse(obj: dict, arch: str) -> Finding:
    """A finding from the C checker's JSON."""
    return Finding(
        id=obj["id"], file=obj["file"], line=int(obj["line"]),
        column=max(1, int(obj.get("column") or 1)), function=obj["function"],
        site_function=obj.get("site_function") or obj["function"],
        errno=obj.get("errno"), chain=list(obj.get("chain") or []),
        message=obj["message"], engines={"sparse"}, arches={arch},
        lines={("sparse", int(obj["line"]))})


@dataclass
class Gap:
    """Something that could not be analysed, and why."""
    engine: str
    file: str
    function: str | None
    reason: str
    arch: str | None = None

    def text(self) -> str:
        what = f"{self.file}: {self.function}()" if self.function else self.file
        where = f"{self.engine}" + (f" {self.arch}" if self.arch else "")
        return f"{what}: {self.reason} [{where}]"


@dataclass
class Coverage:
    """Implementations found and files analysed, per engine and arch."""
    # (engine, arch or "all") -> {(file, function)}
    impls: dict[tuple[str, str], set[tuple[str, str]]] = field(default_factory=dict)
    files: dict[tuple[str, str], int] = field(default_factory=dict)
    gaps: list[Gap] = field(default_factory=list)
    rules: dict[str, set[str]] = field(default_factory=dict)  # engine -> IDs

    def all_impls(self, engine: str) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for (eng, _), items in self.impls.items():
            if eng == engine:
                out |= items
        return out

    def add_gap(self, gap: Gap) -> None:
        if all(g.text() != gap.text() for g in self.gaps):
            self.gaps.append(gap)


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per (file, function, ID, errno), over engines and arches.

    The location kept is that of the rule's primary engine (DESIGN.md), else
    the first line reported."""
    merged: dict[tuple[str, str, str, str], Finding] = {}
    for f in findings:
        k = f.key()
        have = merged.get(k)
        if have is None:
            merged[k] = Finding(**{**f.__dict__, "engines": set(f.engines),
                                   "arches": set(f.arches), "lines": set(f.lines),
                                   "chain": list(f.chain), "parts": [f]})
            continue
        have.parts.append(f)
        primary = IDS.get(f.id)
        better = (primary in f.engines and primary not in have.engines) or \
            (primary not in have.engines and f.line < have.line)
        if better:
            for attr in ("line", "column", "site_function", "chain", "message"):
                setattr(have, attr, getattr(f, attr))
        have.engines |= f.engines
        have.arches |= f.arches
        have.lines |= f.lines
    return sorted(merged.values(), key=lambda f: (f.file, f.line, f.id, f.errno or ""))


@dataclass
class Difference:
    """A finding that one engine reports on an implementation that both found."""
    only: str                   # the engine that reports it
    finding: Finding
    cause: str | None           # known from the engines' scope, else None

    def key(self) -> str:
        """What tests/kernel's known differences name: no errno, which
        the two engines spell differently for a kAPI."""
        f = self.finding
        return f"{self.only} {f.id} {f.file}:{f.line} {f.function}"


def differences(findings: list[Finding], cov: Coverage) -> list[Difference]:
    """The findings that one engine reports although the other can see them.

    "Can see" means: the other engine implements the rule, and it found the
    same attach_dev implementation (file and function).  A cause is given
    where the engines' scopes explain the difference: Coccinelle follows
    helpers within one file, so a chain that leaves the implementation's
    file is the C checker's alone.  Every other difference is a bug in one
    engine, or a limitation that has to be written down."""
    impls = {eng: cov.all_impls(eng) for eng in ENGINES}
    out = []
    for f in findings:
        if len(f.engines) != 1:
            continue
        (eng,) = f.engines
        other = "coccinelle" if eng == "sparse" else "sparse"
        if f.id not in cov.rules.get(other, set()):
            continue
        mine = {file for (file, fn) in impls[eng] if fn == f.function}
        cand = {f.file} if f.file in mine else mine
        both = cand & {file for (file, fn) in impls[other] if fn == f.function}
        if not both:
            continue
        cause = None
        if eng == "sparse" and f.file not in both:
            cause = (f"cross-file: the chain leaves {' '.join(sorted(both))} for "
                     f"{f.file}, and Coccinelle follows helpers within one file")
        out.append(Difference(eng, f, cause))
    return out


def agreement(findings: list[Finding], cov: Coverage) -> list[str]:
    """Mark each finding that only one engine reports on code that both see,
    and return one line for each."""
    notes = []
    for d in differences(findings, cov):
        f, other = d.finding, "coccinelle" if d.only == "sparse" else "sparse"
        cause = d.cause or ("the engines' scopes do not explain it: a "
                            "limitation of one engine, or a bug")
        f.disagreement = (f"only {d.only} reports this; {other} analysed "
                          f"{f.function}() too: {cause}")
        notes.append(f"{f.file}:{f.line}: [{f.id}] {f.function}() {f.errno or ''}: "
                     f"{f.disagreement}")
    return notes

# SPDX-License-Identifier: GPL-2.0
"""Findings of both engines, read from their records, merged, and the
coverage of a run.

Both engines write the finding record of DESIGN.md ("The record as JSON");
from_record() reads it.  Findings are merged by (fix point file, fix point
line, ID, errno), never by column, which the engines count differently, and
the merged finding lists every implementation that reaches it.  Its
fingerprint holds no line number, so that baselines and SARIF
partialFingerprints survive code that merely moved.
"""
import hashlib
import posixpath
from dataclasses import dataclass, field, replace

IDS = {
    "ATTACH_DEV_BAD_ERRNO": "sparse",
    "ATTACH_DEV_EINVAL_PRINT": "coccinelle",
    "ATTACH_DEV_KAPI_ERRNO": "coccinelle",
}
ENGINES = ("sparse", "coccinelle")
class RecordError(Exception):
    """An engine wrote a record that is not the finding record."""


@dataclass(frozen=True)
class Step:
    """A place in the code: a call on the path, the site, or the print.
    line is 0 where the engine did not say."""
    file: str
    line: int
    function: str
    name: str = ""              # the print's or the kAPI's name


@dataclass
class Finding:
    id: str
    file: str                   # the fix point, where every output reports
    line: int
    column: int                 # 1-based
    function: str               # the function that holds the fix point
    errno: str | None
    message: str
    site: Step
    implementations: set[tuple[str, str]] = field(default_factory=set)  # (file, function)
    path: list[Step] = field(default_factory=list)
    print: Step | None = None
    kapi: dict | None = None
    engines: set[str] = field(default_factory=set)
    arches: set[str] = field(default_factory=set)
    # Every (engine, line) that reported it, for agreement and review.
    lines: set[tuple[str, int]] = field(default_factory=set)
    disagreement: str | None = None
    status: str | None = None   # review: "new" or "existing"
    # The reports merged into this finding, one per engine and arch.
    parts: list["Finding"] = field(default_factory=list)

    @property
    def site_function(self) -> str:
        return self.site.function

    def reports(self) -> list["Finding"]:
        """The reports this finding stands for: its parts, or itself."""
        return self.parts or [self]

    def split(self, known: set[str]) -> tuple[list["Finding"], list["Finding"]]:
        """Its reports whose fingerprints are not in @known, and the others."""
        return ([p for p in self.reports() if p.fingerprint() not in known],
                [p for p in self.reports() if p.fingerprint() in known])

    def value(self) -> str:
        """The errno, or for a kAPI's errno, which the engines do not know
        statically, the kAPI."""
        if self.id == "ATTACH_DEV_KAPI_ERRNO":
            return f"{(self.kapi or {}).get('name') or '?'}()"
        return self.errno or "?"

    def key(self) -> tuple[str, int, str, str]:
        # One line holds one kAPI call, and the engines may not both name it.
        errno = "" if self.id == "ATTACH_DEV_KAPI_ERRNO" else (self.errno or "")
        return (self.file, self.line, self.id, errno)

    def fingerprint(self) -> str:
        """Line-independent identity: the same after code moved."""
        parts = [self.id, self.file, self.function, self.key()[3],
                 self.site.function, "->".join(s.function for s in self.path)]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]

    def to_json(self) -> dict:
        """The record (DESIGN.md), with the merged engines and arches."""
        out: dict = {
            "id": self.id, "errno": self.errno, "message": self.message,
            "engine": sorted(self.engines), "arch": sorted(self.arches),
            "implementations": [{"file": f, "function": fn}
                                for f, fn in sorted(self.implementations)],
            "site": {"file": self.site.file, "line": self.site.line,
                     "function": self.site.function},
            "path": [{"file": s.file, "line": s.line, "function": s.function}
                     for s in self.path],
            "file": self.file, "line": self.line, "column": self.column,
            "function": self.function, "fingerprint": self.fingerprint(),
        }
        if self.print:
            out["print"] = {"file": self.print.file, "line": self.print.line,
                            "function": self.print.function, "name": self.print.name}
        if self.kapi is not None:
            out["kapi"] = self.kapi
        if self.disagreement:
            out["disagreement"] = self.disagreement
        if self.status:
            out["status"] = self.status
        return out


def _step(obj, what: str) -> Step:
    if not isinstance(obj, dict) or not isinstance(obj.get("file"), str) or \
            not isinstance(obj.get("function"), str):
        raise RecordError(f"{what} is not {{file, line, function}}")
    return Step(obj["file"], int(obj.get("line") or 0), obj["function"],
                str(obj.get("name") or ""))


def _holder(file: str, line: int, site: Step, path: list[Step]) -> str:
    """The function that holds the fix point: the site's, or that of the
    path's call at that line."""
    if (site.file, site.line) == (file, line):
        return site.function
    for s in path:
        if (s.file, s.line) == (file, line):
            return s.function
    return site.function


def from_record(obj: dict, engine: str, arch: str | None = None) -> Finding:
    """A finding from an engine's record (DESIGN.md, "The record as JSON")."""
    if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
        raise RecordError("a finding record is not an object with an id")
    try:
        site = _step(obj["site"], "site")
        # A path is the calls to the site; the checker ends it with the
        # site itself, which is no call.
        steps = [_step(s, "a path step") for s in obj.get("path") or []]
        path = [s for s in steps if (s.file, s.line) != (site.file, site.line)]
        impls = {(i["file"], i["function"]) for i in obj["implementations"]}
        file, line = obj["file"], int(obj["line"])
    except (KeyError, TypeError, ValueError) as e:
        raise RecordError(f"a {obj.get('id')} record lacks {e}")
    kapi = obj.get("kapi")
    return Finding(
        id=obj["id"], file=file, line=line,
        column=max(1, int(obj.get("column") or 1)),
        function=_holder(file, line, site, path), errno=obj.get("errno"),
        message=str(obj.get("message") or ""), site=site,
        implementations=impls, path=path,
        print=_step(obj["print"], "print") if obj.get("print") else None,
        kapi=kapi if isinstance(kapi, dict) else None,
        engines={engine}, arches={arch} if arch else set(),
        lines={(engine, line)})


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
    """One finding per (fix point file, fix point line, ID, errno), over
    engines and arches, with every implementation that reaches it.

    Column, message and path are those of the rule's primary engine
    (DESIGN.md) where it reported the finding."""
    merged: dict[tuple[str, int, str, str], Finding] = {}
    for f in findings:
        have = merged.get(f.key())
        if have is None:
            merged[f.key()] = replace(f, engines=set(f.engines), arches=set(f.arches),
                                      lines=set(f.lines), path=list(f.path),
                                      implementations=set(f.implementations),
                                      parts=[f])
            continue
        have.parts.append(f)
        primary = IDS.get(f.id)
        if primary in f.engines and primary not in have.engines:
            for attr in ("column", "message", "path", "site", "print", "kapi", "function"):
                setattr(have, attr, getattr(f, attr))
        have.engines |= f.engines
        have.arches |= f.arches
        have.lines |= f.lines
        have.implementations |= f.implementations
    return sorted(merged.values(), key=lambda f: (f.file, f.line, f.id, f.value()))


@dataclass
class Difference:
    """A finding that one engine reports on an implementation that both found."""
    only: str                   # the engine that reports it
    finding: Finding
    cause: str | None           # known from the engines' scope, else None

    def key(self) -> str:
        """What tests/kernel's known differences name (with the source text
        of the line that the tests add)."""
        f = self.finding
        return f"{self.only} {f.id} {f.file}:{f.line} {f.function} {f.value()}"


def scope(f: Finding, eng: str, home: set[str], reported: set[str],
          summarised: set[str]) -> str | None:
    """The difference of scope that explains why only @eng reports @f, if
    the records show one.  @reported: the kAPIs that the C checker reports
    as KAPI_ERRNO somewhere, whose -EINVAL its summaries did not rule out;
    @summarised: those of them whose source it read, which it decides at
    each call, with the callback that the call passes."""
    files = {s.file for s in f.path} | {f.site.file, f.file}
    kapi = f.kapi or {}
    name = kapi.get("name")
    if eng == "coccinelle" and f.id == "ATTACH_DEV_KAPI_ERRNO" and \
            kapi.get("analysed") is False and (name not in reported or name in summarised):
        where = "at this call" if name in summarised else "there"
        return (f"kAPI source: Coccinelle does not read the source of {name}() "
                f"(a kAPI, or a header that --no-includes hides); the C checker, which "
                f"summarises it, finds no -EINVAL {where}")
    made = (kapi.get("made") or {}).get("file")
    if eng == "sparse" and kapi.get("analysed") and made:
        return (f"kAPI source: the value is made in {made}, the source of "
                f"{kapi.get('name')}(), which the C checker summarises and Coccinelle "
                f"does not read")
    headers = sorted(x for x in files if x.endswith(".h"))
    if eng == "sparse" and headers:
        return (f"header: the path goes through {' '.join(headers)}, which Coccinelle, "
                f"run with --no-includes, does not read")
    # The kAPI boundary (DESIGN.md) is the directory: the checker follows
    # no path into the IOMMU core or another subsystem.
    away = files - home
    if eng == "sparse" and away and \
            all(posixpath.dirname(x) in {posixpath.dirname(h) for h in home} for x in away):
        return (f"cross-file: the path leaves {' '.join(sorted(home))} for "
                f"{' '.join(sorted(away))}, another file of the driver, which spatch "
                f"did not analyse for it")
    return None


def differences(findings: list[Finding], cov: Coverage) -> list[Difference]:
    """The findings that one engine reports although the other can see them.

    "Can see" means: the other engine implements the rule, and it found one
    of the attach_dev implementations (file and function) that reach the
    finding.  A cause is given where the records show a difference of
    scope (scope()); every other difference has to be written down with
    its cause."""
    impls = {eng: cov.all_impls(eng) for eng in ENGINES}
    kapis = [p.kapi or {} for f in findings for p in f.reports()
             if "sparse" in p.engines and p.id == "ATTACH_DEV_KAPI_ERRNO"]
    reported = {k.get("name") for k in kapis}
    summarised = {k.get("name") for k in kapis if k.get("analysed")}
    out = []
    for f in findings:
        if len(f.engines) != 1:
            continue
        (eng,) = f.engines
        other = "coccinelle" if eng == "sparse" else "sparse"
        if f.id not in cov.rules.get(other, set()):
            continue
        both = f.implementations & impls[other]
        if both:
            out.append(Difference(eng, f, scope(f, eng, {file for (file, _) in both}, reported,
                                                     summarised)))
    return out


def agreement(findings: list[Finding], cov: Coverage) -> list[str]:
    """Mark each finding that only one engine reports on code that both see,
    and return one line for each."""
    notes = []
    for d in differences(findings, cov):
        f, other = d.finding, "coccinelle" if d.only == "sparse" else "sparse"
        cause = d.cause or ("no difference of scope shows in the records, so one engine "
                            "misses it or is wrong here; on the trees that the tests pin, "
                            "tests/kernel/engine-differences-*.txt says which, from the code")
        names = ", ".join(f"{fn}()" for _, fn in sorted(f.implementations))
        f.disagreement = (f"only {d.only} reports this; {other} analysed "
                          f"{names} too: {cause}")
        notes.append(f"{f.file}:{f.line}: [{f.id}] {f.function}() {f.errno or ''}: "
                     f"{f.disagreement}")
    return notes

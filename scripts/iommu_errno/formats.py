# SPDX-License-Identifier: GPL-2.0
"""The outputs: gcc-style text, JSON, SARIF 2.1.0, and the coverage summary."""
import json
from collections import Counter
from pathlib import Path

from .findings import Coverage, Difference, Finding, Step
from .kbuild import ARCHES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://www.kernel.org/doc/html/latest/driver-api/iommu.html"

# The kdoc of struct iommu_domain_ops.attach_dev, quoted per profile.
KDOC = {
    "v2": {
        "ATTACH_DEV_BAD_ERRNO": (
            "attach_dev may return an errno outside {0, -EINVAL, -ENOMEM, -ENOSPC, "
            "-EBUSY, -ENODEV}",
            'kdoc (the v2 patch "iommu: Add return value rules to attach_dev op" of '
            'the 2022 series "iommu: Define EINVAL as device/domain incompatibility"): '
            '"0 - success; EINVAL - exclusively, device and domain are incompatible; '
            'ENOMEM - out of memory; ENOSPC - no space left on device; EBUSY - device '
            'is attached to a domain and cannot be changed; ENODEV - device specific '
            'errors, not able to be attached; <others> - treated as ENODEV by the '
            'caller. Use is discouraged"'),
        "ATTACH_DEV_EINVAL_PRINT": (
            "attach_dev returns -EINVAL on a path that also prints",
            'kdoc (the v2 patch of the 2022 series): "EINVAL - exclusively, device and domain are '
            'incompatible. Must avoid kernel prints along with this errno."'),
        "ATTACH_DEV_KAPI_ERRNO": (
            "attach_dev returns a kAPI's errno unconverted, so it may be -EINVAL",
            'kdoc (the v2 patch of the 2022 series): "Any EINVAL returned from a kAPI must be converted '
            'to ENODEV if it is device-specific, or to some other reasonable errno '
            'being listed below"'),
    },
    "mainline": {
        "ATTACH_DEV_BAD_ERRNO": (
            "attach_dev may return an errno outside {0, -EINVAL, -ENOMEM, -ENOSPC, "
            "-EBUSY, -ENODEV}",
            'kdoc (Linux 6.2 and later, include/linux/iommu.h): "<others> - treated '
            'as ENODEV by the caller. Use is discouraged"'),
        "ATTACH_DEV_EINVAL_PRINT": (
            "attach_dev returns -EINVAL on a path that also prints",
            'kdoc (Linux 6.2 and later): "EINVAL - can indicate that device and '
            'domain are incompatible due to some previous configuration of the '
            'domain, in which case the driver shouldn\'t log an error, since it is '
            'legitimate for a caller to test reuse of existing domains."'),
        "ATTACH_DEV_KAPI_ERRNO": (
            "attach_dev returns a kAPI's errno unconverted",
            'kdoc (Linux 6.2 and later): "EINVAL ... Otherwise, it may still '
            'represent some other fundamental problem" (a kAPI errno need not be '
            'converted under this profile)'),
    },
}


def _tag(f: Finding) -> str:
    parts = ["+".join(sorted(f.engines))]
    if f.arches:
        parts.append(",".join(sorted(f.arches)))
    if f.status:
        parts.insert(0, f.status)
    return "; ".join(parts)


def text_line(f: Finding) -> str:
    """gcc style, one line: FILE:LINE:COL: warning: [ID] MESSAGE [engines; arches]"""
    line = f"{f.file}:{f.line}:{f.column}: warning: [{f.id}] {f.message} [{_tag(f)}]"
    if f.disagreement:
        line += f" (engines disagree: {f.disagreement})"
    return line


def _at(s: Step) -> str:
    return f"{s.file}:{s.line}" if s.line else s.file


def _kapi_place(e: dict) -> Step:
    return Step(e.get("file", "?"), int(e.get("line") or 0), e.get("function", "?"))


def made_here(f: Finding) -> str:
    """For an errno that a summarised kAPI makes (kapi.made), what it says
    there; "" otherwise."""
    if not f.kapi or not isinstance(f.kapi.get("made"), dict):
        return ""
    return f"{f.kapi.get('name')}() makes {f.errno or 'the errno'} here"


def notes(f: Finding) -> list[tuple[Step, str]]:
    """The path from the implementations to the site, the site where it is
    not the fix point, the print and the kAPI's -EINVAL, each a place and
    what happens there; text and SARIF say the same."""
    out = []
    names = ", ".join(f"{fn}() in {file}" for file, fn in sorted(f.implementations))
    calls = [s.function for s in f.path[1:]] + [f.site.function]
    for step, callee in zip(f.path, calls):
        out.append((step, f"{step.function}() calls {callee}()"))
    if (f.site.file, f.site.line) != (f.file, f.line):
        out.append((f.site, f"the site, in {f.site.function}()"))
    if f.print:
        out.append((f.print, f"{f.print.name or 'a print'}() prints on the way to "
                    f"this {f.errno or 'errno'}, in {f.print.function}()"))
    if f.kapi and f.kapi.get("einval"):
        out.append((_kapi_place(f.kapi["einval"]),
                    f"{f.kapi.get('name')}() may return -EINVAL here"))
    elif made_here(f):
        out.append((_kapi_place(f.kapi["made"]), made_here(f)))
    elif f.kapi and not f.kapi.get("analysed"):
        out.append((f.site, f"{f.kapi.get('name')}(): its source was not analysed"))
    return [(Step(f.file, f.line, f.function), f"reached from {names}")] + out


def text_block(f: Finding) -> str:
    """The finding's line, then its notes, as gcc prints them."""
    return "\n".join([text_line(f)] + [f"{_at(s)}: note: {what}" for s, what in notes(f)])


def summary(findings: list[Finding], suppressed: int = 0) -> str:
    if not findings:
        text = "no findings"
    else:
        by_id = Counter(f.id for f in findings)
        both = sum(1 for f in findings if len(f.engines) > 1)
        text = (f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ("
                + ", ".join(f"{n} {i}" for i, n in sorted(by_id.items()))
                + f"), {both} reported by both engines")
    if suppressed:
        text += f"; {suppressed} in the baseline, not shown"
    return text


def text(findings: list[Finding], suppressed: int = 0) -> str:
    lines = [text_block(f) for f in findings]
    lines.append(summary(findings, suppressed))
    return "\n".join(lines) + "\n"


def to_json(findings: list[Finding]) -> str:
    return json.dumps([f.to_json() for f in findings], indent=2) + "\n"


def coverage_text(cov: Coverage, arches: list[str], disagreements: list[str]) -> str:
    out = ["coverage:"]
    for arch in arches:
        impls = cov.impls.get(("sparse", arch), set())
        out.append(f"  sparse {arch} ({ARCHES[arch].config}): {len(impls)} attach_dev "
                   f"implementations, {cov.files.get(('sparse', arch), 0)} files checked")
    cimpls = cov.impls.get(("coccinelle", "all"), set())
    out.append(f"  coccinelle (no config, every arch): {len(cimpls)} attach_dev "
               f"implementations, {cov.files.get(('coccinelle', 'all'), 0)} files analysed")
    for eng in ("sparse", "coccinelle"):
        rules = sorted(cov.rules.get(eng, set()))
        out.append(f"  {eng} rules: {', '.join(rules) if rules else 'none'}")
    out += seen_by(cov)
    if cov.gaps:
        out.append(f"  not analysed ({len(cov.gaps)}):")
        out += [f"    {g.text()}" for g in sorted(cov.gaps, key=lambda g: (g.file, g.text()))]
    else:
        out.append("  not analysed: nothing")
    if disagreements:
        out.append(f"  engines disagree ({len(disagreements)}):")
        out += [f"    {d}" for d in disagreements]
    return "\n".join(out) + "\n"


def seen_by(cov: Coverage) -> list[str]:
    """Each implementation, with the engines, arches and configs that saw it."""
    who: dict[tuple[str, str], list[str]] = {}
    for (engine, arch), impls in sorted(cov.impls.items()):
        where = engine if engine != "sparse" else f"sparse {arch} ({ARCHES[arch].config})"
        for impl in impls:
            who.setdefault(impl, []).append(where)
    out = [f"  implementations ({len(who)}), and what saw each:"]
    out += [f"    {file}: {fn}(): {', '.join(names)}"
            for (file, fn), names in sorted(who.items())]
    return out


def compare_table(diffs: list[Difference], cov: Coverage) -> str:
    """--compare-engines: one row per finding that only one engine reports
    on an implementation that both found, with its cause where known."""
    rules = sorted(cov.rules.get("sparse", set()) & cov.rules.get("coccinelle", set()))
    out = [f"engine comparison, rules of both engines: {', '.join(rules) or 'none'}"]
    rows = [(d.only, d.finding.id, f"{d.finding.file}:{d.finding.line}",
             d.finding.function + "()", d.finding.value(),
             d.cause or "unexplained") for d in diffs]
    if rows:
        head = ("only", "rule", "site", "function", "errno", "cause")
        widths = [max(len(r[i]) for r in rows + [head]) for i in range(5)]
        for r in [head] + rows:
            out.append("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[5])
    unexplained = sum(1 for d in diffs if not d.cause)
    out.append(f"{len(diffs)} differences, {unexplained} without a known cause")
    return "\n".join(out) + "\n"


def _location(s: Step, column: int = 0) -> dict:
    where: dict = {"artifactLocation": {"uri": s.file, "uriBaseId": "SRCROOT"}}
    # A step whose line the engine did not give names its file only.
    if s.line:
        where["region"] = {"startLine": s.line, **({"startColumn": column} if column else {})}
    return {"physicalLocation": where}


def sarif(findings: list[Finding], cov: Coverage, profile: str, kdir: Path,
          version: str = "1") -> str:
    rule_ids = sorted(set(KDOC[profile]) | {f.id for f in findings})
    index = {r: i for i, r in enumerate(rule_ids)}
    rules = []
    for r in rule_ids:
        short, full = KDOC[profile].get(r, (r, r))
        rules.append({
            "id": r, "name": "".join(w.capitalize() for w in r.lower().split("_")),
            "shortDescription": {"text": short},
            "fullDescription": {"text": full},
            "help": {"text": full},
            "defaultConfiguration": {"level": "warning"},
            "properties": {"tags": ["iommu", "attach_dev", "errno"]},
        })
    results = []
    # Two sites of one rule in one function, on one path, share a
    # fingerprint; their order among themselves tells them apart and, unlike
    # a line, does not change when code moves.
    seen: Counter = Counter()
    for f in findings:
        fp = f.fingerprint()
        seen[fp] += 1
        if seen[fp] > 1:
            fp = f"{fp}/{seen[fp]}"
        props: dict = {"engines": sorted(f.engines), "arches": sorted(f.arches),
                       "function": f.function, "errno": f.errno,
                       "implementations": [{"file": a, "function": b}
                                           for a, b in sorted(f.implementations)]}
        if f.kapi is not None:
            props["kapi"] = f.kapi
        if f.disagreement:
            props["disagreement"] = f.disagreement
        if f.status:
            props["status"] = f.status
        result = {
            "ruleId": f.id, "ruleIndex": index[f.id], "level": "warning",
            "message": {"text": f.message},
            "locations": [_location(Step(f.file, f.line, f.function), f.column)],
            "partialFingerprints": {"iommuErrnoFinding/v2": fp},
            "properties": props,
        }
        flow = [{"location": {**_location(s), "message": {"text": what}}}
                for s, what in notes(f)[1:] if s is not f.print]
        if flow:
            result["codeFlows"] = [{"threadFlows": [{"locations": flow}]}]
        related = []
        if f.print:
            related.append((f.print, f"{f.print.name or 'a print'}() in {f.print.function}()"))
        if made_here(f):
            related.append((_kapi_place(f.kapi["made"]), made_here(f)))
        if related:
            result["relatedLocations"] = [
                {"id": i, **_location(s), "message": {"text": what}}
                for i, (s, what) in enumerate(related, 1)]
        results.append(result)
    gaps = [{"level": "note", "message": {"text": f"not analysed: {g.text()}"}}
            for g in cov.gaps]
    doc = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "iommu-errno", "version": version,
                                "informationUri": INFO_URI, "rules": rules}},
            "originalUriBaseIds": {"SRCROOT": {"uri": Path(kdir).resolve().as_uri() + "/"}},
            "invocations": [{"executionSuccessful": True,
                             "toolExecutionNotifications": gaps}],
            "results": results,
            "properties": {"profile": profile},
        }],
    }
    return json.dumps(doc, indent=2) + "\n"

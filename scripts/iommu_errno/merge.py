# SPDX-License-Identifier: GPL-2.0
"""merge: the JSON reports of several runs as one report.

A CI matrix checks each arch, or each part of the tree, in a job of its
own, and each job writes `check --format json`.  The findings of all the
reports are merged by findings.merge(), the one merging the check command
uses over engines and arches, so that merging the reports of one run per
arch gives what one run over all those arches gives.  Each finding also
names the runs that made it: a report's run is its file name without the
directory and ".json".
"""
import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from . import baseline, formats
from .analyse import UsageError
from .findings import Coverage, Finding, RecordError, from_record, merge

@dataclass
class Report:
    run: str
    findings: list[Finding]


def from_json(obj: dict) -> Finding:
    """A finding of a report: the record (findings.from_record), with the
    engines and arches that the run merged into it."""
    engines, arches = obj.get("engine"), obj.get("arch")
    if not isinstance(engines, list) or not engines or not isinstance(arches, list):
        raise RecordError("a finding has no engine and arch lists")
    f = from_record(obj, engines[0])
    f.engines, f.arches = set(engines), set(arches)
    f.lines = {(e, f.line) for e in engines}
    f.disagreement = obj.get("disagreement")
    return f


def read(path: Path) -> Report:
    what = f"{path}: not an iommu-errno JSON report"
    try:
        doc = json.loads(path.read_text())
    except OSError as e:
        raise UsageError(f"cannot read report {path}: {e.strerror}")
    except ValueError as e:
        raise UsageError(f"{what} (not JSON: {e})")
    if not isinstance(doc, list):
        raise UsageError(f"{what} (not a list of findings)")
    findings = []
    for i, obj in enumerate(doc):
        try:
            findings.append(from_json(obj))
        except (RecordError, AttributeError) as e:
            raise UsageError(f"{what} (finding {i}: {e})")
    name = path.name[:-5] if path.name.endswith(".json") else path.name
    return Report(name, findings)


def runs_of(f: Finding, run: dict[int, str]) -> list[str]:
    return sorted({run[id(p)] for p in f.reports()})


def render(findings: list[Finding], run: dict[int, str], fmt: str, suppressed: int,
           profile: str, kdir: Path) -> str:
    """A report in @fmt, each finding marked with its runs."""
    if fmt == "text":
        blocks = [f"{formats.text_block(f)}\n{f.file}:{f.line}: note: made by the runs "
                  f"{', '.join(runs_of(f, run))}" for f in findings]
        return "\n".join(blocks + [formats.summary(findings, suppressed)]) + "\n"
    if fmt == "json":
        return json.dumps([{**f.to_json(), "runs": runs_of(f, run)} for f in findings],
                          indent=2) + "\n"
    doc = json.loads(formats.sarif(findings, Coverage(), profile, kdir))
    for f, result in zip(findings, doc["runs"][0]["results"]):
        result["properties"]["runs"] = runs_of(f, run)
    return json.dumps(doc, indent=2) + "\n"


def cmd_merge(args: argparse.Namespace) -> tuple[str, int]:
    """The merged report, and the exit status: 1 when it holds findings."""
    reports = [read(Path(p)) for p in args.reports]
    names = [r.run for r in reports]
    if len(set(names)) != len(names):
        raise UsageError("two reports have the same file name, so their runs "
                         "could not be told apart")
    run = {id(f): r.run for r in reports for f in r.findings}
    findings = merge([f for r in reports for f in r.findings])
    suppressed = 0
    if args.baseline:
        findings, suppressed = baseline.subtract(findings, baseline.read(Path(args.baseline)))
    data = render(findings, run, args.format, suppressed, args.profile,
                  Path(args.kdir or "."))
    return data, 1 if findings else 0

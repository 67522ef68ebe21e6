# SPDX-License-Identifier: GPL-2.0
"""Run the C checker through a kernel tree's own kbuild.

Build directories live in the cache, one per tree and arch, so that the
user's tree is never written to: allmodconfig and prepare run once, and
later runs only check.  Directory targets are used, not M=, which checks
only modules and fails at modpost on 6.1.
"""
import hashlib
import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
CHECKER = TOP / "checker" / "iommu-errno-check"

# arch name -> (kbuild ARCH, CROSS_COMPILE)
ARCHES = {
    "x86_64": ("x86", ""),
    "arm64": ("arm64", "aarch64-linux-gnu-"),
}


class KbuildError(Exception):
    """A step of the kernel build failed; the message says which."""


def cache_dir() -> Path:
    env = os.environ.get("IOMMU_ERRNO_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "iommu-errno"


def build_dir(kdir: Path, arch: str) -> Path:
    real = str(Path(kdir).resolve())
    key = hashlib.sha256(real.encode()).hexdigest()[:10]
    return cache_dir() / "build" / f"{Path(real).name}-{key}-{arch}"


def is_kernel_tree(kdir: Path) -> bool:
    return all((Path(kdir) / f).exists()
               for f in ("Makefile", "Kbuild", "include/linux/iommu.h"))


@dataclass
class Kbuild:
    kdir: Path
    arch: str
    build: Path
    jobs: int = os.cpu_count() or 1

    def make_args(self) -> list[str]:
        karch, cross = ARCHES[self.arch]
        args = ["make", "-s", "-C", str(self.kdir), f"O={self.build}",
                f"ARCH={karch}", f"-j{self.jobs}"]
        if cross:
            args.append(f"CROSS_COMPILE={cross}")
        return args

    def run(self, *targets: str, **kw) -> subprocess.CompletedProcess:
        return subprocess.run(self.make_args() + list(targets), text=True,
                              errors="replace", stdin=subprocess.DEVNULL, **kw)

    def prepare(self) -> None:
        """allmodconfig when there is no .config, then prepare, once."""
        stamp = self.build / ".iommu-errno-prepared"
        if stamp.exists():
            return
        self.build.mkdir(parents=True, exist_ok=True)
        steps = ([] if (self.build / ".config").exists() else ["allmodconfig"])
        for step in steps + ["prepare"]:
            proc = self.run(step, capture_output=True)
            if proc.returncode:
                tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
                raise KbuildError(f"make {step} for {self.arch} failed: "
                                  + (tail[0] if tail else f"exit {proc.returncode}"))
        stamp.touch()

    def check(self, dirs: list[str], checker: Path = CHECKER,
              flags: list[str] | None = None) -> tuple[list[dict], list[str]]:
        """Run the checker on @dirs; return its JSON findings and stderr lines."""
        with tempfile.TemporaryDirectory(prefix="iommu-errno-") as out:
            cf = ["--format=json", f"--output={out}/"] + (flags or [])
            proc = self.run("C=2", f"CHECK={checker}", "CF=" + " ".join(cf),
                            *dirs, capture_output=True)
            if proc.returncode:
                tail = proc.stderr.strip().splitlines()[-3:]
                raise KbuildError(f"make C=2 for {self.arch} failed: " + " | ".join(tail))
            if "not available or not up to date" in proc.stderr:
                raise KbuildError("kbuild refused the checker (scripts/checker-valid.sh)")
            findings = []
            for path in sorted(Path(out).glob("*.json")):
                findings.extend(json.loads(path.read_text()))
        return findings, proc.stderr.splitlines()

# SPDX-License-Identifier: GPL-2.0
"""Run the C checker through a kernel tree's own kbuild.

Build directories live in the cache, one per tree and arch, so that the
user's tree is never written to: the arch's config and prepare run once, and
later runs only check.  Directory targets are used, not M=, which checks
only modules and fails at modpost on 6.1.
"""
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import tools
from .progress import Progress

TOP = Path(__file__).resolve().parents[2]
CHECKER = TOP / "checker" / "iommu-errno-check"

@dataclass(frozen=True)
class Arch:
    karch: str          # kbuild's ARCH=
    cross: str          # CROSS_COMPILE=, from Debian's gcc-<cross> package
    config: str         # the config target that compiles this arch's drivers


# Each arch's allmodconfig, but for powerpc: its allmodconfig is book3s-64
# and cannot have PHYS_64BIT, which FSL_PAMU needs with PPC_E500MC, so it
# compiles no IOMMU driver; corenet64_smp_defconfig (e5500, dpaa.config)
# has FSL_PAMU=y.  DESIGN.md, "Arches and configs", says what each one adds.
ARCHES = {
    "x86_64": Arch("x86", "", "allmodconfig"),
    "arm64": Arch("arm64", "aarch64-linux-gnu-", "allmodconfig"),
    "arm": Arch("arm", "arm-linux-gnueabihf-", "allmodconfig"),
    "powerpc": Arch("powerpc", "powerpc64-linux-gnu-", "corenet64_smp_defconfig"),
    "riscv64": Arch("riscv", "riscv64-linux-gnu-", "allmodconfig"),
    "s390": Arch("s390", "s390x-linux-gnu-", "allmodconfig"),
}
# --arch all: every arch above that compiles something under the PATHs.
ALL = "all"


@dataclass(frozen=True)
class KapiSource:
    target: str         # the kbuild object
    config: str         # the option that compiles it, looked up in the arch's .config


# kAPI sources outside the checked directories that drivers' attach_dev
# paths call most.  A run that writes summaries (--summary-dir) also
# summarises these, with --summary-only, so that the link knows what they
# return: only their summaries are read, never their findings (they
# register no implementation).  Each one, and why:
KAPI_SOURCES = [
    # pci_for_each_dma_alias() returns what its callback returns: resolved
    # with the callback the call site passes (intel's context setup).
    KapiSource("drivers/pci/search.o", "CONFIG_PCI"),
    # pm_runtime_resume_and_get() and pm_runtime_get_sync() are inlines
    # around __pm_runtime_resume(): arm-smmu, qcom, mtk, ipmmu, sprd, ...
    KapiSource("drivers/base/power/runtime.o", "CONFIG_PM"),
    # dma_set_mask() gives 0 or -EIO, never -EINVAL (mtk).
    KapiSource("kernel/dma/mapping.o", "CONFIG_HAS_DMA"),
]


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


def check_make_safe(what: str, text: str) -> None:
    """Raise KbuildError when @text cannot go through make and kbuild's
    shell recipes as one word: it would be split, or run."""
    bad = tools.make_unsafe(text)
    if bad:
        raise KbuildError(f"{what} {text!r} cannot go through kbuild: it has {bad} "
                          f"(--no-sparse runs the semantic patches only)")


def check_arch_name(arch: str) -> None:
    """Raise KbuildError when @arch is neither an arch nor "all"."""
    if arch not in ARCHES and arch != ALL:
        raise KbuildError(f"unknown arch '{arch}' (known: {', '.join(sorted(ARCHES))}, {ALL})")


def check_arch(arch: str) -> None:
    """Raise KbuildError when @arch is unknown or its compiler is missing."""
    check_arch_name(arch)
    if arch == ALL:
        for a in ARCHES:
            check_arch(a)
        return
    cross = ARCHES[arch].cross
    if cross and not shutil.which(cross + "gcc"):
        raise KbuildError(f"{cross}gcc not found, needed for --arch {arch} "
                          f"(Debian package gcc-{cross.rstrip('-')})")


@dataclass
class CheckResult:
    findings: list[dict]
    stderr: list[str]
    files_checked: int          # checker invocations, one per source file


@dataclass
class Kbuild:
    kdir: Path
    arch: str
    build: Path
    jobs: int = os.cpu_count() or 1
    progress: Progress | None = field(default=None, compare=False)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One kbuild at a time per build dir, across processes."""
        self.build.parent.mkdir(parents=True, exist_ok=True)
        with open(self.build.parent / f".{self.build.name}.lock", "w") as fd:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self._step(f"waiting for another run using {self.build}")
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)

    def _step(self, text: str) -> None:
        if self.progress:
            self.progress.step(text)

    def is_warm(self) -> bool:
        """True when prepare has already run in the build dir."""
        return (self.build / ".iommu-errno-prepared").exists()

    def make_args(self) -> list[str]:
        arch = ARCHES[self.arch]
        args = ["make", "-s", "-C", str(self.kdir), f"O={self.build}",
                f"ARCH={arch.karch}", f"-j{self.jobs}"]
        if arch.cross:
            args.append(f"CROSS_COMPILE={arch.cross}")
        return args

    def run(self, *targets: str, **kw) -> subprocess.CompletedProcess:
        return tools.run(self.make_args() + list(targets), text=True,
                         errors="replace", **kw)

    def check_safe(self, targets: list[str], checker: Path) -> None:
        """Everything this puts on make's command line is one plain word."""
        check_make_safe("kernel tree", str(self.kdir))
        check_make_safe("build directory", str(self.build))
        check_make_safe("checker", str(checker))
        for t in targets:
            check_make_safe("path", t)

    def prepare(self) -> None:
        """The arch's config when there is no .config, then prepare, once."""
        self.check_safe([], CHECKER)
        with self.lock(), self.tidy():
            self._prepare()

    @contextlib.contextmanager
    def tidy(self) -> Iterator[None]:
        """Under the lock: remove what an interrupted run leaves at the top
        of the build dir, before the work and when it is interrupted.  That
        is the checker's output dirs, and kbuild's try-run files (.tmp_PID),
        which its shell functions remove only when they finish."""
        def clean() -> None:
            for stale in self.build.glob(".iommu-errno-out-*"):
                shutil.rmtree(stale, ignore_errors=True)
            for stale in self.build.glob(".tmp_[0-9]*"):
                if stale.name[5:].isdigit() and stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
                elif stale.name[5:].isdigit():
                    stale.unlink(missing_ok=True)
        clean()
        try:
            yield
        except BaseException:
            clean()
            raise

    def _prepare(self) -> None:
        stamp = self.build / ".iommu-errno-prepared"
        if stamp.exists():
            return
        self.build.mkdir(parents=True, exist_ok=True)
        config = ARCHES[self.arch].config
        steps = ([] if (self.build / ".config").exists() else [config])
        for step in steps + ["prepare"]:
            what = "configuring" if step == config else "preparing"
            self._step(f"{what} {self.arch} ({step} in {self.build})")
            proc = self.run(step, capture_output=True)
            if proc.returncode:
                tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
                raise KbuildError(f"make {step} for {self.arch} failed: "
                                  + (tail[0] if tail else f"exit {proc.returncode}"))
        stamp.touch()

    def check(self, dirs: list[str], checker: Path = CHECKER,
              flags: list[str] | None = None) -> tuple[list[dict], list[str]]:
        """Run the checker on @dirs; return its JSON findings and stderr lines."""
        res = self.check_run(dirs, checker, flags)
        return res.findings, res.stderr

    def check_run(self, targets: list[str], checker: Path = CHECKER,
                  flags: list[str] | None = None) -> CheckResult:
        """Run the checker through kbuild on @targets (directories ending in
        "/", or single objects "dir/file.o"), showing "checking N/M files"."""
        self.check_safe(targets, checker)
        with self.lock(), self.tidy():
            self._prepare()
            return self._check(targets, checker, flags)

    def count_file(self, targets: list[str]) -> Path:
        """Where the number of files that the last run on @targets checked is kept."""
        tkey = hashlib.sha256("\0".join(targets).encode()).hexdigest()[:10]
        return self.build / f".iommu-errno-files-{tkey}"

    def files_last_checked(self, targets: list[str]) -> int | None:
        try:
            return int(self.count_file(targets).read_text())
        except (OSError, ValueError):
            return None

    def compiles_nothing(self, targets: list[str]) -> bool:
        """True when the last run on @targets here checked no file: this
        config compiles nothing there."""
        return self.files_last_checked(targets) == 0

    def _check(self, targets: list[str], checker: Path,
               flags: list[str] | None) -> CheckResult:
        # M, the number of files, is known from the last run on the same targets.
        count_file = self.count_file(targets)
        total = self.files_last_checked(targets) or 0
        self._step(f"checking {self.arch}: {' '.join(targets)}"
                   + ("" if self.is_compiled(targets) else " (first run compiles)"))
        # The checker's output dir goes through make and a shell recipe, so
        # it is made in the build dir (already checked to be make-safe), not
        # in TMPDIR.  One left by a killed run is removed by tidy().
        with tempfile.TemporaryDirectory(prefix=f".iommu-errno-out-{os.getpid()}-",
                                         dir=self.build) as out, \
                tempfile.TemporaryFile("w+", errors="replace") as err:
            cf = ["--format=json", f"--output={out}/"] + (flags or [])
            with tools.start(self.make_args() + ["C=2", f"CHECK={checker}", "CF=" + " ".join(cf)]
                             + list(targets), text=True, errors="replace",
                             stdout=subprocess.DEVNULL, stderr=err) as proc:
                while proc.poll() is None:
                    if self.progress:
                        n = sum(1 for _ in Path(out).glob("*.json"))
                        self.progress.update(f"checking {self.arch}: {n}/{total or '?'} files")
                    time.sleep(0.3)
            code = proc.returncode
            sums = [f for f in cf if f.startswith("--summary-dir=")]
            if not code and sums:
                code = self._summarise_kapis(checker, sums[-1], err)
            err.seek(0)
            stderr = err.read()
            if code:
                tail = stderr.strip().splitlines()[-3:]
                raise KbuildError(f"make C=2 for {self.arch} failed: " + " | ".join(tail))
            if "not available or not up to date" in stderr:
                raise KbuildError("kbuild refused the checker (scripts/checker-valid.sh)")
            findings = []
            files = sorted(Path(out).glob("*.json"))
            for path in files:
                try:
                    findings.extend(json.loads(path.read_text()))
                except ValueError as e:
                    raise KbuildError(f"the checker wrote bad JSON to {path.name}: {e}")
        with contextlib.suppress(OSError):
            count_file.write_text(f"{len(files)}\n")
        (self.build / ".iommu-errno-compiled").touch()
        return CheckResult(findings, stderr.splitlines(), len(files))

    def kapi_targets(self) -> list[str]:
        """The KAPI_SOURCES that this arch's config compiles: kbuild would
        compile a named object whatever the config says."""
        try:
            config = (self.build / ".config").read_text(errors="replace").splitlines()
        except OSError:
            return []
        on = {line.split("=", 1)[0] for line in config if line.endswith(("=y", "=m"))}
        return [k.target for k in KAPI_SOURCES
                if k.config in on and (self.kdir / k.target).with_suffix(".c").is_file()]

    def _summarise_kapis(self, checker: Path, sums: str, err) -> int:
        """Summaries of the arch's KAPI_SOURCES into @sums; kbuild's status."""
        targets = self.kapi_targets()
        if not targets:
            return 0
        self._step(f"summarising {self.arch} kAPI sources: {' '.join(targets)}")
        cf = f"CF={sums} --summary-only"
        return tools.run(self.make_args() + ["C=2", f"CHECK={checker}", cf] + targets,
                         text=True, errors="replace", stdout=subprocess.DEVNULL,
                         stderr=err).returncode

    def is_compiled(self, targets: list[str]) -> bool:
        """True when a check already ran here, so objects need no compiling."""
        return (self.build / ".iommu-errno-compiled").exists()

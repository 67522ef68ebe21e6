# SPDX-License-Identifier: GPL-2.0
"""Running the tools (make, spatch, git), and a run's lifetime.

Every tool gets an argument vector, never a shell command line, and starts
in a process group of its own.  A Ctrl-C on a terminal then reaches only
the front end, which stops each group it started as a whole: make's
children (gcc, the checker) would otherwise outlive an interrupted run and
go on writing into a build directory whose lock has been released.

A run has a private temporary directory, which is TMPDIR for the front end
and for every tool it runs (spatch's -j result files, gcc's), and which is
removed however the run ends, SIGINT and SIGTERM included.
"""
import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator

# Signals that end a run: each exits with 128 + the signal's number, as a
# shell reports a command killed by it (130 for SIGINT, 143 for SIGTERM).
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

# How long a stopped tool gets to clean up after SIGTERM before SIGKILL.
GRACE = 10.0

# Characters that survive make's variable expansion and kbuild's shell
# recipes unchanged.  A path with any other (space, quote, $, ;, =, :, a
# newline ...) could split into several words or run as a command.
MAKE_SAFE = re.compile(r"[A-Za-z0-9._+@/-]+")


class Interrupted(BaseException):
    """A stop signal arrived.  Not an Exception, so that no "except
    Exception" in the analysis can swallow it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def status(self) -> int:
        return 128 + self.signum


def make_unsafe(text: str) -> str | None:
    """The first character of @text that make or a kbuild recipe would
    interpret, shown readably, or None when @text is safe to pass."""
    if text.startswith("-"):
        return "a leading '-'"
    if MAKE_SAFE.fullmatch(text):
        return None
    bad = next(c for c in text if not MAKE_SAFE.fullmatch(c))
    return repr(bad)


def _on_signal(signum: int, frame: object) -> None:
    # Cleanup is bounded (GRACE, then SIGKILL), so a second signal is
    # ignored rather than left to abort it half way.
    for s in STOP_SIGNALS:
        signal.signal(s, signal.SIG_IGN)
    raise Interrupted(signum)


@contextlib.contextmanager
def session() -> Iterator[str]:
    """A run: stop signals raise Interrupted, and a private TMPDIR exists
    until the run ends.  Yields that directory."""
    for s in STOP_SIGNALS:
        signal.signal(s, _on_signal)
    tmp = tempfile.mkdtemp(prefix="iommu-errno-")
    old = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = tmp
    tempfile.tempdir = tmp
    try:
        yield tmp
    finally:
        for s in STOP_SIGNALS:
            signal.signal(s, signal.SIG_IGN)
        tempfile.tempdir = None
        if old is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = old
        shutil.rmtree(tmp, ignore_errors=True)


def stop(proc: subprocess.Popen) -> None:
    """End @proc's process group: SIGTERM, then SIGKILL after GRACE."""
    def signal_group(sig: int) -> bool:
        try:
            os.killpg(proc.pid, sig)
            return True
        except (ProcessLookupError, PermissionError):
            return False
    if not signal_group(signal.SIGTERM):
        proc.wait()
        return
    deadline = time.monotonic() + GRACE
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=GRACE)
    # The leader may be gone while its children still run.
    while signal_group(0) and time.monotonic() < deadline:
        time.sleep(0.1)
    signal_group(signal.SIGKILL)
    proc.wait()


@contextlib.contextmanager
def start(argv: list[str], **kw) -> Iterator[subprocess.Popen]:
    """Popen in a process group of its own; the group is stopped if the
    caller leaves early (an exception, a signal)."""
    kw.setdefault("stdin", subprocess.DEVNULL)
    proc = subprocess.Popen(argv, process_group=0, **kw)
    try:
        yield proc
    except BaseException:
        stop(proc)
        raise
    finally:
        for f in (proc.stdout, proc.stderr, proc.stdin):
            if f:
                f.close()
        if proc.returncode is None:
            proc.wait()


def run(argv: list[str], capture_output: bool = False,
        **kw) -> subprocess.CompletedProcess:
    """subprocess.run without a shell, stopped as a group when interrupted."""
    if capture_output:
        kw["stdout"] = kw["stderr"] = subprocess.PIPE
    with start(argv, **kw) as proc:
        out, err = proc.communicate()
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def write_atomic(path: Path, data: str) -> None:
    """Write @path through a temporary file in its directory and a rename,
    so that an interrupted run leaves the old file or the new, never a
    truncated one, and no temporary file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                               dir=path.parent if str(path.parent) else ".")
    try:
        umask = os.umask(0o022)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)     # mkstemp's 0600 is for the temporary only
        with os.fdopen(fd, "w") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

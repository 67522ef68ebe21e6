# SPDX-License-Identifier: GPL-2.0
"""The README's snippets, as the tests run them: each is the code block
that follows a "<!-- snippet NAME, run by TEST -->" line in README.md, so
that what a user copies is what a test ran."""
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def snippet(name: str) -> str:
    """The code block of README.md marked as snippet @name."""
    text = README.read_text()
    m = re.search(r"<!-- snippet " + re.escape(name) + r", run by [^>]*-->\n"
                  r"```[a-z]*\n(.*?)```\n", text, re.S)
    if not m:
        raise SystemExit(f"README.md has no snippet {name}")
    return m.group(1)

"""Fill in the English plural forms in resources/translations/massage_timer_en_GB.ts
(run after `make translations` adds a counted message; `make translations` runs it).

The source text marks the plural the way Qt's own code does, "%n step(s)": English's one
form drops what is in brackets, the other keeps it. A message with nothing in brackets
("%n skipped") is the same in both. Forms already filled in by hand are kept.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from massage_timer.core.i18n import plural_english  # noqa: E402

TS = ROOT / "resources" / "translations" / "massage_timer_en_GB.ts"

UNFINISHED = re.compile(
    r"(<source>(?P<source>[^<]*)</source>\s*)"
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*'
    r"<numerusform></numerusform>\s*</translation>"
)


def fill_in(text: str) -> str:
    def forms(match: re.Match[str]) -> str:
        source = match.group("source")
        held = source.replace("%n", "\0")  # plural_english would put the number in
        one = plural_english(held, 1).replace("\0", "%n")
        other = plural_english(held, 2).replace("\0", "%n")
        return (
            f"{match.group(1)}<translation>\n"
            f"            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{other}</numerusform>\n"
            "        </translation>"
        )

    return UNFINISHED.sub(forms, text)


if __name__ == "__main__":
    TS.write_text(fill_in(TS.read_text("utf-8")), encoding="utf-8")

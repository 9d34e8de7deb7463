"""A pseudo-translation of the interface, to find text that is clipped or assumed short or
left-to-right (python scripts/pseudo_locale.py OUT_DIR writes pseudo.qm there).

Every message becomes about 40 % longer and accented ("Start" -> "[Šţàŕţ ~~]"), with its
%1 / %n arguments and key names kept, so a screen rendered with it shows at once where a
longer language would not fit. tests/test_pseudo_locale.py renders every screen with it;
scripts/screenshots.py --language pseudo draws them.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "translations" / "massage_timer_en_US.ts"  # every message
ACCENTS = str.maketrans(
    "aceginorstuyzACEGINORSTUYZ",
    "àçéğîñöŕšţûýžÀÇÉĞÎÑÖŔŠŢÛÝŽ",
)
# Left alone: arguments, and the names of keys, which stay the same in every language.
KEEP = re.compile(r"%n|%\d+|\b(?:Ctrl|Esc|F11|H|L|N|R|T|B|Space)\b|\*\.\w+|\(\*\)")


def pseudo(text: str) -> str:
    """``text`` accented and padded to about 1.4 times its length, arguments kept."""
    if not text.strip():
        return text
    parts, last = [], 0
    for match in KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(ACCENTS))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(ACCENTS))
    # padding in short words, as a real language's longer text has spaces to wrap at
    length = max(2, math.ceil(len(text) * 0.4) - 2)
    padding = " ".join("~" * min(5, length - i) for i in range(0, length, 6))
    return "[" + "".join(parts) + " " + padding + "]"


def build(out: Path) -> Path:
    """Write pseudo.ts and pseudo.qm into ``out``; return the .qm."""
    tree = ET.parse(SOURCE)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or []
            for form in forms:
                form.text = pseudo(source.replace("(s)", ""))
        else:
            translation.text = pseudo(source)
    out.mkdir(parents=True, exist_ok=True)
    ts, qm = out / "pseudo.ts", out / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    return qm


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    print(build(folder))

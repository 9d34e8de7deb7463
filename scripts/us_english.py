"""Make the US English texts from the British ones the app is written in.

US English differs from British in a few words ("labor and delivery", "contractions", "OB or
midwife", "water breaking", 911 first), not in structure, so its texts are made, never
edited: the bundled routines (`<id>.en-US.yaml`, each renamed step keeping the British title
as its `key:` so her timings are shared), the safety text, About, and every message of the
interface (resources/translations/massage_timer_en_US.ts). `make translations` runs this;
`--check` lists what is out of date (a test runs it). To change a US word, change WORDS.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from massage_timer.core.i18n import plural_english  # noqa: E402

RESOURCES = ROOT / "resources"
TS = RESOURCES / "translations" / "massage_timer_en_US.ts"

# British -> US, applied in this order, whole words only. A phrase must be on one line of its
# file (a test fails on any British word left over).
WORDS: list[tuple[str, str]] = [
    ("maternity unit (or labor and delivery)", "labor and delivery unit"),
    ("maternity unit", "labor and delivery unit"),
    ("midwife or doctor", "OB or midwife"),
    ("Her midwife can", "Her OB or midwife can"),
    ("Labour", "Labor"),
    ("labour", "labor"),
    ("tightenings (contractions)", "contractions"),
    ("Tightenings", "Contractions"),
    ("tightenings", "contractions"),
    ("her waters have broken or are leaking", "her water has broken or is leaking"),
    ("her waters break", "her water breaks"),
    ("her waters breaking", "her water breaking"),
    ("under her bump", "under her belly"),
    ("on the bump", "on the belly"),
    ("tummy", "belly"),
    ("placenta praevia", "placenta previa"),
    ("previous caesarean", "previous C-section"),
    ("pre-eclampsia", "preeclampsia"),
    ("Practise", "Practice"),
    ("Agree a stop word", "Agree on a stop word"),
    ("agree a stop word", "agree on a stop word"),
    ("Agree how it will work", "Agree on how it will work"),
    ("faint, sick or", "faint, nauseous or"),
    ("being sick a lot", "vomiting a lot"),
    ("bottom", "buttocks"),
    ("38 °C (100.4 °F)", "100.4 °F (38 °C)"),
    ("999 (UK), 911 (US and Canada), 112 (EU)", "911 (US and Canada), 999 (UK), 112 (EU)"),
    (
        '"show" (a plug of mucus, sometimes with a little blood)',
        '"bloody show" (the mucus plug, sometimes with a little blood)',
    ),
    ('A "show"', 'A "bloody show"'),
    ("checked on 26 November 2026", "checked on November 26, 2026"),
]

# What must not be left in a US text ("bony bump" at the hip is a bump in both).
BRITISH = re.compile(
    r"labour|tightening|maternity|waters|(?<!bony )bump|tummy|praevia|caesarean|practise|"
    r"agree a |agree how|colour|centre|favour|\bsick\b|\bbottom\b|999 \(UK\), 911",
    re.IGNORECASE,
)

_PATTERNS = [
    (re.compile(r"(?<!\w)" + re.escape(british) + r"(?!\w)"), american)
    for british, american in WORDS
]


def american(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement.replace("\\", "\\\\"), text)
    return text


MADE = "# Made by scripts/us_english.py from {name}: edit that file, then `make translations`."


def routine(text: str, name: str) -> str:
    """A routine file in US English: the words, its language, and a key for renamed steps."""
    lines = text.splitlines()
    out = [lines[0], MADE.format(name=name)]  # the first line is the schema comment
    for line in lines[1:]:
        title = re.fullmatch(r"(\s*)- title: (.*)", line)
        if title is not None and american(title.group(2)) != title.group(2):
            indent = title.group(1)
            out.append(f"{indent}- title: {american(title.group(2))}")
            out.append(f"{indent}  key: {title.group(2)}")
        elif line == "language: en-GB":
            out.append("language: en-US")
        else:
            out.append(american(line))
    return "\n".join(out) + "\n"


def text_file(text: str, name: str) -> str:
    """A safety or About text in US English; part names and the sources' own titles and
    addresses stay as they are."""
    out = [MADE.format(name=name)]
    part = ""
    for line in text.splitlines():
        if line.startswith("== "):
            part = line[3:].strip()
        keep = line.startswith(("== ", "#")) or part == "sources"
        out.append(line if keep else american(line))
    return "\n".join(out) + "\n"


def made_files() -> dict[Path, str]:
    """Every US file's path and what it should hold."""
    files: dict[Path, str] = {}
    for original in sorted((RESOURCES / "routines").glob("*.yaml")):
        if original.name.count(".") == 1:
            made = original.with_name(f"{original.stem}.en-US.yaml")
            files[made] = routine(original.read_text("utf-8"), original.name)
    for name in ("safety/safety.txt", "about/sources.txt"):
        original = RESOURCES / name
        made = original.with_name(f"{original.stem}.en_US.txt")
        files[made] = text_file(original.read_text("utf-8"), original.name)
    return files


def interface(ts_text: str) -> str:
    """The .ts file with every message's US text (counted ones in both English forms), in
    ElementTree's layout: `make translations` runs lupdate on it again for lupdate's own."""
    root = ET.fromstring(ts_text)
    for message in root.iter("message"):
        source = american(message.findtext("source", ""))
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            held = source.replace("%n", "\0")
            forms = [plural_english(held, n).replace("\0", "%n") for n in (1, 2)]
            for element, form in zip(translation.findall("numerusform"), forms, strict=True):
                element.text = form
        else:
            translation.text = source
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def messages(ts_text: str) -> list[tuple[str | None, ...]]:
    """What a .ts file says, whatever its layout: each message's source, whether it is
    finished, and its text or forms."""
    said = []
    for message in ET.fromstring(ts_text).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.findall("numerusform")]
        text = None if forms else translation.text  # around forms: only layout
        said.append((message.findtext("source"), translation.get("type"), text, *forms))
    return said


def main(argv: list[str]) -> int:
    check = "--check" in argv
    wanted = made_files()
    stale = [
        path
        for path, text in wanted.items()
        if not path.is_file() or path.read_text("utf-8") != text
    ]
    ts_text = TS.read_text("utf-8")
    us = interface(ts_text)
    if messages(us) != messages(ts_text):
        stale.append(TS)
        wanted[TS] = us
    if check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)} (run `make translations`)")
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

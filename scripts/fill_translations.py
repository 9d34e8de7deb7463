"""Put translations from a Python table into a .ts file, for messages still unfinished
(python scripts/fill_translations.py resources/translations/massage_timer_es.ts TABLE.py).

TABLE.py defines a dict named TABLE: {(context, source): translation}, a translation being
a string, or a tuple of plural forms for a counted message. Messages already translated
(by hand or in Qt Linguist) are left as they are; `make translations` afterwards puts the
file back in lupdate's own layout.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path, table: dict[tuple[str, str], str | tuple[str, ...]]) -> int:
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            wanted = table.get((name, source))
            if wanted is None:
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not isinstance(wanted, tuple) or len(wanted) != len(forms):
                    raise SystemExit(
                        f"{name}: {message.findtext('source')}: needs {len(forms)} forms"
                    )
                for form, text in zip(forms, wanted, strict=True):
                    form.text = text
            else:
                if not isinstance(wanted, str):
                    raise SystemExit(f"{name}: {source}: needs one text")
                translation.text = wanted
            del translation.attrib["type"]
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[2])["TABLE"]
    print(f"{fill(Path(sys.argv[1]), table)} messages translated")

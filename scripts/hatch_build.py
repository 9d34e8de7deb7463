"""Hatch build hook: a wheel carries the interface's compiled translations (.qm).

The .qm files are built from resources/translations/*.ts by pyside6-lrelease and are not
kept in git. `make` builds them in place before it runs, tests or bundles the app; a wheel
built without make (pipx from a checkout or an sdist, `python -m build`) gets them here,
so no language shows its safety text and routines translated but its screens in English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    """pyside6-lrelease beside the building Python (the build's own environment)."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease is needed to build the translations")
    return found


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        del version
        if self.target_name != "wheel":
            return
        folder = Path(self.root) / "resources" / "translations"
        missing = [ts for ts in sorted(folder.glob("*.ts")) if not ts.with_suffix(".qm").is_file()]
        if not missing:
            return  # made by `make qm`, and a test keeps them the same as lrelease's
        out = Path(tempfile.mkdtemp(prefix="massage-timer-qm-"))
        for ts in missing:
            qm = out / ts.with_suffix(".qm").name
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            build_data["force_include"][str(qm)] = f"massage_timer/resources/translations/{qm.name}"

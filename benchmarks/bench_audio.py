"""Cue latency on the real audio stack: step change to first audible sample on a null sink.

Needs PulseAudio (and speech-dispatcher for the voice): `make test` installs them.
Printed as ``name: value unit``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.realaudio import pulse_server, recorder  # noqa: E402

from benchmarks.bench import report  # noqa: E402

CHANGES = 24


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        with pulse_server(base / "run") as env, recorder(env, base / "sink.raw") as result:
            run = subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "tests" / "audio_session.py"),
                    str(CHANGES),
                    "2",
                    "novoice",
                ],
                env={**env, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
                capture_output=True,
                text=True,
                timeout=300,
                check=True,
            )
    changes = [
        float(line.split()[2]) for line in run.stdout.splitlines() if line.startswith("step ")
    ]
    (recording,) = result
    delays = [recording.onset_after(moment) * 1000 for moment in changes]
    report("cue_latency_median", statistics.median(delays), "ms")
    report("cue_latency_worst", max(delays), "ms")
    print(f"# over {len(delays)} step changes", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())

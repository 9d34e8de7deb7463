"""A private PulseAudio server with a null sink, and a recorder of what reached it."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.realdisplay import require

RATE = 48_000


@dataclass
class Recording:
    samples: list[int]
    start: float  # monotonic time of the first sample

    def onset_after(self, moment: float, threshold: int = 800, window: float = 0.005) -> float:
        """Seconds from ``moment`` to the first ``window`` whose peak passes ``threshold``."""
        size = int(RATE * window)
        first = max(0, int((moment - self.start) * RATE))
        for index in range(first, len(self.samples) - size, size):
            if max(abs(s) for s in self.samples[index : index + size]) > threshold:
                return (index - first) / RATE
        return float("inf")

    def loud_share(self, begin: float, end: float, threshold: int = 800) -> float:
        """The share of 10 ms windows between two moments with sound in them."""
        size = RATE // 100
        first, last = int((begin - self.start) * RATE), int((end - self.start) * RATE)
        windows = range(max(0, first), min(last, len(self.samples) - size), size)
        loud = sum(
            1 for i in windows if max(abs(s) for s in self.samples[i : i + size]) > threshold
        )
        return loud / max(1, len(windows))


@contextmanager
def pulse_server(runtime: Path) -> Iterator[dict[str, str]]:
    """Start PulseAudio with one null sink; yield the environment for its clients."""
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_SINK": "e2e"}
    env.pop("PULSE_SERVER", None)
    server = subprocess.Popen(
        [
            require("pulseaudio"),
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "-n",
            "--load=module-null-sink sink_name=e2e",
            "--load=module-native-protocol-unix",
            "--log-target=stderr",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while subprocess.run(
            ["pactl", "info"], env=env, capture_output=True, check=False
        ).returncode:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("PulseAudio did not start")
            time.sleep(0.05)  # another process: there is no signal to wait on
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)
        subprocess.run(["pkill", "-f", f"speech-dispatcher.*{runtime}"], check=False)


@contextmanager
def recorder(env: dict[str, str], path: Path) -> Iterator[list[Recording]]:
    """Record the null sink's monitor to ``path``; the Recording is filled in at the end."""
    result: list[Recording] = []
    with path.open("wb") as sink:
        parec = subprocess.Popen(
            [
                require("parec"),
                "--device=e2e.monitor",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
            ],
            env=env,
            stdout=sink,
        )
        deadline = time.monotonic() + 10
        while path.stat().st_size == 0:
            if time.monotonic() > deadline:
                raise RuntimeError("parec recorded nothing")
            time.sleep(0.005)
        first = time.monotonic() - path.stat().st_size / 2 / RATE
        try:
            yield result
        finally:
            parec.terminate()
            parec.wait(timeout=10)
    data = path.read_bytes()
    import array

    samples = array.array("h")
    samples.frombytes(data[: len(data) // 2 * 2])
    result.append(Recording(list(samples), first))

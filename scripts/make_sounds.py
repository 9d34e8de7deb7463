"""Synthesise the app's sounds into resources/sounds/*.wav (run: python scripts/make_sounds.py).

Soft, short and low: a dim room, a relaxed person. Made here from sine partials with
gentle envelopes, so there are no third-party samples and nothing to license.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def tone(freq: float, seconds: float, *, decay: float, attack: float = 0.01) -> list[float]:
    """A bell-like note: a few soft partials, a quick fade-in and an exponential fade-out."""
    samples = []
    for i in range(int(RATE * seconds)):
        t = i / RATE
        envelope = min(1.0, t / attack) * math.exp(-t / decay)
        value = (
            math.sin(2 * math.pi * freq * t)
            + 0.35 * math.sin(2 * math.pi * freq * 2.01 * t) * math.exp(-t / (decay / 2))
            + 0.12 * math.sin(2 * math.pi * freq * 3.02 * t) * math.exp(-t / (decay / 3))
        )
        samples.append(envelope * value / 1.47)
    return samples


def mix(*parts: tuple[float, list[float]]) -> list[float]:
    """Notes placed at start times (seconds), summed."""
    length = max(int(start * RATE) + len(samples) for start, samples in parts)
    out = [0.0] * length
    for start, samples in parts:
        offset = int(start * RATE)
        for i, value in enumerate(samples):
            out[offset + i] += value
    return out


def write(name: str, samples: list[float], level: float) -> None:
    peak = max(abs(s) for s in samples) or 1.0
    frames = b"".join(struct.pack("<h", round(32767 * level * s / peak)) for s in samples)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(frames)
    print(f"wrote resources/sounds/{name}.wav ({len(samples) / RATE:.2f} s)")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    step = mix((0, tone(523.25, 1.4, decay=0.45)), (0.12, tone(783.99, 1.3, decay=0.4)))
    write("step", step, 0.5)
    write("cue", tone(659.25, 0.9, decay=0.28), 0.35)
    write("tick", tone(880.0, 0.12, decay=0.03, attack=0.003), 0.25)
    write(
        "finish",
        mix(
            (0.0, tone(523.25, 1.6, decay=0.5)),
            (0.22, tone(659.25, 1.6, decay=0.5)),
            (0.44, tone(783.99, 1.9, decay=0.6)),
        ),
        0.5,
    )


if __name__ == "__main__":
    main()

"""Hostile and broken routine files, shared by the tests and the benchmarks."""

from __future__ import annotations

from pathlib import Path

BILLION_LAUGHS = "\n".join(
    ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    + ["format: 1", "id: bomb", "title: *a9"]
)


def hostile_files() -> dict[str, bytes]:
    """Name -> file content. Every one of them must give a clear error, fast."""
    block_nesting = "".join(" " * i + f"k{i}:\n" for i in range(1200))
    return {
        "empty.yaml": b"",
        "only-comments.yaml": b"# nothing here\n",
        "not-yaml.yaml": b"format: 1\nid: [unclosed\ntitle: {\n",
        "tabs.yaml": b"format: 1\n\tid: x\n",
        "binary.yaml": bytes(range(256)) * 8,
        "png-renamed.yaml": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        "latin1.yaml": "format: 1\nid: a\ntitle: Caf\xe9\n".encode("latin-1"),
        "utf16.yaml": "format: 1\nid: a\n".encode("utf-16"),
        "control-chars.yaml": b"format: 1\nid: a\x07b\n",
        "billion-laughs.yaml": BILLION_LAUGHS.encode(),
        "self-alias.yaml": b"a: &a [*a]\n",
        "deep-flow.yaml": b"x: " + b"[" * 200_000 + b"]" * 200_000 + b"\n",
        "deep-flow-unclosed.yaml": b"[" * 500_000,
        "deep-block.yaml": block_nesting.encode(),
        "too-large.yaml": b"# padding\n" * 120_000,
        "just-under-1mib.yaml": b"format: 1\nid: big\ntitle: Big\nsteps:\n"
        + b"  - {title: A, duration: 1, instruction: x}\n" * 23_000,
        "list.yaml": b"- format: 1\n",
        "scalar.yaml": b"just some words\n",
        "two-docs.yaml": b"format: 1\n---\nformat: 1\n",
        "python-tag.yaml": b"format: !!python/object/apply:os.system ['echo pwned']\n",
        "merge-key.yaml": b"base: &b {title: x}\nsteps:\n  - <<: *b\n",
        "huge-number.yaml": b"format: " + b"9" * 5000 + b"\n",
        "complex-key.yaml": b"? [a, b]\n: c\n",
        "wrong-types.yaml": b"format: true\nid: 7\ntitle: [x]\nsteps: {a: 1}\n",
        "many-keys.yaml": b"".join(b"k%d: 1\n" % i for i in range(60_000)),
    }


def write_hostile_files(folder: Path) -> list[Path]:
    paths = []
    for name, content in hostile_files().items():
        path = folder / name
        path.write_bytes(content)
        paths.append(path)
    return paths

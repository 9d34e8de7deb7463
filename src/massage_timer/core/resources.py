"""Find the app's bundled files (routines, images, sounds, safety text, schema).

In a built wheel they sit inside the package as ``massage_timer/resources`` (hatchling's
force-include); in a checkout or an editable install they are the top-level ``resources/``
folder. Every lookup goes through `resource_path`, which refuses absolute paths and '..'.
Qt loads pictures and sounds by file name, so the package must be installed as files (not
zipped), which is what pip does.
"""

from __future__ import annotations

import functools
from pathlib import Path, PurePosixPath


class ResourceError(ValueError):
    """A resource name that is absolute, escapes the folder, or does not exist."""


@functools.cache
def resources_root() -> Path:
    """The folder holding the bundled resources, wherever the app was installed from."""
    # What importlib.resources.files("massage_timer") gives for an installed package (its
    # folder), without importing importlib.resources: this runs before the first paint.
    packaged = Path(__file__).resolve().parents[1] / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "resources"
    if checkout.is_dir():
        return checkout
    raise ResourceError(f"bundled resources not found (looked in {packaged} and {checkout})")


def resource_path(name: str) -> Path:
    """The path of bundled resource ``name``, like ``"routines/gentle-lower-back.yaml"``."""
    pure = PurePosixPath(name)
    if not name or pure.is_absolute() or "\\" in name or ".." in pure.parts:
        raise ResourceError(f"not a resource name: {name!r}")
    path = resources_root() / pure
    if not path.exists():
        raise ResourceError(f"no bundled resource {name!r}")
    return path

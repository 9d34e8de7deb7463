"""Pack PyInstaller's one-folder app as a tar.gz a user unpacks and installs
(run by `make dist`; python scripts/bundle/pack.py BUILT_FOLDER OUT_DIR).

Beside the app's own files, the archive carries install.sh and uninstall.sh, and the desktop
entry, AppStream metainfo and icons under share/ (laid out as a data folder, for anyone
packaging it; install.sh itself uses `massage-timer install-desktop`). Prints the unpacked
and packed sizes, which benchmarks/README.md reports.
"""

from __future__ import annotations

import platform
import shutil
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from massage_timer import __version__  # noqa: E402


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pack(built: Path, out: Path) -> Path:
    name = f"massage-timer-{__version__}-linux-{platform.machine()}"
    staging = out / name
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(built, staging, symlinks=True)
    for link in staging.rglob("*"):  # left by the libraries the spec leaves out
        if link.is_symlink() and not link.exists():
            link.unlink()
    shutil.copytree(ROOT / "resources" / "desktop", staging / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(HERE / script, staging / script)
    archive = out / f"{name}.tar.gz"

    def tidy(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(staging, arcname=name, filter=tidy)
    mib = 1024 * 1024
    print(f"unpacked: {folder_size(staging) / mib:.1f} MiB ({folder_size(staging)} bytes)")
    print(f"packed:   {archive.stat().st_size / mib:.1f} MiB ({archive.name})")
    return archive


if __name__ == "__main__":
    pack(Path(sys.argv[1]), Path(sys.argv[2]))

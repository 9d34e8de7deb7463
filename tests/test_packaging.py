"""Resources are found from a checkout and from a built wheel; the core stays free of Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from massage_timer.core.resources import ResourceError, resource_path, resources_root

ROOT = Path(__file__).resolve().parents[1]


def test_resources_are_found_in_a_checkout() -> None:
    assert resources_root() == ROOT / "resources"
    assert resource_path("routines/gentle-lower-back.yaml").is_file()
    assert resource_path("safety/safety.txt").is_file()


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../pyproject.toml", "routines/../../README.md", "", "a\\b", "nope.txt"]
)
def test_resource_names_cannot_escape_or_be_absolute(name: str) -> None:
    with pytest.raises(ResourceError):
        resource_path(name)


def build_wheel(source: Path, out: Path) -> Path:
    """The wheel `python -m build` makes of ``source`` (in this environment), in ``out``."""
    build = [sys.executable, "-m", "build", "--wheel", "--no-isolation"]
    subprocess.run(
        [*build, "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("massage_timer-*.whl")
    return wheel


@pytest.mark.slow
def test_the_wheel_carries_the_resources_and_finds_them(tmp_path: Path) -> None:
    wheel = build_wheel(ROOT, tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    committed = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()
    }
    assert committed, "no resources found"
    for name in committed:
        assert f"massage_timer/{name}" in names
    assert "massage_timer/core/engine.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    with zipfile.ZipFile(wheel) as archive:
        assert "massage-timer = massage_timer.cli:main" in archive.read(entry_points).decode()

    # Run from the unpacked wheel alone: the helper must find the packaged copy.
    site = tmp_path / "site"
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    probe = (
        "from massage_timer.core.resources import resources_root, resource_path;"
        "print(resources_root());"
        "print(resource_path('routines/gentle-lower-back.yaml').is_file())"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    assert result.stdout.splitlines() == [str(site / "massage_timer" / "resources"), "True"]


def test_the_core_never_imports_qt() -> None:
    """import-linter's contract in pyproject.toml: massage_timer.core must not import Qt."""
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports is not None
    result = subprocess.run(
        [lint_imports, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The core never imports Qt KEPT" in result.stdout


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, massage_timer.core.engine, massage_timer.core.loader, "
        "massage_timer.core.library, massage_timer.core.safety, massage_timer.core.schema;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_a_wheel_built_without_make_carries_the_translations(tmp_path: Path) -> None:
    """pipx from a checkout builds a wheel without `make qm`: the build hook compiles the
    .qm files, so Spanish screens come with the Spanish safety text and routines."""
    tree = tmp_path / "tree"
    tree.mkdir()
    for name in ("src", "resources"):
        shutil.copytree(
            ROOT / name, tree / name, ignore=shutil.ignore_patterns("*.qm", "__pycache__")
        )
    (tree / "scripts").mkdir()
    for name in ("pyproject.toml", "README.md", "scripts/hatch_build.py"):
        shutil.copy(ROOT / name, tree / name)
    assert not list(tree.rglob("*.qm"))
    with zipfile.ZipFile(build_wheel(tree, tmp_path)) as archive:
        names = set(archive.namelist())
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert f"massage_timer/resources/translations/{ts.stem}.qm" in names

"""Drawing a step's picture without ever holding up the session.

Every picture is drawn into an image by the drawing process (`picture_worker`): checked
first (`core.pictures`: size, references to other files), then loaded and drawn. The result
comes back to the GUI thread as a signal and is kept per size, so a resize redraws only
once. A picture that is not drawn within the time budget (counted from when its drawing
starts) is given up (the placeholder shows, the problem is logged) and not tried again: the
drawing process is ended and another started for the next picture. The countdown, keys,
chimes and voice never wait for any of it.

Why a process: drawn on threads, a slow picture still froze the GUI (PySide holds Python's
lock while Qt draws an SVG, so nothing in Python ran meanwhile), and several drawing threads
crashed PySide (a renderer's wrapper deleted under another thread's drawing). A process has
neither problem, and a picture that crashes Qt only ends that process.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QProcess, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

BUDGET_MS = 2000
CACHE_SIZE = 24


class Key(NamedTuple):
    path: Path
    width: int
    height: int


class _Drawer(QObject):
    """The one drawing process, and the requests waiting for it, one at a time. It lives as
    long as the app: an answer that comes after its picture's page is gone must not touch a
    deleted object (each renderer's connection to it ends with the renderer)."""

    started = Signal(object, object)  # renderer id, key
    drawn = Signal(object, object, object, object)  # renderer id, key, image, problem

    def __init__(self) -> None:
        super().__init__()
        self._waiting: list[tuple[int, Key]] = []
        self._current: tuple[int, Key] | None = None
        self._buffer = b""
        self._process: QProcess | None = None

    def ask(self, renderer: int, key: Key) -> None:
        self._waiting.append((renderer, key))
        self._next()

    def abandon(self, renderer: int, path: Path) -> None:
        """``renderer`` gave up on ``path`` (too slow): end the process if it is drawing it."""
        self._waiting = [(r, k) for r, k in self._waiting if (r, k.path) != (renderer, path)]
        current = self._current
        if current is not None and current[0] == renderer and current[1].path == path:
            self._end_process()

    def shutdown(self) -> None:
        """The app is quitting: let the process end with it."""
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._ended)
            process.closeWriteChannel()  # it ends when its input does
            if not process.waitForFinished(500):
                process.kill()
                process.waitForFinished(500)

    def warm_up(self) -> None:
        """Start the process now (it takes a moment), so the first picture is quick."""
        self._ensure_process()

    def _ensure_process(self) -> QProcess:
        if self._process is None or self._process.state() == QProcess.ProcessState.NotRunning:
            process = QProcess(self)
            process.setProgram(sys.executable)
            if getattr(sys, "frozen", False):  # a bundled app: its own executable draws
                process.setArguments(["--picture-worker"])
            else:
                process.setArguments(["-m", "massage_timer.ui.picture_worker"])
            process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
            process.setStandardErrorFile(QProcess.nullDevice())
            process.readyReadStandardOutput.connect(self._read)
            process.finished.connect(self._ended)
            process.start()
            self._process = process
            self._buffer = b""
        return self._process

    def _next(self) -> None:
        if self._current is not None or not self._waiting:
            return
        self._current = renderer, key = self._waiting.pop(0)
        request = {"path": str(key.path), "width": key.width, "height": key.height}
        self._ensure_process().write(json.dumps(request).encode("utf-8") + b"\n")
        self.started.emit(renderer, key)

    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        while self._current is not None and b"\n" in self._buffer:
            line, rest = self._buffer.split(b"\n", 1)
            header = json.loads(line)
            size = int(header.get("size", 0))
            if len(rest) < size:
                return  # the rest of the pixels are still on their way
            pixels, self._buffer = rest[:size], rest[size:]
            image: QImage | None = None
            if "problem" not in header:
                image = QImage(
                    pixels,
                    int(header["width"]),
                    int(header["height"]),
                    int(header["stride"]),
                    QImage.Format.Format_ARGB32_Premultiplied,
                ).copy()  # its own pixels: the bytes go away
            self._done(image, header.get("problem"))

    def _done(self, image: QImage | None, problem: str | None) -> None:
        current, self._current = self._current, None
        if current is not None:
            self.drawn.emit(current[0], current[1], image, problem)
        self._next()

    def _end_process(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._ended)
            process.kill()
            process.waitForFinished(1000)
            process.deleteLater()
        self._current = None
        self._buffer = b""
        self._next()

    def _ended(self) -> None:
        """The process ended by itself (a picture crashed it): that picture cannot be shown."""
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
        if self._current is not None:
            self._done(None, "drawing it stopped the drawing process")


_drawer: _Drawer | None = None


def the_drawer() -> _Drawer:
    global _drawer
    if _drawer is None:
        from PySide6.QtCore import QCoreApplication

        _drawer = _Drawer()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_drawer.shutdown)
    return _drawer


class PictureRenderer(QObject):
    """Signals: started(Key): its drawing began; drawn(Key, QImage | None, str | None): a
    picture was drawn, or why not."""

    started = Signal(object)
    drawn = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: OrderedDict[Key, QImage] = OrderedDict()
        self._drawing: dict[Path, Key] = {}  # what each picture's one worker is drawing
        self._next: dict[Path, Key] = {}  # the size asked for meanwhile
        self.failed: dict[Path, str] = {}  # pictures not to try again, and why
        self.drawn.connect(self._keep)
        the_drawer().drawn.connect(self._arrived)
        the_drawer().started.connect(self._begun)

    def _begun(self, renderer: int, key: Key) -> None:
        if renderer == id(self):
            self.started.emit(key)

    def _arrived(self, renderer: int, key: Key, image: QImage | None, problem: str | None) -> None:
        if renderer == id(self):
            self.drawn.emit(key, image, problem)

    def cached(self, key: Key) -> QImage | None:
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
        return image

    def request(self, key: Key) -> None:
        """Have ``key`` drawn; `drawn` follows. A picture is drawn once at a time: a resize
        meanwhile asks for the latest size once that drawing is done."""
        if key.path in self.failed or key in self._cache:
            return
        if key.path in self._drawing:
            if key != self._drawing[key.path]:
                self._next[key.path] = key
            return
        self._drawing[key.path] = key
        the_drawer().ask(id(self), key)

    def give_up(self, path: Path, reason: str) -> None:
        """Too slow (or worse): show the placeholder for it from now on."""
        if path not in self.failed:
            self.failed[path] = reason
            log.warning("picture %s: %s; showing a placeholder", path, reason)
        if path in self._drawing:
            self._drawing.pop(path, None)
            self._next.pop(path, None)
            the_drawer().abandon(id(self), path)

    def _keep(self, key: Key, image: QImage | None, problem: str | None) -> None:
        self._drawing.pop(key.path, None)
        wanted_next = self._next.pop(key.path, None)
        if image is not None and key.path not in self.failed:
            self._cache[key] = image
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        elif problem is not None:
            self.give_up(key.path, problem)
        if wanted_next is not None:
            self.request(wanted_next)


def draw(key: Key, renderer: QSvgRenderer | None = None) -> QImage | None:
    """``key.path`` drawn to fit a ``width`` x ``height`` image (None: unreadable);
    ``renderer``: an SVG renderer to load it into (one is made if not given)."""
    image = QImage(key.width, key.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    area = QRectF(0, 0, key.width, key.height)
    if key.path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        if renderer is None:
            renderer = QSvgRenderer()
        if not renderer.load(str(key.path)):
            return None
        if not renderer.isValid() or renderer.defaultSize().isEmpty():
            return None
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, fit(renderer.defaultSize(), area))
        painter.end()
        return image
    reader = QImageReader(str(key.path))
    picture = reader.read()
    if picture.isNull():
        return None
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(fit(picture.size(), area), picture)
    painter.end()
    return image


def fit(source: QSize, area: QRectF) -> QRectF:
    """The largest rectangle of ``source``'s shape centred in ``area``."""
    if source.isEmpty():
        return area
    scale = min(area.width() / source.width(), area.height() / source.height())
    rect = QRectF(0, 0, source.width() * scale, source.height() * scale)
    rect.moveCenter(area.center())
    return rect

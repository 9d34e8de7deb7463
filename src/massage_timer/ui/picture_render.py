"""Drawing a step's picture without ever holding up the session.

Every picture is drawn into an image on the one drawing thread: checked first
(`core.pictures`: size, references to other files), then loaded and drawn. The result comes
back to the GUI thread as a signal and is kept per size, so a resize redraws only once. A
picture that is not drawn within the time budget (counted from when its drawing starts) is
given up (the placeholder shows, the problem is logged) and not tried again; the countdown,
keys, chimes and voice never wait for it.

One thread draws everything, one picture at a time, with one SVG renderer it keeps: several
threads each making and dropping Qt objects crashed PySide (a renderer's wrapper was
deleted under another thread's drawing, then the process aborted), found by flipping
quickly through every step of every routine. The price: a slow picture delays the next
picture's drawing (never the session), and that one's budget starts only when it does.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
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


class _Courier(QObject):
    """Carries results from worker threads to the GUI thread. It lives as long as the app:
    a worker that finishes after its picture's page is gone must not touch a deleted object
    (each renderer's connection to it ends with the renderer)."""

    started = Signal(object, object)  # renderer id, key
    drawn = Signal(object, object, object, object)  # renderer id, key, image, problem


_courier: _Courier | None = None
_requests: queue.SimpleQueue[tuple[int, Key]] = queue.SimpleQueue()
_drawer: threading.Thread | None = None


def _the_courier() -> _Courier:
    global _courier
    if _courier is None:
        _courier = _Courier()
    return _courier


def _queue_drawing(renderer: int, key: Key) -> None:
    """Ask the drawing thread (started on first use; it lives as long as the app) to draw."""
    global _drawer
    if _drawer is None:
        _drawer = threading.Thread(target=_drawing_thread, name="pictures", daemon=True)
        _drawer.start()
    _requests.put((renderer, key))


def _drawing_thread() -> None:
    from PySide6.QtSvg import QSvgRenderer

    svg = QSvgRenderer()  # kept, and loaded again for each picture
    while True:
        renderer, key = _requests.get()
        courier = _courier
        if courier is not None:
            courier.started.emit(renderer, key)
        _draw(renderer, key, svg)


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
        _the_courier().drawn.connect(self._arrived)
        _the_courier().started.connect(self._begun)

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
        """Draw ``key`` on a worker thread; `drawn` follows. A picture is drawn by one worker
        at a time: a resize meanwhile asks for the latest size once that drawing is done, so
        a slow picture never has more than one drawing under way."""
        if key.path in self.failed or key in self._cache:
            return
        if key.path in self._drawing:
            if key != self._drawing[key.path]:
                self._next[key.path] = key
            return
        self._drawing[key.path] = key
        _queue_drawing(id(self), key)

    def give_up(self, path: Path, reason: str) -> None:
        """Too slow (or worse): show the placeholder for it from now on."""
        if path not in self.failed:
            self.failed[path] = reason
            log.warning("picture %s: %s; showing a placeholder", path, reason)

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


def _draw(renderer: int, key: Key, svg: QSvgRenderer | None = None) -> None:
    """On the drawing thread: check, load and draw; the courier takes the result back."""
    from massage_timer.core.pictures import picture_problem

    try:
        problem = picture_problem(key.path)
        image = None if problem else draw(key, svg)
        if image is None and problem is None:
            problem = "it could not be read"
    except Exception as exc:
        image, problem = None, f"it could not be drawn ({exc})"
    courier = _courier
    if courier is not None:
        courier.drawn.emit(renderer, key, image, problem)


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

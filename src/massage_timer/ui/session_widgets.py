"""Drawing widgets for the session screen: the session bar, the step picture, fitted text.

Kept apart from `massage_timer.ui.widgets` so the first screen does not pay for them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from massage_timer.core.i18n import language_key
from massage_timer.ui.i18n import translate
from massage_timer.ui.picture_render import BUDGET_MS, Key, PictureRenderer
from massage_timer.ui.widgets import set_font

log = logging.getLogger(__name__)


class SessionBar(QWidget):
    """The whole session as one bar: a segment per step, a mark between steps, time done filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._durations: list[float] = []
        self._index = 0
        self._fraction = 0.0
        self.setMinimumHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Session", "Session progress"))

    def sizeHint(self) -> QSize:
        return QSize(400, 18)

    def set_progress(self, durations: Sequence[float], index: int, fraction: float) -> None:
        """Show step ``index`` of ``durations`` as ``fraction`` (0..1) done."""
        changed = (list(durations), index, round(fraction, 3)) != (
            self._durations,
            self._index,
            round(self._fraction, 3),
        )
        self._durations, self._index, self._fraction = list(durations), index, fraction
        if changed:
            self.update()

    def done_fraction(self) -> float:
        total = sum(self._durations)
        if not total:
            return 0.0
        before = sum(self._durations[: self._index])
        return (before + self._fraction * self._durations[self._index]) / total

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._durations:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        track = pal.color(QPalette.ColorRole.Mid)
        fill = pal.color(QPalette.ColorRole.Highlight)
        mark = pal.color(QPalette.ColorRole.Window)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        outline = QPainterPath()
        outline.addRoundedRect(rect, radius, radius)
        painter.fillPath(outline, track)
        painter.setClipPath(outline)
        done = QRectF(rect)
        done.setWidth(rect.width() * self.done_fraction())
        painter.fillRect(done, fill)
        total = sum(self._durations)
        painter.setPen(QPen(mark, max(2.0, rect.height() / 5)))
        x = rect.left()
        for duration in self._durations[:-1]:
            x += rect.width() * duration / total
            painter.drawLine(int(x), int(rect.top()), int(x), int(rect.bottom()))
        painter.end()


class StepPicture(QLabel):
    """A step's SVG or PNG picture, scaled to fit; a calm placeholder when it can't be shown.

    Drawn off the GUI thread within a time budget (`picture_render`): whatever a picture
    does, the session on screen never waits for it.

    Signals: ready(): the picture (or the placeholder) is on screen.
    """

    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 120)
        self.renderer = PictureRenderer(self)
        self.renderer.drawn.connect(self._drawn)
        self.renderer.started.connect(self._drawing_started)
        self.budget = QTimer(self)
        self.budget.setSingleShot(True)
        self.budget.setInterval(BUDGET_MS)
        self.budget.timeout.connect(self._too_slow)
        self.path: Path | None = None
        self.placeholder = False
        self.waiting = False  # for the worker to draw the current picture at this size
        self._begun = False  # its drawing has started (it may wait behind another picture)

    def show_file(self, path: Path | None, description: str = "") -> None:
        """Show ``path`` (None: no picture found); anything unreadable becomes the placeholder."""
        self.path = path
        self.waiting = False  # a new picture: its own budget
        self.budget.stop()
        self.setAccessibleName(description or "")  # what the picture shows
        self.setAccessibleDescription(description or "")
        self._render()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._render()

    def _key(self) -> Key | None:
        ratio = self.devicePixelRatioF()
        width, height = int(self.width() * ratio), int(self.height() * ratio)
        if self.path is None or width < 2 or height < 2:
            return None
        return Key(self.path, width, height)

    def _render(self) -> None:
        key = self._key()
        if self.path is None or self.path in self.renderer.failed:
            self._show(None)
            return
        if key is None:
            return
        image = self.renderer.cached(key)
        if image is not None:
            self._show(image)
            return
        if not self.waiting:  # the budget runs from the first request, not from each resize
            self.waiting = True
            self._begun = False
            self.budget.start()
        self.renderer.request(key)

    def _drawing_started(self, key: Key) -> None:
        if key.path == self.path:
            self._begun = True

    def _drawn(self, key: Key, image: QImage | None, problem: str | None) -> None:
        if key != self._key() or key.path in self.renderer.failed:
            return  # an earlier size or picture, or one given up on: not shown
        self._show(image if problem is None else None)

    def _too_slow(self) -> None:
        if self.waiting and self.path is not None and not self._begun:
            # Still queued behind another picture: not this one's fault. The placeholder
            # shows meanwhile, and the picture replaces it once drawn.
            self._draw_placeholder()
            self.budget.start()
            return
        if self.waiting and self.path is not None:
            seconds = self.budget.interval() / 1000
            self.renderer.give_up(self.path, f"it took longer than {seconds:g} s to draw")
            self._show(None)

    def _show(self, image: QImage | None) -> None:
        self.budget.stop()
        self.waiting = False
        self.placeholder = image is None
        if image is not None:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.setPixmap(pixmap)
        else:
            self._draw_placeholder()
        self.ready.emit()

    def _draw_placeholder(self) -> None:
        size = self.size()
        if size.width() < 2 or size.height() < 2:
            return
        ratio = self.devicePixelRatioF()
        canvas = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
        canvas.setDevicePixelRatio(ratio)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(0, 0, size.width(), size.height())
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlphaF(0.35)
        side = min(area.width(), area.height()) * 0.6
        box = QRectF(0, 0, side, side * 0.75)
        box.moveCenter(area.center())
        painter.setPen(QPen(colour, max(2.0, side / 60), Qt.PenStyle.DashLine))
        painter.drawRoundedRect(box, side / 12, side / 12)
        font = QFont(self.font())
        font.setPixelSize(max(10, int(side / 10)))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, translate("Session", "No picture"))
        painter.end()
        self.setPixmap(canvas)


class WrappedTitle(QLabel):
    """A step title in plain text that wraps onto as many lines as it needs, and asks the
    layout for their height (a nested layout does not ask a label by itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _claim(self) -> None:
        needed = max(0, self.heightForWidth(max(1, self.width())))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._claim()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim()


class FitText(QScrollArea):
    """Plain, word-wrapped text at the largest size (up to a limit) that fits its box.

    It never goes below ``MIN_PIXELS``, which still reads from across a bed: text that does not
    fit even then scrolls (Up and Down, or the wheel), so every word a routine allows is read.
    """

    MIN_PIXELS = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.setWidget(self.label)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the session's keys stay with the page
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.max_pixels = 28
        self._alignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.label.setAlignment(alignment)

    def text(self) -> str:
        return self.label.text()

    def scroll_up(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() - bar.singleStep() * 3)

    def scroll_down(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + bar.singleStep() * 3)

    def pixel_size(self) -> int:
        return self.label.font().pixelSize()

    def set_max_pixels(self, pixels: int) -> None:
        self.max_pixels = max(self.MIN_PIXELS, pixels)
        self._fit()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.verticalScrollBar().setValue(0)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _needed(self, font: QFont, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(0, 0, width, 1_000_000, flags, self.text()).height()

    def _fit(self) -> None:
        bar = self.verticalScrollBar().sizeHint().width()
        width, height = self.viewport().width(), self.viewport().height()
        if width < 20 or height < 10:
            return
        font = QFont(self.label.font())
        size = self.max_pixels
        while size > self.MIN_PIXELS:
            font.setPixelSize(size)
            if self._needed(font, width) <= height:
                break
            size -= 1
        set_font(self.label, pixels=size)
        font = self.label.font()
        needed = self._needed(font, width)
        if needed > height:  # too long even at the smallest size: scroll, with room for the bar
            needed = self._needed(font, width - bar)
            self.label.resize(width - bar, needed + 4)
        else:
            self.label.resize(width, height)


_DESC = re.compile(r"<desc(?P<attributes>[^>]*)>(?P<text>.*?)</desc>", re.DOTALL)
_LANG = re.compile(r"""\blang\s*=\s*["']([A-Za-z0-9_-]{1,20})["']""")


def picture_description(path: Path | None, language: str = "") -> str:
    """The one-sentence <desc> of an SVG, for screen readers ("" when there is none): the
    one marked with ``language`` (xml:lang="es"; the routine's language), else the first
    one without a language.

    Read with a pattern rather than an XML parser: the file may be anyone's, and entity
    tricks must not cost anything.
    """
    if path is None or path.suffix.lower() != ".svg":
        return ""
    try:
        with path.open("rb") as stream:
            head = stream.read(64 * 1024).decode("utf-8", errors="replace")
    except OSError:
        return ""
    found: dict[str, str] = {}
    for match in _DESC.finditer(head):
        tag = _LANG.search(match.group("attributes"))
        found.setdefault(language_key(tag.group(1)) if tag else "", match.group("text"))
    wanted = language_key(language) if language else ""
    base = wanted.split("_")[0]
    same = [key for key in found if key and key.split("_")[0] == base]
    if base == "en" and "" in found:  # a description without a language is the English one
        same = [""]
    chosen = found.get(wanted) or found.get(base) or (found[same[0]] if same else found.get(""))
    if chosen is None:
        return ""
    text = " ".join(chosen.split())
    for entity, char in (
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", '"'),
        ("&apos;", "'"),
        ("&amp;", "&"),
    ):
        text = text.replace(entity, char)
    return text[:300]

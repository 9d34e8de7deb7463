"""Drawing widgets for the session screen: the session bar, the step picture, fitted text.

Kept apart from `massage_timer.ui.widgets` so the first screen does not pay for them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

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
        self.setAccessibleName("Session progress")

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
    """A step's SVG or PNG picture, scaled to fit; a calm placeholder when it can't be shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 120)
        self._renderer: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        self.path: Path | None = None
        self.placeholder = False

    def show_file(self, path: Path | None, description: str = "") -> None:
        """Load ``path`` (None: no picture found); anything unreadable becomes the placeholder."""
        self.path = path
        self._renderer, self._pixmap = None, None
        self.placeholder = True
        if path is not None:
            if path.suffix.lower() == ".svg":
                renderer = QSvgRenderer(str(path), self)
                if renderer.isValid() and not renderer.defaultSize().isEmpty():
                    self._renderer, self.placeholder = renderer, False
            else:
                pixmap = QPixmap(str(path))
                if not pixmap.isNull():
                    self._pixmap, self.placeholder = pixmap, False
            if self.placeholder:
                log.warning("picture %s could not be read; showing a placeholder", path)
        self.setAccessibleDescription(description or "")
        self._render()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._render()

    def _render(self) -> None:
        size = self.size()
        if size.width() < 2 or size.height() < 2:
            return
        ratio = self.devicePixelRatioF()
        canvas = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
        canvas.setDevicePixelRatio(ratio)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(0, 0, size.width(), size.height())
        if self._renderer is not None:
            self._renderer.render(painter, _fit(QSize(self._renderer.defaultSize()), area))
        elif self._pixmap is not None:
            painter.drawPixmap(_fit(self._pixmap.size(), area).toRect(), self._pixmap)
        else:
            self._draw_placeholder(painter, area)
        painter.end()
        self.setPixmap(canvas)

    def _draw_placeholder(self, painter: QPainter, area: QRectF) -> None:
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
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "No picture")


def _fit(source: QSize, area: QRectF) -> QRectF:
    """The largest rectangle of ``source``'s shape centred in ``area``."""
    if source.isEmpty():
        return area
    scale = min(area.width() / source.width(), area.height() / source.height())
    rect = QRectF(0, 0, source.width() * scale, source.height() * scale)
    rect.moveCenter(area.center())
    return rect


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


_DESC = re.compile(r"<desc[^>]*>(.*?)</desc>", re.DOTALL)


def picture_description(path: Path | None) -> str:
    """The one-sentence <desc> of an SVG, for screen readers ("" when there is none).

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
    match = _DESC.search(head)
    if match is None:
        return ""
    text = " ".join(match.group(1).split())
    for entity, char in (
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", '"'),
        ("&apos;", "'"),
        ("&amp;", "&"),
    ):
        text = text.replace(entity, char)
    return text[:300]

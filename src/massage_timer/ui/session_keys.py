"""What each key does during a session. Presenter clickers send Page Up/Down, B, F5 and
Esc; pedals and other "any key" devices can send any of these."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from massage_timer.ui.session_page import SessionPage


def session_keys(page: SessionPage) -> dict[Qt.Key, Callable[[], object]]:
    """Key to action, for ``page`` and its controller."""
    controller = page.controller
    key = Qt.Key
    return {
        key.Key_Space: controller.toggle,  # start, pause, resume; on a waiting step, go on
        key.Key_B: controller.toggle,  # clickers' "blank screen" button
        key.Key_Period: controller.toggle,
        key.Key_F5: controller.toggle,  # clickers' "start slideshow" button
        key.Key_Return: page.enter_pressed,
        key.Key_Enter: page.enter_pressed,
        key.Key_Right: page.next_pressed,
        key.Key_PageDown: page.next_pressed,
        key.Key_Left: controller.previous,
        key.Key_PageUp: controller.previous,
        key.Key_Plus: controller.add_time,  # 30 seconds more
        key.Key_Equal: controller.add_time,  # '+' without Shift
        key.Key_R: controller.restart_step,
        key.Key_Escape: page.stop_requested.emit,
        key.Key_H: page.safety_requested.emit,
        key.Key_L: page.time_left_pressed,  # says where the session is, and how long is left
        key.Key_F11: page.fullscreen_requested.emit,
        key.Key_N: page.theme_toggle_requested.emit,
        key.Key_T: page.timings_pressed,
        key.Key_Up: page.instruction.scroll_up,  # a long instruction
        key.Key_Down: page.instruction.scroll_down,
    }

"""Choosing a routine: the list (bundled and her own, with her times), the routines folder,
Open file…, and explaining a file that cannot be used.

Talks back through signals: `chosen(Routine, Path)` when a routine is to start, `notice(str)`
for a message. The page itself is made on first use (not before the first paint).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from massage_timer.core.i18n import fill
from massage_timer.ui.i18n import shown_language, translate

if TYPE_CHECKING:
    from massage_timer.core.library import Entry
    from massage_timer.core.routine import Routine
    from massage_timer.core.timings import Loaded
    from massage_timer.ui.picker_page import PickerPage

log = logging.getLogger(__name__)


class Chooser(QObject):
    """Signals:
    chosen(Routine, Path): start this routine (from the list, Open file, or the command line).
    notice(str): something to tell the people in the room.
    """

    chosen = Signal(object, object)
    notice = Signal(str)

    def __init__(
        self,
        window: QWidget,
        user_routines: Path | None,
        her_times: Callable[[Routine], Loaded],
    ) -> None:
        super().__init__(window)
        self._window = window
        self.user_routines = user_routines
        self._her_times = her_times
        self._page: PickerPage | None = None

    @property
    def page(self) -> PickerPage:
        if self._page is None:
            from massage_timer.ui.picker_page import PickerPage

            self._page = PickerPage()
            self._page.chosen.connect(self._chosen)
            self._page.open_file_requested.connect(self.open_file)
        return self._page

    def refresh(self) -> None:
        """List every routine again, with her times where she has her own."""
        from massage_timer.core.library import arrange, discover

        folders = []
        if self.user_routines is not None:
            try:
                self.user_routines.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                log.warning("cannot make the routines folder %s: %s", self.user_routines, exc)
            folders.append(self.user_routines)
        first, others = arrange(discover(folders), shown_language())
        entries = first + others
        totals = {}
        notices: list[str] = []
        for entry in entries:
            if entry.report.routine is not None:
                her = self._her_times(entry.report.routine)
                totals[entry.path] = sum(her.durations)
                notices += her.notices
        self.page.set_entries(entries, self.user_routines, totals, others)
        if notices:  # a routine's versions in other languages share her timings and notices
            self.notice.emit("  ".join(dict.fromkeys(notices)))

    def _chosen(self, entry: Entry) -> None:
        if entry.report.routine is not None:
            self.chosen.emit(entry.report.routine, entry.path)

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.user_routines or Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("Chooser", "Open a routine"),
            start,
            translate("Chooser", "Routines (*.yaml *.yml);;All files (*)"),
        )
        if name:
            self.run_file(Path(name))

    def run_file(self, path: Path) -> bool:
        """Start the routine in ``path``, or explain what is wrong with it; True if started."""
        from massage_timer.core.loader import check_file
        from massage_timer.ui.dialogs import Problems

        report = check_file(path)
        if report.routine is None:
            Problems.show(
                self._window,
                fill(translate("Chooser", "%1 has problems, so it cannot be used."), path.name),
                report.errors,
            )
            return False
        self.chosen.emit(report.routine, path)
        return True

"""Her timings on the Qt side: the editor, saving, "Save as new routine", keeping extra time.

It talks back only through signals (never calls the window): `notice` for a message to
show, `saved` when her timings for a routine changed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from massage_timer.core.i18n import fill
from massage_timer.ui.i18n import translate

if TYPE_CHECKING:
    from massage_timer.core.engine import Summary
    from massage_timer.core.routine import Routine
    from massage_timer.core.timings import Loaded, TimingsStore

log = logging.getLogger(__name__)


class HerTimings(QObject):
    """Signals:
    notice(str): something to tell the people in the room.
    saved(Routine): her timings for a routine were saved.
    new_routine_saved(Path): a routine file with her timings was written.
    """

    notice = Signal(str)
    saved = Signal(object)
    new_routine_saved = Signal(object)

    def __init__(
        self, folder: Path | None, user_routines: Path | None, dialog_parent: QWidget
    ) -> None:
        super().__init__(dialog_parent)
        self._folder = folder
        self._user_routines = user_routines
        self._parent = dialog_parent
        self._store: TimingsStore | None = None

    @property
    def store(self) -> TimingsStore | None:
        """Kept in ``folder`` (None: not kept). Made on first use, after the first paint."""
        if self._store is None and self._folder is not None:
            from massage_timer.core.timings import TimingsStore
            from massage_timer.ui.files import atomic_write

            self._store = TimingsStore(self._folder, atomic_write)
        return self._store

    def load(self, routine: Routine) -> Loaded:
        """Her durations for ``routine`` (its own where she has none), and any notices."""
        from massage_timer.core.timings import Loaded

        if self.store is None:
            return Loaded([step.duration for step in routine.steps], [])
        return self.store.load(routine)

    def durations(self, routine: Routine) -> list[int]:
        """Her durations, telling anything the store had to say."""
        loaded = self.load(routine)
        self._tell(loaded.notices)
        return loaded.durations

    def _tell(self, notices: Sequence[str]) -> None:
        if notices:
            self.notice.emit("  ".join(notices))

    def adjust(self, routine: Routine, *, session_under_way: bool = False) -> None:
        """Open the editor; save her timings (or a new routine) if she says so.

        ``session_under_way``: a session has started, and keeps its own times."""
        if self.store is None:
            return
        from massage_timer.ui.timings_editor import TimingsDialog

        result = TimingsDialog.edit(self._parent, routine, self.durations(routine))
        if result is None:
            return
        durations, as_new_routine = result
        if as_new_routine:
            self.save_as_new_routine(routine, durations)
        elif self._save(
            routine, durations, translate("Timings", "Your timings could not be saved")
        ):
            saved = fill(translate("Timings", "Your timings for %1 are saved."), routine.title)
            if session_under_way:
                saved += " " + translate("Timings", "They apply from the next session.")
            self.notice.emit(saved)
            self.saved.emit(routine)

    def keep_extra_time(self, routine: Routine, planned: Sequence[float], summary: Summary) -> bool:
        """Finish screen: make the time added this session part of her timings."""
        from massage_timer.core.durations import format_clock
        from massage_timer.core.timings import with_extra_time

        durations = with_extra_time(planned, [record.added for record in summary.steps])
        if not self._save(
            routine, durations, translate("Timings", "The extra time could not be kept")
        ):
            return False
        kept = translate("Timings", "Kept. %1 now lasts %2 for you.")
        self.notice.emit(fill(kept, routine.title, format_clock(sum(durations))))
        self.saved.emit(routine)
        return True

    def _save(self, routine: Routine, durations: Sequence[int], failure: str) -> bool:
        from massage_timer.core.timings import TimingsError

        assert self.store is not None
        try:
            self.store.save(routine, durations)
        except (TimingsError, OSError) as exc:
            self.notice.emit(fill(translate("Timings", "%1: %2"), failure, exc))
            return False
        return True

    def save_as_new_routine(self, routine: Routine, durations: list[int]) -> None:
        from PySide6.QtWidgets import QFileDialog

        from massage_timer.core.loader import check_text
        from massage_timer.core.timings import routine_with_timings
        from massage_timer.ui.files import atomic_write

        new_id = f"{routine.id[:56]}-mine"
        title = fill(translate("Timings", "%1 (my timings)"), routine.title[:66])
        folder = self._user_routines or Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            translate("Timings", "Save as a new routine"),
            str(folder / f"{new_id}.yaml"),
            translate("Timings", "Routines (*.yaml)"),
        )
        if not name:
            return
        text, dropped = routine_with_timings(routine, durations, new_id, title)
        made, problems = check_text(text, name)
        if made is None:  # a bug if it happens: never write a file that would not load
            log.error("new routine did not validate: %s", problems)
            self.notice.emit(translate("Timings", "The new routine could not be made."))
            return
        path = Path(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, text.encode("utf-8"))
        except OSError as exc:
            self.notice.emit(
                fill(translate("Timings", "The new routine could not be saved: %1"), exc)
            )
            return
        saved = fill(translate("Timings", "Saved as a new routine: %1."), path.name)
        if dropped:
            left_out = translate("Timings", "Left out, as they no longer fit: %1.")
            saved += " " + fill(left_out, "; ".join(dropped))
        self.notice.emit(saved)
        self.new_routine_saved.emit(path)

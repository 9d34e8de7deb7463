"""The timings editor: how long each step lasts for her, typed or nudged in 15 s steps."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from massage_timer.core.durations import (
    MAX_ROUTINE_SECONDS,
    MAX_STEP_SECONDS,
    MIN_STEP_SECONDS,
    DurationError,
    format_clock,
    parse_duration,
)
from massage_timer.core.i18n import fill
from massage_timer.core.routine import Routine
from massage_timer.core.timings import SCALE_RANGE, check_durations, scale_in_force, scaled
from massage_timer.ui.i18n import translate
from massage_timer.ui.placement import fit_to_screen
from massage_timer.ui.widgets import plain_label

NUDGE_SECONDS = 15


def limits() -> str:
    return translate(
        "Timings",
        "Each step lasts from 0:01 to 60:00, and the whole routine at most 4 hours. "
        "Sessions of about 10 to 30 minutes are usual.",
    )


class DurationSpin(QSpinBox):
    """Seconds shown and typed as minutes:seconds ("1:30", or "90s", "2m"); arrows nudge 15 s."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(MIN_STEP_SECONDS, MAX_STEP_SECONDS)
        self.setSingleStep(NUDGE_SECONDS)
        self.setAccelerated(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setKeyboardTracking(False)
        self.setMinimumWidth(120)
        self.setMinimumHeight(34)

    def textFromValue(self, value: int) -> str:
        return format_clock(value)

    def valueFromText(self, text: str) -> int:
        try:
            return parse_duration(text)
        except DurationError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return self._state(text), text, pos

    @staticmethod
    def _state(text: str) -> QValidator.State:
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Intermediate
        try:
            seconds = parse_duration(stripped)
        except DurationError:
            typing = all(c in "0123456789:hms " for c in stripped.lower())
            return QValidator.State.Intermediate if typing else QValidator.State.Invalid
        if MIN_STEP_SECONDS <= seconds <= MAX_STEP_SECONDS:
            return QValidator.State.Acceptable
        # Too long can never become right by typing more; too short (0) still can.
        return (
            QValidator.State.Intermediate
            if seconds < MIN_STEP_SECONDS
            else QValidator.State.Invalid
        )

    def stepBy(self, steps: int) -> None:
        """Nudge to the next multiple of 15 s, so 1:07 goes to 1:15, not 1:22."""
        value = self.value()
        if steps > 0:
            target = (value // NUDGE_SECONDS + steps) * NUDGE_SECONDS
        else:
            target = (-(-value // NUDGE_SECONDS) + steps) * NUDGE_SECONDS
        self.setValue(max(MIN_STEP_SECONDS, min(MAX_STEP_SECONDS, target)))


class TimingsDialog(QDialog):
    """A row per step: title, the routine's own length, hers, and a reset; a live total."""

    def __init__(
        self, routine: Routine, durations: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(translate("Timings", "Timings for %1"), routine.title))
        self.setObjectName("timingsDialog")
        self.routine = routine
        self.defaults = [step.duration for step in routine.steps]
        self.save_as_requested = False
        self._scaling = False

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        headings = (
            translate("Timings", "Step"),
            translate("Timings", "Routine"),
            translate("Timings", "Yours"),
            "",
        )
        for column, heading in enumerate(headings):
            label = plain_label(heading, bold=True, role="muted")
            label.setWordWrap(False)
            grid.addWidget(label, 0, column)
        self.spins: list[DurationSpin] = []
        self.resets: list[QPushButton] = []
        for row, (step, seconds) in enumerate(zip(routine.steps, durations, strict=True), start=1):
            title = plain_label(f"{row}. {step.title}")
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            spin = DurationSpin()
            spin.setValue(int(seconds))
            spin.setAccessibleName(
                fill(translate("Timings", "Your time for step %1, %2"), row, step.title)
            )
            spin.setAccessibleDescription(
                fill(
                    translate("Timings", "The routine's own time is %1"),
                    format_clock(step.duration),
                )
            )
            spin.valueChanged.connect(self._changed)
            reset = QPushButton(translate("Timings", "Reset"))
            reset.setAccessibleName(
                fill(translate("Timings", "Reset step %1 to the routine's time"), row)
            )
            reset.clicked.connect(lambda _=False, s=spin, d=step.duration: s.setValue(d))
            default = plain_label(format_clock(step.duration), role="muted")
            default.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(title, row, 0)
            grid.addWidget(default, row, 1)
            grid.addWidget(spin, row, 2)
            grid.addWidget(reset, row, 3)
            self.spins.append(spin)
            self.resets.append(reset)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(routine.steps) + 1, 1)
        rows = QWidget()
        rows.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the time boxes themselves
        scroll.setAccessibleName(translate("Timings", "Steps"))

        self.scale = QSpinBox()
        self.scale.setRange(*SCALE_RANGE)
        self.scale.setValue(100)
        self.scale.setSuffix(" %")
        self.scale.setSingleStep(10)
        self.scale.setAccessibleName(translate("Timings", "Scale every step by"))
        self.scale_button = QPushButton(translate("Timings", "Scale all steps"))
        self.scale_button.clicked.connect(self.apply_scale)
        self.reset_all_button = QPushButton(translate("Timings", "Reset all"))
        self.reset_all_button.clicked.connect(self.reset_all)
        scale_row = QHBoxLayout()
        make_every = plain_label(translate("Timings", "Make every step"))
        make_every.setWordWrap(False)
        make_every.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        scale_row.addWidget(make_every)
        scale_row.addWidget(self.scale)
        scale_row.addWidget(self.scale_button)
        self.scale_note = plain_label(role="muted")
        self.scale_note.setWordWrap(True)  # a longer language may need two lines
        self.scale_note.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        scale_row.addWidget(self.scale_note, 1)  # the rest of the row: one line if it fits

        self.total_label = plain_label(bold=True)
        self.problem_label = plain_label(limits(), role="muted")
        self.save_button = QPushButton(translate("Timings", "Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        self.save_as_button = QPushButton(translate("Timings", "Save as new routine…"))
        self.save_as_button.clicked.connect(self._save_as)
        cancel = QPushButton(translate("Timings", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_as_button)
        buttons.addWidget(self.reset_all_button)  # here, not beside the scale: room to grow
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "Timings",
                    "Change how long each step lasts for her. Type a time like 1:30, or use the "
                    "Up and Down keys to change it by 15 seconds. Every later session uses these "
                    "times until you reset them.",
                )
            )
        )
        layout.addWidget(scroll, 1)
        layout.addLayout(scale_row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        fit_to_screen(self, 820, 680)
        self._changed()
        if self.spins:
            self.spins[0].setFocus()

    def durations(self) -> list[int]:
        return [spin.value() for spin in self.spins]

    def apply_scale(self) -> None:
        """Every step at this share of the routine's own time (scaling twice never compounds)."""
        self._scaling = True
        for spin, seconds in zip(
            self.spins, scaled(self.defaults, self.scale.value()), strict=True
        ):
            spin.setValue(seconds)
        self._scaling = False
        self._changed()

    def reset_all(self) -> None:
        for spin, seconds in zip(self.spins, self.defaults, strict=True):
            spin.setValue(seconds)

    def _changed(self) -> None:
        if self._scaling:
            return
        durations = self.durations()
        in_force = scale_in_force(self.defaults, durations)
        self.scale.blockSignals(True)
        self.scale.setValue(in_force or 100)
        self.scale.blockSignals(False)
        self.scale_note.setText(
            "" if in_force is not None else translate("Timings", "Steps set one by one")
        )
        total = sum(durations)
        own = sum(self.defaults)
        self.total_label.setText(
            fill(
                translate("Timings", "Total: %1   (the routine's own: %2)"),
                format_clock(total),
                format_clock(own),
            )
        )
        problems = check_durations(durations)
        if total > MAX_ROUTINE_SECONDS:
            self.problem_label.setText(
                fill(
                    translate(
                        "Timings", "That is longer than 4 hours in all. Shorten some steps to save."
                    )
                    + " (%1)",
                    limits(),
                )
            )
            self.problem_label.setProperty("role", "warning")
        else:
            self.problem_label.setText(limits())
            self.problem_label.setProperty("role", "muted")
        self.problem_label.style().polish(self.problem_label)
        for reset, spin, seconds in zip(self.resets, self.spins, self.defaults, strict=True):
            reset.setEnabled(spin.value() != seconds)
        self.save_button.setEnabled(not problems)
        self.save_as_button.setEnabled(not problems)

    def _save_as(self) -> None:
        self.save_as_requested = True
        self.accept()

    @classmethod
    def edit(
        cls, parent: QWidget | None, routine: Routine, durations: Sequence[int]
    ) -> tuple[list[int], bool] | None:
        """Show the editor; her durations and whether to save them as a new routine, or None."""
        dialog = cls(routine, durations, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.durations(), dialog.save_as_requested

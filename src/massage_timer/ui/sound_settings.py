"""Settings: sound and voice (what is heard, how loud, what cannot be heard and why), and
keys and pedal (keys taught for the session's main actions), as tabs of one dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from massage_timer.core.settings import RANGES, Settings
from massage_timer.ui.i18n import translate
from massage_timer.ui.key_learning import KeysPanel
from massage_timer.ui.placement import fit_to_screen
from massage_timer.ui.widgets import plain_label


class SettingsDialog(QDialog):
    """Tabs: Sound and voice (chimes, ticks, voice, volume, speaking rate; problems said
    plainly) and Keys and pedal. Saved together, or not at all."""

    def __init__(
        self,
        settings: Settings,
        voices: Sequence[str],
        problems: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sound", "Settings"))
        self.setObjectName("soundDialog")
        self._base = settings
        self.sound_on = QCheckBox(
            translate("Sound", "Chimes when a step starts, at cues and at the end")
        )
        self.sound_on.setChecked(settings.sound_on)
        self.ticks = QCheckBox(translate("Sound", "Soft ticks in the last three seconds of a step"))
        self.ticks.setChecked(settings.ticks)
        self.voice_on = QCheckBox(translate("Sound", "Say each step's prompt aloud"))
        self.voice_on.setChecked(settings.voice_on)
        self.read_instructions = QCheckBox(translate("Sound", "Also read the whole instruction"))
        self.read_instructions.setChecked(settings.read_instructions)
        self.announce_next = QCheckBox(
            translate("Sound", "Say what comes next, ten seconds before a step ends")
        )
        self.announce_next.setChecked(settings.announce_next)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(*RANGES["volume"])
        self.volume.setValue(settings.volume)
        self.volume.setAccessibleName(translate("Sound", "Volume"))
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(*RANGES["rate"])
        self.rate.setValue(settings.rate)
        self.rate.setAccessibleName(translate("Sound", "Speaking rate"))
        self.voice = QComboBox()
        self.voice.addItem(translate("Sound", "Default voice"), "")
        for name in voices:
            self.voice.addItem(name, name)
        index = self.voice.findData(settings.voice)
        self.voice.setCurrentIndex(max(0, index))

        form = QFormLayout()
        form.addRow(self.sound_on)
        form.addRow(self.ticks)
        form.addRow(self.voice_on)
        form.addRow(self.read_instructions)
        form.addRow(self.announce_next)
        form.addRow(translate("Sound", "Volume"), self.volume)
        form.addRow(translate("Sound", "Voice"), self.voice)
        form.addRow(translate("Sound", "Speaking rate"), self.rate)
        self.problems = plain_label("\n".join(problems), role="warning")
        self.problems.setVisible(bool(problems))
        save = QPushButton(translate("Sound", "Save"))
        save.setProperty("role", "primary")
        save.setDefault(True)
        save.clicked.connect(self.accept)
        cancel = QPushButton(translate("Sound", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        sound = QWidget()
        sound_layout = QVBoxLayout(sound)
        sound_layout.addLayout(form)
        sound_layout.addWidget(self.problems)
        sound_layout.addStretch(1)
        self.keys = KeysPanel(settings.keys)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Sound", "Settings"))
        self.tabs.addTab(sound, translate("Sound", "Sound and voice"))
        keys_area = QScrollArea()  # a longer language or larger text: it scrolls, never clips
        keys_area.setWidgetResizable(True)
        keys_area.setFrameShape(QScrollArea.Shape.NoFrame)
        keys_area.setWidget(self.keys)
        keys_area.setAccessibleName(translate("Sound", "Keys and pedal"))
        self.tabs.addTab(keys_area, translate("Sound", "Keys and pedal"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 680, 480)

    def result_settings(self) -> Settings:
        return self._base._replace(
            sound_on=self.sound_on.isChecked(),
            ticks=self.ticks.isChecked(),
            voice_on=self.voice_on.isChecked(),
            read_instructions=self.read_instructions.isChecked(),
            announce_next=self.announce_next.isChecked(),
            volume=self.volume.value(),
            rate=self.rate.value(),
            voice=str(self.voice.currentData() or ""),
            keys=self.keys.learned,
        )

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        settings: Settings,
        voices: Sequence[str],
        problems: Sequence[str],
    ) -> Settings | None:
        dialog = cls(settings, voices, problems, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_settings()

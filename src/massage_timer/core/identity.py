"""The app's name on a desktop: one reverse-DNS id for everything a desktop matches up.

The desktop entry's file name, the AppStream component, the icon, `QGuiApplication.
setDesktopFileName` and the name the app asks the screen saver under are all `APP_ID`. The
project has no domain of its own yet; the id follows the io.github convention for a project
named massage-timer (hyphen as underscore, as D-Bus names need). The user's folders keep the
plain name "massage-timer" (`core.places`), so a change of id would not move anyone's files.
"""

from __future__ import annotations

APP_ID = "io.github.massage_timer.MassageTimer"
DISPLAY_NAME = "Massage Timer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

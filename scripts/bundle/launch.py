"""The bundled app's entry point (PyInstaller runs this): the same command as `massage-timer`."""

import sys

from massage_timer.cli import main

sys.exit(main())

"""Allow ``python -m massage_timer``."""

import sys

from massage_timer.cli import main

sys.exit(main())

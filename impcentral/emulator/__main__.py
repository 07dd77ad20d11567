"""``python -m impcentral.emulator --help``."""

import sys

from impcentral.emulator.cli import main

sys.exit(main())

"""Entry script for the PyInstaller build (installer/taxdesk.spec): the same ``taxdesk`` command as the
console entry point ``taxdesk = taxdesk.cli:main``."""

import sys

from taxdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())

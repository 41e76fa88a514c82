"""``python -m ghostless``: the same as the ``ghostless`` command."""

import sys

from ghostless.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry script for the bundled app: the same ``main`` as the ``briefing-app`` command."""

import sys

from briefing_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

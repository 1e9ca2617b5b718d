"""Entry point of the packaged app: the same ``assetmap`` command a checkout installs."""

import sys

from assetmap.cli import main

if __name__ == "__main__":
    sys.exit(main())

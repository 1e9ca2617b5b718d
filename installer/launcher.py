"""Entry point of the packaged app: the same ``assetmap`` command a checkout installs."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A report is typeset in a child process (so Cancel can stop it): in the packaged app that child is
    # this same program, which must turn into the child here, before anything else is loaded.
    multiprocessing.freeze_support()

    from assetmap.cli import main

    sys.exit(main())

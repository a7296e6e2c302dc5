"""The bundle's executable: the same entry point as the `startup-match` command."""

import sys

from startup_match.launch import main

sys.exit(main())

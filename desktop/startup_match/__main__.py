"""`python -m startup_match` is the same as `startup-match`."""

import sys

from .cli.main import main

sys.exit(main())

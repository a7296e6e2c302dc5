"""`python -m startup_match` is the same as `startup-match`."""

import sys

from .launch import main

sys.exit(main())

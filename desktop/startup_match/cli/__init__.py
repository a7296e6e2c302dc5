"""The `startup-match` command: GUI with no arguments, headless subcommands otherwise."""

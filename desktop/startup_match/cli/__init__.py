"""The `startup-match` command: GUI with no arguments, headless subcommands otherwise. Each
*_cmd.py holds a command's arguments and what it does; its handler imports the models, the store
or the report when it runs, so reading the arguments loads none of them."""

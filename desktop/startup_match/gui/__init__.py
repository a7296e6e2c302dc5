"""The desktop GUI (PySide6). Only this package and report/ import Qt."""

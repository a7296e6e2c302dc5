"""The summary sheet: HTML built from a ranking, rendered to PDF or a printer with Qt."""

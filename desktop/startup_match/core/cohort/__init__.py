"""Cohorts: a whole portfolio of start-ups screened at once, from the spreadsheet an incubator
keeps. Pure like the rest of the core (no Qt, no SQLAlchemy): reading the cells of an XLSX or
CSV file (`grid`), matching its headers to profile fields (`headers`), reading each cell as a
profile value (`cells`), turning rows into profiles with every bad cell named (`reading`), and
the start-ups × programmes matrix (`matrix`)."""

from __future__ import annotations

import pytest

from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import profile_from_dict
from startup_match.report.sheet_html import SheetInput


@pytest.fixture
def sheet(biotech_profile_data: dict[str, object]) -> SheetInput:
    profile = profile_from_dict(biotech_profile_data)
    return SheetInput(
        profile=profile,
        ranking=rank(default_catalogue(), profile),
        comparison=["tsssu", "techconnect", "raise-plus"],
        notes="Follow up in two weeks",
    )

"""What the conflict's Compare shows: a person's words, never the profile's ids."""

from __future__ import annotations

import re

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.consultation.differences import differences
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile


def _consultation(profile: Profile) -> Consultation:
    return Consultation(profile, rank(default_catalogue(), profile), title="Helix")


def test_the_conflict_compare_shows_labels_not_ids_in_every_language() -> None:
    theirs = _consultation(
        Profile(
            company_name="Helix Lab",
            stage="pre_seed",
            sectors=["biotech"],
            incorporated_in_hk=True,
            funding_sought_hkd=1_500_000,
            university_links=[{"university": "hku", "role": "staff"}],
        )
    )
    mine = _consultation(
        Profile(
            company_name="Helix Lab",
            stage="seed",
            sectors=["biotech", "robotics"],
            incorporated_in_hk=False,
            funding_sought_hkd=2_000_000,
            university_links=[{"university": "hkust", "role": "alumnus"}],
        )
    )
    english = "\n".join(differences(theirs, mine, "en"))
    assert "Pre-seed" in english and "Seed" in english
    assert "Biotechnology, Robotics" in english and "HK$1.5M" in english
    assert "theirs: Yes; yours: No" in english
    for lang in ("en", "zh-Hant", "zh-Hans"):
        text = "\n".join(differences(theirs, mine, lang))
        ids = re.findall(r"pre_seed|biotech|hkust|\bhku\b|alumnus|staff|True|False|1500000", text)
        assert ids == [], (lang, text)
    assert "種子前" in "\n".join(differences(theirs, mine, "zh-Hant"))

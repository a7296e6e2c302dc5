"""The colours the window and the sheet share, so "possible" is the same amber in both."""

from __future__ import annotations

STATUS = {"eligible": "#1b7f3b", "possible": "#a66300", "ineligible": "#9b1c1c"}
VERDICT = {"met": STATUS["eligible"], "unknown": STATUS["possible"], "unmet": STATUS["ineligible"]}
CONFIDENCE = {"official": "#1b5e8f", "partial": "#6b5a00", "unconfirmed": "#9b1c1c"}
GROUP = {"asked": "#1b5e20", "open": "#37474f", "closed": "#8d1c1c"}
DIFFERS = "#fff4d6"  # a comparison row where the programmes differ; banners too
HEADING = "#0b3d62"
NEUTRAL = "#555555"
SCORE_BAR = "#2b6cb0"

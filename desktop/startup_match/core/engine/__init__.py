"""Ranking: programmes made ready to rank, judged, shown as outcomes; the caches."""

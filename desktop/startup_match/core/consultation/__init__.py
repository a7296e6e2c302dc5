"""A consultation (profile, ranking, notes) and what is worked out from one."""

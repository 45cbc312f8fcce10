"""Contests (байқау): nominations, age groups, works, jury places or scores, winners."""

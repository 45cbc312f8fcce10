"""A debate's draw warnings are kept as messages, so each window shows them in its own language."""
from __future__ import annotations

from app.i18n import Msg, catalog
from app.tournaments.rounds import warnings_json, warnings_of


def test_a_kept_warning_is_shown_in_the_readers_language():
    kept = warnings_json([Msg("Tournament", "Team {team} would have been government {gov} times and opposition "
                              "{opp} times.", team="Қыран", gov=2, opp=0)])
    (msg,) = warnings_of(kept)
    assert msg.render(catalog("kk").translate) == "Қыран командасы 2 рет үкімет, 0 рет оппозиция болып шығар еді."
    assert "Қыран" in str(msg) and "government" in str(msg)  # the command line's English JSON stays as it was
    assert warnings_json([]) is None and warnings_of(None) == []


def test_a_debate_drawn_before_keeps_its_text():
    (old,) = warnings_of('["Teams A and B have already met."]')
    assert old.render(catalog("ru").translate) == "Teams A and B have already met."
    assert [str(m) for m in warnings_of("not json")] == ["not json"]

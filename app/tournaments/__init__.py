"""Debate tournaments in American Parliamentary Format (APF): the pure rules.

Nothing here touches the database or Qt.  The database layer hands in frozen
dataclasses (:mod:`app.tournaments.types`) and stores what comes back:

- :mod:`~app.tournaments.draw` pairs a round (power pairing, byes, sides,
  conflicts), checks a hand-edited draw and places adjudicators;
- :mod:`~app.tournaments.ballots` checks a ballot and decides a panel;
- :mod:`~app.tournaments.standings` ranks teams and speakers;
- :mod:`~app.tournaments.elimination` breaks to the elimination rounds and
  builds their bracket.

The rules as implemented are written out in ``docs/tournaments.md``.
"""

"""Debate tournaments in American Parliamentary Format (APF): the rules, and the saved tournament.

Two layers.  The rules touch neither the database nor Qt: they take and return
the frozen dataclasses of :mod:`app.tournaments.types`, plain strings and numbers.

- :mod:`~app.tournaments.draw` pairs a round (power pairing, byes, sides,
  conflicts) and checks a hand-edited draw;
- :mod:`~app.tournaments.adjudicators` places adjudicators on the debates;
- :mod:`~app.tournaments.ballots` checks a ballot and decides a panel;
- :mod:`~app.tournaments.standings` ranks teams and speakers;
- :mod:`~app.tournaments.elimination` breaks to the elimination rounds and
  builds their bracket.

The database layer reads and writes the saved tournament (peewee models) and
calls the rules: :mod:`~app.tournaments.context` turns rows into the rules'
values; :mod:`~app.tournaments.setup` creates a tournament and finds one by
name; :mod:`~app.tournaments.registration` registers teams and adjudicators
(also from files); :mod:`~app.tournaments.rounds` makes and changes draws;
:mod:`~app.tournaments.results` enters ballots (also from files);
:mod:`~app.tournaments.tab` gives standings, the break, elimination rounds and
awards; :mod:`~app.tournaments.stages` carries qualified teams to the next
stage; :mod:`~app.tournaments.listing` holds read-only lists for the window.

The rules as implemented are written out in ``docs/tournaments.md``.
"""

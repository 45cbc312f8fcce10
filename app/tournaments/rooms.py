"""Rooms of debates: a new draw keeps its league's rooms from the round before where it can.

Teams and adjudicators find their way more easily when a league stays in the
same corridor, so round N's debates take, in draw order (top bracket first),
the rooms the league used in round N−1; more debates than before take the
tournament's named rooms no other league uses in that round, then numbers.
Byes have no room.  Any room can be changed by hand afterwards.
"""
from __future__ import annotations

from app.errors import ValidationError
from app.i18n import Msg
from app.models import Debate, Tournament
from app.tournaments import context as ctx

MAX_ROOM = 60  # characters: "Ауд. 214 (2-қабат, кітапхана жанында)" fits


def clean_room(value: str | None) -> str | None:
    """A room name as typed, with its spaces tidied (None when empty)."""
    text = " ".join(str(value or "").split())
    if len(text) > MAX_ROOM:
        raise ValidationError("room", Msg("Tournament", "A room name is at most {limit} characters: {room}",
                                          limit=MAX_ROOM, room=text))
    return text or None


def named_rooms(t: Tournament) -> list[str]:
    """The tournament's list of rooms, in the order they are given out."""
    return [r for r in (clean_room(x) for x in str(getattr(t, "rooms", None) or "").splitlines()) if r]


def set_named_rooms(t: Tournament, rooms: list[str]) -> list[str]:
    """Save the tournament's list of rooms (empty names dropped, a name given twice refused)."""
    names = [r for r in (clean_room(x) for x in rooms) if r]
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise ValidationError("rooms", Msg("Tournament", "Room {room} is listed twice.", room=name))
        seen.add(name.casefold())
    t.rooms = "\n".join(names) or None
    t.save()
    return names


def _used_elsewhere(t: Tournament, league: str, round_no: int) -> set[str]:
    rows = Debate.live().where(Debate.tournament == t.uid, Debate.round == round_no, Debate.league != league,
                               Debate.room.is_null(False))
    return {d.room for d in rows}


def rooms_for(t: Tournament, league: str, round_no: int, count: int, elimination: bool = False) -> list[str]:
    """Rooms for the ``count`` debates (not byes) of a new draw, in draw order."""
    taken = _used_elsewhere(t, league, round_no)
    before = [d.room for d in ctx.debates(t, league, round_no - 1, elimination=elimination and round_no - 1 > t.rounds)
              if d.opp_uid and d.room] if round_no > 1 else []
    out: list[str] = []
    for room in before + named_rooms(t):
        if len(out) == count:
            return out
        if room not in taken and room not in out:
            out.append(room)
    number = 0
    while len(out) < count:
        number += 1
        if str(number) not in taken and str(number) not in out:
            out.append(str(number))
    return out


def set_room(d: Debate, room: str | None) -> None:
    """Name the room a debate is held in (a room another debate of its league and round has is refused)."""
    name = clean_room(room)
    if name is not None:
        # Leagues may hold a round at different times; one league's debates of a round are at the same time.
        clash = (Debate.live().where(Debate.tournament == d.tournament_uid, Debate.league == d.league,
                                     Debate.round == d.round, Debate.room == name, Debate.uid != d.uid)
                 .first())
        if clash is not None:
            raise ValidationError("room", Msg("Tournament", "Room {room} already has a debate in round {round} "
                                              "({gov} — {opp}).", room=name, round=d.round,
                                              gov=clash.gov.name if clash.gov_uid else "?",
                                              opp=clash.opp.name if clash.opp_uid else "—"))
    d.room = name
    d.save()

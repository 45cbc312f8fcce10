"""Stages: the teams that qualify at one stage (district → city → region → republic) go on to the next."""
from __future__ import annotations

from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.models import BreakTeam, Team, TeamMember, Tournament
from app.text import fold
from app.tournaments.attendees import refresh_attendance
from app.tournaments.tab import team_rows


def qualified(t: Tournament, league: str, top: int | None = None) -> list[str]:
    """The team uids that qualify: the first ``top`` of the standings, else the saved break."""
    if top:
        rows = team_rows(t, league)
        if len(rows) > top and rows[top - 1].rank == rows[top].rank:
            raise ValidationError("top", Msg("Tournament", "Teams are tied at place {top} of the {league} league; "
                                             "confirm the break to choose, then carry the break.", top=top,
                                             league=league))
        return [r.uid for r in rows[:top]]
    saved = (BreakTeam.live().where(BreakTeam.tournament == t.uid, BreakTeam.league == league)
             .order_by(BreakTeam.seed))
    return [b.team_uid for b in saved]


def carry_teams(source: Tournament, target: Tournament, top: int | None = None) -> int:
    """Register ``source``'s qualified teams (speakers, coach, school) in ``target``; returns how many were added.

    A team already carried (same source team) is not added twice; a name
    already taken in the next stage is refused with a message.
    """
    if source.uid == target.uid:
        raise ValidationError("target", Msg("Tournament", "Choose another tournament to carry the teams into."))
    added = 0
    carried_people: list[str] = []
    with current_store().db.atomic():
        taken = {fold(x.name): x for x in Team.live().where(Team.event == target.event_uid)}
        carried = {x.source_uid for x in taken.values() if x.source_uid}
        for league in source.league_list:
            uids = qualified(source, league, top)
            if uids and league not in target.league_list:
                raise ValidationError("league", Msg("Tournament", "The next stage has no {league} league.",
                                                    league=league))
            for uid in uids:
                if uid in carried:
                    continue
                team = Team.get_by_id(uid)
                if fold(team.name) in taken:
                    raise ValidationError("team", Msg("Tournament", "The next stage already has a team named "
                                                      "{team}.", team=team.name))
                new = Team(event=target.event_uid, name=team.name, league=league, school=team.school_uid,
                           coach=team.coach_uid, source_uid=team.uid, category=team.category)
                new.save()
                for m in TeamMember.live().where(TeamMember.team == uid).order_by(TeamMember.position):
                    TeamMember(team=new, person=m.person_uid, position=m.position, category=m.category).save()
                    carried_people.append(m.person_uid)
                added += 1
        refresh_attendance(target.event_uid, carried_people)
    return added

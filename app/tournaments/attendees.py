"""Who took part in a tournament: its event's attendance, and the certificates every attendee gets.

Debaters and adjudicators are attendees of the tournament's event: an
attendance row (status ``attended``; role ``participant`` for a debater,
``adjudicator`` for an adjudicator) is written when they are registered and
taken away when they are withdrawn before taking part, so they count as
people reached in every report and travel in bundles like any attendance.
The attendance table holds one row per (event, person), so a person
registered twice (a coach who also adjudicates, a debater also on the list by
hand) is counted once.  A row someone put on the list by hand with another
role (organiser, volunteer, trainer…) is never changed or removed here.

Certificates without results: one of participation per debater, one letter
of thanks per coach and adjudicator (each person once).
"""
from __future__ import annotations

from collections.abc import Iterable

from app.certificates.register import Award as CertificateAward
from app.events.rules import COUNTED_STATUSES
from app.models import Adjudicator, Attendance, Debate, DebateAdjudicator, Person, Team, TeamMember, Tournament
from app.records import apply_values
from app.text import sort_key

#: The attendance roles the tournament writes (and alone may take away).
DEBATER_ROLE, ADJUDICATOR_ROLE = "participant", "adjudicator"
TOURNAMENT_ROLES = (DEBATER_ROLE, ADJUDICATOR_ROLE)


def tournament_roles(event_uid: str) -> dict[str, str]:
    """Person uid → attendance role of everyone registered in the event's tournament(s).

    A debater who also adjudicates is a debater (one row, one person reached).
    """
    roles: dict[str, str] = {}
    adjudicators = (Adjudicator.live().join(Tournament, on=(Adjudicator.tournament == Tournament.uid))
                    .where(Tournament.event == event_uid, Tournament.deleted == False))  # noqa: E712
    for adj in adjudicators:
        roles[adj.person_uid] = ADJUDICATOR_ROLE
    members = (TeamMember.live().join(Team, on=(TeamMember.team == Team.uid))
               .where(Team.event == event_uid, Team.deleted == False))  # noqa: E712
    for member in members:
        roles[member.person_uid] = DEBATER_ROLE
    return roles


def refresh_attendance(event_uid: str, person_uids: Iterable[str] | None = None) -> None:
    """Bring the event's attendance of ``person_uids`` (None: every registered person) in line with the tournament.

    A registered person gets a counted row (a removed or not-counted one is
    revived); a person no longer registered loses a row the tournament wrote.
    With ``person_uids`` None nothing is removed (it fills in a tournament
    registered before attendance was written).  Call inside the transaction
    that changed the registration.
    """
    roles = tournament_roles(event_uid)
    wanted = set(roles) if person_uids is None else set(person_uids)
    if not wanted:
        return
    rows = {r.person_uid: r for r in Attendance.select().where(Attendance.event == event_uid,
                                                               Attendance.person.in_(list(wanted)))}
    live_people = {p.uid for p in Person.select(Person.uid).where(Person.uid.in_(list(wanted)),
                                                                    Person.deleted == False)}  # noqa: E712
    for uid in sorted(wanted):
        row, role = rows.get(uid), roles.get(uid)
        if role is not None and uid in live_people:
            if row is None:
                Attendance(event=event_uid, person=uid, role=role, status="attended").save()
            elif row.deleted or row.role in TOURNAMENT_ROLES or row.status not in COUNTED_STATUSES:
                keep_role = row.role if not row.deleted and row.role not in TOURNAMENT_ROLES else role
                if apply_values(row, {"role": keep_role, "status": "attended", "deleted": False}):
                    row.save()
        elif role is None and person_uids is not None and row is not None and not row.deleted \
                and row.role in TOURNAMENT_ROLES:
            row.delete_softly()


def team_took_part(team_uid: str) -> bool:
    """True when the team is in a debate that has a result (or had a bye): its debaters came."""
    return Debate.live().where(((Debate.gov == team_uid) | (Debate.opp == team_uid)),
                               (Debate.winner.is_null(False)) | Debate.opp.is_null()).exists()


def adjudicator_took_part(adjudicator_uid: str) -> bool:
    """True when the adjudicator sat on a debate that has a result."""
    return (DebateAdjudicator.live().join(Debate, on=(DebateAdjudicator.debate == Debate.uid))
            .where(DebateAdjudicator.adjudicator == adjudicator_uid, Debate.deleted == False,  # noqa: E712
                   Debate.winner.is_null(False)).exists())


def participation_awards(t: Tournament) -> list[CertificateAward]:
    """One certificate of participation per debater of a registered team (by league, team, speaker order)."""
    teams = sorted(Team.live().where(Team.event == t.event_uid),
                   key=lambda x: (t.league_list.index(x.league) if x.league in t.league_list else 99,
                                  sort_key(x.name)))
    members = (TeamMember.live().join(Person, on=(TeamMember.person == Person.uid))
               .where(TeamMember.team.in_([x.uid for x in teams]), Person.deleted == False)  # noqa: E712
               .order_by(TeamMember.position))
    by_team: dict[str, list[str]] = {}
    for m in members:
        by_team.setdefault(m.team_uid, []).append(m.person_uid)
    return [CertificateAward(kind="participation", person_uid=uid, team_uid=team.uid)
            for team in teams for uid in by_team.get(team.uid, [])]


def thanks_awards(t: Tournament) -> list[CertificateAward]:
    """One letter of thanks per coach and adjudicator of the tournament, each person once, in name order."""
    uids = {x.coach_uid for x in Team.live().where(Team.event == t.event_uid) if x.coach_uid}
    uids |= {a.person_uid for a in Adjudicator.live().where(Adjudicator.tournament == t.uid)}
    people = Person.select().where(Person.uid.in_(list(uids)), Person.deleted == False)  # noqa: E712
    return [CertificateAward(kind="thanks", person_uid=p.uid)
            for p in sorted(people, key=lambda p: (sort_key(p.full_name), p.uid))]


#: The certificates given for being registered, not for a result.
ROSTER_KINDS = {"participation": participation_awards, "thanks": thanks_awards}

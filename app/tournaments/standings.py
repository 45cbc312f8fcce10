"""Team and speaker standings of the qualifying rounds.

Teams: wins first (by default), then the tie-breaks the organisers list.  A
bye is a win whose team points are the average of the team's own debated
rounds (so a bye neither helps nor hurts its points); a debate won by forfeit
counts for its winner as a bye does, and for the team that did not come as a
loss with no points.  Teams that no
tie-break separates share a rank ("3=") and are never separated by chance.
Speakers: ranked by total points of the qualifying rounds (a missed round
adds nothing) or, if the organisers choose, by average over rounds spoken.
A round their team did not debate through no fault of its own (a bye, or a
debate won by forfeit) credits each of its speakers with their own average
speech of the rounds they spoke, as the team standings credit the team.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.errors import ValidationError
from app.i18n import Msg
from app.tournaments.types import (
    DEFAULT_TIEBREAKS,
    SPEAKER_RANKINGS,
    TIEBREAKS,
    Result,
    SpeakerStanding,
    Team,
    TeamStanding,
)

# Scores may be averages of a panel's ballots; compare at this precision so
# 70.1 + 70.2 and 70.2 + 70.1 are the same figure.
_DIGITS = 6


@dataclass
class TeamRecord:
    """What a team's results add up to (before ranking)."""

    uid: str
    wins: int = 0
    debates: int = 0
    byes: int = 0
    forfeits_won: int = 0
    debated_points: float = 0.0
    margins: float = 0.0
    gov: int = 0
    opp: int = 0
    opponents: list[str] = field(default_factory=list)
    beat: list[str] = field(default_factory=list)

    @property
    def points(self) -> float:
        """Debated points plus, for each bye or debate won by forfeit, the average of the debated rounds."""
        credited = self.byes + self.forfeits_won
        if credited and self.debates:
            return self.debated_points + credited * self.debated_points / self.debates
        return self.debated_points

    @property
    def average_points(self) -> float:
        return self.debated_points / self.debates if self.debates else 0.0


def team_records(team_uids: Iterable[str], results: Iterable[Result]) -> dict[str, TeamRecord]:
    """Each team's wins, points, sides, opponents and margins from ``results``.

    Results of teams not in ``team_uids`` still count for their opponents
    (their opponents met them), but get no record of their own.
    """
    records = {uid: TeamRecord(uid) for uid in team_uids}
    for r in results:
        if r.opp is None:
            rec = records.get(r.gov)
            if rec is not None:
                rec.wins += 1
                rec.byes += 1
            continue
        if r.forfeit:
            # nobody debated: the winner is credited as for a bye, the absent team just loses
            won = records.get(r.winner_uid or "")
            if won is not None:
                won.wins += 1
                won.forfeits_won += 1
            continue
        gov_pts, opp_pts = r.team_points(r.gov), r.team_points(r.opp)
        for me, other, side, mine, theirs in ((r.gov, r.opp, "gov", gov_pts, opp_pts),
                                              (r.opp, r.gov, "opp", opp_pts, gov_pts)):
            rec = records.get(me)
            if rec is None:
                continue
            rec.debates += 1
            rec.debated_points += mine
            rec.margins += mine - theirs
            rec.opponents.append(other)
            if side == "gov":
                rec.gov += 1
            else:
                rec.opp += 1
            if r.winner == side:
                rec.wins += 1
                rec.beat.append(other)
    return records


def _check_codes(tiebreaks: Sequence[str]) -> None:
    for code in tiebreaks:
        if code not in TIEBREAKS:
            raise ValidationError("tiebreaks", Msg("Tournament", "“{code}” is not a known tie-break.", code=code))


def _head_to_head(group: list[str], records: Mapping[str, TeamRecord]) -> dict[str, float]:
    """Wins against the others of ``group`` if every pair of them met; else all 0 (no effect)."""
    members = set(group)
    for a in group:
        if not members - {a} <= set(records[a].opponents):
            return {uid: 0 for uid in group}
    return {uid: sum(1 for o in records[uid].beat if o in members) for uid in group}


def _rank_groups(uids: list[str], codes: Sequence[str], key_of: Callable[[str, list[str]], dict[str, float]]
                 ) -> list[list[str]]:
    """Split ``uids`` into ordered groups of teams no code in ``codes`` separates."""
    groups = [uids]
    for code in codes:
        refined: list[list[str]] = []
        for group in groups:
            if len(group) == 1:
                refined.append(group)
                continue
            keys = key_of(code, group)
            by_value: dict[float, list[str]] = defaultdict(list)
            for uid in group:
                by_value[round(keys[uid], _DIGITS)].append(uid)
            refined.extend(by_value[v] for v in sorted(by_value, reverse=True))
        groups = refined
    return groups


def team_standings(teams: Sequence[Team] | Sequence[str], results: Iterable[Result],
                   tiebreaks: Sequence[str] = DEFAULT_TIEBREAKS) -> list[TeamStanding]:
    """Teams ranked by ``tiebreaks`` in order; ties share a rank and are flagged.

    ``results`` are the current results of the qualifying rounds (a corrected
    ballot has replaced the old one).  Every team gets each figure of
    ``TIEBREAKS`` in ``figures``, whether it ranks by it or not.  Teams still
    tied after the last tie-break are listed by uid and share the rank.
    """
    _check_codes(tiebreaks)
    uids = [t.uid if isinstance(t, Team) else t for t in teams]
    results = list(results)
    records = team_records(uids, results)
    all_wins = {uid: rec.wins for uid, rec in records.items()}
    # Opponents outside this list (a withdrawn team) still count with their wins.
    extra = team_records({o for rec in records.values() for o in rec.opponents} - set(records), results)
    all_wins.update({uid: rec.wins for uid, rec in extra.items()})
    figures: dict[str, dict[str, float]] = {}
    for uid, rec in records.items():
        figures[uid] = {
            "wins": rec.wins,
            "points": round(rec.points, _DIGITS),
            "draw_strength": sum(all_wins.get(o, 0) for o in rec.opponents),
            "margins": round(rec.margins, _DIGITS),
            "average_points": round(rec.average_points, _DIGITS),
        }

    h2h_used: dict[str, float] = {}

    def key_of(code: str, group: list[str]) -> dict[str, float]:
        if code == "head_to_head":
            values = _head_to_head(group, records)
            h2h_used.update(values)
            return values
        return {uid: figures[uid][code] for uid in group}

    groups = _rank_groups(sorted(uids), tiebreaks, key_of)
    out: list[TeamStanding] = []
    position = 1
    for group in groups:
        for uid in group:
            rec = records[uid]
            out.append(TeamStanding(rank=position, tied=len(group) > 1, uid=uid, wins=rec.wins,
                                    points=figures[uid]["points"], debates=rec.debates, byes=rec.byes,
                                    figures={**figures[uid], "head_to_head": h2h_used.get(uid, 0)}))
        position += len(group)
    return out


def speaker_standings(results: Iterable[Result], speakers_by_team: Mapping[str, Sequence[str]],
                      rounds: Iterable[int] | None = None, *, ranking: str = "total",
                      min_rounds: int = 0, only: Collection[str] | None = None) -> list[SpeakerStanding]:
    """Speakers ranked over the qualifying ``rounds`` (all rounds of ``results`` if None).

    ``ranking="total"`` (default): by total points; a missed round adds
    nothing, and ``rounds_spoken`` shows it.  ``ranking="average"``: by average
    per round spoken, then total; speakers with fewer than ``min_rounds``
    rounds get no rank and are listed last.  An iron-person round (one speaker,
    two speeches) counts once, with the average of the two speeches.  Speakers
    of ``speakers_by_team`` who never spoke are listed with 0.

    A bye or a debate won by forfeit is no speaker's fault, so each speaker
    of that team (as ``speakers_by_team`` lists it) is *credited* that round
    with their own average over the rounds they spoke (none while they have
    not spoken): it adds to the total, leaves the average as it is, counts
    towards ``min_rounds`` and is listed in ``credited``.  ``only``: rank just
    these speakers (a speaker category), among themselves.
    """
    if ranking not in SPEAKER_RANKINGS:
        raise ValidationError("ranking", Msg("Tournament", "“{code}” is not a known way to rank speakers.",
                                             code=ranking))
    wanted = None if rounds is None else set(rounds)
    per_round: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    team_of: dict[str, str] = {}
    for team, speakers in speakers_by_team.items():
        for s in speakers:
            team_of.setdefault(s, team)
            per_round[s]  # listed even without a speech
    credited_rounds: dict[str, set[int]] = defaultdict(set)  # team -> rounds of its byes and forfeit wins
    for r in results:
        if wanted is not None and r.round_no not in wanted:
            continue
        if r.is_bye or r.forfeit:
            if r.winner_uid:
                credited_rounds[r.winner_uid].add(r.round_no)
            continue
        for sc in r.scores:
            per_round[sc.speaker][r.round_no].append(sc.score)
            team_of.setdefault(sc.speaker, sc.team)
    rows = []
    for speaker, by_round in per_round.items():
        if only is not None and speaker not in only:
            continue
        scores = {rn: sum(v) / len(v) for rn, v in sorted(by_round.items())}
        spoken = len(scores)
        own = sum(scores.values()) / spoken if spoken else None
        credited = tuple(sorted(rn for rn in credited_rounds.get(team_of.get(speaker, ""), ())
                                if rn not in scores)) if own is not None else ()
        for rn in credited:
            scores[rn] = own  # type: ignore[assignment]  # own is a number when anything is credited
        scores = dict(sorted(scores.items()))
        total = round(sum(scores.values()), _DIGITS)
        average = round(own, _DIGITS) if own is not None else 0.0
        rows.append((speaker, team_of.get(speaker, ""), total, spoken, average, scores, credited))

    def key(row: tuple) -> tuple:
        return (row[2],) if ranking == "total" else (row[4], row[2])

    def counted(row: tuple) -> bool:
        return ranking == "total" or row[3] + len(row[6]) >= min_rounds

    ranked = [r for r in rows if counted(r)]
    unranked = [r for r in rows if not counted(r)]
    ranked.sort(key=lambda r: r[0])
    ranked.sort(key=key, reverse=True)
    out: list[SpeakerStanding] = []
    i = 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and key(ranked[j]) == key(ranked[i]):
            j += 1
        for row in ranked[i:j]:
            out.append(SpeakerStanding(rank=i + 1, tied=j - i > 1, speaker=row[0], team=row[1], total=row[2],
                                       rounds_spoken=row[3], average=row[4], scores=row[5], credited=row[6]))
        i = j
    for row in sorted(unranked, key=lambda r: (-r[4], -r[2], r[0])):
        out.append(SpeakerStanding(rank=None, tied=False, speaker=row[0], team=row[1], total=row[2],
                                   rounds_spoken=row[3], average=row[4], scores=row[5], credited=row[6]))
    return out

"""Creating a tournament and changing its settings; finding one by what the user typed."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from app.db.store import current_store
from app.errors import ValidationError
from app.events.records import parse_language
from app.i18n import Msg
from app.installation import get_installation
from app.models import Ballot, BreakTeam, Debate, Event, Tournament
from app.models.tournaments import STAGES
from app.text import fold
from app.tournaments.panels import check_panel_sizes, panel_size
from app.tournaments.types import DEFAULT_TIEBREAKS, TIEBREAKS
from app.validation.fields import clean_text, require

#: Speaker scores unless the organisers set others: the range Russian- and
#: Kazakh-language APF school tournaments commonly use (see docs/tournaments.md).
DEFAULT_SCORES = (60.0, 80.0, 1.0)
#: How results turn into diplomas unless the organisers change it.
DEFAULT_AWARDS: dict[str, Any] = {
    "final_winner": "diploma_1", "finalist": "diploma_2", "semifinalist": "diploma_3",
    "best_speakers": 3, "category_places": 3, "best_category_speakers": 3,
    "nominations": ["best_orator", "best_analyst"],
    "thanks_coaches": True, "thanks_adjudicators": True,
}
LEAGUE_NAMES = {
    "kk": Msg("Tournament", "Kazakh league"),
    "ru": Msg("Tournament", "Russian league"),
    "en": Msg("Tournament", "English league"),
}
STAGE_NAMES = {
    "school": Msg("Tournament", "school stage"),
    "district": Msg("Tournament", "district stage"),
    "city": Msg("Tournament", "city stage"),
    "region": Msg("Tournament", "regional stage"),
    "republic": Msg("Tournament", "republican stage"),
}


def league_name(code: str) -> Msg | str:
    """The name of a league (a custom league is shown as the organisers typed it)."""
    return LEAGUE_NAMES.get(code, code)


@dataclass
class TournamentSettings:
    """What the organisers choose when they set a tournament up."""

    name: str
    stage: str = "school"
    start: dt.date | None = None
    end: dt.date | None = None
    place: str | None = None
    leagues: list[str] = field(default_factory=lambda: ["kk", "ru", "en"])
    rounds: int = 4
    break_size: int = 8
    score_min: float = DEFAULT_SCORES[0]
    score_max: float = DEFAULT_SCORES[1]
    score_step: float = DEFAULT_SCORES[2]
    low_point_wins: bool = False
    tiebreaks: list[str] = field(default_factory=lambda: list(DEFAULT_TIEBREAKS))
    speakers_rule: str = "total"
    seed: int = 1
    previous_uid: str | None = None
    iron_person: bool = False
    speaker_min_rounds: int = 0
    panel_size: int = 1
    elim_panel_size: int = 3
    category_break_size: int = 0


def parse_leagues(value: Any) -> list[str]:
    """League codes from "kk,ru,en" (names in any language accepted; custom names kept)."""
    out: list[str] = []
    for part in str(value or "").replace(";", ",").split(","):
        part = " ".join(part.split())
        if not part:
            continue
        try:
            code = parse_language(part, "leagues")
        except ValidationError:
            if len(part) > 40:
                raise ValidationError("leagues", Msg("Tournament", "A league name is too long: {name}",
                                                     name=part)) from None
            code = part
        if code in out:
            raise ValidationError("leagues", Msg("Tournament", "The league {league} is listed twice.",
                                                 league=code))
        out.append(code)
    if not out:
        raise ValidationError("leagues", Msg("Tournament", "Name at least one league (kk, ru, en or your own)."))
    return out


def parse_score_range(value: str) -> tuple[float, float]:
    """``MIN:MAX`` (e.g. 60:80) as two numbers."""
    try:
        low, high = (float(x.replace(",", ".")) for x in str(value).split(":"))
    except ValueError:
        raise ValidationError("score_range", Msg("Tournament", "Write the score range as MIN:MAX, "
                                                 "for example 60:80.")) from None
    return low, high


def check_settings(s: TournamentSettings) -> TournamentSettings:
    """The settings, tidied; ValidationError naming the first thing that is wrong."""
    s.name = " ".join(require("name", s.name).split())
    if s.stage not in STAGES:
        raise ValidationError("stage", Msg("Tournament", "Unknown stage {stage}: use one of {stages}.",
                                           stage=s.stage, stages=", ".join(STAGES)))
    s.leagues = parse_leagues(",".join(s.leagues) if isinstance(s.leagues, (list, tuple)) else s.leagues)
    if not 1 <= int(s.rounds) <= 12:
        raise ValidationError("rounds", Msg("Tournament", "The number of qualifying rounds must be 1 to 12."))
    if not 0 <= int(s.break_size) <= 64:
        raise ValidationError("break_size", Msg("Tournament", "The break must be 0 to 64 teams per league."))
    if s.break_size == 1:
        raise ValidationError("break_size", Msg("Tournament", "A break of one team has no elimination "
                                                "rounds: choose 0 or at least 2."))
    if not (0 <= s.score_min < s.score_max <= 1000):
        raise ValidationError("score_range", Msg("Tournament", "The lowest score must be below the highest "
                                                 "(for example 60:80)."))
    steps = (s.score_max - s.score_min) / s.score_step if s.score_step > 0 else -1
    if s.score_step <= 0 or abs(steps - round(steps)) > 1e-6:
        raise ValidationError("score_step", Msg("Tournament", "The score step must divide the range "
                                                "{low}–{high} evenly (for example 1 or 0.5).",
                                                low=f"{s.score_min:g}", high=f"{s.score_max:g}"))
    unknown = [t for t in s.tiebreaks if t not in TIEBREAKS]
    if unknown or len(set(s.tiebreaks)) != len(s.tiebreaks) or not s.tiebreaks:
        raise ValidationError("tiebreaks", Msg("Tournament", "Tie-breaks must be some of {allowed}, "
                                               "each once.", allowed=", ".join(TIEBREAKS)))
    if s.speakers_rule not in ("total", "average"):
        raise ValidationError("speakers_rule", Msg("Tournament", "Speakers are ranked by total or average."))
    if not 0 <= int(s.speaker_min_rounds) <= int(s.rounds):
        raise ValidationError("speaker_min_rounds", Msg("Tournament", "The least number of rounds to rank a speaker "
                                                        "by average must be 0 to {rounds} (the qualifying rounds).",
                                                        rounds=int(s.rounds)))
    check_panel_sizes(int(s.panel_size), int(s.elim_panel_size))
    if not 0 <= int(s.category_break_size) <= 64:
        raise ValidationError("category_break_size", Msg("Tournament", "The novice / junior break must be 0 to 64 "
                                                         "teams per category."))
    if s.start and s.end and s.end < s.start:
        raise ValidationError("end", Msg("Validation", "The end date is before the start date."))
    s.place = clean_text(s.place)
    return s


def create_tournament(settings: TournamentSettings, event_uid: str | None = None) -> Tournament:
    """Create the tournament (and its event, unless ``event_uid`` names one) in one transaction."""
    s = check_settings(settings)
    inst = get_installation()
    with current_store().db.atomic():
        if event_uid:
            event = Event.get_or_none(Event.uid == event_uid, Event.deleted == False)  # noqa: E712
            if event is None:
                raise ValidationError("event", Msg("Events", "The event was not found (it may have been "
                                                   "deleted)."))
        else:
            start = s.start or dt.date.today()
            event = Event(title=s.name, programme="youth_movement", kind="debate_tournament",
                          start_date=start, end_date=s.end or start, place=s.place,
                          language=s.leagues[0] if s.leagues[0] in ("kk", "ru", "en") else None,
                          region=inst.region if inst else None, district=inst.district if inst else None,
                          organiser=inst.organisation_uid if inst and inst.organisation_uid else None)
            event.save()
        t = Tournament(event=event, **_columns(s))
        t.awards = json.dumps(DEFAULT_AWARDS, ensure_ascii=False)
        t.save()
    return t


def update_tournament(t: Tournament, settings: TournamentSettings) -> Tournament:
    """Change the settings; the event's name, dates and place follow.

    Once rounds are drawn a league with debates cannot be dropped nor the
    rounds cut below those drawn; once ballots are entered the scoring rules
    are fixed (the entered ballots were checked against them).
    """
    s = check_settings(settings)
    debates = Debate.live().where(Debate.tournament == t.uid)
    drawn = {d.league for d in debates}
    dropped = [lg for lg in drawn if lg not in s.leagues]
    if dropped:
        raise ValidationError("leagues", Msg("Tournament", "The {league} league already has a draw; it cannot be "
                                             "removed.", league=", ".join(dropped)))
    last = max((d.round for d in debates if not d.elimination), default=0)
    if s.rounds < last:
        raise ValidationError("rounds", Msg("Tournament", "Round {round} is already drawn; the tournament cannot "
                                            "have fewer rounds.", round=last))
    has_ballots = (Ballot.live().join(Debate).where(Debate.tournament == t.uid).exists())
    scoring = (float(t.score_min), float(t.score_max), float(t.score_step), bool(t.low_point_wins))
    if has_ballots and scoring != (s.score_min, s.score_max, s.score_step, bool(s.low_point_wins)):
        raise ValidationError("score_range", Msg("Tournament", "Ballots are already entered with the score range "
                                                 "{low}–{high}, step {step}; the scoring rules can no longer change.",
                                                 low=f"{t.score_min:g}", high=f"{t.score_max:g}",
                                                 step=f"{t.score_step:g}"))

    if has_ballots and bool(t.iron_person) and not s.iron_person:
        # a ballot already entered may have one speaker twice; it was accepted under this rule
        raise ValidationError("iron_person", Msg("Tournament", "Ballots are already entered while iron person was "
                                                 "allowed; it can no longer be switched off."))

    if int(s.break_size) != int(t.break_size) and BreakTeam.live().where(BreakTeam.tournament == t.uid).exists():
        raise ValidationError("break_size", Msg("Tournament", "The break is already confirmed with {size} teams; "
                                                "its size can no longer change.", size=t.break_size))
    with current_store().db.atomic():
        for key, value in _columns(s).items():
            setattr(t, key, value)
        t.save()
        event = t.event
        event.title, event.place = s.name, s.place
        if s.start:
            event.start_date, event.end_date = s.start, s.end or s.start
        event.save()
    return t


def _columns(s: TournamentSettings) -> dict[str, Any]:
    return {"stage": s.stage, "leagues": ",".join(s.leagues), "rounds": int(s.rounds),
            "break_size": int(s.break_size), "score_min": float(s.score_min), "score_max": float(s.score_max),
            "score_step": float(s.score_step), "low_point_wins": bool(s.low_point_wins),
            "tiebreaks": ",".join(s.tiebreaks), "speakers_rule": s.speakers_rule, "seed": int(s.seed),
            "previous_uid": s.previous_uid, "iron_person": bool(s.iron_person),
            "speaker_min_rounds": int(s.speaker_min_rounds), "panel_size": int(s.panel_size),
            "elim_panel_size": int(s.elim_panel_size), "category_break_size": int(s.category_break_size)}


def settings_of(t: Tournament) -> TournamentSettings:
    """The settings of a saved tournament (for the form)."""
    e = t.event
    return TournamentSettings(name=e.title, stage=t.stage, start=e.start_date, end=e.end_date, place=e.place,
                              leagues=t.league_list, rounds=t.rounds, break_size=t.break_size,
                              score_min=t.score_min, score_max=t.score_max, score_step=t.score_step,
                              low_point_wins=bool(t.low_point_wins), tiebreaks=t.tiebreaks.split(","),
                              speakers_rule=t.speakers_rule, seed=t.seed, previous_uid=t.previous_uid,
                              iron_person=bool(t.iron_person), speaker_min_rounds=int(t.speaker_min_rounds or 0),
                              panel_size=panel_size(t, elimination=False),
                              elim_panel_size=panel_size(t, elimination=True),
                              category_break_size=max(0, min(64, int(t.category_break_size or 0))))


def award_rules(t: Tournament) -> dict[str, Any]:
    """The tournament's award rules (the defaults filled in)."""
    rules = dict(DEFAULT_AWARDS)
    try:
        rules.update(json.loads(t.awards or "{}"))
    except ValueError:
        pass
    return rules


def set_award_rules(t: Tournament, rules: dict[str, Any]) -> None:
    """Save the mapping from results to diplomas."""
    t.awards = json.dumps({**DEFAULT_AWARDS, **rules}, ensure_ascii=False)
    t.save()


def get_tournament(uid: str) -> Tournament:
    """The tournament ``uid`` as saved now (raises ``Tournament.DoesNotExist`` if there is none)."""
    return Tournament.get_by_id(uid)


def find_tournament(ref: str) -> Tournament:
    """A live tournament by uid, a unique uid prefix (6+ characters), its event's uid or its exact name."""
    ref = (ref or "").strip()
    live = Tournament.live()
    found = live.where(Tournament.uid == ref).first() if ref else None
    if found is None and ref:
        found = live.where(Tournament.event == ref).first()
    if found is None and len(ref) >= 6:
        matches = list(live.where(Tournament.uid.startswith(ref.lower())).limit(2))
        found = matches[0] if len(matches) == 1 else None
    if found is None and ref:
        key = fold(ref)
        matches = [t for t in live.join(Event).where(Event.deleted == False)  # noqa: E712
                   if fold(t.event.title) == key]
        found = matches[0] if len(matches) == 1 else None
    if found is None:
        raise ValidationError("tournament", Msg("Tournament", "There is no tournament {ref}.", ref=ref))
    return found


def tournament_choices() -> list[tuple[str, str]]:
    """(uid, "name — date") of every live tournament, newest first."""
    rows = (Tournament.live().join(Event).where(Event.deleted == False)  # noqa: E712
            .order_by(Event.start_date.desc()))
    return [(t.uid, f"{t.event.title} — {t.event.start_date}") for t in rows]

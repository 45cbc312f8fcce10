"""The motion of each round and league, with its optional info slide."""
from __future__ import annotations

from dataclasses import dataclass

from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.models import Motion, Tournament

MAX_MOTION = 1_000  # characters; a motion is a sentence or two
MAX_INFO_SLIDE = 4_000  # an info slide may explain a term or give a short background


@dataclass(frozen=True)
class MotionText:
    """A round's motion and info slide as shown and printed."""

    text: str
    info_slide: str | None = None


def _clean(value: str | None) -> str:
    # Lines are kept (an info slide may be a short list); spaces inside a line are tidied.
    lines = [" ".join(line.split()) for line in str(value or "").splitlines()]
    return "\n".join(line for line in lines if line).strip()


def motion_of(t: Tournament, league: str, round_no: int) -> MotionText | None:
    """The motion of a round of a league, or None when none is set."""
    row = (Motion.live().where(Motion.tournament == t.uid, Motion.league == league, Motion.round == round_no)
           .order_by(Motion.stamp.desc()).first())
    return MotionText(row.text, row.info_slide or None) if row is not None else None


def motions_of(t: Tournament) -> dict[tuple[str, int], MotionText]:
    """Every motion of the tournament by (league, round)."""
    out: dict[tuple[str, int], MotionText] = {}
    for row in Motion.live().where(Motion.tournament == t.uid).order_by(Motion.stamp):
        out[(row.league, row.round)] = MotionText(row.text, row.info_slide or None)
    return out


def set_motion(t: Tournament, league: str, round_no: int, text: str | None,
               info_slide: str | None = None) -> MotionText | None:
    """Set (or, with an empty text, remove) the motion of a round of a league."""
    if league not in t.league_list:
        raise ValidationError("league", Msg("Tournament", "The league {league} is not one of this tournament's "
                                            "leagues ({leagues}).", league=league, leagues=", ".join(t.league_list)))
    if round_no < 1:
        raise ValidationError("round", Msg("Tournament", "Round {round} is not a round of this tournament.",
                                           round=round_no))
    motion, slide = _clean(text), _clean(info_slide) or None
    if len(motion) > MAX_MOTION:
        raise ValidationError("motion", Msg("Tournament", "The motion is longer than {limit} characters.",
                                            limit=MAX_MOTION))
    if slide and len(slide) > MAX_INFO_SLIDE:
        raise ValidationError("info_slide", Msg("Tournament", "The info slide is longer than {limit} characters.",
                                                limit=MAX_INFO_SLIDE))
    if slide and not motion:
        raise ValidationError("motion", Msg("Tournament", "An info slide needs a motion."))
    rows = list(Motion.live().where(Motion.tournament == t.uid, Motion.league == league, Motion.round == round_no)
                .order_by(Motion.stamp))
    with current_store().db.atomic():
        if not motion:
            for row in rows:
                row.delete_softly()
            return None
        # Two computers may each have set a motion before their bundles met: the newest is kept.
        keep, *older = rows[::-1] if rows else [Motion(tournament=t, league=league, round=round_no, text="")]
        for row in older:
            row.delete_softly()
        if not rows or keep.text != motion or (keep.info_slide or None) != slide:
            keep.text, keep.info_slide = motion, slide
            keep.save()
    return MotionText(motion, slide)

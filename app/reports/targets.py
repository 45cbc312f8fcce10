"""The programmes' targets: national defaults as data, a region's own values as synced rows.

The defaults come from ../shared/DOMAIN.md (beside the repository) (seeds 000–003) and live in
``resources/reference/targets.json`` (loaded like all reference data, so they
are translated and listed with it).  Each has ``comparison`` (``>`` or
``>=``), ``value``, ``per`` (``total`` of the period, ``month``, ``week``) and
``level`` (``country``: one figure for the whole country; ``region``: each
region must reach it).  An office may set its own value for its region: a
:class:`app.models.Target` row, which travels to its schools in bundles, so a
school sees its region's target.  A row with ``region`` None changes the
national value (a national installation's decision).

The rules a single event must meet (a lecture lasts 40–60 minutes…) stay in
``event_kinds.json``; a target names its event kind.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.db.store import current_store
from app.errors import UsageError, ValidationError
from app.i18n import Msg
from app.installation import require_installation
from app.models import Target
from app.reference import find_region, load
from app.reference import name as ref_name

COMPARISONS = (">", ">=")
PERS = ("total", "month", "week")
LEVELS = ("country", "region")


@dataclass(frozen=True)
class TargetDef:
    """One target as shipped: what is measured and the national default."""

    code: str
    programme: str
    comparison: str
    value: float
    unit: str
    per: str
    level: str
    event_kind: str | None = None

    def name(self, lang: str) -> str:
        """The indicator's name in ``lang`` (from targets.json)."""
        return ref_name("targets", self.code, lang)


@dataclass(frozen=True)
class TargetSpec:
    """The target that applies to one indicator line.

    ``region`` is the region whose own value applies (None: the national
    default or a national change); ``overridden`` says the value is not the
    shipped default.
    """

    code: str
    comparison: str
    value: float
    per: str
    level: str
    region: str | None = None
    overridden: bool = False

    def met(self, value: float) -> bool:
        """True when ``value`` reaches the target."""
        return value > self.value if self.comparison == ">" else value >= self.value

    def text(self) -> str:
        """``> 30,000`` / ``>= 5``: the target as printed (no unit)."""
        number = int(self.value) if float(self.value).is_integer() else self.value
        return f"{'≥' if self.comparison == '>=' else '>'} {number:,}".replace(",", " ")

    def as_json(self) -> dict:
        """The target as plain data."""
        return {"code": self.code, "comparison": self.comparison, "value": self.value, "per": self.per,
                "level": self.level, "region": self.region, "overridden": self.overridden}


def definitions() -> dict[str, TargetDef]:
    """The shipped targets by code, in their order."""
    out = {}
    for entry in load("targets"):
        out[entry["code"]] = TargetDef(
            code=entry["code"], programme=entry["programme"], comparison=entry["comparison"],
            value=float(entry["value"]), unit=entry.get("unit", ""), per=entry["per"],
            level=entry["level"], event_kind=entry.get("event_kind"))
    return out


def definition(code: str) -> TargetDef:
    """The shipped target ``code``; :class:`UsageError` when there is none."""
    found = definitions().get(code)
    if found is None:
        raise UsageError(Msg("Reports", "No indicator “{code}”; the indicators with targets are: {codes}.",
                             code=code, codes=", ".join(definitions())))
    return found


def overrides() -> dict[tuple[str, str | None], float]:
    """{(indicator, region or None): value} of the live Target rows (the latest change wins)."""
    rows = current_store().db.execute_sql(
        "SELECT indicator, region, value FROM target WHERE deleted = 0 ORDER BY stamp").fetchall()
    return {(indicator, region): float(value) for indicator, region, value in rows}


class Targets:
    """The effective targets, read once per report (one small query)."""

    def __init__(self) -> None:
        self.defs = definitions()
        self._own = overrides()

    def spec(self, code: str, region: str | None = None) -> TargetSpec:
        """The target of ``code`` for ``region`` (None: the national one)."""
        d = self.defs[code]
        if region is not None and (code, region) in self._own:
            return TargetSpec(code, d.comparison, self._own[(code, region)], d.per, d.level, region, True)
        if (code, None) in self._own:
            return TargetSpec(code, d.comparison, self._own[(code, None)], d.per, d.level, None, True)
        return TargetSpec(code, d.comparison, d.value, d.per, d.level, None, False)


def effective_target(code: str, region: str | None = None) -> TargetSpec:
    """The target that applies to ``code`` in ``region`` (its own value, else the national one)."""
    definition(code)
    return Targets().spec(code, find_region(region) if region else None)


def set_target(indicator: str, region: str | None, value: float | str | None,
               notes: str | None = None) -> TargetSpec:
    """Set (or with ``value`` None, remove) a region's own value for an indicator's target.

    ``region`` None sets the national value.  An existing row of this
    installation is changed; one made elsewhere (the office's, seen at a
    school) cannot be changed here and raises :class:`UsageError`.
    """
    definition(indicator)
    code = find_region(region) if region else None
    # The same rule bundles are held to (app/sync/ownership.py): an office sets its own region's
    # values, the national centre the country's; a school receives them.
    inst = require_installation()
    if inst.role == "school":
        raise UsageError(Msg("Reports", "Targets are set by the region office; a school receives them with "
                             "the office's bundle."))
    if inst.role == "office" and code != inst.region:
        raise UsageError(Msg("Reports", "An office sets the targets of its own region only."))
    if inst.role == "national" and code is not None:
        raise UsageError(Msg("Reports", "The national centre sets the country's targets (no region); a "
                             "region's own values are set by its office."))
    if value is not None:
        try:
            number = float(str(value).replace(" ", "").replace(",", "."))
        except ValueError:
            raise ValidationError("value", Msg("Validation", "“{text}” is not a number.", text=str(value))) from None
        if number < 0:
            raise ValidationError("value", Msg("Reports", "A target cannot be negative."))
    store = current_store()
    where = (Target.indicator == indicator) & (Target.deleted == False)  # noqa: E712
    where &= Target.region.is_null() if code is None else (Target.region == code)
    with store.db.atomic():
        # Only this installation's own rows: one that came from elsewhere never blocks its own value.
        where &= Target.origin == store.installation_id
        rows = list(Target.select().where(where).order_by(Target.stamp))
        for row in rows[1:]:
            row.delete_softly()  # one live row per indicator and region
        if value is None:
            if rows:
                rows[0].delete_softly()
        elif rows:
            row = rows[0]
            if row.value != number or (notes is not None and row.notes != notes):
                row.value = number
                if notes is not None:
                    row.notes = notes
                row.save()
        else:
            Target(indicator=indicator, region=code, value=number, notes=notes).save()
    return effective_target(indicator, code)


def target_rows(region: str | None = None, lang: str = "kk") -> list[dict]:
    """Every indicator's target for ``region`` (or the national ones): code, name, target, own value."""
    targets = Targets()
    code = find_region(region) if region else None
    out = []
    for d in targets.defs.values():
        spec = targets.spec(d.code, code)
        out.append({"code": d.code, "name": d.name(lang), "programme": d.programme, "per": d.per,
                    "level": d.level, "comparison": spec.comparison, "value": spec.value,
                    "default": d.value, "region": spec.region, "overridden": spec.overridden})
    return out

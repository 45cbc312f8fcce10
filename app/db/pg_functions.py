"""The functions and collation Tirkeu's SQL expects, made inside a PostgreSQL database.

On SQLite, ``tirkeu_fold`` and the ``KAZAKH`` collation come from Python
(:func:`app.text.register_sqlite`); PostgreSQL cannot call into the desktop's
Python, so they are made in the database, in SQL, once per version of this
list (kept in ``tirkeu_engine``).  ``tirkeu_fold`` must give what
:func:`app.text.fold` gives: case folding is ICU's (``und-x-icu``), so it is
right whatever locale the server was set up with (under a C locale
PostgreSQL's own ``lower('ӘЛІ')`` stays upper case); the Kazakh order is ICU's
``kk`` collation (CLDR's Kazakh alphabet, the same as :data:`app.text.KAZAKH_ALPHABET`),
with scripts reordered as :func:`app.text.sort_key` orders them.
``tests/test_postgres_engine.py`` compares both with the Python ones.

The change clock (:class:`app.db.postgres.ServerClock`) keeps its last stamp
in ``tirkeu_clock``: every desktop of an office takes stamps from the server's
clock, so two staff editing at once never order their changes by their own
desktops' clocks.
"""
from __future__ import annotations

#: Bump when the statements below change: the database is brought up to date at the next opening.
VERSION = 6

STATEMENTS: list[str] = [
    "CREATE TABLE IF NOT EXISTS tirkeu_engine (key TEXT COLLATE \"C\" PRIMARY KEY, value BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tirkeu_clock (id INTEGER PRIMARY KEY CHECK (id = 1), stamp BIGINT NOT NULL)",
    "INSERT INTO tirkeu_clock (id, stamp) VALUES (1, 0) ON CONFLICT DO NOTHING",
    "DROP COLLATION IF EXISTS kazakh",
    # Kazakh letters in their alphabet's order; then other Cyrillic, Latin, digits, then punctuation and
    # symbols: app.text.sort_key's order (among names that begin with punctuation, «…» say, ICU's order of
    # the marks themselves may differ from the program's code-point order).
    "CREATE COLLATION kazakh (provider = icu, locale = 'kk-u-kr-space-cyrl-latn-digit-punct-symbol-currency-zzzz')",
    r"""CREATE OR REPLACE FUNCTION tirkeu_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT btrim(regexp_replace(
            translate(lower(normalize($1, NFC) COLLATE "und-x-icu"), 'әғқңөұүһіё', 'агкноуухие'),
            '\s+', ' ', 'g'))
    $$""",
    """CREATE OR REPLACE FUNCTION instr(text, text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT strpos($1, $2)::bigint
    $$""",
    # SQLite's julianday of an ISO date (differences of two are what the reports use); NULL if not a date.
    r"""CREATE OR REPLACE FUNCTION julianday(text) RETURNS double precision LANGUAGE sql IMMUTABLE
        PARALLEL SAFE AS $$
        SELECT CASE WHEN $1 ~ '^\d{4}-\d{2}-\d{2}' THEN (substr($1, 1, 10)::date - date '1970-01-01') + 2440587.5
               END::double precision
    $$""",
    """CREATE OR REPLACE FUNCTION max(bigint, bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN $1 IS NULL OR $2 IS NULL THEN NULL ELSE greatest($1, $2) END
    $$""",
    """CREATE OR REPLACE FUNCTION min(bigint, bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN $1 IS NULL OR $2 IS NULL THEN NULL ELSE least($1, $2) END
    $$""",
    """CREATE OR REPLACE FUNCTION tirkeu_concat(text, text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || $3 || $2 END
    $$""",
    """CREATE OR REPLACE FUNCTION tirkeu_concat_comma(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT tirkeu_concat($1, $2, ',')
    $$""",
    # The one date() with modifiers the reports use: the Monday of a date's week.
    r"""CREATE OR REPLACE FUNCTION date(text, text, text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN $2 = 'weekday 0' AND $3 = '-6 days' AND $1 ~ '^\d{4}-\d{2}-\d{2}'
               THEN to_char(date_trunc('week', substr($1, 1, 10)::date), 'YYYY-MM-DD') END
    $$""",
    # Shifts by a 64-bit amount (every integer column is bigint here; PostgreSQL shifts only by int4).
    """CREATE OR REPLACE FUNCTION tirkeu_shl(bigint, bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT $1 << $2::int
    $$""",
    "DROP OPERATOR IF EXISTS << (bigint, bigint)",
    "CREATE OPERATOR << (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = tirkeu_shl)",
    # SQLite counts with sum(condition); a condition is boolean here.
    """CREATE OR REPLACE FUNCTION tirkeu_sum_bool(bigint, boolean) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + $2::int END
    $$""",
    "DROP AGGREGATE IF EXISTS sum(boolean)",
    "CREATE AGGREGATE sum(boolean) (SFUNC = tirkeu_sum_bool, STYPE = bigint)",
    "DROP AGGREGATE IF EXISTS group_concat(text)",
    "CREATE AGGREGATE group_concat(text) (SFUNC = tirkeu_concat_comma, STYPE = text)",
    "DROP AGGREGATE IF EXISTS group_concat(text, text)",
    "CREATE AGGREGATE group_concat(text, text) (SFUNC = tirkeu_concat, STYPE = text)",
]

"""Folding and Kazakh alphabetical order (app.text), no Qt."""
from __future__ import annotations

import random
import sqlite3
import unicodedata

from app.text import KAZAKH_ALPHABET, fold, kazakh_sorted, register_sqlite, sort_key


def test_kazakh_letters_fold_to_the_russian_ones_typed_instead():
    assert fold("ӘЛІБЕК") == fold("әлібек") == fold("алибек") == "алибек"
    assert fold("ҒҚҢӨҰҮҺІ") == "гкноуухи"
    assert fold("Қазақстан") == fold("ҚАЗАҚСТАН") == fold("Казакстан")


def test_search_for_qa():
    # Қ typed as К (no Kazakh keyboard) finds both spellings, and the other way round.
    names = ["Қасымов", "Касымов", "Ақжол", "Нұрлан"]
    assert [n for n in names if fold("қ") in fold(n)] == ["Қасымов", "Касымов", "Ақжол"]
    assert [n for n in names if fold(n).startswith(fold("ҚАС"))] == ["Қасымов", "Касымов"]
    assert [n for n in names if fold(n).startswith(fold("нур"))] == ["Нұрлан"]


def test_yo_and_whitespace_and_nfc():
    assert fold("Ёлкин  \t Пётр ") == "елкин петр"
    decomposed = unicodedata.normalize("NFD", "Йошкар Ёж")
    assert fold(decomposed) == "йошкар еж"
    assert fold(None) == "" and fold("") == ""


def test_latin_casefold():
    assert fold("STRASSE") == fold("straße")


def test_alphabet_has_42_letters():
    assert len(KAZAKH_ALPHABET) == 42 == len(set(KAZAKH_ALPHABET))


def test_kazakh_order_of_letters():
    letters = [ch.upper() for ch in KAZAKH_ALPHABET]
    shuffled = letters[:]
    random.Random(1).shuffle(shuffled)
    assert kazakh_sorted(shuffled) == letters


def test_a_schwa_b_and_yery_i():
    assert kazakh_sorted(["Бота", "Әлия", "Айгүл"]) == ["Айгүл", "Әлия", "Бота"]
    assert kazakh_sorted(["Ь", "І", "Ы"]) == ["Ы", "І", "Ь"]
    assert sort_key("Ілияс") > sort_key("Ырысбек")
    assert sort_key("Ілияс") < sort_key("Эльмира")


def test_case_insensitive_then_latin_digits_others():
    items = ["#1", "zeta", "Бота", "ақжол", "Alpha", "42", "Ақан", "ӘСЕМ"]
    assert kazakh_sorted(items) == ["Ақан", "ақжол", "ӘСЕМ", "Бота", "Alpha", "zeta", "42", "#1"]


def test_shorter_word_first():
    assert kazakh_sorted(["Ахметова", "Ахмет Б", "Ахмет"]) == ["Ахмет", "Ахмет Б", "Ахметова"]


def test_order_is_total_and_stable():
    items = ["абай", "Абай", "АБАЙ", "Абай "]
    first = kazakh_sorted(items)
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert kazakh_sorted(shuffled) == first
    assert len({sort_key(s) for s in items}) == len(items)


def test_kazakh_sorted_with_key():
    rows = [{"n": "Бек"}, {"n": "Әсел"}, {"n": "Арман"}]
    assert [r["n"] for r in kazakh_sorted(rows, key=lambda r: r["n"])] == ["Арман", "Әсел", "Бек"]


def test_sqlite_function_and_collation():
    conn = sqlite3.connect(":memory:")
    register_sqlite(conn)
    conn.execute("CREATE TABLE person (name TEXT)")
    conn.executemany("INSERT INTO person VALUES (?)",
                     [("Бота",), ("Әлия",), ("Айгүл",), ("ҚАСЫМ",), ("Ырыс",), ("Ілияс",), (None,)])
    # Deterministic, as SQLite asks of a function in an index (the program keeps folded text in
    # columns instead: the rule changed in schema v7, and an index would not have followed).
    conn.execute("CREATE INDEX person_fold ON person (tirkeu_fold(name))")
    found = conn.execute("SELECT name FROM person WHERE tirkeu_fold(name) LIKE ?",
                         (fold("қас") + "%",)).fetchall()
    assert found == [("ҚАСЫМ",)]
    ordered = [r[0] for r in conn.execute(
        "SELECT name FROM person WHERE name IS NOT NULL ORDER BY name COLLATE KAZAKH")]
    assert ordered == ["Айгүл", "Әлия", "Бота", "ҚАСЫМ", "Ырыс", "Ілияс"]
    assert conn.execute("SELECT tirkeu_fold(NULL)").fetchone() == (None,)


def test_sort_text_orders_like_sort_key():
    import random

    from app.text import sort_key, sort_text

    rng = random.Random(3)
    letters = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘҒҚІabcXYZ019 -"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 8))) for _ in range(2000)]
    by_text = sorted(words, key=lambda w: (sort_text(w), sort_key(w)))
    by_key = sorted(words, key=sort_key)
    assert [sort_key(w)[0] for w in by_text] == [sort_key(w)[0] for w in by_key]
    assert sort_text("Ізбасаров") > sort_text("Ысқақов") > sort_text("Әлібеков") > sort_text("Ақанов")
    sort_text("Ахмет").encode("utf-8")  # storable in SQLite (no surrogates)


def test_sort_text_of_names_with_odd_spaces_and_marks_is_the_whole_texts():
    """sort_text caches word by word: the same keys as folding the whole text at once (stored keys stay valid)."""
    import random
    import re
    import unicodedata

    from app.text import _SPACE, _STEP, _char_rank, sort_text

    def whole(s: str) -> str:  # sort_text as it was made before the per-word cache
        out = []
        for ch in re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).casefold()).strip():
            cls, within = divmod(_char_rank(ch), _STEP)
            out.append(chr(1 if cls == _SPACE else cls * 0x20000 + min(within, 0x1FFFF)))
        return "".join(out)

    pieces = list("аәбгғқңөұүһіёАӘҒҚҢӨҰҮҺІЁabcßİΣσς09-.'é") + [
        "\u0301", "\u0306", "\u0308", " ", "  ", "\t", "\n", "\u00a0", "\u2000", "\u2003", "\u3000", "\u200b",
        "\u1680", "\x1c", "\x85", "\u2028", "ﬁ", "Ⅳ", "\ufeff", "\u00ad"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    texts += [f"Ә{chr(cp)}б" for cp in range(0x20, 0x3100) if not 0xD800 <= cp <= 0xDFFF]
    assert [sort_text(t) for t in texts] == [whole(t) for t in texts]
    assert sort_text("  Нұрмағамбетов \u00a0 Ерасыл ") == sort_text("нұрмағамбетов ерасыл")
